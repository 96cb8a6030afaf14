@testable import RecoupeCore
import Foundation
import Testing

/// `NormSet` answers as `Set<String>` does for NFC strings (what token norms are), through its growth,
/// and keeps apart strings that are canonically equal but spelled with other bytes.
@Suite("Core: norm set on bytes")
struct NormSetTests {
    static let pieces = ["a", "e", "é", "ê", "ж", "ё", "'", "-", "l'", "œ", "ß", "1", "日", "👍🏽", "x"]

    @Test func agreesWithSetOfStrings() {
        var rng = SplitMix64(seed: 47)
        var set = NormSet(capacity: 4)
        var reference = Set<String>()
        for round in 0..<6000 {
            let word = (0..<Int(rng.next() % 6)).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
                .precomposedStringWithCanonicalMapping
            if round % 3 == 0 {
                #expect(set.contains(word) == reference.contains(word), "\(word.debugDescription)")
            } else {
                let inserted = set.insert(word)
                #expect(inserted == reference.insert(word).inserted, "\(word.debugDescription)")
            }
        }
        #expect(set.count == reference.count)
        for word in reference { #expect(set.contains(word)) }
        // Long members (not small strings) and the empty string.
        let long = String(repeating: "éléphant ", count: 20)
        #expect(!set.contains(long))
        let insertedLong = set.insert(long)
        #expect(insertedLong)
        #expect(set.contains(long) && !set.contains(long + "s"))
        let insertedEmpty = set.insert("")
        #expect(insertedEmpty == !reference.contains(""))
        #expect(set.contains(""))
    }

    @Test func bytesDecide() {
        var set = NormSet()
        set.insert("café")
        #expect(set.contains("café"))
        #expect(!set.contains("cafe\u{301}"))  // not NFC: never a norm
        #expect(!set.contains("cafe"))
    }
}
