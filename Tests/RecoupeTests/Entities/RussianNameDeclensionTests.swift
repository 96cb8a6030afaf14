@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

@Suite("Russian name declension")
struct RussianNameDeclensionTests {
    @Test("case forms of nominative names", arguments: [
        ("Сергей Лавров", ["Сергей Лавров", "Сергея Лаврова", "Сергею Лаврову", "Сергеем Лавровым", "Сергее Лаврове"]),
        ("Мария Захарова", ["Мария Захарова", "Марии Захаровой", "Марию Захарову", "Марией Захаровой"]),
        ("Дмитрий Песков", ["Дмитрий Песков", "Дмитрия Пескова", "Дмитрию Пескову", "Дмитрием Песковым", "Дмитрии Пескове"]),
        ("Александр Дарчиев", ["Александр Дарчиев", "Александра Дарчиева", "Александру Дарчиеву", "Александром Дарчиевым", "Александре Дарчиеве"]),
        ("Дональд Трамп", ["Дональд Трамп", "Дональда Трампа", "Дональду Трампу", "Дональдом Трампом", "Дональде Трампе"]),
        ("Марко Рубио", ["Марко Рубио"]),
        ("Тэмми Брюс", ["Тэмми Брюс"]),
        ("Соната Култер", ["Соната Култер", "Сонаты Култер", "Сонате Култер", "Сонату Култер", "Сонатой Култер"]),
        ("Василий Небензя", ["Василий Небензя", "Василия Небензи", "Василию Небензе", "Василия Небензю", "Василием Небензей", "Василии Небензе"]),
        ("Владимир Владимирович Путин", ["Владимир Владимирович Путин", "Владимира Владимировича Путина", "Владимиру Владимировичу Путину", "Владимиром Владимировичем Путиным", "Владимире Владимировиче Путине"]),
        ("Владимир Зеленский", ["Владимир Зеленский", "Владимира Зеленского", "Владимиру Зеленскому", "Владимиром Зеленским", "Владимире Зеленском"]),
        ("Юлия Навальная", ["Юлия Навальная", "Юлии Навальной", "Юлию Навальную", "Юлией Навальной"]),
        ("Сергей Шойгу", ["Сергей Шойгу", "Сергея Шойгу", "Сергею Шойгу", "Сергеем Шойгу", "Сергее Шойгу"]),
        ("Олаф Шольц", ["Олаф Шольц", "Олафа Шольца", "Олафу Шольцу", "Олафом Шольцем", "Олафе Шольце"]),
    ])
    func forms(_ name: String, _ expected: [String]) {
        #expect(RussianNameDeclension.forms(of: name) == expected)
    }

    @Test("nominatives of inflected names (the best readings; several when the form is ambiguous)", arguments: [
        ("Лавровым", ["Лавров"]),
        ("Лаврову", ["Лавров", "Лаврова"]),
        ("Лаврове", ["Лавров"]),
        ("Лаврова", ["Лаврова", "Лавров"]),
        ("Захаровой", ["Захарова"]),
        ("Сергеем Лавровым", ["Сергей Лавров"]),
        ("Сергея Лаврова", ["Сергей Лавров"]),
        ("Марии Захаровой", ["Мария Захарова"]),
        ("Дмитриевым", ["Дмитриев"]),
        ("Песковым", ["Песков"]),
        ("Марко Рубио", ["Марко Рубио"]),
        ("Тэмми Брюс", ["Тэмми Брюс"]),
        ("Барбары Вудворд", ["Барбара Вудворд"]),
        ("Дарчиев", ["Дарчиев"]),
    ])
    func nominatives(_ inflected: String, _ expected: [String]) {
        #expect(RussianNameDeclension.nominatives(of: inflected) == expected)
    }

    /// "Владимира Путина" could be a woman's name in the nominative; the given-names table (or,
    /// without it, the caller's lexicon) decides, so the masculine reading must at least be offered.
    @Test("ambiguous forms offer the masculine genitive", arguments: [
        ("Кирилла Дмитриева", "Кирилл Дмитриев"), ("Владимира Путина", "Владимир Путин"), ("Дональда Трампа", "Дональд Трамп"),
        ("Александра Дарчиева", "Александр Дарчиев"),  // also Alexandra Darchieva in the nominative
    ])
    func ambiguous(_ inflected: String, _ expected: String) {
        #expect(RussianNameDeclension.nominatives(of: inflected).contains(expected))
    }

    @Test("every generated form analyses back to its nominative", arguments: [
        "Сергей Лавров", "Мария Захарова", "Дмитрий Песков", "Александр Дарчиев", "Юрий Ушаков", "Кирилл Дмитриев",
        "Владимир Путин", "Дональд Трамп", "Василий Небензя", "Анатолий Антонов", "Юлия Навальная", "Соната Култер",
    ])
    func roundTrip(_ name: String) {
        for form in RussianNameDeclension.forms(of: name) {
            #expect(RussianNameDeclension.nominatives(of: form).contains(name), "\(form)")
        }
    }
}

@Suite("Russian names outside the lexicon")
struct RussianUnknownNameTests {
    @Test("case forms of one unknown person share one id, in nominative")
    func unknownPersonCases() throws {
        let doc = try annotate("Глава комиссии Игорь Дроздецкий заявил, что выборы пройдут в срок. По словам Дроздецкого, явка будет высокой. С Дроздецким согласились депутаты.", language: "ru")
        let ids = Set(doc.mentions.filter { $0.label == .person }.map(\.kbId))
        #expect(ids.count == 1, "\(doc.mentions.map { ($0.surface, $0.kbId) })")
        #expect(doc.mentions.filter { $0.label == .person }.count == 3)
    }
}
