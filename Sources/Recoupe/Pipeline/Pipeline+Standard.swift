import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
extension Pipeline {
    /// The full pipeline, in order. One per worker: stages hold ICU objects.
    public static func standard(_ options: Options = Options()) throws -> Pipeline {
        try Pipeline([
            LanguageIdentifier(options: options),
            Tokenizer(),
            TokenNormalizer(),
            SentenceSplitter(),
            EntityRecognizer(options: options),
            DateRecognizer(),
            QuoteFinder(options: options),
        ])
    }
}
