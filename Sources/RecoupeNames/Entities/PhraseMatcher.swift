import RecoupeCore
import RecoupeICU
import RecoupeText
/// A multi-pattern matcher over token sequences: a trie whose edges are token ids, searched
/// leftmost-longest (the semantics of BurntSushi's aho-corasick `MatchKind::LeftmostLongest`).
///
/// Patterns and text are sequences of token ids from one `vocabulary` (strings interned once).
/// At each text position the trie is walked as far as the text allows and the longest accepted
/// pattern wins; the scan resumes after it. A walk is bounded by the longest pattern (a few
/// tokens for names), so matching costs O(text tokens × longest pattern) whatever the number of
/// patterns: a million names match as fast as ten. Edges live in one open-addressing hash table
/// keyed by (node, token) (`EdgeTable`), which keeps a million-pattern trie compact and quick to build.
///
/// ```swift
/// var m = PhraseMatcher()
/// m.insert(m.intern(["maison", "blanche"]), payload: 7)
/// let ids = m.lookup(["la", "maison", "blanche"])
/// m.matches(ids)   // [Match(start: 1, end: 3, payloads: [7])]
/// ```
///
/// Not thread-safe to build; once built it is a value, safe to share read-only across threads.
public struct PhraseMatcher: Sendable {
    /// A found pattern: token indices `start..<end` of the searched sequence.
    public struct Match: Hashable, Sendable {
        public var start: Int
        public var end: Int
        /// The payloads of every pattern spelled by this token sequence.
        public var payloads: [Int32]
    }

    /// Token string → id. Ids start at 0.
    public private(set) var vocabulary: [String: UInt32] = [:]
    /// (node, token id) → child node. Node 0 is the root.
    private var edges = EdgeTable()
    /// Per node: index of its first output in `outputs`, or -1.
    private var firstOutput: [Int32] = [-1]
    /// Outputs as linked lists: (payload, next output or -1).
    private var outputs: [(payload: Int32, next: Int32)] = []
    /// Number of patterns inserted.
    public private(set) var patternCount = 0
    /// The longest pattern, in tokens.
    public private(set) var longestPattern = 0

    public init() {}

    /// Reserves room for about `patterns` patterns of `tokensPerPattern` tokens.
    public mutating func reserve(patterns: Int, tokensPerPattern: Int = 2) {
        edges.reserve(patterns * tokensPerPattern)
        firstOutput.reserveCapacity(patterns * tokensPerPattern + 1)
        outputs.reserveCapacity(patterns)
        // Names share their words: the vocabulary is a fraction of the patterns.
        vocabulary.reserveCapacity(patterns / 4)
    }

    public var nodeCount: Int { firstOutput.count }

    /// The id of a token string, adding it to the vocabulary.
    public mutating func intern(_ token: String) -> UInt32 {
        if let id = vocabulary[token] { return id }
        let id = UInt32(vocabulary.count)
        vocabulary[token] = id
        return id
    }

    public mutating func intern(_ tokens: [String]) -> [UInt32] { tokens.map { intern($0) } }

    /// Ids of text tokens; tokens outside the vocabulary (which no pattern contains) are nil.
    public func lookup(_ tokens: [String]) -> [UInt32?] { tokens.map { vocabulary[$0] } }

    /// Adds a pattern; several patterns may share one token sequence (all their payloads are reported).
    public mutating func insert(_ ids: [UInt32], payload: Int32) {
        guard !ids.isEmpty else { return }
        var node: UInt32 = 0
        for id in ids {
            if let child = edges.child(node, id) {
                node = child
            } else {
                let child = UInt32(firstOutput.count)
                firstOutput.append(-1)
                edges.insert(node, id, child: child)
                node = child
            }
        }
        outputs.append((payload, firstOutput[Int(node)]))
        firstOutput[Int(node)] = Int32(outputs.count - 1)
        patternCount += 1
        longestPattern = max(longestPattern, ids.count)
    }

    /// Payloads of the pattern that is exactly `ids`, if any.
    public func payloads(exactly ids: [UInt32]) -> [Int32] {
        var node: UInt32 = 0
        for id in ids {
            guard let child = edges.child(node, id) else { return [] }
            node = child
        }
        return payloads(at: node)
    }

    private func payloads(at node: UInt32) -> [Int32] {
        var out: [Int32] = []
        var o = firstOutput[Int(node)]
        while o >= 0 {
            out.append(outputs[Int(o)].payload)
            o = outputs[Int(o)].next
        }
        return out
    }

    /// Every pattern that starts at `start`, shortest first (nil ids end the walk: a gap or an unknown token).
    public func prefixMatches(_ ids: [UInt32?], from start: Int) -> [Match] {
        var out: [Match] = []
        var node: UInt32 = 0
        var j = start
        while j < ids.count, let id = ids[j], let child = edges.child(node, id) {
            node = child
            j += 1
            if firstOutput[Int(node)] >= 0 { out.append(Match(start: start, end: j, payloads: payloads(at: node))) }
        }
        return out
    }

    /// Leftmost-longest, non-overlapping matches. `accept` can veto a candidate (a case-sensitive
    /// pattern whose case differs): the next shorter pattern at the same start is tried then.
    public func matches(_ ids: [UInt32?], accept: (Match) -> [Int32] = { $0.payloads }) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < ids.count {
            var found: Match? = nil
            if ids[i] != nil {
                for var m in prefixMatches(ids, from: i).reversed() {
                    let ok = accept(m)
                    if !ok.isEmpty { m.payloads = ok; found = m; break }
                }
            }
            if let m = found {
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }
}
