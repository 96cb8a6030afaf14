import RecoupeCore
import RecoupeICU
import RecoupeText
/// A multi-pattern matcher over token sequences, searched leftmost-longest (the semantics of
/// BurntSushi's aho-corasick `MatchKind::LeftmostLongest`).
///
/// Patterns and text are sequences of token ids from one vocabulary (strings interned once).
/// Patterns are rows of flat columns (their token ids concatenated, an end offset and a payload
/// each), and `finalize()` sorts them by token sequence: the patterns starting with token t are
/// then one range, found by t (ids are dense), and each further token narrows the range by binary
/// search. At each text position the range is narrowed as far as the text allows and the longest
/// accepted pattern wins; the scan resumes after it. A walk is bounded by the longest pattern (a
/// few tokens for names), so a million names match about as fast as ten, and they cost about 16
/// bytes each beside their tokens (a trie of hashed edges took ~60 MB more for a million).
///
/// ```swift
/// var m = PhraseMatcher()
/// m.insert(m.intern(["maison", "blanche"]), payload: 7)
/// m.finalize()
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
        /// The payloads of every pattern spelled by this token sequence, in insertion order.
        public var payloads: [Int32]
    }

    /// The search order, made by `finalize()`.
    struct Index: Sendable {
        /// Pattern numbers sorted by token sequence (a prefix before its extensions; equal
        /// sequences in insertion order).
        var order: [UInt32] = []
        /// The patterns starting with token t are `order[firstStart[t]..<firstStart[t + 1]]`.
        var firstStart: [UInt32] = [0]
        /// Distinct non-empty prefixes plus one: the node count of the equivalent trie.
        var nodeCount = 1
    }

    private var vocabulary = TokenVocabulary()
    /// The token ids of every pattern, concatenated.
    private var tokens: [UInt32] = []
    /// Pattern p is `tokens[ends[p - 1]..<ends[p]]` (from 0 for the first).
    private var ends: [UInt32] = []
    private var payloadOf: [Int32] = []
    private var largestToken: UInt32 = 0
    private var index: Index? = Index()
    /// Number of patterns inserted.
    public var patternCount: Int { ends.count }
    /// The longest pattern, in tokens.
    public private(set) var longestPattern = 0

    public init() {}

    /// Reserves room for about `patterns` patterns of `tokensPerPattern` tokens.
    public mutating func reserve(patterns: Int, tokensPerPattern: Int = 2) {
        tokens.reserveCapacity(patterns * tokensPerPattern)
        ends.reserveCapacity(patterns)
        payloadOf.reserveCapacity(patterns)
        // Names share their words: the vocabulary is a fraction of the patterns.
        vocabulary.reserve(patterns / 2)
    }

    /// Distinct prefixes of the patterns plus one (the root): what a trie of them would hold.
    public var nodeCount: Int { (index ?? Index(self)).nodeCount }
    /// Number of distinct token strings.
    public var vocabularyCount: Int { vocabulary.count }

    /// The id of a token string, adding it to the vocabulary.
    public mutating func intern(_ token: String) -> UInt32 { vocabulary.intern(token) }

    /// The id of a token given as UTF-8 bytes, adding it to the vocabulary.
    public mutating func intern(utf8 token: UnsafeBufferPointer<UInt8>) -> UInt32 { vocabulary.intern(utf8: token) }

    public mutating func intern(_ tokens: [String]) -> [UInt32] { tokens.map { intern($0) } }

    /// The id of a token string, nil when no pattern uses it.
    public func id(of token: String) -> UInt32? { vocabulary.id(of: token) }

    /// Ids of text tokens; tokens outside the vocabulary (which no pattern contains) are nil.
    public func lookup(_ tokens: [String]) -> [UInt32?] { tokens.map { vocabulary.id(of: $0) } }

    /// Adds a pattern; several patterns may share one token sequence (all their payloads are
    /// reported). Call `finalize()` after the last one (until then each search sorts anew).
    public mutating func insert(_ ids: [UInt32], payload: Int32) {
        guard !ids.isEmpty else { return }
        index = nil
        tokens.append(contentsOf: ids)
        ends.append(UInt32(tokens.count))
        payloadOf.append(payload)
        for id in ids where id > largestToken { largestToken = id }
        longestPattern = max(longestPattern, ids.count)
    }

    /// Sorts the patterns for searching.
    public mutating func finalize() {
        if index == nil { index = Index(self) }
    }

    /// Payloads of the pattern that is exactly `ids`, if any.
    public func payloads(exactly ids: [UInt32]) -> [Int32] {
        guard !ids.isEmpty else { return [] }
        return prefixMatches(ids.map { Optional($0) }, from: 0).last { $0.end == ids.count }?.payloads ?? []
    }

    /// Every pattern that starts at `start`, shortest first (nil ids end the walk: a gap or an unknown token).
    public func prefixMatches(_ ids: [UInt32?], from start: Int) -> [Match] {
        let index = self.index ?? Index(self)
        var out: [Match] = []
        guard start < ids.count, let first = ids[start], Int(first) + 1 < index.firstStart.count else { return out }
        var lo = Int(index.firstStart[Int(first)]), hi = Int(index.firstStart[Int(first) + 1])
        var depth = 1
        // order[lo..<hi]: the patterns whose first `depth` tokens are the text's from `start`.
        while lo < hi {
            var k = lo
            while k < hi && length(index.order[k]) == depth { k += 1 }
            if k > lo { out.append(Match(start: start, end: start + depth, payloads: index.order[lo..<k].map { payloadOf[Int($0)] })) }
            guard start + depth < ids.count, let t = ids[start + depth] else { break }
            // order[k..<hi] is longer than `depth`, sorted by its token at `depth`.
            lo = bound(index.order, k, hi, depth) { $0 < t }
            hi = bound(index.order, lo, hi, depth) { $0 <= t }
            depth += 1
        }
        return out
    }

    @inline(__always)
    private func length(_ p: UInt32) -> Int { Int(ends[Int(p)]) - (p == 0 ? 0 : Int(ends[Int(p) - 1])) }

    @inline(__always)
    private func token(_ p: UInt32, _ k: Int) -> UInt32 { tokens[(p == 0 ? 0 : Int(ends[Int(p) - 1])) + k] }

    /// The first position in `order[lo..<hi]` whose token at `depth` fails `before`.
    @inline(__always)
    private func bound(_ order: [UInt32], _ lo: Int, _ hi: Int, _ depth: Int, _ before: (UInt32) -> Bool) -> Int {
        var lo = lo, hi = hi
        while lo < hi {
            let mid = (lo + hi) / 2
            if before(token(order[mid], depth)) { lo = mid + 1 } else { hi = mid }
        }
        return lo
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

extension PhraseMatcher.Index {
    /// Counting sort by first token (ids are dense), then each bucket sorted by the rest.
    init(_ m: PhraseMatcher) {
        let n = m.ends.count
        let tokenCount = max(m.vocabulary.count, n == 0 ? 0 : Int(m.largestToken) + 1)
        var firstStart = [UInt32](repeating: 0, count: tokenCount + 1)
        func begin(_ p: Int) -> Int { p == 0 ? 0 : Int(m.ends[p - 1]) }
        for p in 0..<n { firstStart[Int(m.tokens[begin(p)]) + 1] += 1 }
        for t in 0..<tokenCount { firstStart[t + 1] += firstStart[t] }
        var next = firstStart
        var order = [UInt32](repeating: 0, count: n)
        for p in 0..<n {
            let t = Int(m.tokens[begin(p)])
            order[Int(next[t])] = UInt32(p)
            next[t] += 1
        }
        next = []
        var nodes = 1
        let tokens = m.tokens, ends = m.ends
        /// Lexicographic on token ids, a prefix first, then insertion order.
        func less(_ a: UInt32, _ b: UInt32) -> Bool {
            let a0 = a == 0 ? 0 : Int(ends[Int(a) - 1]), b0 = b == 0 ? 0 : Int(ends[Int(b) - 1])
            let la = Int(ends[Int(a)]) - a0, lb = Int(ends[Int(b)]) - b0
            var k = 1
            while k < la && k < lb {
                let x = tokens[a0 + k], y = tokens[b0 + k]
                if x != y { return x < y }
                k += 1
            }
            return la != lb ? la < lb : a < b
        }
        for t in 0..<tokenCount where firstStart[t + 1] - firstStart[t] > 1 {
            order[Int(firstStart[t])..<Int(firstStart[t + 1])].sort(by: less)
        }
        // Nodes of the equivalent trie: each pattern adds the tokens past its common prefix with the previous one.
        for i in 0..<n {
            let p = Int(order[i]), p0 = p == 0 ? 0 : Int(ends[p - 1]), lp = Int(ends[p]) - p0
            var common = 0
            if i > 0 {
                let q = Int(order[i - 1]), q0 = q == 0 ? 0 : Int(ends[q - 1]), lq = Int(ends[q]) - q0
                while common < lp && common < lq && tokens[p0 + common] == tokens[q0 + common] { common += 1 }
            }
            nodes += lp - common
        }
        self.nodeCount = nodes
        self.order = order
        self.firstStart = firstStart
    }
}

extension PhraseMatcher {
    /// Writes the finalized matcher's tables (the compiled gazetteer file): the vocabulary's records,
    /// the patterns' tokens, ends and payloads, and the search order.
    func write(to w: inout FlatWriter) {
        let index = self.index ?? Index(self)
        w.array(vocabulary.recordBytes)
        w.array(tokens)
        w.array(ends)
        w.array(payloadOf)
        w.array(index.order)
        w.array(index.firstStart)
        w.count(index.nodeCount)
    }

    /// A finalized matcher read from what `write(to:)` wrote, its invariants checked (ends rising
    /// to the token count, tokens and order within range, the first-token ranges covering the order).
    init(reading r: inout FlatReader) throws {
        typealias Malformed = FlatReader.Malformed
        guard let vocabulary = TokenVocabulary(records: try r.array(UInt8.self)) else { throw Malformed() }
        self.vocabulary = vocabulary
        tokens = try r.array(UInt32.self)
        ends = try r.array(UInt32.self)
        payloadOf = try r.array(Int32.self)
        var index = Index()
        index.order = try r.array(UInt32.self)
        index.firstStart = try r.array(UInt32.self)
        index.nodeCount = try r.count()
        let n = ends.count
        let tokenCount = index.firstStart.count - 1
        guard payloadOf.count == n, index.order.count == n, tokenCount >= vocabulary.count,
              index.firstStart.first == 0, index.firstStart.last == UInt32(n), (ends.last.map { Int($0) } ?? 0) == tokens.count
        else { throw Malformed() }
        var previous: UInt32 = 0
        for e in ends {
            guard e > previous else { throw Malformed() }
            longestPattern = max(longestPattern, Int(e - previous))
            previous = e
        }
        for t in tokens {
            guard Int(t) < tokenCount else { throw Malformed() }
            largestToken = max(largestToken, t)
        }
        for k in 0..<tokenCount where index.firstStart[k] > index.firstStart[k + 1] { throw Malformed() }
        for p in index.order where Int(p) >= n { throw Malformed() }
        self.index = index
    }

    /// Whether pattern p's payload is p for every p (how the gazetteer inserts).
    var payloadsAreRowNumbers: Bool { payloadOf.indices.allSatisfy { payloadOf[$0] == Int32($0) } }

    /// The number of tokens of pattern `p`.
    func length(ofPattern p: Int) -> Int { length(UInt32(p)) }

    /// The matcher's tables, for tests comparing a read matcher with a built one.
    var flatTables: [[UInt32]] {
        let index = self.index ?? Index(self)
        return [vocabulary.recordBytes.map(UInt32.init), tokens, ends, payloadOf.map { UInt32(bitPattern: $0) }, index.order, index.firstStart,
                [UInt32(index.nodeCount), UInt32(longestPattern), largestToken]]
    }
}
