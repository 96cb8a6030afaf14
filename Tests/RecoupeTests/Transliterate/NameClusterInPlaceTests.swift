@testable import RecoupeNames
import Testing

/// `names cluster` round 7 (issue 19): what is now compared in place (keys, unordered parts) or in bulk (word
/// bytes) must answer exactly as the values it replaced.
@Suite("Name clustering in place")
struct NameClusterInPlaceTests {
    static let languages: [String?] = [nil, "fr", "en", "de", "ru", "uk"]
    /// The fixtures' spellings, with pairs that are canonically equivalent but differ in bytes ("é" composed and
    /// decomposed), the Kelvin sign beside "K", and names equal but for their order.
    static let names: [String] = NameClusterMemoTests.spellings + [
        "Jos\u{E9} Mart\u{ED}", "Jose\u{301} Marti\u{301}", "\u{212A}arl Klein", "Karl Klein", "Klein Karl",
        "Hiroshige II", "Hiroshige III", "Ando Hiroshige", "Hiroshige Ando", "", "a", "Jean-Luc", "Jean Luc",
    ]

    /// `sameBytes` (memcmp) is UTF-8 byte equality, the answer `utf8.elementsEqual` gave.
    @Test func sameBytesIsByteEquality() {
        var words = Set<String>()
        for name in Self.names { words.insert(name); for w in name.split(separator: " ") { words.insert(String(w)) } }
        let all = Array(words)
        for x in all { for y in all { #expect(x.sameBytes(as: y) == x.utf8.elementsEqual(y.utf8), "\(x) / \(y)") } }
    }

    /// `EqualKey.equal` and `EqualKey.hash`, reading keys in place, agree with `==` and `hashValue` of the values.
    @Test func equalKeysInPlaceAgreeWithValues() {
        var keys = [EqualKey]()
        for language in Self.languages {
            for name in Self.names {
                let parts = NameParts(name: name, language: language)
                keys.append(EqualKey(key: PersonNameKey(name: name, language: language), ordinal: parts.ordinal))
            }
        }
        var equalPairs = 0
        for a in keys {
            withUnsafePointer(to: a.key) { pa in
                #expect(EqualKey.hash(pa, a.ordinal) == a.hashValue)
                for b in keys {
                    withUnsafePointer(to: b.key) { pb in
                        let same = EqualKey.equal(pa, a.ordinal, pb, b.ordinal)
                        #expect(same == (a == b))
                        if same { equalPairs += 1 }
                    }
                }
            }
        }
        #expect(equalPairs > keys.count)
    }

    /// `NamePartsLinker.sameUnordered` answers as `unordered ==` on every pair.
    @Test func sameUnorderedAgreesWithUnordered() {
        let parts = Self.languages.flatMap { language in Self.names.map { NameParts(name: $0, language: language) } }
        var equalPairs = 0
        parts.withUnsafeBufferPointer { all in
            for x in all.indices {
                for y in all.indices {
                    let same = NamePartsLinker.sameUnordered(all.baseAddress! + x, all.baseAddress! + y)
                    #expect(same == (all[x].unordered == all[y].unordered))
                    if same && x != y { equalPairs += 1 }
                }
            }
        }
        #expect(equalPairs > 0)
    }
}
