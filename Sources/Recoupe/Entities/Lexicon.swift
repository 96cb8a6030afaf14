import Foundation

/// The entities Recoupe knows by name: the shipped lexicon files plus the user's `--lexicon` files.
///
/// Files load in order and a later entry replaces an earlier one with the same id, so a user
/// file can correct a shipped entry. Entries keep their first position (stable ids, stable order).
///
/// ```swift
/// let lexicon = try Lexicon.load(options)   // shipped + --lexicon files
/// lexicon.entry(id: "per:sergey-lavrov")?.canonical
/// ```
public struct Lexicon: Sendable {
    public private(set) var entries: [LexiconEntry] = []
    private var indexById: [String: Int] = [:]

    public init(_ entries: [LexiconEntry] = []) {
        add(entries)
    }

    /// Adds entries; an id already present is replaced in place.
    public mutating func add(_ new: [LexiconEntry]) {
        entries.reserveCapacity(entries.count + new.count)
        indexById.reserveCapacity(entries.count + new.count)
        for e in new {
            if let i = indexById[e.id] { entries[i] = e } else {
                indexById[e.id] = entries.count
                entries.append(e)
            }
        }
    }

    public func entry(id: String) -> LexiconEntry? { indexById[id].map { entries[$0] } }
    public func index(of id: String) -> Int? { indexById[id] }
    public var count: Int { entries.count }

    /// The `.tsv` files of a folder, sorted by name (so `10-…` loads before `20-…`).
    public static func files(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".tsv") }.sorted().map { directory + "/" + $0 }
    }

    /// The shipped `Lexicons/entities/*.tsv` (when found) followed by `options.lexicons`.
    public static func load(_ options: Pipeline.Options) throws -> Lexicon {
        var lexicon = Lexicon()
        if let dir = options.lexiconDirectory ?? LexiconLocator.shippedDirectory() {
            for f in files(in: dir + "/entities") { lexicon.add(try LexiconReader.read(path: f)) }
        }
        for f in options.lexicons { lexicon.add(try LexiconReader.read(path: f)) }
        return lexicon
    }
}

/// Finds the shipped `Lexicons/` folder on any machine, in this order:
/// 1. the `RECOUPE_LEXICONS` environment variable (the `Lexicons/` folder itself);
/// 2. walking up from the running executable (`/proc/self/exe`, resolved) to a folder holding `Lexicons/`
///    (covers `.build/debug/recoupe`, `.build/release/recoupe` and the test bundle in a checkout);
/// 3. walking up from the current directory.
public enum LexiconLocator {
    public static func shippedDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fm = FileManager.default
        func isDir(_ p: String) -> Bool {
            var d: ObjCBool = false
            return fm.fileExists(atPath: p, isDirectory: &d) && d.boolValue
        }
        if let env = environment["RECOUPE_LEXICONS"], !env.isEmpty, isDir(env) { return env }
        var starts: [String] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") { starts.append(exe) }
        starts.append(CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? "")
        starts.append(fm.currentDirectoryPath + "/.")
        for start in starts where !start.isEmpty {
            var url = URL(fileURLWithPath: start).deletingLastPathComponent()
            while true {
                let candidate = url.appendingPathComponent("Lexicons").path
                if isDir(candidate + "/entities") { return candidate }
                if url.path == "/" || url.path.isEmpty { break }
                url.deleteLastPathComponent()
            }
        }
        return nil
    }
}
