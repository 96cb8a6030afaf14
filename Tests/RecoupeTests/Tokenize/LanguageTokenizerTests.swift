@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Annotates `text` as `language` (no detection), checking every span.
func annotate(_ text: String, language: String) throws -> Document {
    var doc = Document(id: "test", text: text)
    try Pipeline.standard(Pipeline.Options(language: language)).run(&doc)
    assertSpansSlice(doc)
    return doc
}

extension Document {
    var sentenceTexts: [String] { sentences.map { surface(of: $0) } }
}

@Suite("English and Russian tokenizer and sentences")
struct LanguageTokenizerTests {
    @Test("English: contractions and possessives as spaCy en, abbreviations keep their period", arguments: [
        ("I don't know.", ["I", "do", "n't", "know", "."]),
        ("They can't and won't go.", ["They", "ca", "n't", "and", "wo", "n't", "go", "."]),
        ("It’s Russia's move", ["It", "’s", "Russia", "'s", "move"]),
        ("we'll see, they're sure, I'm here, he'd go, we've won", ["we", "'ll", "see", ",", "they", "'re", "sure", ",", "I", "'m", "here", ",", "he", "'d", "go", ",", "we", "'ve", "won"]),
        ("TASS's report and the diplomats' cars", ["TASS", "'s", "report", "and", "the", "diplomats", "'", "cars"]),
        ("O'Brien met D'Angelo at 5 o'clock", ["O'Brien", "met", "D'Angelo", "at", "5", "o'clock"]),
        ("Mr. Lavrov, Mrs. Bruce and Dr. Coulter", ["Mr.", "Lavrov", ",", "Mrs.", "Bruce", "and", "Dr.", "Coulter"]),
        ("on Feb. 27 in the U.S. capital", ["on", "Feb.", "27", "in", "the", "U.S.", "capital"]),
        ("l'ambassade in English text", ["l'ambassade", "in", "English", "text"]),
        ("a well-known 1,500-page report", ["a", "well-known", "1,500", "-", "page", "report"]),
    ])
    func english(_ text: String, _ expected: [String]) throws {
        #expect(try annotate(text, language: "en").words == expected)
    }

    @Test("Russian and Ukrainian: particles and compounds whole, abbreviations, initials", arguments: [
        ("Кто-то сказал, что из-за погоды всё отменили.", "ru", ["Кто-то", "сказал", ",", "что", "из-за", "погоды", "всё", "отменили", "."]),
        ("по-моему, кое-что изменилось", "ru", ["по-моему", ",", "кое-что", "изменилось"]),
        ("В. В. Путин и С. В. Лавров", "ru", ["В.", "В.", "Путин", "и", "С.", "В.", "Лавров"]),
        ("в 2024 г. в г. Москве, т.е. в столице", "ru", ["в", "2024", "г.", "в", "г.", "Москве", ",", "т.е.", "в", "столице"]),
        ("ул. Пушкина, им. Ломоносова и т.д.", "ru", ["ул.", "Пушкина", ",", "им.", "Ломоносова", "и", "т.д."]),
        ("1 500 рублей", "ru", ["1 500", "рублей"]),
        ("п'ять сімʼї, будь-яка з них", "uk", ["п'ять", "сімʼї", ",", "будь-яка", "з", "них"]),
        ("м. Київ, вул. Хрещатик", "uk", ["м", ".", "Київ", ",", "вул.", "Хрещатик"]),
    ])
    func cyrillic(_ text: String, _ language: String, _ expected: [String]) throws {
        #expect(try annotate(text, language: language).words == expected)
    }

    @Test("French rules stay French: elision and inversions only for fr")
    func frenchOnly() throws {
        #expect(try annotate("L’ambassadeur a-t-il dit", language: "fr").words == ["L’", "ambassadeur", "a", "-t-il", "dit"])
        #expect(try annotate("L’ambassadeur a-t-il dit", language: "en").words == ["L’ambassadeur", "a-t-il", "dit"])
    }

    @Test("English sentences: titles, months, dotted acronyms", arguments: [
        ("Mr. Rubio met Dr. Lavrov on Feb. 27. They talked for hours.", ["Mr. Rubio met Dr. Lavrov on Feb. 27.", "They talked for hours."]),
        ("The U.S. Secretary of State said so. The talks went on.", ["The U.S. Secretary of State said so.", "The talks went on."]),
        ("It hurt relations with the U.S. The embassy was short of staff.", ["It hurt relations with the U.S.", "The embassy was short of staff."]),
        ("“We made progress,” she said. “More talks will follow.”", ["“We made progress,” she said.", "“More talks will follow.”"]),
    ])
    func englishSentences(_ text: String, _ expected: [String]) throws {
        #expect(try annotate(text, language: "en").sentenceTexts == expected)
    }

    @Test("Russian sentences: г., т.е., т.д., им., initials", arguments: [
        ("В 2024 г. Дарчиев был назначен послом. Об этом сообщил МИД.", ["В 2024 г. Дарчиев был назначен послом.", "Об этом сообщил МИД."]),
        ("Посольство закрыли в 2018 г. Затем отношения ухудшились.", ["Посольство закрыли в 2018 г.", "Затем отношения ухудшились."]),
        ("Встреча прошла в г. Стамбуле. Переговоры длились пять часов.", ["Встреча прошла в г. Стамбуле.", "Переговоры длились пять часов."]),
        ("Заявление сделал В. В. Путин. Затем выступил С. Лавров.", ["Заявление сделал В. В. Путин.", "Затем выступил С. Лавров."]),
        ("Обсуждали визы, банки и т.д. Следующая встреча пройдёт позже.", ["Обсуждали визы, банки и т.д.", "Следующая встреча пройдёт позже."]),
        ("Он учился в МГУ им. Ломоносова, т.е. в Москве. Потом уехал.", ["Он учился в МГУ им. Ломоносова, т.е. в Москве.", "Потом уехал."]),
        ("«Мы договорились», — заявил Лавров. Он не уточнил детали.", ["«Мы договорились», — заявил Лавров.", "Он не уточнил детали."]),
    ])
    func russianSentences(_ text: String, _ expected: [String]) throws {
        #expect(try annotate(text, language: "ru").sentenceTexts == expected)
    }

    @Test("detected language picks the rules")
    func detected() throws {
        let doc = try annotate("Russia's foreign minister said the talks didn't touch on Ukraine, officials told reporters on Thursday.")
        #expect(doc.source.language == "en")
        #expect(doc.words.prefix(3) == ["Russia", "'s", "foreign"])
        #expect(doc.words.contains("n't"))
    }
}

@Suite("Paragraphs in another language")
struct ParagraphLanguageTokenizerTests {
    @Test("an English paragraph in a French article gets English rules, the French ones French rules")
    func mixedDocument() throws {
        let text = """
        L’ambassadeur de Russie a-t-il rencontré les délégations américaines à Istanbul jeudi dernier pour discuter de l’accès aux services bancaires ?
        "We don't know yet what Russia's delegation will propose," the State Department's spokeswoman told reporters in Washington on Thursday.
        Le consulat n’a pas confirmé l’information.
        """
        let doc = try annotate(text)
        #expect(doc.source.language == "fr")
        #expect(doc.languages.map(\.language) == ["en"])
        #expect(doc.words.prefix(6) == ["L’", "ambassadeur", "de", "Russie", "a", "-t-il"])
        #expect(doc.words.contains("n't") && doc.words.contains("'s"))
        #expect(doc.words.suffix(9) == ["Le", "consulat", "n’", "a", "pas", "confirmé", "l’", "information", "."])
    }
}
