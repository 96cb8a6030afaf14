@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

@Suite("English and Russian quotations")
struct PressQuoteTests {
    /// (text, language, quoted content, kind, speaker, cue lemma).
    @Test("marks, cues and speakers", arguments: [
        ("“We made progress,” Darchiev told TASS.", "en", "We made progress,", Quote.Kind.direct, "Darchiev", "tell"),
        ("\"We made progress,\" said Sergei Lavrov.", "en", "We made progress,", .direct, "Sergei Lavrov", "say"),
        ("Maria Zakharova said the problems came \"from previous teams.\"", "en", "from previous teams.", .partial, "Maria Zakharova", "say"),
        ("According to Lavrov, Moscow is ready for \"further steps.\"", "en", "further steps.", .partial, "Lavrov", "according to"),
        ("The consulate added that both sides agreed to \"develop a road map\".", "en", "develop a road map", .partial, "The consulate", "add"),
        ("«Мы добились прогресса», — сообщил Дарчиев ТАСС.", "ru", "Мы добились прогресса", .direct, "Дарчиев", "сообщить"),
        ("«Делегации обменялись нотами», — заявили в генконсульстве России.", "ru", "Делегации обменялись нотами", .direct, "генконсульстве России", "заявить"),
        ("Мария Захарова заявила, что проблемы накопились «из-за незаконных действий».", "ru", "из-за незаконных действий", .partial, "Мария Захарова", "заявить"),
        ("По словам Захаровой, эти команды „мешали работе посольства“.", "ru", "мешали работе посольства", .partial, "Захаровой", "по словам"),
        ("«Конкретных дат нет», — сказал помощник президента Юрий Ушаков.", "ru", "Конкретных дат нет", .direct, "Юрий Ушаков", "сказать"),
    ])
    func attribution(_ text: String, _ language: String, _ content: String, _ kind: Quote.Kind, _ speaker: String, _ lemma: String) throws {
        let doc = try annotate(text, language: language)
        let q = try #require(doc.quotes.first { $0.kind != .mention })
        #expect(doc.surface(start: q.contentStart, end: q.contentEnd) == content)
        #expect(q.kind == kind)
        #expect(q.speaker?.text == speaker)
        #expect(q.cue?.lemma == lemma)
    }

    @Test("speakers link to their entity across scripts and cases")
    func speakerIds() throws {
        let ru = try annotate("По словам Сергея Лаврова, Москва готова к «дальнейшим шагам».", language: "ru")
        #expect(ru.quotes.first?.speaker?.kbId == "per:sergey-lavrov")
        let en = try annotate("\"We are ready,\" Sergei Lavrov told reporters.", language: "en")
        #expect(en.quotes.first?.speaker?.kbId == "per:sergey-lavrov")
    }

    @Test("a short quotation without a cue is a mention; nested quotes are kept")
    func mentionsAndNesting() throws {
        let doc = try annotate("The so-called \"road map\" was published. “He said ‘never’ twice and left the room,” an aide said.", language: "en")
        #expect(doc.quotes.contains { $0.kind == .mention && doc.surface(of: $0) == "\"road map\"" })
        #expect(doc.quotes.contains { doc.surface(of: $0) == "‘never’" })
    }
}

@Suite("Ukrainian quotations")
struct UkrainianQuoteTests {
    @Test("Ukrainian cues: — заявив X, за словами X")
    func ukrainian() throws {
        let a = try annotate("«Ми готові до переговорів», — заявив Андрій Сибіга.", language: "uk")
        let q = try #require(a.quotes.first)
        #expect(q.kind == .direct && q.cue?.lemma == "заявити" && q.speaker?.text == "Андрій Сибіга")
        let b = try annotate("За словами Сибіги, Київ чекає на «конкретні кроки».", language: "uk")
        #expect(b.quotes.first?.cue?.lemma == "за словами")
        #expect(b.quotes.first?.speaker?.text == "Сибіги")
    }
}
