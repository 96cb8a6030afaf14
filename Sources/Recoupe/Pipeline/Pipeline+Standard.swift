import Dispatch
import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
extension Pipeline {
    /// The full pipeline, in order. One per worker: stages hold ICU objects.
    public static func standard(_ options: Options = Options()) throws -> Pipeline {
        loadSharedTables(options)
        return try Pipeline([
            LanguageIdentifier(options: options),
            Tokenizer(),
            TokenNormalizer(),
            SentenceSplitter(),
            EntityRecognizer(options: options),
            DateRecognizer(),
            QuoteFinder(options: options),
        ])
    }

    /// Builds the process-wide read-only tables the stages share (gazetteer, language profiles,
    /// NER model) side by side on the available cores, the first time; later calls find them in
    /// their caches. Errors are left for the stages' own constructors to report.
    static func loadSharedTables(_ options: Options) {
        var loads: [@Sendable () -> Void] = [{ _ = try? Gazetteer.cached(for: options) }]
        if options.language == nil { loads.append { _ = try? LanguageModel.shipped(lexiconDirectory: options.lexiconDirectory) } }
        if options.ner != .rules { loads.append { _ = try? NERModel.shipped(lexiconDirectory: LexiconLocator.directory(for: options)) } }
        let all = loads
        DispatchQueue.concurrentPerform(iterations: all.count) { all[$0]() }
    }
}
