import RecoupeCore
import RecoupeICU
/// The Russian and Ukrainian word lists the tokenizer and the sentence splitter need beyond ICU.
///
/// Hyphenated particles ("кто-то", "из-за", "по-русски", "будь-яка") need no list: compounds are
/// kept whole and, unlike French, nothing is split back off them.
enum CyrillicRules {
    /// Abbreviations that take a period (lower-cased, without it). Dotted ones ("т.е.", "т.д.",
    /// "н.э.") are caught as dotted acronyms; these are the single-word ones.
    static let abbreviations: Set<String> = [
        // Russian
        "г", "гг", "им", "ул", "д", "кв", "пр", "просп", "пер", "пл", "наб", "обл", "пос", "с", "ст",
        "руб", "коп", "тыс", "млн", "млрд", "трлн", "долл", "чел", "км", "см", "стр", "рис", "табл", "гл",
        "т", "др", "св", "проф", "акад", "доц", "ген", "полк", "мин", "зам", "англ", "нем", "франц", "лат",
        "в", "вв", "н", "ок", "напр", "сокр",
        // Ukrainian
        "вул", "грн", "тис", "млн", "обл", "ім", "р", "рр", "див", "т", "пп",
    ]

    /// Abbreviations that end a sentence when a capitalised word follows ("… и др. Затем").
    static let endSentenceBeforeCapital: Set<String> = ["др", "т.д", "т.п", "т.н", "руб", "грн", "долл", "млн", "млрд", "тыс", "тис"]

    /// "г." / "р." is a year after a number ("в 2024 г. Затем" ends a sentence) but a city before
    /// a name ("в г. Москве" does not).
    static let yearAbbreviations: Set<String> = ["г", "гг", "р", "рр"]
}
