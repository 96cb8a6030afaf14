/// Precision, recall and F1 from counts, with one-to-one matching (a prediction matches at most one gold item).
public struct PRF: Codable, Sendable, Equatable {
    public var gold = 0
    public var predicted = 0
    public var matched = 0

    public init(gold: Int = 0, predicted: Int = 0, matched: Int = 0) {
        self.gold = gold; self.predicted = predicted; self.matched = matched
    }

    /// 1 when nothing was predicted (no false positive), as in conlleval.
    public var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
    public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: PRF, b: PRF) -> PRF {
        PRF(gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched)
    }
}

/// A fraction with its counts (accuracies).
public struct Ratio: Codable, Sendable, Equatable {
    public var right = 0
    public var total = 0
    public var value: Double { total == 0 ? 1 : Double(right) / Double(total) }
}

/// Half-open code-point interval.
struct Interval: Hashable {
    var start: Int, end: Int
    var length: Int { end - start }
    func overlap(_ o: Interval) -> Int { max(0, min(end, o.end) - max(start, o.start)) }
    func overlaps(_ o: Interval) -> Bool { overlap(o) > 0 }
}

enum SpanMatching {
    /// How two spans must agree to match.
    enum Criterion {
        case exact
        /// Any shared code point.
        case overlap
        /// The shared part covers at least half of each span (the quotation criterion: a prediction
        /// that covers half a quotation, or a quotation plus as much again, does not count).
        case halfOfEach

        func accepts(_ g: Interval, _ p: Interval) -> Bool {
            switch self {
            case .exact: return g == p
            case .overlap: return g.overlaps(p)
            case .halfOfEach: let o = g.overlap(p); return o * 2 >= max(g.length, p.length) && o > 0
            }
        }
    }

    /// One-to-one matching of gold to predicted spans: pairs accepted by `criterion` (and `compatible`),
    /// largest overlap first. Returns `pairs[goldIndex] = predictedIndex`.
    static func match(gold: [Interval], predicted: [Interval], criterion: Criterion,
                      compatible: (Int, Int) -> Bool = { _, _ in true }) -> [Int: Int] {
        var candidates: [(overlap: Int, g: Int, p: Int)] = []
        // Per document both lists are small (tens to a few hundred): a plain double loop.
        for (gi, g) in gold.enumerated() {
            for (pi, p) in predicted.enumerated() where criterion.accepts(g, p) && compatible(gi, pi) {
                candidates.append((g.overlap(p), gi, pi))
            }
        }
        candidates.sort { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : ($0.g, $0.p) < ($1.g, $1.p) }
        var pairs: [Int: Int] = [:], used = Set<Int>()
        for c in candidates where pairs[c.g] == nil && !used.contains(c.p) {
            pairs[c.g] = c.p
            used.insert(c.p)
        }
        return pairs
    }
}
