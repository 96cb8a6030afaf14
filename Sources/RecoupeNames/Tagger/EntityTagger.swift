import RecoupeCore
import RecoupeText
import Foundation

/// The NER sequence labeller at run time: a linear model over ``TaggerFeatures`` decoded with Viterbi
/// over BILOU tags (``EntityTagSet``).
///
/// Cost: the type part of each token's score (the words at offsets −2…+2) is a sum of per-type
/// vectors, computed the first time a norm and shape is seen and cached (up to ``cacheLimit`` types,
/// then the cache starts over); per token remain five 17-float additions, about ten context features
/// and the 17 × 17 transition step.
///
/// Not thread-safe (the cache): one tagger per worker. The ``NERModel`` it reads is shared.
///
/// ```swift
/// let tagger = EntityTagger(model: model, firstNames: names)
/// let spans = tagger.tag(DocumentContext(doc), rules: ruleTags)  // token spans, labels, confidences
/// ```
final class EntityTagger {
    /// A mention the model found: tokens `start..<end` of the document.
    struct Span: Equatable {
        var start: Int
        var end: Int
        var label: EntityMention.Label
        var margin: Float
        var confidence: Double
    }

    let model: NERModel
    let features: TaggerFeatures
    static let cacheLimit = 200_000

    private var typeIndex = TokenTypeTable()
    /// Per type, `window × tags` floats: its features' weights seen from each slot.
    private var vectors: [Float] = []
    private var normHashes: [UInt64] = []
    /// Transition scores with illegal moves at −∞ (well, −1e30).
    private let transitions: [Float]
    private var beforeId: Int32 = 0, afterId: Int32 = 0

    init(model: NERModel, firstNames: Set<String>) {
        self.model = model
        features = TaggerFeatures(firstNames: firstNames)
        let T = EntityTagSet.count
        precondition(T == 17, "tag() accumulates 16 + 1 tag scores")
        transitions = (0..<(T + 1) * T).map { EntityTagSet.allowedTable[$0] ? model.transitions[$0] : -1e30 }
        resetCache()
    }

    private func resetCache() {
        typeIndex = TokenTypeTable()
        vectors = []
        normHashes = []
        beforeId = typeId(.before)
        afterId = typeId(.after)
    }

    @inline(__always) private func typeId(_ t: TokenType) -> Int32 {
        let (id, isNew) = typeIndex.id(of: t)
        if !isNew { return id }
        let T = EntityTagSet.count
        normHashes.append(TaggerFeatures.normHash(t))
        let base = vectors.count
        vectors.append(contentsOf: repeatElement(0, count: TaggerFeatures.window * T))
        let cues = t.shape == 0xFF ? 0 : features.cueBits(t.norm)
        let pattern = t.shape == 0xFF ? 0 : TaggerFeatures.pattern(t)
        let scalars = TaggerFeatures.scalars(of: t)
        var hashes: [UInt64] = []
        model.weights.withUnsafeBufferPointer { w in
            vectors.withUnsafeMutableBufferPointer { v in
                for slot in 0..<TaggerFeatures.window {
                    features.typeHashes(t, slot: slot, cues: cues, pattern: pattern, scalars: scalars, into: &hashes)
                    for h in hashes {
                        let row = Int(h & model.mask) * T
                        for k in 0..<T { v[base + slot * T + k] += w[row + k] }
                    }
                }
            }
        }
        return id
    }

    /// The model's mentions in a document, given the rules' tags per token (``TaggerFeatures/ruleTags(_:tokenCount:)``).
    func tag(_ ctx: DocumentContext, rules: [RuleTag]) -> [Span] {
        if typeIndex.count > Self.cacheLimit { resetCache() }
        let T = EntityTagSet.count
        var out: [Span] = []
        var emissions: [Float] = []
        var ids: [Int32] = []
        var hashes: [UInt64] = []
        var context: [UInt64] = []
        var contextEnds: [Int] = []
        let (a, b) = (model.header.calibration.first ?? 1, model.header.calibration.dropFirst().first ?? 0)
        TaggerFeatures.forEachSentence(ctx) { sentence in
            let n = sentence.count
            ids.removeAll(keepingCapacity: true)
            hashes.removeAll(keepingCapacity: true)
            for i in sentence {
                let id = typeId(TokenType(ctx.tokens[i]))
                ids.append(id)
                hashes.append(normHashes[Int(id)])
            }
            // Every context feature of the sentence first, then the sums: the weight rows are random
            // reads of a table larger than the cache, and with no hashing between them the processor
            // keeps several misses in flight (the sums are the same, in the same order).
            context.removeAll(keepingCapacity: true)
            contextEnds.removeAll(keepingCapacity: true)
            for k in 0..<n {
                features.contextHashes(ctx, sentence, k, rules, normHashes: hashes, into: &context)
                contextEnds.append(context.count)
            }
            emissions.removeAll(keepingCapacity: true)
            emissions.append(contentsOf: repeatElement(0, count: n * T))
            // Per token: a 16-lane vector and one scalar accumulate the 17 tag scores (same order of
            // additions as a plain loop, so the same sums), fewer instructions per row, more cache misses in flight.
            emissions.withUnsafeMutableBufferPointer { e in
                vectors.withUnsafeBufferPointer { v in
                    model.weights.withUnsafeBufferPointer { w in
                        let vb = UnsafeRawPointer(v.baseAddress!), wb = UnsafeRawPointer(w.baseAddress!)
                        for k in 0..<n {
                            var acc = SIMD16<Float>(repeating: 0)
                            var last: Float = 0
                            for slot in 0..<TaggerFeatures.window {
                                let j = k + slot - 2
                                let id = j < 0 ? beforeId : j >= n ? afterId : ids[j]
                                let src = (Int(id) * TaggerFeatures.window * T + slot * T) * 4
                                acc += vb.loadUnaligned(fromByteOffset: src, as: SIMD16<Float>.self)
                                last += vb.loadUnaligned(fromByteOffset: src + 64, as: Float.self)
                            }
                            for c in (k == 0 ? 0 : contextEnds[k - 1])..<contextEnds[k] {
                                let src = Int(context[c] & model.mask) * T * 4
                                acc += wb.loadUnaligned(fromByteOffset: src, as: SIMD16<Float>.self)
                                last += wb.loadUnaligned(fromByteOffset: src + 64, as: Float.self)
                            }
                            let row = k * T
                            for t in 0..<16 { e[row + t] = acc[t] }
                            e[row + 16] = last
                        }
                    }
                }
            }
            let path = Self.viterbi(emissions, count: n, transitions: transitions)
            for s in EntityTagSet.spans(path) {
                var margin = Float.infinity
                for k in s.start..<s.end {
                    let row = k * T, p = path[k]
                    var other = -Float.infinity
                    for t in 0..<T where t != p { other = max(other, emissions[row + t]) }
                    margin = min(margin, emissions[row + p] - other)
                }
                let confidence = 1 / (1 + exp(-(a * Double(margin) + b)))
                out.append(Span(start: sentence[s.start], end: sentence[s.end - 1] + 1, label: EntityTagSet.labels[s.label],
                                margin: margin, confidence: (confidence * 1000).rounded() / 1000))
            }
        }
        return out
    }

