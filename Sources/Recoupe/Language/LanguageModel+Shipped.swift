import Foundation

extension LanguageModel {
    /// Loads every `*.tsv` profile in `directory`.
    public static func load(directory: String) throws -> LanguageModel {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let profiles = try names.filter { $0.hasSuffix(".tsv") }.sorted().map { try LanguageProfile.load(path: directory + "/" + $0) }
        guard !profiles.isEmpty else {
            throw LanguageProfileError(path: directory, line: 0, reason: "no language profiles (*.tsv) in this folder")
        }
        return LanguageModel(profiles: profiles)
    }

    nonisolated(unsafe) private static var cache: [String: LanguageModel] = [:]
    private static let cacheLock = NSLock()

    /// The profiles shipped in `Lexicons/language/`, loaded once per process and shared by every
    /// pipeline. A `lexiconDirectory` with its own `language/` profiles replaces them; one without
    /// (a folder of extra entity lexicons) keeps the shipped ones.
    public static func shipped(lexiconDirectory: String? = nil) throws -> LanguageModel {
        var directory = defaultLexiconDirectory() + "/language"
        if let custom = lexiconDirectory.map({ $0 + "/language" }), hasProfiles(custom) { directory = custom }
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let model = cache[directory] { return model }
        let model = try load(directory: directory)
        cache[directory] = model
        return model
    }

    static func hasProfiles(_ directory: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).contains { $0.hasSuffix(".tsv") }
    }

    /// `RECOUPE_LEXICONS`, else a `Lexicons` folder beside or above the executable, else the one in
    /// the source checkout this was built from.
    static func defaultLexiconDirectory() -> String {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["RECOUPE_LEXICONS"], !env.isEmpty { return env }
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = url.appendingPathComponent("Lexicons").path
            if fm.fileExists(atPath: candidate + "/language") { return candidate }
            url.deleteLastPathComponent()
        }
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { source.deleteLastPathComponent() }  // Sources/Recoupe/Language/this.swift
        return source.appendingPathComponent("Lexicons").path
    }
}
