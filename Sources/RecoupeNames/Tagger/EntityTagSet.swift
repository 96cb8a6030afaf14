import RecoupeCore
import RecoupeText
/// BILOU tags over PER, ORG, LOC and MISC for the sequence labeller: 17 tags, `O` first.
///
/// Tag `1 + 4·label + kind` with labels in ``labels`` order and kinds B, I, L, U. Legal moves:
/// after O, L-x, U-x or the sentence start come O, B-y, U-y; after B-x or I-x come I-x, L-x; a
/// sentence ends on O, L-x or U-x. Viterbi decoding only follows legal moves, so every decoded
/// path reads back as well-formed spans (``spans(_:)``).
///
/// ```swift
/// EntityTagSet.tags(for: [(1, 3, 0)], count: 4)  // [O, B-PER, L-PER, O]
/// ```
public enum EntityTagSet {
    /// The labels in tag order.
    public static let labels: [EntityMention.Label] = [.person, .organization, .location, .misc]
    /// Number of tags (O plus four kinds for each label).
    public static let count = 1 + 4 * labels.count
    /// The pseudo-tag before a sentence's first token (row of the transition table).
    public static let start = count

    public enum Kind: Int { case begin = 0, inside, last, unit }

    @inline(__always) public static func tag(label: Int, _ kind: Kind) -> Int { 1 + label * 4 + kind.rawValue }
    /// The label index of a tag, or nil for O.
    @inline(__always) public static func label(of tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / 4 }
    @inline(__always) public static func kind(of tag: Int) -> Kind? { tag == 0 ? nil : Kind(rawValue: (tag - 1) % 4) }

    /// "O", "B-PER" …
    public static let names: [String] = ["O"] + labels.flatMap { l in ["B", "I", "L", "U"].map { "\($0)-\(l.rawValue)" } }

    /// Whether `next` may follow `prev` (`prev == start` at a sentence start).
    public static func isAllowed(_ prev: Int, _ next: Int) -> Bool {
        let open = prev != start && (kind(of: prev) == .begin || kind(of: prev) == .inside)
        if open {
            return label(of: next) == label(of: prev) && (kind(of: next) == .inside || kind(of: next) == .last)
        }
        return next == 0 || kind(of: next) == .begin || kind(of: next) == .unit
    }

    /// Whether a sentence may end on `tag`.
    public static func mayEnd(_ tag: Int) -> Bool { tag == 0 || kind(of: tag) == .last || kind(of: tag) == .unit }

    /// The legal moves as a table `[prev * count + next]`, `prev` in `0...count`.
    static let allowedTable: [Bool] = (0...count).flatMap { p in (0..<count).map { isAllowed(p, $0) } }

    /// For each tag, the tags that may precede it inside a sentence (Viterbi looks only at these).
    static let predecessors: [[Int]] = (0..<count).map { t in (0..<count).filter { isAllowed($0, t) } }

    /// Spans (`start..<end` positions, label index) of a well-formed tag sequence; a malformed one
    /// is read leniently (an unclosed B or I closes at the next O, B or U).
    public static func spans(_ tags: [Int]) -> [(start: Int, end: Int, label: Int)] {
        var out: [(start: Int, end: Int, label: Int)] = []
        var open: (start: Int, label: Int)?
        for (i, t) in tags.enumerated() {
            guard let l = label(of: t), let k = kind(of: t) else {
                if let o = open { out.append((o.start, i, o.label)); open = nil }
                continue
            }
            if let o = open, o.label != l || k == .begin || k == .unit { out.append((o.start, i, o.label)); open = nil }
            switch k {
            case .unit: out.append((i, i + 1, l))
            case .begin: open = (i, l)
            case .inside: if open == nil { open = (i, l) }
            case .last:
                out.append((open?.start ?? i, i + 1, l))
                open = nil
            }
        }
        if let o = open { out.append((o.start, tags.count, o.label)) }
        return out
    }

    /// The BILOU tags of `count` positions holding non-overlapping `spans`.
    public static func tags(for spans: [(start: Int, end: Int, label: Int)], count n: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: n)
        for s in spans where s.start < s.end && s.end <= n {
            if s.end - s.start == 1 {
                tags[s.start] = tag(label: s.label, .unit)
            } else {
                tags[s.start] = tag(label: s.label, .begin)
                for i in s.start + 1..<s.end - 1 { tags[i] = tag(label: s.label, .inside) }
                tags[s.end - 1] = tag(label: s.label, .last)
            }
        }
        return tags
    }

    /// The label index of a training-data label ("PER", "PERS", "B-ORG" stripped of its prefix …), or nil.
    public static func labelIndex(_ name: String) -> Int? {
        switch name.uppercased() {
        case "PER", "PERS", "PERSON": 0
        case "ORG", "ORGANIZATION", "ORGANISATION": 1
        case "LOC", "LOCATION", "GPE": 2
        case "MISC": 3
        default: nil
        }
    }
}
