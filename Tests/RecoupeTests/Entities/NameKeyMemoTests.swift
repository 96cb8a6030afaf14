@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

@Suite("Name keys for variant-aware linking")
struct NameKeyMemoTests {
    // Spellings of one name in French, English and German press and in Cyrillic (public usage).
    @Test("spellings of one name share a key", arguments: [
        ["Dartchiev", "Darchiev", "Дарчиев"],
        ["Lavrov", "Lawrow", "Лавров"],
        ["Zakharova", "Захарова"],
        ["Peskov", "Peskow", "Песков"],
        ["Sergueï", "Sergey", "Sergei", "Sergej", "Сергей"],
        ["Evgueni", "Yevgeny", "Евгений"],
        ["Choïgou", "Shoigu", "Шойгу"],
        ["Khrouchtchev", "Khrushchev", "Хрущёв"],
    ])
    func sameKey(_ spellings: [String]) {
        let k = NameKeyMemo()
        let keys = Set(spellings.map { k.key($0, language: nil) })
        #expect(keys.count == 1, "\(spellings) → \(keys)")
    }

    @Test("different names get different keys", arguments: [("Lavrov", "Lavrova"), ("Peskov", "Paskov"), ("Antonov", "Antonova"), ("Navalny", "Navalnaïa"), ("Coulter", "Cooper")])
    func differentKeys(_ a: String, _ b: String) {
        let k = NameKeyMemo()
        #expect(k.key(a, language: nil) != k.key(b, language: nil))
    }
}
