import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText

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
        if let dir = LexiconLocator.directory(for: options) {
            for f in files(in: dir + "/entities") { lexicon.add(try LexiconReader.read(path: f)) }
        }
        for f in options.lexicons { lexicon.add(try LexiconReader.read(path: f)) }
        return lexicon
    }
}