    /// O, L-x and U-x in ascending order: the tags after which a span may open (``EntityTagSet``).
    static let closedTags: [Int] = (0..<EntityTagSet.count).filter { EntityTagSet.isAllowed($0, 0) }

    /// The best legal tag path for `count` positions of `emissions` (`count × tags`, row-major) under
    /// `transitions` (`(tags + 1) × tags`, last row the start; illegal moves very negative, −1e30).
    ///
    /// All 17 tags advance together: for each closed predecessor (O, L-x, U-x) in ascending order, its
    /// transition row is one 16-lane vector plus one scalar, and each lane keeps the first strict
    /// maximum, as a loop over the legal predecessors would (an illegal move scores about −1e30 and
    /// never beats a legal one: every tag has a legal predecessor with a finite score). The lanes are
    /// independent chains, where the scalar loop waited on each comparison in turn. The eight open
    /// predecessors (B-x, I-x) lead to two tags each, decided apart: 9 vector steps a token instead of 17.
    static func viterbi(_ emissions: [Float], count n: Int, transitions: [Float]) -> [Int] {
        let T = EntityTagSet.count
        precondition(T == 17 && emissions.count >= n * T && transitions.count == (T + 1) * T)
        guard n > 0 else { return [] }
        var back = [UInt8](repeating: 0, count: n * T)
        var score = SIMD16<Float>(repeating: 0), last: Float = 0
        let closed = Self.closedTags
        emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { tr in
                back.withUnsafeMutableBufferPointer { bk in
                    let eb = UnsafeRawPointer(e.baseAddress!), tb = UnsafeRawPointer(tr.baseAddress!)
                    score = tb.loadUnaligned(fromByteOffset: T * T * 4, as: SIMD16<Float>.self)
                        + eb.loadUnaligned(fromByteOffset: 0, as: SIMD16<Float>.self)
                    last = tr[T * T + 16] + e[16]
                    for k in 1..<n {
                        var best = SIMD16<Float>(repeating: -.infinity), bestLast = -Float.infinity
                        var arg = SIMD16<Int32>(repeating: 0), argLast: UInt8 = 0
                        // Closed tags (O, L-x, U-x) are the only legal predecessors of O, B-y and U-y.
                        for p in closed {
                            let from = p < 16 ? score[p] : last
                            let s = SIMD16<Float>(repeating: from) + tb.loadUnaligned(fromByteOffset: p * T * 4, as: SIMD16<Float>.self)
                            let better = s .> best
                            best.replace(with: s, where: better)
                            arg.replace(with: Int32(p), where: better)
                            let sLast = from + tr[p * T + 16]
                            if sLast > bestLast { bestLast = sLast; argLast = UInt8(p) }
                        }
                        // I-x and L-x follow only B-x or I-x: the better of two moves, B-x on a tie (the
                        // first strict maximum in ascending order). Their lanes above held illegal moves.
                        for x in 0..<4 {
                            let b = EntityTagSet.tag(label: x, .begin), i = EntityTagSet.tag(label: x, .inside)
                            for t in i...EntityTagSet.tag(label: x, .last) {  // I-x, L-x
                                let sb = score[b] + tr[b * T + t], si = score[i] + tr[i * T + t]
                                if si > sb { best[t] = si; arg[t] = Int32(i) } else { best[t] = sb; arg[t] = Int32(b) }
                            }
                        }
                        score = best + eb.loadUnaligned(fromByteOffset: k * T * 4, as: SIMD16<Float>.self)
                        last = bestLast + e[k * T + 16]
                        for t in 0..<16 { bk[k * T + t] = UInt8(truncatingIfNeeded: arg[t]) }
                        bk[k * T + 16] = argLast
                    }
                }
            }
        }
        var best = -Float.infinity, arg = 0
        for t in 0..<T where EntityTagSet.mayEnd(t) {
            let s = t < 16 ? score[t] : last
            if s > best { best = s; arg = t }
        }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = arg
        var k = n - 1
        while k > 0 { path[k - 1] = Int(back[k * T + path[k]]); k -= 1 }
        return path
    }
}
