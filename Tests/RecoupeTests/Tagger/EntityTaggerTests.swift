import Foundation
@testable import Recoupe
@testable import RecoupeNames
@testable import RecoupeText
@testable import RecoupeCore
import Testing

@Suite("NER tagger")
struct EntityTaggerTests {
    static let T = EntityTagSet.count
    static func tag(_ name: String) -> Int { EntityTagSet.names.firstIndex(of: name)! }

    @Test("BILOU tags to spans and back", arguments: [
        // (tags, spans as start-end-label)
        (["O", "B-PER", "L-PER", "O"], "1-3-PER"),
        (["U-LOC", "O", "U-ORG"], "0-1-LOC 2-3-ORG"),
        (["B-ORG", "I-ORG", "I-ORG", "L-ORG", "U-PER"], "0-4-ORG 4-5-PER"),
        (["O", "O"], ""),
        (["B-MISC", "L-MISC"], "0-2-MISC"),
    ])
    func bilouRoundTrip(_ names: [String], _ expected: String) {
        let tags = names.map(Self.tag)
        let spans = EntityTagSet.spans(tags)
        #expect(spans.map { "\($0.start)-\($0.end)-\(EntityTagSet.labels[$0.label].rawValue)" }.joined(separator: " ") == expected)
        #expect(EntityTagSet.tags(for: spans, count: tags.count) == tags)
    }

    @Test("malformed tag sequences read leniently", arguments: [
        (["I-PER", "L-PER"], "0-2-PER"),
        (["B-PER", "O"], "0-1-PER"),
        (["B-PER", "U-LOC"], "0-1-PER 1-2-LOC"),
        (["B-PER", "I-LOC", "L-LOC"], "0-1-PER 1-3-LOC"),
    ])
    func lenientSpans(_ names: [String], _ expected: String) {
        let spans = EntityTagSet.spans(names.map(Self.tag))
        #expect(spans.map { "\($0.start)-\($0.end)-\(EntityTagSet.labels[$0.label].rawValue)" }.joined(separator: " ") == expected)
    }

    @Test("legal moves", arguments: [
        ("O", "B-PER", true), ("O", "I-PER", false), ("B-PER", "L-PER", true), ("B-PER", "L-ORG", false),
        ("B-PER", "O", false), ("I-LOC", "I-LOC", true), ("L-PER", "U-ORG", true), ("U-PER", "L-PER", false),
    ])
    func legality(_ a: String, _ b: String, _ allowed: Bool) {
        #expect(EntityTagSet.isAllowed(Self.tag(a), Self.tag(b)) == allowed)
    }

    /// Brute force over every legal path of a short sequence.
    static func bestByBruteForce(_ e: [Float], _ n: Int, _ tr: [Float]) -> [Int] {
        var best: (Float, [Int]) = (-.infinity, [])
        func walk(_ path: [Int], _ score: Float) {
            if path.count == n {
                if EntityTagSet.mayEnd(path.last!), score > best.0 { best = (score, path) }
                return
            }
            let prev = path.last ?? EntityTagSet.start
            for t in 0..<T where EntityTagSet.isAllowed(prev, t) {
                walk(path + [t], score + tr[prev * T + t] + e[path.count * T + t])
            }
        }
        walk([], 0)
        return best.1
    }

    @Test("Viterbi finds the best legal path", arguments: [1, 2, 3, 4])
    func viterbiMatchesBruteForce(_ n: Int) {
        var rng = SplitMix64(seed: UInt64(n))
        func r() -> Float { Float(rng.next() % 1000) / 100 - 5 }
        for _ in 0..<5 {
            let e = (0..<n * Self.T).map { _ in r() }
            let raw = (0..<(Self.T + 1) * Self.T).map { _ in r() }
            let tr = (0..<raw.count).map { EntityTagSet.allowedTable[$0] ? raw[$0] : -1e30 }
            let path = EntityTagger.viterbi(e, count: n, transitions: tr)
            #expect(path == Self.bestByBruteForce(e, n, tr))
        }
    }

    /// The textbook decoder: each tag's legal predecessors in ascending order, first strict maximum.
    static func viterbiOverLegalPredecessors(_ e: [Float], _ n: Int, _ tr: [Float]) -> [Int] {
        let T = Self.T
        var score = (0..<T).map { tr[T * T + $0] + e[$0] }
        var back = [Int](repeating: 0, count: n * T)
        for k in 1..<max(n, 1) {
            var next = score
            for t in 0..<T {
                var best = -Float.infinity, arg = 0
                for p in EntityTagSet.predecessors[t] where score[p] + tr[p * T + t] > best { best = score[p] + tr[p * T + t]; arg = p }
                next[t] = best + e[k * T + t]
                back[k * T + t] = arg
            }
            score = next
        }
        var best = -Float.infinity, arg = 0
        for t in 0..<T where EntityTagSet.mayEnd(t) && score[t] > best { best = score[t]; arg = t }
        var path = [Int](repeating: arg, count: n)
        for k in stride(from: n - 1, to: 0, by: -1) { path[k - 1] = back[k * T + path[k]] }
        return path
    }

