import RecoupeCore
import RecoupeText
import Foundation

/// Trains the NER tagger: an averaged structured perceptron (Collins 2002) over ``TaggerFeatures``,
/// Viterbi-decoded over BILOU tags, deterministic given the seed (sentence order is shuffled each epoch
/// with SplitMix64; nothing else is random).
///
/// Each text goes through Recoupe's own tokenizer, normalizer and sentence splitter and its entity
/// rules (the rules' spans are features), so training sees exactly what annotation will. Gold spans
/// are projected onto the tokens they overlap.
///
/// ```swift
/// let trainer = try NERTrainer(options: .init(bits: 19, epochs: 8, seed: 1))
/// let stats = try trainer.add(NERTrainingData.read(path: "train.conll"))
/// let model = trainer.train(sources: [...])
/// ```
/// Memory: two Double tables of `2^bits × 17` (≈ 140 MB for 19 bits) plus the prepared corpus.
public final class NERTrainer {
    public struct Options: Sendable {
        public var bits: Int
        public var epochs: Int
        public var seed: UInt64
        public init(bits: Int = 19, epochs: Int = 8, seed: UInt64 = 1) {
            self.bits = bits; self.epochs = epochs; self.seed = seed
        }
    }

    /// Counts of what ``add(_:)`` took in.
    public struct Counts: Sendable {
        public var documents = 0, sentences = 0, tokens = 0, entities = 0
    }

    struct Sentence {
        var ids: [Int32]
        var contextStarts: [Int32]
        var context: [Int32]
        var gold: [UInt8]
    }

    public let options: Options
    let recognizer: EntityRecognizer
    let front: Pipeline
    let features: TaggerFeatures
    let mask: UInt64
    private var types: [TokenType: Int32] = [:]
    private var typeList: [TokenType] = []
    /// Per type and slot, the range of its buckets in `typeBuckets`.
    private var typeStarts: [Int32] = [0]
    private var typeBuckets: [Int32] = []
    private var sentences: [Sentence] = []

    public init(options: Options = Options(), pipelineOptions: Pipeline.Options = Pipeline.Options(language: "fr")) throws {
        self.options = options
        // Rules only: the trainer wants the rules' candidates, and must not load the shipped model
        // (a model of an older feature set is refused, and retraining is how it gets replaced).
        var ruleOptions = pipelineOptions
        ruleOptions.ner = .rules
        recognizer = try EntityRecognizer(options: ruleOptions)
        front = try Self.frontPipeline()
        features = TaggerFeatures(firstNames: recognizer.firstNames)
        mask = (1 << UInt64(options.bits)) - 1
        _ = typeId(.before)
        _ = typeId(.after)
    }

    /// The stages before entities, for preparing texts.
    static func frontPipeline() throws -> Pipeline { try Pipeline([Tokenizer(), TokenNormalizer(), SentenceSplitter()]) }

    /// A labelled text as a tokenized French document.
    static func document(_ t: LabeledText, _ front: Pipeline) throws -> Document {
        var doc = Document(id: t.id, text: t.text, source: DocumentSource(language: "fr"))
        try front.run(&doc)
        return doc
    }

    private func typeId(_ t: TokenType) -> Int32 {
        if let id = types[t] { return id }
        let id = Int32(types.count)
        types[t] = id
        typeList.append(t)
        for slot in 0..<TaggerFeatures.window {
            typeBuckets += features.typeHashes(t, slot: slot).map { Int32($0 & mask) }
            typeStarts.append(Int32(typeBuckets.count))
        }
        return id
    }

    /// Gold BILOU tags for each sentence of a prepared document.
    static func goldTags(_ doc: Document, _ sentences: [[Int]], _ entities: [(start: Int, end: Int, label: Int)]) -> [[Int]] {
        var entityOf = [Int](repeating: -1, count: doc.tokens.count)
        var t = 0
        for (k, e) in entities.sorted(by: { $0.start < $1.start }).enumerated() {
            while t < doc.tokens.count, doc.tokens[t].end <= e.start { t += 1 }
            var j = t
            while j < doc.tokens.count, doc.tokens[j].start < e.end {
                if doc.tokens[j].kind != .space && entityOf[j] < 0 { entityOf[j] = k }
                j += 1
            }
        }
        let sorted = entities.sorted(by: { $0.start < $1.start })
        return sentences.map { sentence in
            var spans: [(start: Int, end: Int, label: Int)] = []
            var k = 0
            while k < sentence.count {
                let e = entityOf[sentence[k]]
                guard e >= 0 else { k += 1; continue }
                var j = k + 1
                while j < sentence.count, entityOf[sentence[j]] == e { j += 1 }
                spans.append((k, j, sorted[e].label))
                k = j
            }
            return EntityTagSet.tags(for: spans, count: sentence.count)
        }
    }

