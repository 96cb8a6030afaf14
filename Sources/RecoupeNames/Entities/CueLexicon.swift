import Foundation
import RecoupeCore
/// The cue word lists of entity recognition and role extraction (`FrenchCues`, `MultilingualCues`,
/// `EntityRecognizer.particles`, `RoleExtractor.appointments`, …), read from `Lexicons/cues/LANG/NAME.txt`
/// so that data lives in `Lexicons/`, not in code (see `Lexicons/cues/README.md`).
///
/// The file format and its checks are `CueListFile`'s (RecoupeCore), shared with the quotation stage.
///
/// ```swift
/// static let roles: Set<String> = CueLexicon.set("fr/roles")   // Lexicons/cues/fr/roles.txt
/// ```
/// Each list is read once per process, by the `static let` that holds it (Swift runs a static
/// initializer once, thread-safely); a missing or invalid shipped file stops the process with an
/// error naming the file, since the recognizer cannot work without its cues.
enum CueLexicon {
    typealias InvalidFile = CueListFile.InvalidFile

    /// Every list Recoupe reads, as `LANG/NAME` (the file is `Lexicons/cues/LANG/NAME.txt`).
    static let shippedLists = [
        "fr/civilities", "fr/roles", "fr/speculative-modifiers", "fr/former-modifiers", "fr/speculative-verbs",
        "fr/organization-heads", "fr/institutional-heads", "fr/head-qualifiers", "fr/head-qualifier-complements",
        "fr/organization-words", "fr/organization-introducers", "fr/organization-introducer-qualifiers", "fr/organization-links", "fr/place-prepositions",
        "fr/place-nouns", "fr/team-context-words", "fr/sport-event-heads", "fr/event-heads", "fr/work-introducers", "fr/geographic-heads", "fr/building-heads", "fr/company-participles", "fr/nationalities-invariable", "fr/nationalities-inflected", "fr/not-names",
        "fr/not-organization-acronyms", "fr/surname-endings", "fr/portfolio-words", "fr/phrase-links", "fr/name-particles", "fr/company-forms", "fr/ordinal-suffixes",
        "fr/role-determiners", "fr/role-modifiers", "fr/role-qualifiers", "fr/predicate-fillers", "fr/appointments", "fr/former-adverbs",
        "fr/denial-verbs", "fr/denial-participles", "fr/copulas", "fr/copula-participles", "fr/description-participles",
        "en/roles", "en/not-names", "en/nationalities", "en/place-heads", "en/place-openers",
        "ru/roles", "ru/not-names", "ru/nationality-stems",
    ]

    static func file(_ name: String) -> String { CueListFile.file(name) }
    static func parse(_ text: String, file: String) throws -> [String] { try CueListFile.parse(text, file: file) }
    static func load(_ name: String, lexiconDirectory: String? = nil) throws -> [String] {
        try CueListFile.load(name, lexiconDirectory: lexiconDirectory)
    }
    static func words(_ name: String) -> [String] { CueListFile.words(name, context: "cue list") }
    static func set(_ name: String) -> Set<String> { Set(words(name)) }
}
