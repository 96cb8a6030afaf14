@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

@Suite("NameKey")
struct NameKeyTests {
    /// Spellings of one name (LANG:spelling), from French, English and German press usage.
    static let sameName: [[String]] = [
        ["fr:Dartchiev", "en:Darchiev", "de:Dartschijew", "en:Darchiyev", "ru:Дарчиев", "-:Dartchiev", "-:Darchiev", "-:Dartschijew"],
        ["fr:Khrouchtchev", "en:Khrushchev", "de:Chruschtschow", "en:Khrushchyov", "ru:Хрущёв", "-:Khrouchtchev", "-:Chruschtschow"],
        ["fr:Tchaïkovski", "en:Tchaikovsky", "de:Tschaikowski", "en:Chaykovskiy", "ru:Чайковский"],
        ["fr:Zelensky", "fr:Zelenski", "de:Selenskyj", "en:Zelenskyy", "en:Zelenskiy", "uk:Зеленський", "ru:Зеленский"],
        ["fr:Gorbatchev", "en:Gorbachev", "de:Gorbatschow", "ru:Горбачёв"],
        ["fr:Eltsine", "en:Yeltsin", "de:Jelzin", "ru:Ельцин", "-:Eltsine", "-:Jelzin"],
        ["fr:Poutine", "en:Putin", "de:Putin", "ru:Путин"],
        ["fr:Prigojine", "en:Prigozhin", "de:Prigoschin", "ru:Пригожин", "-:Prigojine"],
        ["fr:Sergueï", "en:Sergey", "en:Sergei", "de:Sergej", "ru:Сергей"],
        ["fr:Evgueni", "en:Yevgeny", "en:Yevgeniy", "de:Jewgeni", "ru:Евгений"],
        ["fr:Choïgou", "en:Shoigu", "de:Schoigu", "ru:Шойгу"],
        ["fr:Lavrov", "en:Lavrov", "de:Lawrow", "ru:Лавров"],
        ["fr:Zakharova", "en:Zakharova", "de:Sacharowa", "ru:Захарова"],
        ["fr:Navalny", "en:Navalny", "de:Nawalny", "en:Navalnyy", "ru:Навальный"],
        ["fr:Navalnaïa", "en:Navalnaya", "de:Nawalnaja", "ru:Навальная"],
        ["fr:Dostoïevski", "en:Dostoevsky", "en:Dostoyevsky", "de:Dostojewski", "ru:Достоевский"],
        ["fr:Soljenitsyne", "en:Solzhenitsyn", "de:Solschenizyn", "ru:Солженицын"],
        ["fr:Brejnev", "en:Brezhnev", "de:Breschnew", "ru:Брежнев"],
        ["fr:Iouchtchenko", "en:Yushchenko", "de:Juschtschenko", "uk:Ющенко"],
        ["fr:Dаrchiev", "fr:Dartchiev", "fr:Darchiev", "-:Dаrchiev"],  // Cyrillic а homoglyph; English spelling in French text
        ["de:Khrushchev", "de:Chruschtschow", "fr:Khrouchtchev"],  // English spelling in German text
    ]

    static let differentNames: [(String, String)] = [
        ("fr:Navalny", "fr:Navalnaïa"), ("fr:Peskov", "fr:Pechkov"), ("en:Ivanov", "en:Ivanova"),
        ("fr:Lavrov", "fr:Lvov"), ("en:Darchiev", "en:Dartchenko"), ("en:Shoigu", "en:Shugaev"),
    ]

    static func key(_ tagged: String) -> String {
        let parts = tagged.split(separator: ":", maxSplits: 1).map(String.init)
        return NameKey.key(for: parts[1], language: parts[0] == "-" ? nil : parts[0])
    }

    @Test(arguments: sameName)
    func spellingsOfOneNameShareAKey(_ group: [String]) {
        let first = Self.key(group[0])
        for s in group.dropFirst() { #expect(Self.key(s) == first, "\(s) → \(Self.key(s)) vs \(group[0]) → \(first)") }
    }

    @Test func differentNamesHaveDifferentKeys() {
        for (a, b) in Self.differentNames { #expect(Self.key(a) != Self.key(b), "\(a) vs \(b)") }
    }

    @Test func phrasesKeyWordByWord() {
        #expect(NameKey.key(for: "Alexandre  Dartchiev", language: "fr").split(separator: " ").count == 2)
        #expect(NameKey.key(for: "Rimski-Korsakov", language: "fr") == NameKey.key(for: "Rimsky Korsakov", language: "en"))
        #expect(NameKey.key(for: " ,; ", language: nil).isEmpty)
    }

    @Test func homoglyphsKeyLikeLatin() {
        // Cyrillic а, о, е, р, с inside Latin words (UTS #39 confusables).
        #expect(NameKey.key(for: "Dаrchiev", language: "en") == NameKey.key(for: "Darchiev", language: "en"))
        #expect(NameKey.key(for: "Pеskоv", language: "fr") == NameKey.key(for: "Peskov", language: "fr"))
        #expect(NameKey.key(for: "Lаvrоv Sеrgеy", language: nil) == NameKey.key(for: "Lavrov Sergey", language: nil))
    }

    @Test func spellingVariationsThatDoNotMatter() {
        let same: [(String, String)] = [("Vassili", "Vasili"), ("Zelenskyy", "Zelenskiy"), ("Iouri", "Yuri"),
                                         ("Jewgenij", "Yevgeniy"), ("Raïssa", "Raisa"), ("Tolstoj", "Tolstoï")]
        for (a, b) in same { #expect(NameKey.key(for: a, language: nil) == NameKey.key(for: b, language: nil), "\(a) vs \(b)") }
    }

    @Test func keysAreTheSameFromManyThreads() async {
        let inputs = NameKeyTests.sameName.flatMap { $0 }
        let expected = inputs.map(Self.key)
        await withTaskGroup(of: Bool.self) { group in
            for t in 0..<8 {
                group.addTask {
                    (0..<200).allSatisfy { i in let j = (i * 7 + t) % inputs.count; return Self.key(inputs[j]) == expected[j] }
                }
            }
            for await ok in group { #expect(ok) }
        }
    }
}
