@testable import RecoupeCore
@testable import RecoupeNames
import Foundation
import Testing

/// `TokenVocabulary` read as a set of words (the entity context's lower-case norms) answers as
/// `Set<String>` does for NFC strings (what token norms are), through its growth, and keeps apart
/// strings that are canonically equal but spelled with other bytes.
@Suite("Entities: the lower-case vocabulary as a set")
struct LowercaseVocabularyTests {
    static let pieces = ["a", "e", "é", "ê", "ж", "ё", "'", "-", "l'", "œ", "ß", "1", "日", "👍🏽", "x"]

    /// Interns `word`; true when it was new (ids are dense, in order of first sight).
    static func insert(_ word: String, into set: inout TokenVocabulary) -> Bool {
        let before = set.count
        return Int(set.intern(word)) == before
    }

    @Test func agreesWithSetOfStrings() {
        var rng = SplitMix64(seed: 47)
        var set = TokenVocabulary()
        var reference = Set<String>()
        for round in 0..<6000 {
            let word = (0..<Int(rng.next() % 6)).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
                .precomposedStringWithCanonicalMapping
            if round % 3 == 0 {
                #expect(set.contains(word) == reference.contains(word), "\(word.debugDescription)")
            } else {
                let inserted = Self.insert(word, into: &set)
                #expect(inserted == reference.insert(word).inserted, "\(word.debugDescription)")
            }
        }
        #expect(set.count == reference.count)
        for word in reference { #expect(set.contains(word)) }
        // Long members (not small strings) and the empty string.
        let long = String(repeating: "éléphant ", count: 20)
        #expect(!set.contains(long))
        let insertedLong = Self.insert(long, into: &set)
        #expect(insertedLong)
        #expect(set.contains(long) && !set.contains(long + "s"))
        let insertedEmpty = Self.insert("", into: &set)
        #expect(insertedEmpty == !reference.contains(""))
        #expect(set.contains(""))
    }

    @Test func bytesDecide() {
        var set = TokenVocabulary()
        _ = set.intern("café")
        #expect(set.contains("café"))
        #expect(!set.contains("cafe\u{301}"))  // not NFC: never a norm
        #expect(!set.contains("cafe"))
    }
}