    // The decoder advances all tags at once over every predecessor, legal or not (illegal moves at
    // −1e30): the same path as the loop over legal predecessors, ties included (scores on a coarse
    // grid make ties common), on long sentences the brute force cannot check.
    @Test("Viterbi equals the loop over legal predecessors", arguments: [1, 2, 9, 40, 200])
    func viterbiMatchesLegalPredecessorLoop(_ n: Int) {
        var rng = SplitMix64(seed: 77 &+ UInt64(n))
        for round in 0..<20 {
            let grid: Float = round % 2 == 0 ? 100 : 2
            func r() -> Float { Float(rng.next() % 1000) / grid - 500 / grid }
            let e = (0..<n * Self.T).map { _ in r() }
            let tr = (0..<(Self.T + 1) * Self.T).map { EntityTagSet.allowedTable[$0] ? r() : -1e30 }
            #expect(EntityTagger.viterbi(e, count: n, transitions: tr) == Self.viterbiOverLegalPredecessors(e, n, tr))
        }
    }

    @Test("Viterbi never decodes an illegal path")
    func viterbiLegal() {
        // Emissions that favour I-PER everywhere: the path must still open with B and close with L.
        var e = [Float](repeating: 0, count: 3 * Self.T)
        for k in 0..<3 { e[k * Self.T + Self.tag("I-PER")] = 10 }
        let tr = (0..<(Self.T + 1) * Self.T).map { EntityTagSet.allowedTable[$0] ? Float(0) : -1e30 }
        let path = EntityTagger.viterbi(e, count: 3, transitions: tr).map { EntityTagSet.names[$0] }
        #expect(path == ["B-PER", "I-PER", "L-PER"])
    }

    static let tinyCorpus = """
    Le\tO
    ministre\tO
    Jean\tB-PER
    Dupont\tI-PER
    est\tO
    arrivé\tO
    à\tO
    Lyon\tB-LOC
    .\tO

    La\tO
    société\tO
    Vortex\tB-ORG
    Airlines\tI-ORG
    quitte\tO
    Marseille\tB-LOC
    .\tO

    Marie\tB-PER
    Curie\tI-PER
    visite\tO
    Toulouse\tB-LOC
    .\tO
    """

    static func trainTiny(seed: UInt64 = 7) throws -> (NERModel, NERTrainer, [LabeledText]) {
        let texts = try NERTrainingData.conll(tinyCorpus, path: "tiny.conll", sentencesPerDocument: 1)
        let trainer = try NERTrainer(options: .init(bits: 12, epochs: 6, seed: seed))
        try trainer.add(texts)
        return (trainer.train(sources: [.init(name: "tiny", sha256: "-", licence: "test", documents: 3, tokens: 21, entities: 7)]), trainer, texts)
    }

    @Test("CoNLL reader: BIO spans in code points")
    func conllReader() throws {
        let texts = try NERTrainingData.conll(Self.tinyCorpus, path: "tiny.conll", sentencesPerDocument: 2)
        #expect(texts.count == 2)
        let t = texts[0]
        let surfaces = t.entities.map { e in String(String.UnicodeScalarView(t.text.unicodeScalars.dropFirst(e.start).prefix(e.end - e.start))) }
        #expect(surfaces == ["Jean Dupont", "Lyon", "Vortex Airlines", "Marseille"])
        #expect(t.entities.map(\.label) == [0, 2, 1, 2])
    }

    @Test("training is deterministic for a seed and learns its corpus")
    func deterministicTraining() throws {
        let (a, trainer, texts) = try Self.trainTiny()
        let (b, _, _) = try Self.trainTiny()
        #expect(try a.serialized() == b.serialized())
        let scores = try trainer.score(a, on: texts)
        // Averaged weights on three sentences: nearly all of the seven names come back.
        #expect(scores.tp.reduce(0, +) >= 6)
        #expect(scores.fp.reduce(0, +) <= 1)
    }

