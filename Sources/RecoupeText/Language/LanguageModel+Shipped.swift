import Foundation
import RecoupeCore
import RecoupeICU

extension LanguageModel {
    /// Loads every `*.tsv` profile in `directory`.
    /// Through `cache` (``compiled(profiles:cache:)``) when given.
    public static func load(directory: String, cache: DerivedTableCache? = nil) throws -> LanguageModel {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let files = names.filter { $0.hasSuffix(".tsv") }.sorted().map { directory + "/" + $0 }
        guard !files.isEmpty else {
            throw LanguageProfileError(path: directory, line: 0, reason: "no language profiles (*.tsv) in this folder")
        }
        return try compiled(profiles: files, cache: cache)
    }

    private static let cache = SharedCache<String, LanguageModel>()

    /// The profiles of `Lexicons/language/`, loaded once per folder and shared by every pipeline.
    ///
    /// With a `lexiconDirectory` (`Pipeline.Options.lexiconDirectory`, `--lexicons`): its `language/`
    /// profiles when it has any (`*.tsv`), else the shipped ones (found by ``LexiconLocator``), so a
    /// folder holding only entity lexicons, or an empty one, still identifies languages.
    /// - Throws: ``LexiconLocator/NotFound`` when no shipped folder is found and none was given;
    ///   `LanguageProfileError` when the profiles folder has no profile or a malformed one.
    public static func shipped(lexiconDirectory: String? = nil) throws -> LanguageModel {
        let directory: String
        if let custom = lexiconDirectory.map({ $0 + "/language" }), hasProfiles(custom) {
            directory = custom
        } else {
            directory = try LexiconLocator.locate() + "/language"
        }
        return try cache.value(for: directory) { try load(directory: directory, cache: .standard) }
    }

    static func hasProfiles(_ directory: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).contains { $0.hasSuffix(".tsv") }
    }
}
