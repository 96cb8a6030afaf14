import Foundation
@testable import RecoupeNames
import Testing

/// `names cluster` round 5 (issue 19): words shared between workers (`SharedWordMemo`) and the hash that groups
/// equal parts (`NameParts.unorderedHash`) must give exactly what the plain computations give.
@Suite("Name clustering shared words")
struct NameClusterSharedTests {
    static let languages: [String?] = [nil, "fr", "en", "de", "ru", "uk"]

    /// Two workers' memos backed by one shared memo key every name as a fresh computation does, whichever
    /// worker met a word first.
    @Test func sharedMemosEqualFreshKeys() {
        let shared = SharedWordMemo()
        let first = PersonKeyMemo(shared: shared), second = PersonKeyMemo(shared: shared)
        var firstCache = NamePartsCache(shared: shared), secondCache = NamePartsCache(shared: shared)
        var differing = [String]()
        for language in Self.languages {
            for (i, name) in NameClusterMemoTests.spellings.enumerated() {
                let memo = i % 2 == 0 ? first : second
                if PersonNameKey(name: name, language: language, memo: memo) != PersonNameKey(name: name, language: language) {
                    differing.append("key \(language ?? "-") \(name)")
                }
                let parts = i % 2 == 0
                    ? NameParts(name: name, language: language, cache: &firstCache)
                    : NameParts(name: name, language: language, cache: &secondCache)
                if parts != NameParts(name: name, language: language) { differing.append("parts \(language ?? "-") \(name)") }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    /// Two workers keying the same names at once through one shared memo (which computes a miss with its lock
    /// released, so both may compute one word and the first insertion is kept) key every name as a fresh
    /// computation does, and read the very same `NamePartsCache.Word` object for a word.
    @Test func concurrentSharedMemosEqualFreshKeys() {
        let shared = SharedWordMemo()
        let names = NameClusterMemoTests.spellings
        let fresh = Self.languages.map { language in
            names.map { (PersonNameKey(name: $0, language: language), NameParts(name: $0, language: language)) }
        }
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var differing = [[String]](repeating: [], count: 2)
            func set(_ worker: Int, _ d: [String]) { lock.lock(); differing[worker] = d; lock.unlock() }
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let memo = PersonKeyMemo(shared: shared)
            var cache = NamePartsCache(shared: shared)
            var differing = [String]()
            for (l, language) in Self.languages.enumerated() {
                // Both workers walk the same names (the second backwards): every word is a miss for both.
                for i in worker == 0 ? Array(names.indices) : names.indices.reversed() {
                    if PersonNameKey(name: names[i], language: language, memo: memo) != fresh[l][i].0 {
                        differing.append("key \(language ?? "-") \(names[i])")
                    }
                    if NameParts(name: names[i], language: language, cache: &cache) != fresh[l][i].1 {
                        differing.append("parts \(language ?? "-") \(names[i])")
                    }
                }
            }
            results.set(worker, differing)
        }
        #expect(results.differing[0].isEmpty, "\(results.differing[0].prefix(10))")
        #expect(results.differing[1].isEmpty, "\(results.differing[1].prefix(10))")
        // The first value inserted is the one every later asker gets.
        let key = NamePartsCache.Key(word: "Dartchiev", language: "fr", convention: nil)
        let first = shared.part(key) { NamePartsCache.Word("Dartchiev", language: "fr", convention: nil) }
        let again = shared.part(key) { NamePartsCache.Word("Dartchiev", language: "fr", convention: nil) }
        #expect(first === again)
    }

    /// `CandidatePairs` gives each row the list that one array per row, appended both ways then sorted and
    /// deduplicated, gave (the linker's old candidate lists), with repeated pairs, rows without candidates and
    /// a row paired with many.
    @Test func candidatePairsEqualPerRowArrays() {
        var rng = SystemRandomNumberGenerator()
        for rows in [1, 2, 7, 200] {
            var pairs = CandidatePairs()
            var arrays = [[Int32]](repeating: [], count: rows)
            for _ in 0..<(3 * rows) {
                let r = Int.random(in: 0..<rows, using: &rng)
                let q = Int32(Int.random(in: 0..<rows, using: &rng) % max(1, rows / 3))
                guard Int(q) != r else { continue }
                pairs.add(r, q); arrays[r].append(q); arrays[Int(q)].append(Int32(r))
            }
            let lists = pairs.lists(count: rows)
            for r in 0..<rows {
                let expected = Array(Set(arrays[r])).sorted()
                #expect(Array(lists[r]) == expected, "row \(r) of \(rows)")
            }
        }
    }

    /// `NamePartsColumns.asciiPrefix` answers as `hasPrefix` both ways on every pair of ASCII parts of the fixtures
    /// (and on words that share a start, differ at the end or in case).
    @Test func asciiPrefixEqualsHasPrefix() {
        var words = Set(["abc", "abcd", "abd", "ABC", "abcabc", "xyz", "ab", "Ab", "a-b", "piet", "pieter"])
        for language in Self.languages {
            for name in NameClusterMemoTests.spellings { words.formUnion(NameParts(name: name, language: language).parts) }
        }
        let ascii = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.sorted()
        var differing = [String]()
        for x in ascii { for y in ascii where NamePartsColumns.asciiPrefix(x, y) != (x.hasPrefix(y) || y.hasPrefix(x)) { differing.append("\(x) \(y)") } }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
        #expect(ascii.count > 20)
    }

    /// Names with equal `unordered` values have equal `unorderedHash`es, and on the fixtures no two different
    /// `unordered` values share one (the linker would still be exact: it compares `unordered` on equal hashes).
    @Test func unorderedHashFollowsUnordered() {
        var byHash = [Int: NameParts.Unordered]()
        var names = NameClusterMemoTests.spellings
        names += ["Kho Liang Ie", "Liang Ie Kho", "Torii Kiyonobu", "Kiyonobu Torii", "Hiroshige II", "Hiroshige III", "Ivan Petrov", "Иван Петров"]
        for language in Self.languages {
            for name in names {
                let p = NameParts(name: name, language: language)
                guard !p.parts.isEmpty else { continue }
                if let seen = byHash[p.unorderedHash] { #expect(seen == p.unordered, "\(name)") } else { byHash[p.unorderedHash] = p.unordered }
            }
        }
        let a = NameParts(name: "Kho Liang Ie", language: nil), b = NameParts(name: "Liang Ie Kho", language: nil)
        #expect(a.unordered == b.unordered && a.unorderedHash == b.unorderedHash)
        #expect(NameParts(name: "Hiroshige II", language: nil).unorderedHash != NameParts(name: "Hiroshige III", language: nil).unorderedHash)
    }
}