    @Test("model file round trip")
    func modelRoundTrip() throws {
        let (model, _, _) = try Self.trainTiny()
        model.setCalibration([0.5, -1], notes: ["k": "v"])
        let bytes = try model.serialized()
        let loaded = try NERModel.load(bytes: Data(bytes), path: "memory")
        #expect(loaded.header == model.header)
        #expect(loaded.transitions == model.transitions)
        #expect(loaded.weights == model.weights.map { Float(Float16($0)) })
        #expect(try loaded.serialized() == bytes)
        // A different feature set or a truncated file is refused with a reason.
        #expect(throws: NERModel.LoadError.self) { try NERModel.load(bytes: Data(bytes.dropLast()), path: "memory") }
        var other = model.header
        other.featureSet = "another"
        let changed = NERModel(header: other, weights: model.weights, transitions: model.transitions)
        #expect(throws: NERModel.LoadError.self) { try NERModel.load(bytes: Data(try changed.serialized()), path: "memory") }
    }

    @Test("model file read from disk (mapped): the same model; a missing or truncated file is an error naming it")
    func modelFileOnDisk() throws {
        let (model, _, _) = try Self.trainTiny()
        let folder = try TemporaryFolder("ner-model-file")
        defer { folder.remove() }
        let bytes = try model.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: folder.file("model.bin")))
        let loaded = try NERModel.load(path: folder.file("model.bin"))
        #expect(loaded.header == model.header && loaded.transitions == model.transitions)
        #expect(loaded.weights == model.weights.map { Float(Float16($0)) })
        let missing = folder.file("absent.bin")
        #expect { try NERModel.load(path: missing) } throws: { ($0 as? NERModel.LoadError)?.path == missing }
        try Data(bytes.dropLast(3)).write(to: URL(fileURLWithPath: folder.file("short.bin")))
        #expect { try NERModel.load(path: folder.file("short.bin")) } throws: {
            ($0 as? NERModel.LoadError).map { $0.path.hasSuffix("short.bin") && $0.reason.contains("size") } == true
        }
    }

    static func cand(_ s: Int, _ e: Int, _ label: EntityMention.Label, _ rule: String) -> EntityRecognizer.Candidate {
        EntityRecognizer.Candidate(start: s, end: e, label: label, entry: nil, rule: rule, confidence: 0.9)
    }

    @Test("hybrid merge: precise rules first (organisation words included), then linked words, the model, other organisations in the gaps")
    func hybridMerge() {
        let rules = [Self.cand(0, 2, .person, "gazetteer"), Self.cand(3, 5, .person, "civility"), Self.cand(8, 9, .location, "place-preposition"),
                     Self.cand(11, 12, .person, "given-name"), Self.cand(7, 8, .organization, "acronym"), Self.cand(12, 14, .organization, "capitalized-sequence"),
                     Self.cand(5, 6, .organization, "org-word")]
        let deferred = [Self.cand(9, 10, .person, "deferred"), Self.cand(13, 14, .person, "deferred")]
        let model = [EntityTagger.Span(start: 1, end: 3, label: .organization, margin: 5, confidence: 0.8),
                     EntityTagger.Span(start: 5, end: 7, label: .organization, margin: 5, confidence: 0.7),
                     EntityTagger.Span(start: 10, end: 11, label: .location, margin: 5, confidence: 0.9),
                     EntityTagger.Span(start: 11, end: 12, label: .location, margin: 1, confidence: 0.2),
                     EntityTagger.Span(start: 12, end: 13, label: .person, margin: 5, confidence: 0.9)]
        let (hybrid, hDeferred) = EntityRecognizer.combine(rules: rules, deferred: deferred, model: model, mode: .hybrid, tokenCount: 14,
                                                           linksLater: { $0.start == 13 })
        // A lexicon match (0-2), a civility, a given name and an organisation word (5-6, over the tagger's 5-7)
        // win over the tagger; the deferred word that links (13) keeps its token; the tagger fills the rest;
        // another rule's organisation fills a free token (7) but not a taken one (12-14); a place preposition
        // and a deferred word that links nowhere (9) are left out.
        #expect(hybrid.map { "\($0.start)-\($0.end) \($0.label.rawValue) \($0.rule)" }.sorted()
                == ["0-2 PER gazetteer", "10-11 LOC model", "11-12 PER given-name", "12-13 PER model", "3-5 PER civility", "5-6 ORG org-word", "7-8 ORG acronym"])
        #expect(hDeferred.map(\.start) == [13])
        let (only, oDeferred) = EntityRecognizer.combine(rules: rules, deferred: deferred, model: model, mode: .model, tokenCount: 14)
        #expect(only.count == model.count && only.allSatisfy { $0.rule == "model" } && oDeferred.isEmpty)
        #expect(only.map(\.modelConfidence) == model.map(\.confidence))
        let (r, rDeferred) = EntityRecognizer.combine(rules: rules, deferred: deferred, model: model, mode: .rules, tokenCount: 14)
        #expect(r.map(\.rule) == ["gazetteer", "civility", "place-preposition", "given-name", "acronym", "capitalized-sequence", "org-word"] && rDeferred.count == 2)
    }

    @Test("hybrid merge: a tagger span wider than a precise rule's or a linked word's, starting on a name word, wins; one from an article or across a rule does not")
    func hybridWiderSpans() {
        // 0 George 1 Washington 2 à 3 de 4 France 5 , 6 Jean 7 Dupont 8 et 9 M. 10 Cloarec 11 Amérique 12 du 13 Nord 14 Michelle 15 Obama
        let rules = [Self.cand(1, 2, .location, "gazetteer"), Self.cand(4, 5, .location, "gazetteer"), Self.cand(6, 8, .person, "given-name"),
                     Self.cand(10, 11, .person, "civility"), Self.cand(11, 12, .location, "gazetteer")]
        let deferred = [Self.cand(15, 16, .person, "deferred")]
        func span(_ s: Int, _ e: Int, _ label: EntityMention.Label) -> EntityTagger.Span { EntityTagger.Span(start: s, end: e, label: label, margin: 5, confidence: 0.9) }
        let model = [span(0, 2, .person), span(3, 5, .location), span(7, 9, .organization), span(9, 11, .person), span(11, 14, .location), span(14, 16, .person)]
        let notNameStarts: Set<Int> = [2, 3, 8, 9, 12]  // 9 stands for a civility
        let (hybrid, hDeferred) = EntityRecognizer.combine(rules: rules, deferred: deferred, model: model, mode: .hybrid, tokenCount: 16,
                                                           linksLater: { _ in true }, readsAsName: { c, _ in !notNameStarts.contains(c.start) })
        // "George Washington", "Amérique du Nord" and "Michelle Obama" over the lexicon's places and the linked
        // surname; "de France" starts on a preposition and "M. Cloarec" on a civility, "Dupont et" cuts across
        // the given-name rule's candidate: the rules keep those.
        #expect(hybrid.map { "\($0.start)-\($0.end) \($0.label.rawValue) \($0.rule)" }.sorted()
                == ["0-2 PER model", "10-11 PER civility", "11-14 LOC model", "14-16 PER model", "4-5 LOC gazetteer", "6-8 PER given-name"])
        #expect(hDeferred.isEmpty)
        // Without the name-word test no tagger span goes first: the rules' candidates win as before.
        let (plain, plainDeferred) = EntityRecognizer.combine(rules: rules, deferred: deferred, model: model, mode: .hybrid, tokenCount: 16,
                                                              linksLater: { _ in true })
        #expect(plain.filter { $0.rule == "model" }.isEmpty && plainDeferred.map(\.start) == [15])
    }

    @Test("hybrid with the shipped model: a bare acronym is dropped, one the text spells out stays")
    func hybridAcronyms() throws {
        let doc = try annotate("Le chanteur est mort hier, victime d'un AVC à Lyon. La Fédération des tisserands du Rhône (FTRH) "
                               + "a publié un rapport. Selon la FTRH, le risque est faible.")
        let orgs = doc.mentions.filter { $0.label == .organization }.map(\.surface)
        #expect(!orgs.contains("AVC"))
        #expect(orgs.filter { $0 == "FTRH" }.count == 2)
    }

    @Test("the tagger inside the recognizer: model mentions keep rule and confidence")
    func recognizerWithModel() throws {
        let (model, _, _) = try Self.trainTiny()
        let recognizer = EntityRecognizer(gazetteer: try Gazetteer.cached(for: Pipeline.Options()), ner: .model, model: model)
        var doc = Document(id: "t", text: "Marie Curie visite Toulouse.")
        try NERTrainer.frontPipeline().run(&doc)
        try recognizer.run(&doc)
        #expect(doc.mentions.map { "\($0.surface) \($0.label.rawValue) \($0.rule)" } == ["Marie Curie PER model", "Toulouse LOC model"])
        #expect(doc.mentions.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
        #expect(doc.mentions[0].kbId.hasPrefix("name:"))
    }

    @Test("Platt scaling orders confidences by margin")
    func calibration() {
        var samples: [(margin: Double, correct: Bool)] = []
        for i in 0..<200 {
            let m = i % 20
            samples.append((Double(m), m > 6 || i % 7 == 0))
        }
        let ab = NERTrainer.plattScaling(samples)
        func p(_ m: Double) -> Double { 1 / (1 + exp(-(ab[0] * m + ab[1]))) }
        #expect(ab[0] > 0 && p(1) < 0.5 && p(18) > 0.9)
    }
}
