import Foundation
import RecoupeCore

/// The word lists of the quotation stage (`QuoteWords`, `SpeakerLinker.organizationNouns`,
/// `SpeechCueMatcher.holders`, …), read from `Lexicons/cues/LANG/quote-NAME.txt` so that data lives
/// in `Lexicons/`, not in code (see `Lexicons/cues/README.md`). The quotation twin of the entity
/// stage's `CueLexicon` (RecoupeNames, which this target does not import): same format, same checks.
///
/// ```swift
/// static let adverbs: Set<String> = QuoteCueLexicon.set("fr/quote-adverbs")   // Lexicons/cues/fr/quote-adverbs.txt
/// ```
/// Each list is read once per process, by the `static let` that holds it; a missing or invalid
/// shipped file stops the process with an error naming the file, since the stage cannot work
/// without its words.
enum QuoteCueLexicon {
    /// A word list file whose content is not a word list.
    struct InvalidFile: Error, CustomStringConvertible, Sendable {
        /// The file, relative to a `Lexicons/` folder ("cues/fr/quote-adverbs.txt").
        let file: String
        /// The 1-based line at fault, or nil for the file as a whole.
        let line: Int?
        let reason: String
        var description: String {
            "lexicon file \(file)" + (line.map { " line \($0)" } ?? "") + ": " + reason
        }
    }

    /// The entries of a list's text, in file order.
    /// - Throws: ``InvalidFile`` for an untrimmed or repeated entry, or a list with no entry.
    static func parse(_ text: String, file: String) throws -> [String] {
        var words: [String] = []
        var seen = Set<String>()
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let word = String(line)
            guard word.trimmingCharacters(in: .whitespaces) == word else {
                throw InvalidFile(file: file, line: i + 1, reason: "entry \"\(word)\" has surrounding spaces")
            }
            guard seen.insert(word).inserted else {
                throw InvalidFile(file: file, line: i + 1, reason: "entry \"\(word)\" is listed twice")
            }
            words.append(word)
        }
        guard !words.isEmpty else { throw InvalidFile(file: file, line: nil, reason: "no entry") }
        return words
    }

    /// Every list the quotation stage reads, as `LANG/NAME` (the file is `Lexicons/cues/LANG/NAME.txt`).
    static let shippedLists = [
        "fr/quote-auxiliaries", "fr/quote-inverted-pronouns", "fr/quote-subject-pronouns", "fr/quote-adverbs",
        "fr/quote-connectors", "fr/quote-prepositions", "fr/quote-complement-prepositions", "fr/quote-articles",
        "fr/quote-determiners", "fr/quote-phrase-stops", "fr/quote-document-nouns", "fr/quote-mention-cues",
        "fr/quote-dialogue-words", "fr/quote-clause-enders", "fr/quote-months", "fr/quote-organization-nouns",
        "fr/quote-abstract-suffixes", "fr/quote-naming-words", "fr/quote-time-words",
        "fr/quote-holders", "fr/quote-time-nouns", "fr/quote-not-complementizers", "fr/quote-address-prepositions",
        "en/quote-determiners", "en/quote-skippable", "ru/quote-skippable",
    ]

    /// The file of list `name` ("fr/quote-adverbs" → "cues/fr/quote-adverbs.txt"), relative to a `Lexicons/` folder.
    static func file(_ name: String) -> String { "cues/\(name).txt" }

    /// List `name`, from `lexiconDirectory` when it has the file, else from the shipped `Lexicons/`.
    /// - Throws: `LexiconLocator.MissingFile` naming the file when it is nowhere; ``InvalidFile``;
    ///   the error of `String(contentsOfFile:)` when it cannot be read.
    static func load(_ name: String, lexiconDirectory: String? = nil) throws -> [String] {
        let path = try LexiconLocator.file(file(name), lexiconDirectory: lexiconDirectory)
        return try parse(String(contentsOfFile: path, encoding: .utf8), file: file(name))
    }

    /// The shipped list `name`, in file order; stops the process with the error naming the file when
    /// the list is missing or invalid (for `static let` initializers, which cannot throw).
    static func words(_ name: String) -> [String] {
        do { return try load(name) } catch { fatalError("Recoupe quotation word list: \(error)") }
    }

    /// The shipped list `name` as a set (see ``words(_:)``).
    static func set(_ name: String) -> Set<String> { Set(words(name)) }

    /// The shipped list `name` of "KEY VALUE" lines as a dictionary ("-t-il il" → ["-t-il": "il"]);
    /// stops the process like ``words(_:)`` when a line is not two words or repeats a key.
    static func pairs(_ name: String) -> [String: String] {
        do { return try pairs(words(name), file: file(name)) } catch { fatalError("Recoupe quotation word list: \(error)") }
    }

    /// "KEY VALUE" entries as a dictionary.
    /// - Throws: ``InvalidFile`` naming `file` and the entry that is not two words or repeats a key.
    static func pairs(_ entries: [String], file: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for entry in entries {
            let parts = entry.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, out[parts[0]] == nil else {
                throw InvalidFile(file: file, line: nil, reason: "entry \"\(entry)\" is not \"KEY VALUE\" with a new key")
            }
            out[parts[0]] = parts[1]
        }
        return out
    }
}
