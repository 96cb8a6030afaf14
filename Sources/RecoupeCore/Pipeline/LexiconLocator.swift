import Foundation
import RecoupeICU

/// Finds Recoupe's `Lexicons/` folder (entities, language profiles, names, verbs of saying,
/// transliteration rules): the one place every stage asks.
///
/// The search, first match wins:
/// 1. `Pipeline.Options.lexiconDirectory`, when the caller has options (``directory(for:)``);
/// 2. the `RECOUPE_LEXICONS` environment variable (the `Lexicons/` folder itself), when it names a folder
///    (a variable naming no folder is skipped, and reported if nothing else is found);
/// 3. walking up from the running executable (`/proc/self/exe` resolved, else `argv[0]`) to a folder
///    holding `Lexicons/` (covers `.build/debug/recoupe`, `.build/release/recoupe` and the test bundle);
/// 4. walking up from the current directory;
/// 5. walking up from the source file this was built from (`#filePath`), for a binary run outside its checkout.
///
/// ```swift
/// let dir = try LexiconLocator.locate()                    // or throws, naming where it looked
/// let rules = LexiconLocator.path("translit/wikipedia.txt") // nil when absent
/// ```
public enum LexiconLocator {
    /// No `Lexicons/` folder anywhere Recoupe looks.
    public struct NotFound: Error, CustomStringConvertible, Sendable {
        /// The places searched, in order.
        public let searched: [String]
        public var description: String {
            "no Lexicons/ folder found (set RECOUPE_LEXICONS to it); looked in: " + searched.joined(separator: "; ")
        }
    }

    /// A lexicon file that is in none of the folders searched.
    public struct MissingFile: Error, CustomStringConvertible, Sendable {
        /// The file, relative to a `Lexicons/` folder ("speech/forms.tsv").
        public let file: String
        /// The places searched, in order.
        public let searched: [String]
        public var description: String {
            "lexicon file \(file) not found (set RECOUPE_LEXICONS to the Lexicons/ folder); looked in: " + searched.joined(separator: "; ")
        }
    }

    /// The path of the lexicon file `relative` ("speech/forms.tsv"): under `lexiconDirectory`
    /// (`Pipeline.Options.lexiconDirectory`) when that folder has it, else under the shipped folder.
    /// - Throws: ``MissingFile`` naming the file and every place searched.
    public static func file(_ relative: String, lexiconDirectory: String? = nil) throws -> String {
        var searched: [String] = []
        if let lexiconDirectory {
            let p = lexiconDirectory + "/" + relative
            if FileManager.default.fileExists(atPath: p) { return p }
            searched.append(p)
        }
        switch located {
        case .success(let dir):
            let p = dir + "/" + relative
            if FileManager.default.fileExists(atPath: p) { return p }
            searched.append(p)
        case .failure(let e):
            searched += e.searched
        }
        throw MissingFile(file: relative, searched: searched)
    }

    /// ``locate(environment:executable:currentDirectory:sourceFile:)`` for this process, searched once: each
    /// search reads the whole environment, resolves `/proc/self/exe` and walks folders, and a pipeline asks
    /// for a hundred files (44 M instructions of its construction went here, issue 16).
    static let located: Result<String, NotFound> = {
        do { return .success(try locate()) } catch let e as NotFound { return .failure(e) } catch { return .failure(NotFound(searched: ["\(error)"])) }
    }()

    /// The options' `lexiconDirectory` when set, else the shipped folder (nil when not found).
    public static func directory(for options: Pipeline.Options) -> String? {
        options.lexiconDirectory ?? shippedDirectory()
    }

    /// The shipped `Lexicons/` folder, or nil when none is found (see ``locate(environment:executable:currentDirectory:sourceFile:)``).
    public static func shippedDirectory(environment: [String: String]) -> String? {
        try? locate(environment: environment)
    }

    /// The shipped `Lexicons/` folder of this process (searched once, ``located``), or nil when none is found.
    public static func shippedDirectory() -> String? { try? located.get() }

    /// The path of an existing file or folder under the shipped `Lexicons/`, e.g. `path("names/given-names.tsv")`;
    /// nil when the folder or the file is missing.
    public static func path(_ relative: String) -> String? {
        guard let dir = shippedDirectory() else { return nil }
        let p = dir + "/" + relative
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    /// The shipped `Lexicons/` folder, searched in the order above; the parameters default to this process.
    /// - Throws: ``NotFound`` listing every place searched.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String? = currentExecutable(),
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        sourceFile: String = #filePath
    ) throws -> String {
        var searched: [String] = []
        if let env = environment["RECOUPE_LEXICONS"], !env.isEmpty {
            if isDirectory(env) { return env }
            searched.append("RECOUPE_LEXICONS=\(env) (not a folder)")
        }
        // Starting points are files: the walk begins at their folder.
        var starts: [(label: String, file: String)] = []
        if let executable { starts.append(("above the executable", executable)) }
        starts.append(("above the current directory", currentDirectory + "/."))
        starts.append(("above the source tree", sourceFile))
        for (label, file) in starts where !file.isEmpty {
            var dir = URL(fileURLWithPath: file).deletingLastPathComponent()
            searched.append("\(label) \(dir.path)")
            while true {
                let candidate = dir.appendingPathComponent("Lexicons").path
                if isDirectory(candidate) { return candidate }
                if dir.path == "/" || dir.path.isEmpty { break }
                dir.deleteLastPathComponent()
            }
        }
        throw NotFound(searched: searched)
    }

    /// The running executable: `/proc/self/exe` resolved, else `argv[0]` made absolute.
    public static func currentExecutable() -> String? {
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return exe }
        return CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }

    static func isDirectory(_ path: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &d) && d.boolValue
    }
}
