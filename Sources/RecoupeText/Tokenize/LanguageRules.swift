import RecoupeCore
import RecoupeICU
/// What the tokenizer and the sentence splitter do differently from one language to another.
///
/// Chosen by `doc.source.language` (see `LanguageIdentifier`). French is the reference; English
/// splits contractions and possessives like spaCy's `en`; Russian and Ukrainian keep hyphenated
/// particles whole ("кто-то", "из-за") and know their abbreviations ("г.", "т.е.", "им."). Any
/// other language gets the shared rules (compounds, abbreviations with a period, initials, URLs)
/// without the French ones.
///
/// Adding a language: a `…Rules` word list file and a case in `of(_:)` (see docs/languages.md).
public struct LanguageRules: Sendable {
    public var language: String
    /// French elision: "l’État" → "l’" + "État".
    public var splitsElision: Bool
    /// French hyphenated inversions: "a-t-il" → "a" + "-t-il".
    public var splitsInversions: Bool
    /// English contractions and possessives: "don't" → "do" + "n't", "Russia's" → "Russia" + "'s".
    public var splitsContractions: Bool
    /// "1 500" (a space, NBSP or NNBSP between digit groups) is one number.
    public var groupsDigitsWithSpaces: Bool
    /// Words that take a period and do not end a sentence, lower-cased, without the period.
    public var abbreviations: Set<String>
    /// Whether `abbreviations` match regardless of case ("Feb." and "FEB.").
    public var abbreviationsIgnoreCase: Bool
    /// Abbreviations that end a sentence when a capitalised word follows ("the U.S. The talks").
    public var endSentenceBeforeCapital: Set<String>
    /// Abbreviations that end a sentence after a number and before a capital ("в 2024 г. Затем").
    public var yearAbbreviations: Set<String> = []
    /// ICU locale of the sentence break iterator (with standard suppressions).
    public var sentenceLocale: String

    /// Length in UTF-16 code units of the longest abbreviation of any language (longer words skip
    /// the lookup, so most words cost no String).
    static let longestAbbreviation = (FrenchRules.abbreviations.union(EnglishRules.abbreviations).union(CyrillicRules.abbreviations))
        .map(\.utf16.count).max() ?? 0

    public func isAbbreviation(_ word: String) -> Bool {
        // The lists are lower case; a capitalised form matches too ("M." "Mme" "Art."), a lower-case
        // one only as listed, so "10 m." can still end a sentence where the list has no "m".
        abbreviations.contains(word)
            || ((abbreviationsIgnoreCase || word.first?.isUppercase == true) && abbreviations.contains(word.lowercased()))
    }

    /// Whether a sentence may end after an abbreviation or dotted acronym `word` (without its final
    /// period): a few abbreviations end sentences before a capital, a year abbreviation after a
    /// number, an English dotted acronym before a typical sentence opener.
    public func endsSentence(afterAbbreviation word: String, previousIsNumber: Bool, next: String) -> Bool {
        let w = word.lowercased()
        if yearAbbreviations.contains(w) { return previousIsNumber }
        if endSentenceBeforeCapital.contains(w) { return true }
        if language == "en", w.contains("."), EnglishRules.sentenceOpeners.contains(next) { return true }
        return false
    }

    public static let french = LanguageRules(
        language: "fr", splitsElision: true, splitsInversions: true, splitsContractions: false,
        groupsDigitsWithSpaces: true, abbreviations: FrenchRules.abbreviations, abbreviationsIgnoreCase: false,
        endSentenceBeforeCapital: ["etc"], yearAbbreviations: ["m", "min"], sentenceLocale: "fr@ss=standard")

    public static let english = LanguageRules(
        language: "en", splitsElision: false, splitsInversions: false, splitsContractions: true,
        groupsDigitsWithSpaces: false, abbreviations: EnglishRules.abbreviations, abbreviationsIgnoreCase: true,
        endSentenceBeforeCapital: EnglishRules.endSentenceBeforeCapital, sentenceLocale: "en@ss=standard")

    public static let russian: LanguageRules = {
        var r = LanguageRules(
            language: "ru", splitsElision: false, splitsInversions: false, splitsContractions: false,
            groupsDigitsWithSpaces: true, abbreviations: CyrillicRules.abbreviations, abbreviationsIgnoreCase: true,
            endSentenceBeforeCapital: CyrillicRules.endSentenceBeforeCapital, sentenceLocale: "ru@ss=standard")
        r.yearAbbreviations = CyrillicRules.yearAbbreviations
        return r
    }()

    public static let ukrainian: LanguageRules = {
        var r = russian
        r.language = "uk"
        r.sentenceLocale = "uk@ss=standard"
        return r
    }()

    /// Rules shared by every language: compounds, abbreviations, initials, URLs.
    public static func generic(_ language: String) -> LanguageRules {
        LanguageRules(
            language: language, splitsElision: false, splitsInversions: false, splitsContractions: false,
            groupsDigitsWithSpaces: true, abbreviations: [], abbreviationsIgnoreCase: false,
            endSentenceBeforeCapital: [], sentenceLocale: language + "@ss=standard")
    }

    /// The rules for a BCP 47 code ("en", "en-GB", "ru"); French when the code is empty.
    public static func of(_ language: String) -> LanguageRules {
        let base = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? "fr"
        switch base {
        case "fr": return .french
        case "en": return .english
        case "ru": return .russian
        case "uk": return .ukrainian
        default: return .generic(base)
        }
    }
}
