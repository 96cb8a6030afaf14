import Foundation
import RecoupeCore

/// The word lists of the quotation stage (`QuoteWords`, `SpeakerLinker.organizationNouns`,
/// `SpeechCueMatcher.holders`, …), read from `Lexicons/cues/LANG/quote-NAME.txt` so that data lives
/// in `Lexicons/`, not in code (see `Lexicons/cues/README.md`). The file format and its checks are
/// `CueListFile`'s (RecoupeCore), shared with the entity stage's `CueLexicon`.
///
/// ```swift
/// static let adverbs: Set<String> = QuoteCueLexicon.set("fr/quote-adverbs")   // Lexicons/cues/fr/quote-adverbs.txt
/// ```
/// Each list is read once per process, by the `static let` that holds it; a missing or invalid
/// shipped file stops the process with an error naming the file, since the stage cannot work
/// without its words.
enum QuoteCueLexicon {
    typealias InvalidFile = CueListFile.InvalidFile

    /// Every list the quotation stage reads, as `LANG/NAME` (the file is `Lexicons/cues/LANG/NAME.txt`).
    static let shippedLists = [
        "fr/quote-auxiliaries", "fr/quote-inverted-pronouns", "fr/quote-subject-pronouns", "fr/quote-adverbs",
        "fr/quote-connectors", "fr/quote-prepositions", "fr/quote-complement-prepositions", "fr/quote-articles",
        "fr/quote-determiners", "fr/quote-phrase-stops", "fr/quote-document-nouns", "fr/quote-mention-cues",
        "fr/quote-dialogue-words", "fr/quote-clause-enders", "fr/quote-months", "fr/quote-organization-nouns",
        "fr/quote-abstract-suffixes", "fr/quote-naming-words", "fr/quote-time-words",
        "fr/quote-holders", "fr/quote-time-nouns", "fr/quote-not-complementizers", "fr/quote-address-prepositions",
        "fr/quote-mid-according", "fr/quote-report-nouns", "fr/quote-causative-complements",
        "fr/quote-no-infinitive-report", "fr/quote-person-nouns", "fr/quote-clause-pronouns", "fr/quote-name-links",
        "fr/quote-impersonal-verbs", "fr/quote-passive-auxiliaries",
        "en/quote-determiners", "en/quote-skippable", "ru/quote-skippable",
    ]

    static func file(_ name: String) -> String { CueListFile.file(name) }
    static func parse(_ text: String, file: String) throws -> [String] { try CueListFile.parse(text, file: file) }
    static func load(_ name: String, lexiconDirectory: String? = nil) throws -> [String] {
        try CueListFile.load(name, lexiconDirectory: lexiconDirectory)
    }
    static func words(_ name: String) -> [String] { CueListFile.words(name, context: "quotation word list") }
    static func set(_ name: String) -> Set<String> { Set(words(name)) }

    /// The shipped list `name` of "KEY VALUE" lines as a dictionary ("-t-il il" → ["-t-il": "il"]);
    /// stops the process like ``words(_:)`` when a line is not two words or repeats a key.
    static func pairs(_ name: String) -> [String: String] {
        do { return try pairs(words(name), file: file(name)) } catch { fatalError("Recoupe quotation word list: \(error)") }
    }

    static func pairs(_ entries: [String], file: String) throws -> [String: String] { try CueListFile.pairs(entries, file: file) }
}