    /// Prepares texts for training; returns what they held.
    @discardableResult
    public func add(_ texts: [LabeledText]) throws -> Counts {
        var counts = Counts()
        for t in texts {
            let doc = try Self.document(t, front)
            let ctx = DocumentContext(doc)
            let (cands, deferred) = recognizer.ruleCandidates(doc, ctx)
            let rules = TaggerFeatures.ruleTags(cands + deferred, tokenCount: doc.tokens.count)
            let sents = TaggerFeatures.sentences(ctx)
            let gold = Self.goldTags(doc, sents, t.entities)
            counts.documents += 1
            counts.entities += t.entities.count
            var context: [UInt64] = []
            for (sentence, tags) in zip(sents, gold) {
                let ids = sentence.map { typeId(TokenType(doc.tokens[$0])) }
                let hashes = ids.map { TaggerFeatures.normHash(typeList[Int($0)]) }
                var s = Sentence(ids: ids, contextStarts: [0], context: [], gold: tags.map { UInt8($0) })
                for k in sentence.indices {
                    context.removeAll(keepingCapacity: true)
                    features.contextHashes(ctx, sentence, k, rules, normHashes: hashes, into: &context)
                    s.context += context.map { Int32($0 & mask) }
                    s.contextStarts.append(Int32(s.context.count))
                }
                sentences.append(s)
                counts.sentences += 1
                counts.tokens += sentence.count
            }
        }
        return counts
    }


