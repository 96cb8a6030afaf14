@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

@Suite("Name variants")
struct NameVariantsTests {
    @Test func cyrillicNameHasEverySchemeOnce() {
        let spellings = NameVariants.spellings(ofCyrillic: "Дарчиев", language: "ru")
        let schemes = spellings.flatMap(\.schemes)
        #expect(Set(schemes) == Set(TranslitScheme.all.map(\.name)))
        #expect(schemes.count == TranslitScheme.all.count)                       // each scheme tagged once
        #expect(Set(spellings.map(\.text)).count == spellings.count)            // deduplicated
        #expect(spellings.contains(NameVariants.Spelling(text: "Dartchiev", schemes: ["mvd-310-fr", "fr-press"])))
        #expect(spellings.contains { $0.text == "Dartschijew" && $0.schemes == ["de-press"] })
    }

    /// Latin spelling, language, the Cyrillic original expected first.
    static let backCases: [(String, String, String)] = [
        ("Dartchiev", "fr", "Дарчиев"), ("Darchiev", "en", "Дарчиев"), ("Dartschijew", "de", "Дарчиев"),
        ("Choïgou", "fr", "Шойгу"), ("Shoigu", "en", "Шойгу"), ("Chruschtschow", "de", "Хрущёв"),
        ("Gorbatschow", "de", "Горбачёв"), ("Yevgeny Prigozhin", "en", "Евгений Пригожин"),
        ("Sergueï Lavrov", "fr", "Сергей Лавров"), ("Poutine", "fr", "Путин"), ("Lawrow", "de", "Лавров"),
    ]

    @Test(arguments: backCases)
    func latinSpellingGivesItsCyrillicOriginalFirst(_ c: (String, String, String)) {
        let originals = BackTransliterator.originals(of: c.0, language: c.1)
        #expect(originals.first == c.2, "\(c.0) (\(c.1)) → \(originals)")
    }

    @Test func conventionsDifferByLanguage() {
        // French ch = ш, English ch = ч.
        #expect(BackTransliterator.originals(of: "Michoustine", language: "fr").first == "Мишустин")
        #expect(BackTransliterator.originals(of: "Chekhov", language: "en").first == "Чехов")
        #expect(BackTransliterator.originals(of: "Tschechow", language: "de").first == "Чехов")
    }

    @Test func latinVariantsListTheOtherSpellings() {
        let v = NameVariants.variants(of: "Dartchiev", language: "fr")
        #expect(v.first?.cyrillic == "Дарчиев")
        #expect(v.first?.spellings.contains { $0.text == "Darchiev" } == true)
    }
}

extension NameVariantsTests {
    @Test func ukrainianLatinGivesUkrainianCyrillic() {
        #expect(BackTransliterator.originals(of: "Volodymyr Zelenskyi", language: "uk").first == "Володимир Зеленський")
        #expect(BackTransliterator.originals(of: "Kyiv", language: "uk").first == "Київ")
        #expect(BackTransliterator.originals(of: "Kharkiv", language: "uk").first == "Харків")
    }
}
