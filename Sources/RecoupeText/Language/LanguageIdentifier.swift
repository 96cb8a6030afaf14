import Foundation
import RecoupeCore
import RecoupeICU

/// Identifies the language of a document and of any paragraph written in another one.
///
/// Runs first, on `text` alone, so later stages (tokenizer, sentences, lexicons) can choose their
/// rules by `doc.source.language`. A language given with `--lang` (`Pipeline.Options.language`)
/// is recorded as is and nothing is detected.
///
/// The document is scored paragraph by paragraph with `LanguageModel`; the sum decides the
/// document language. A paragraph gets its own `LanguageSpan` when it is clearly in another
/// language: another script with a few letters, or the same script, enough letters and a
/// confident model (short lines — datelines, credits — inherit the document's language).
///
/// Recoupe reads mostly French news, so a text too short to tell ("A. Dartchiev") is French:
/// the language the reader set (`source.language`, "fr" by default) gets `priorLogOdds` for a
/// Latin text, Russian for a Cyrillic one; paragraphs favour their document's language the same way.
///
/// Cost: letters counted on each paragraph's first `maximumScoredPerParagraph` code points, n-grams
/// (one table look-up each) on its first `sampledPerParagraph`, and on the rest only where that
/// sample leaves doubt (`settledLead`).
public final class LanguageIdentifier: Stage {
    public let name = "language"
    public let requires: [Layer] = [.text]
    public let produces: [Layer] = [.language]

    /// The language forced by the user, if any.
    public let forcedLanguage: String?
    private let model: LanguageModel?

    /// Letters a paragraph needs before it can differ from its document in the same script.
    public var minimumLetters = 40
    /// Letters a paragraph needs before it can differ from its document by its script.
    public var minimumLettersOtherScript = 8
    /// Code points of each paragraph that are scored: a paragraph's language shows in its first few
    /// hundred letters, and scoring every letter of a long text costs more than the rest of the pipeline.
    public var maximumScoredPerParagraph = 400
    /// Code points of each paragraph whose n-grams are scored first (extended to the end of the
    /// word): a paragraph whose first words already favour its document's language by
    /// `settledLead` nats is not scored further. The letters are always counted on all
    /// `maximumScoredPerParagraph`, so a paragraph's script is never guessed from a sample.
    public var sampledPerParagraph = 64
    /// Lead (nats, prior included) over every other language of the script that leaves no doubt:
    /// a paragraph needs a posterior of 0.999 (6.9 nats) to differ from its document, and a
    /// document is decided on samples only when it leads by this much.
    public var settledLead = 30.0
    /// Confidence a same-script paragraph needs to differ from its document.
    public var minimumConfidence = 0.999
    /// Log-odds given to the expected language of a script (20:1): decides only short texts.
    public var priorLogOdds = log(20.0)
    /// The expected language of each script when the reader's default is in another script.
    public var expectedLanguages: [WritingScript: String] = [.latin: "fr", .cyrillic: "ru"]

    public init(options: Pipeline.Options = Pipeline.Options()) throws {
        forcedLanguage = options.language
        model = options.language == nil ? try LanguageModel.shipped(lexiconDirectory: options.lexiconDirectory) : nil
    }

    public init(model: LanguageModel) {
        forcedLanguage = nil
        self.model = model
    }

    public func run(_ document: inout Document) throws {
        document.languages = []
        if let forcedLanguage {
            document.source.language = forcedLanguage
            return
        }
        guard let model else { return }
        let paragraphs = Document.paragraphs(of: document.scalars)
        let scalars = document.scalars
        // Language identification on a sample per paragraph, and on the rest only where the sample
        // leaves doubt (issue 16): most paragraphs of a French text are French after a few words.
        var scores: [LanguageModel.Scores] = []
        var sampled: [Bool] = []  // whether scores[i] counts only a sample's n-grams
        scores.reserveCapacity(paragraphs.count)
        sampled.reserveCapacity(paragraphs.count)
        for (i, p) in paragraphs.enumerated() {
            if i & 255 == 0 { try Cancellation.check() }  // thousands of paragraphs in a huge document
            let scored = scoredRange(p)
            let cut = sampleEnd(scalars, in: scored)
            scores.append(model.scores(scalars[scored], ngramsOf: scalars[scored.lowerBound..<cut]))
            sampled.append(cut < scored.upperBound)
        }
        guard var total = scores.first.map({ scores.dropFirst().reduce($0, +) }) else { return }
        var prior: [String: Double] = [:]
        for language in Set(expectedLanguages.values).union([document.source.language]) { prior[language] = priorLogOdds }
        var guess = model.decide(total, prior: prior)
        if sampled.contains(true), model.lead(of: guess.language, in: total, prior: prior) < settledLead {
            // The samples leave the document in doubt: score every paragraph in full.
            for (i, p) in paragraphs.enumerated() where sampled[i] {
                scores[i] = model.scores(scalars[scoredRange(p)])
                sampled[i] = false
            }
            total = scores.dropFirst().reduce(scores[0], +)
            guess = model.decide(total, prior: prior)
        }
        if guess.language != "und" { document.source.language = guess.language }
        guard paragraphs.count > 1 else { return }
        let paragraphPrior = [document.source.language: priorLogOdds]
        for (i, paragraph) in paragraphs.enumerated() {
            var score = scores[i]
            if sampled[i] {
                if model.lead(of: document.source.language, in: score, prior: paragraphPrior) >= settledLead { continue }
                score = model.scores(scalars[scoredRange(paragraph)])
            }
            let g = model.decide(score, prior: paragraphPrior)
            guard g.language != document.source.language, g.language != "und" else { continue }
            let otherScript = g.script != guess.script
            if otherScript ? g.letters >= minimumLettersOtherScript : (g.letters >= minimumLetters && g.confidence >= minimumConfidence) {
                document.languages.append(LanguageSpan(start: paragraph.start, end: paragraph.end,
                                                       language: g.language, confidence: g.confidence))
            }
        }
    }

    /// The code points of a paragraph that are scored: its first `maximumScoredPerParagraph`.
    private func scoredRange(_ p: Span) -> Range<Int> { p.start..<min(p.end, p.start + maximumScoredPerParagraph) }

    /// The end of a paragraph's n-gram sample: `sampledPerParagraph` code points into `range`, moved on
    /// past the word it falls in, and never beyond the range.
    private func sampleEnd(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Int {
        var cut = range.lowerBound + sampledPerParagraph
        guard cut < range.upperBound else { return range.upperBound }
        while cut < range.upperBound, CharacterNGrams.fold(scalars[cut]) != CharacterNGrams.boundary { cut += 1 }
        return cut
    }
}