    /// Runs the epochs and returns the averaged model (calibration left at identity until ``calibrate(_:on:)``).
    public func train(sources: [NERModel.TrainingSource], log: (String) -> Void = { _ in }) -> NERModel {
        let T = EntityTagSet.count
        let rows = 1 << options.bits
        var w = [Double](repeating: 0, count: rows * T), u = [Double](repeating: 0, count: rows * T)
        var tr = [Double](repeating: 0, count: (T + 1) * T), tu = [Double](repeating: 0, count: (T + 1) * T)
        var c = 1.0
        var rng = SplitMix64(seed: options.seed)
        var order = Array(sentences.indices)
        var emissions: [Float] = []
        let beforeId = types[.before]!, afterId = types[.after]!
        for epoch in 0..<options.epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            var errors = 0, tokens = 0
            for si in order {
                let s = sentences[si]
                let n = s.ids.count
                // Feature rows of position k: each slot's type buckets, then its context buckets.
                func forEachRow(_ k: Int, _ body: (Int) -> Void) {
                    for slot in 0..<TaggerFeatures.window {
                        let j = k + slot - 2
                        let id = Int(j < 0 ? beforeId : j >= n ? afterId : s.ids[j])
                        let a = Int(typeStarts[id * TaggerFeatures.window + slot]), b = Int(typeStarts[id * TaggerFeatures.window + slot + 1])
                        for r in a..<b { body(Int(typeBuckets[r])) }
                    }
                    for r in Int(s.contextStarts[k])..<Int(s.contextStarts[k + 1]) { body(Int(s.context[r])) }
                }
                emissions.removeAll(keepingCapacity: true)
                emissions.append(contentsOf: repeatElement(0, count: n * T))
                w.withUnsafeBufferPointer { wp in
                    emissions.withUnsafeMutableBufferPointer { e in
                        for k in 0..<n {
                            forEachRow(k) { row in for t in 0..<T { e[k * T + t] += Float(wp[row * T + t]) } }
                        }
                    }
                }
                let trans = (0..<(T + 1) * T).map { EntityTagSet.allowedTable[$0] ? Float(tr[$0]) : -1e30 }
                let pred = EntityTagger.viterbi(emissions, count: n, transitions: trans)
                tokens += n
                for k in 0..<n {
                    let g = Int(s.gold[k]), p = pred[k]
                    let pg = k == 0 ? EntityTagSet.start : Int(s.gold[k - 1]), pp = k == 0 ? EntityTagSet.start : pred[k - 1]
                    if pg != pp || g != p {
                        tr[pg * T + g] += 1; tu[pg * T + g] += c
                        tr[pp * T + p] -= 1; tu[pp * T + p] -= c
                    }
                    guard g != p else { continue }
                    errors += 1
                    forEachRow(k) { row in
                        w[row * T + g] += 1; u[row * T + g] += c
                        w[row * T + p] -= 1; u[row * T + p] -= c
                    }
                }
                c += 1
            }
            log("epoch \(epoch + 1)/\(options.epochs): \(errors) token errors of \(tokens) (\(String(format: "%.2f", 100 * Double(errors) / Double(max(tokens, 1))))%)")
        }
        let weights = (0..<rows * T).map { Float(w[$0] - u[$0] / c) }
        let transitions = (0..<(T + 1) * T).map { Float(tr[$0] - tu[$0] / c) }
        let header = NERModel.Header(format: NERModel.format, featureSet: TaggerFeatures.version, tags: EntityTagSet.names, bits: options.bits,
                                     seed: options.seed, epochs: options.epochs, trainingData: sources, calibration: [1, 0],
                                     recoupeVersion: RecoupeVersion.string, notes: [:])
        return NERModel(header: header, weights: weights, transitions: transitions)
    }

    // MARK: Scoring and calibration

    /// Exact-span scores of a model on labelled texts (the model alone, or what `mode` gives).
    public struct Scores: Sendable {
        public var tp = [Int](repeating: 0, count: 4), fp = [Int](repeating: 0, count: 4), fn = [Int](repeating: 0, count: 4)
        /// Per mention found: its margin and whether it was right (for calibration).
        public var margins: [(margin: Double, correct: Bool)] = []

        public func line(_ l: Int) -> String {
            let p = tp[l] + fp[l] > 0 ? Double(tp[l]) / Double(tp[l] + fp[l]) : 0
            let r = tp[l] + fn[l] > 0 ? Double(tp[l]) / Double(tp[l] + fn[l]) : 0
            let f = p + r > 0 ? 2 * p * r / (p + r) : 0
            return String(format: "%@: P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)", EntityTagSet.labels[l].rawValue, p, r, f, tp[l], fp[l], fn[l])
        }

        /// Micro F1 over PER, ORG, LOC.
        public var microF1: Double {
            let t = tp[0...2].reduce(0, +), p = fp[0...2].reduce(0, +), n = fn[0...2].reduce(0, +)
            return t == 0 ? 0 : 2 * Double(t) / Double(2 * t + p + n)
        }
    }

    /// Scores the model alone on `texts`, exact character spans.
    public func score(_ model: NERModel, on texts: [LabeledText]) throws -> Scores {
        let tagger = EntityTagger(model: model, firstNames: recognizer.firstNames)
        var scores = Scores()
        for t in texts {
            let doc = try Self.document(t, front)
            let ctx = DocumentContext(doc)
            let (cands, deferred) = recognizer.ruleCandidates(doc, ctx)
            let spans = tagger.tag(ctx, rules: TaggerFeatures.ruleTags(cands + deferred, tokenCount: doc.tokens.count))
            var gold = Set<[Int]>()
            for e in t.entities { gold.insert([e.start, e.end, e.label]) }
            var found = Set<[Int]>()
            for s in spans {
                let key = [doc.tokens[s.start].start, doc.tokens[s.end - 1].end, EntityTagSet.labels.firstIndex(of: s.label)!]
                found.insert(key)
                scores.margins.append((Double(s.margin), gold.contains(key)))
            }
            for l in 0..<4 {
                let f = found.filter { $0[2] == l }, g = gold.filter { $0[2] == l }
                scores.tp[l] += f.intersection(g).count
                scores.fp[l] += f.subtracting(g).count
                scores.fn[l] += g.subtracting(f).count
            }
        }
        return scores
    }

    /// Platt scaling: `a`, `b` of `P(correct) = 1 / (1 + exp(-(a·margin + b)))`, fit by gradient descent.
    public static func plattScaling(_ samples: [(margin: Double, correct: Bool)]) -> [Double] {
        guard !samples.isEmpty else { return [1, 0] }
        let scale = max(1e-6, samples.map { abs($0.margin) }.reduce(0, +) / Double(samples.count))
        var a = 1.0, b = 0.0
        for _ in 0..<2000 {
            var ga = 0.0, gb = 0.0
            for s in samples {
                let x = s.margin / scale
                let p = 1 / (1 + exp(-(a * x + b)))
                let y = s.correct ? 1.0 : 0.0
                ga += (p - y) * x; gb += p - y
            }
            a -= 0.5 * ga / Double(samples.count)
            b -= 0.5 * gb / Double(samples.count)
        }
        return [a / scale, b]
    }
}
