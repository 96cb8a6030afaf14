@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Table-driven like BurntSushi's aho-corasick `src/tests.rs`: patterns, haystack, expected matches
/// (token index ranges with the payload, i.e. the pattern's index) under leftmost-longest semantics.
@Suite("Phrase matcher (token trie, leftmost-longest)")
struct PhraseMatcherTests {
    struct Case: CustomStringConvertible, Sendable {
        var patterns: [String]
        var text: String
        var expected: [(Int, Int, Int32)]
        var description: String { "\(patterns) in \(text)" }
    }

    static let cases: [Case] = [
        Case(patterns: ["a"], text: "a b a", expected: [(0, 1, 0), (2, 3, 0)]),
        Case(patterns: ["a b", "a"], text: "a b a", expected: [(0, 2, 0), (2, 3, 1)]),
        // Longest wins at the same start, whatever the insertion order.
        Case(patterns: ["a", "a b c"], text: "x a b c", expected: [(1, 4, 1)]),
        Case(patterns: ["a b c", "a"], text: "x a b d", expected: [(1, 2, 1)]),
        // Leftmost wins over a longer match starting later.
        Case(patterns: ["a b", "b c d"], text: "a b c d", expected: [(0, 2, 0)]),
        // No overlap: the scan resumes after a match.
        Case(patterns: ["a a"], text: "a a a", expected: [(0, 2, 0)]),
        // A failed long path falls back to the shorter pattern on it.
        Case(patterns: ["new", "new york times"], text: "new york post", expected: [(0, 1, 0)]),
        Case(patterns: ["b"], text: "a c", expected: []),
        Case(patterns: [], text: "a", expected: []),
        // Unknown tokens (nil ids) break a walk.
        Case(patterns: ["a b"], text: "a ? b", expected: []),
    ]

    @Test(arguments: cases)
    func leftmostLongest(_ c: Case) {
        var m = PhraseMatcher()
        for (i, p) in c.patterns.enumerated() { m.insert(m.intern(p.split(separator: " ").map(String.init)), payload: Int32(i)) }
        let ids = m.lookup(c.text.split(separator: " ").map(String.init))
        let found = m.matches(ids).map { ($0.start, $0.end, $0.payloads.first!) }
        #expect(found.count == c.expected.count)
        for (f, e) in zip(found, c.expected) { #expect(f == e) }
    }

    @Test("patterns sharing a token sequence report every payload; a veto falls back to a shorter pattern")
    func payloadsAndVeto() {
        var m = PhraseMatcher()
        m.insert(m.intern(["washington"]), payload: 1)
        m.insert(m.intern(["washington"]), payload: 2)
        m.insert(m.intern(["washington", "post"]), payload: 3)
        let ids = m.lookup(["le", "washington", "post"])
        #expect(m.matches(ids).first?.payloads.sorted() == [3])
        let vetoed = m.matches(ids) { $0.payloads.contains(3) ? [] : $0.payloads }
        #expect(vetoed.first.map { [$0.start, $0.end] } == [1, 2])
        #expect(vetoed.first?.payloads.sorted() == [1, 2])
        #expect(m.patternCount == 3 && m.longestPattern == 2)
    }

    @Test("sorted rows: a pattern added after finalize is found, node count is the distinct prefixes, shared payloads in insertion order")
    func finalizeAndPrefixes() {
        var m = PhraseMatcher()
        m.insert(m.intern(["new", "york"]), payload: 0)
        m.insert(m.intern(["new", "york", "times"]), payload: 1)
        m.insert(m.intern(["new", "york"]), payload: 2)
        m.finalize()
        // Prefixes: "new", "new york", "new york times" (+ the root).
        #expect(m.nodeCount == 4)
        #expect(m.payloads(exactly: m.lookup(["new", "york"]).compactMap { $0 }) == [0, 2])
        m.insert(m.intern(["york"]), payload: 3)
        m.finalize()
        #expect(m.nodeCount == 5)
        let found = m.matches(m.lookup(["old", "york", "new", "york", "post"]))
        #expect(found.map { [$0.start, $0.end] } == [[1, 2], [2, 4]])
        #expect(found.map(\.payloads) == [[3], [0, 2]])
    }

    @Test("a synthetic gazetteer of 20,000 entries finds exactly the names planted in a text")
    func syntheticGazetteer() throws {
        let entries = Gazetteer.syntheticEntries(count: 20_000)
        let g = try Gazetteer.synthetic(count: 20_000)
        #expect(g.lexicon.count == 20_000)
        // Plant names 0, 100, 200 … 900 between filler words.
        let planted = stride(from: 0, to: 1000, by: 100).map { entries[$0] }
        let text = planted.map { "selon le rapport de \($0.canonical) hier" }.joined(separator: ". ") + "."
        var doc = Document(id: "syn", text: text)
        try Tokenizer().run(&doc)
        try TokenNormalizer().run(&doc)
        try SentenceSplitter().run(&doc)
        let found = g.matches(in: doc).map { m in
            doc.surface(start: doc.tokens[m.tokenStart].start, end: doc.tokens[m.tokenEnd - 1].end)
        }
        #expect(found == planted.map(\.canonical))
    }
}
