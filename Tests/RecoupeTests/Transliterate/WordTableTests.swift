@testable import RecoupeNames
import Testing

/// `WordTable` replaces the `[NamePartsCache.Key: Value]` dictionaries of the name memos: it must answer every
/// look-up as the dictionary does, through growth, for words that differ only in language or convention, and
/// for canonically equivalent words with different bytes (kept apart, as the byte-wise key does).
@Suite("Word table")
struct WordTableTests {
    @Test func answersAsADictionary() {
        let words = ["Ivan", "Иван", "Jean-Luc", "Mélenchon", "Me\u{301}lenchon", "de", "II", "Зеленський", "",
                     "Kishida", "Fumio", "Xi", "Си", "Цзиньпин", "Abramovičs", "Ørsted", "Straße"]
            + (0..<300).map { "w\($0)" }
        let languages: [String?] = [nil, "fr", "ru", "uk"]
        let conventions: [PhoneticKey.Convention?] = [nil, .french, .english, .german]
        var table = WordTable<Int>()
        var dict = [NamePartsCache.Key: Int]()
        var n = 0
        for w in words { for l in languages { for c in conventions where (n + w.utf8.count) % 3 != 0 {
            let k = NamePartsCache.Key(word: w, language: l, convention: c)
            table[k] = n; dict[k] = n; n += 1
        } } }
        #expect(table.count == dict.count)
        for w in words { for l in languages { for c in conventions {
            let k = NamePartsCache.Key(word: w, language: l, convention: c)
            #expect(table[k] == dict[k], "\(w) \(String(describing: l)) \(String(describing: c))")
        } } }
        // A stored nil (a token with no convention scores) is found, as a dictionary of optionals finds it.
        var scores = WordTable<Int?>()
        let k = NamePartsCache.Key(word: "Иван", language: nil, convention: nil)
        let none: Int? = nil
        scores[k] = none
        #expect(scores[k] != nil && scores[k]! == nil)
        #expect(scores[NamePartsCache.Key(word: "Ivan", language: nil, convention: nil)] == nil)
    }
}
