import Foundation
import RecoupeCore
/// The cue word lists of entity recognition and role extraction (`FrenchCues`, `MultilingualCues`,
/// `EntityRecognizer.particles`, `RoleExtractor.appointments`, …), read from `Lexicons/cues/LANG/NAME.txt`
/// so that data lives in `Lexicons/`, not in code (see `Lexicons/cues/README.md`).
///
/// A file holds one token norm a line; `#` starts a comment line, blank lines are skipped. An entry
/// with surrounding spaces or given twice makes the file invalid rather than silently different.
///
/// ```swift
/// static let roles: Set<String> = CueLexicon.set("fr/roles")   // Lexicons/cues/fr/roles.txt
/// ```
/// Each list is read once per process, by the `static let` that holds it (Swift runs a static
/// initializer once, thread-safely); a missing or invalid shipped file stops the process with an
/// error naming the file, since the recognizer cannot work without its cues.
enum CueLexicon {
    /// A cue file whose content is not a word list.
    struct InvalidFile: Error, CustomStringConvertible, Sendable {
        /// The file, relative to a `Lexicons/` folder ("cues/fr/roles.txt").
        let file: String
        /// The 1-based line at fault, or nil for the file as a whole.
        let line: Int?
        let reason: String
        var description: String {
            "lexicon file \(file)" + (line.map { " line \($0)" } ?? "") + ": " + reason
        }
    }

    /// Every list Recoupe reads, as `LANG/NAME` (the file is `Lexicons/cues/LANG/NAME.txt`).
    static let shippedLists = [
        "fr/civilities", "fr/roles", "fr/speculative-modifiers", "fr/former-modifiers", "fr/speculative-verbs",
        "fr/organization-heads", "fr/institutional-heads", "fr/head-qualifiers", "fr/head-qualifier-complements",
        "fr/organization-words", "fr/organization-introducers", "fr/organization-links", "fr/place-prepositions",
        "fr/place-nouns", "fr/nationalities-invariable", "fr/nationalities-inflected", "fr/not-names",
        "fr/not-organization-acronyms", "fr/surname-endings", "fr/portfolio-words", "fr/phrase-links", "fr/name-particles",
        "fr/role-determiners", "fr/role-modifiers", "fr/predicate-fillers", "fr/appointments", "fr/former-adverbs",
        "fr/denial-verbs", "fr/denial-participles", "fr/copulas", "fr/copula-participles", "fr/description-participles",
        "en/roles", "en/not-names", "en/nationalities",
        "ru/roles", "ru/not-names", "ru/nationality-stems",
    ]

    /// The file of list `name` ("fr/roles" → "cues/fr/roles.txt"), relative to a `Lexicons/` folder.
    static func file(_ name: String) -> String { "cues/\(name).txt" }

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

    /// List `name` ("fr/roles"), from `lexiconDirectory` when it has the file, else from the shipped `Lexicons/`.
    /// - Throws: `LexiconLocator.MissingFile` naming the file when it is nowhere; ``InvalidFile``;
    ///   the error of `String(contentsOfFile:)` when it cannot be read.
    static func load(_ name: String, lexiconDirectory: String? = nil) throws -> [String] {
        let path = try LexiconLocator.file(file(name), lexiconDirectory: lexiconDirectory)
        return try parse(String(contentsOfFile: path, encoding: .utf8), file: file(name))
    }

    /// The shipped list `name`, in file order; stops the process with the error naming the file when
    /// the list is missing or invalid (for `static let` initializers, which cannot throw).
    static func words(_ name: String) -> [String] {
        do { return try load(name) } catch { fatalError("Recoupe cue list: \(error)") }
    }

    /// The shipped list `name` as a set (see ``words(_:)``).
    static func set(_ name: String) -> Set<String> { Set(words(name)) }
}
