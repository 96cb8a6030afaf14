import RecoupeCore
import RecoupeICU
extension SentenceSplitter {
    /// The ICU sentence iterator for a language's rules: the French one built in `init`, others
    /// opened once and kept (ICU suppresses breaks after its own abbreviation lists per locale).
    func iterator(for rules: LanguageRules) throws -> BreakIterator {
        if rules.language == "fr" { return iterator }
        if let it = iterators[rules.sentenceLocale] { return it }
        let it = try BreakIterator(.sentence, locale: rules.sentenceLocale)
        iterators[rules.sentenceLocale] = it
        return it
    }
}
