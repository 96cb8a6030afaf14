@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

@Suite("English and Russian dates")
struct PressDateTests {
    /// (text, language, surfaces and values found). The first sentence dates the document
    /// (a dateline) so relative expressions resolve.
    @Test("expressions and values", arguments: [
        ("WASHINGTON, April 10, 2025 — The talks ended on Thursday.", "en", [("April 10, 2025", "2025-04-10"), ("Thursday", "2025-04-10")]),
        ("LONDON, April 10, 2025 — The first round was held on Feb. 27 and a call took place last Tuesday.", "en",
         [("April 10, 2025", "2025-04-10"), ("Feb. 27", "2025-02-27"), ("last Tuesday", "2025-04-08")]),
        ("PARIS, 10 April 2025 — Talks began in 2024 and resume next week; yesterday was quiet.", "en",
         [("10 April 2025", "2025-04-10"), ("2024", "2024"), ("next week", "2025-04-14"), ("yesterday", "2025-04-09")]),
        ("МОСКВА, 10 апреля 2025 г. Встреча прошла 27 февраля, а в четверг делегации вновь встретились.", "ru",
         [("10 апреля 2025 г.", "2025-04-10"), ("27 февраля", "2025-02-27"), ("четверг", "2025-04-10")]),
        ("МОСКВА, 10 апреля 2025 г. Посольство закрыли в 2018 году, а в феврале начались консультации.", "ru",
         [("10 апреля 2025 г.", "2025-04-10"), ("2018 году", "2018"), ("феврале", "2025-02")]),
        ("КИЇВ, 10 квітня 2025 р. Переговори відбулися 27 лютого.", "uk", [("10 квітня 2025 р.", "2025-04-10"), ("27 лютого", "2025-02-27")]),
    ])
    func dates(_ text: String, _ language: String, _ expected: [(String, String)]) throws {
        let doc = try annotate(text, language: language)
        #expect(doc.dates.map(\.surface) == expected.map(\.0))
        #expect(doc.dates.map { $0.value ?? "nil" } == expected.map(\.1))
    }

    @Test("month names need a day, a year or a preposition; \"May\" the verb is no month")
    func bareMonths() throws {
        let doc = try annotate("Officials may meet in March. March organisers said so.", language: "en")
        #expect(doc.dates.map(\.surface) == ["March"])
    }
}
