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
