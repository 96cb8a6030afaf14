import Foundation
import RecoupeCore

/// The compiled gazetteer kept in the derived-table cache (issue 16): parsing the lexicons, declining
/// and tokenizing their names and inserting them one by one was most of a warm `Pipeline.standard`.
/// The first run writes the gazetteer's tables flat (the lexicon's entries, the matcher's interned
/// tokens and sorted patterns as integer arrays, the patterns' entries and case requirements, the
/// person-key indexes); later runs read them back with a few array copies.
///
/// Keyed by a hash of every file the tables derive from (the entity lexicons, the user's
/// `--lexicon` files, and the shipped `names/` and `translit/` tables behind name keys) and stamped,
/// like every cache file, with the executable and ICU: a loaded gazetteer is the one that would be
/// built. A file of another version, other sources, or malformed (its length and checksum are
/// checked by `DerivedTableCache`, every count and index here) is ignored and rebuilt.
extension Gazetteer {
    /// The cache file's name (one file: another set of lexicons overwrites it).
    static let compiledFile = "gazetteer"
    /// The version of the body's layout.
    static let compiledVersion: UInt32 = 1

    /// The gazetteer for `options` (its `lexiconDirectory` resolved): read from `cache` when it holds
    /// the one compiled from these files, else built (name keys and case forms through their stores)
    /// and written there. No cache: built, as without one.
    static func compiled(_ options: Pipeline.Options, cache: DerivedTableCache?) throws -> Gazetteer {
        func build() throws -> Gazetteer {
            // Name keys from and to the cross-process store (most of construction when computed).
            let g = try Gazetteer(lexicon: Lexicon.load(options), nameKey: NameKeyMemo(store: .shared), caseForms: .russianCaseForms)
            NameKeyStore.shared.save()
            DerivedStringStore.russianCaseForms.save()
            return g
        }
        guard let cache, DerivedTableCache.hostIsLittleEndian, let sources = DerivedTableCache.sourceHash(compiledSources(for: options)) else { return try build() }
        if let body = cache.load(compiledFile), let g = Gazetteer(compiled: body, sources: sources) { return g }
        let g = try build()
        cache.store(compiledFile, body: g.compiledBody(sources: sources))
        return g
    }

    /// The files the gazetteer of `options` derives from, in load order.
    static func compiledSources(for options: Pipeline.Options) -> [String] {
        var files: [String] = []
        if let dir = LexiconLocator.directory(for: options) { files += Lexicon.files(in: dir + "/entities") }
        files += options.lexicons
        if let shipped = LexiconLocator.shippedDirectory() {
            for sub in ["names", "translit"] {
                let dir = shipped + "/" + sub
                let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
                files += names.sorted().map { dir + "/" + $0 }
            }
        }
        return files
    }

    /// The body of the cache file.
    func compiledBody(sources: UInt64) -> [UInt8] {
        var w = FlatWriter()
        w.u32(Self.compiledVersion)
        w.u64(sources)
        w.count(lexicon.count)
        for e in lexicon.entries {
            w.string(e.id)
            w.string(e.label.rawValue)
            w.string(e.canonical)
            w.count(e.names.count)
            for n in e.names { w.string(n.language); w.string(n.text) }
            w.strings(e.aliases)
            w.count(e.roles.count)
            for r in e.roles { w.string(r.title); w.optionalString(r.from); w.optionalString(r.to) }
            w.u32(UInt32(e.sensitivity.rawValue))
        }
        matcher.write(to: &w)
        w.array(patterns.entry)
        w.array(patterns.capitalMask)
        for table in [patterns.surfaces, patterns.norms] {
            w.count(table.count)
            for (p, list) in table.sorted(by: { $0.key < $1.key }) { w.u32(UInt32(bitPattern: p)); w.strings(list) }
        }
        w.count(surnameIndex.count)
        for (key, entries) in surnameIndex.sorted(by: { $0.key < $1.key }) { w.string(key); w.array(entries) }
        w.count(givenNameKeys.count)
        for (entry, keys) in givenNameKeys.sorted(by: { $0.key < $1.key }) { w.u32(UInt32(bitPattern: entry)); w.strings(keys.sorted()) }
        return w.bytes
    }

    /// The gazetteer of a body written by `compiledBody(sources:)` from the same sources, or nil
    /// when the body is of another version or sources, or malformed.
    convenience init?(compiled body: [UInt8], sources: UInt64) {
        let t0 = Date()
        let parts = body.withUnsafeBytes { raw -> (Lexicon, PhraseMatcher, Patterns, [String: [Int32]], [Int32: Set<String>])? in
            var r = FlatReader(raw)
            return try? Gazetteer.read(&r, sources: sources)
        }
        guard let parts else { return nil }
        self.init(lexicon: parts.0, matcher: parts.1, patterns: parts.2, surnameIndex: parts.3, givenNameKeys: parts.4,
                  buildSeconds: Date().timeIntervalSince(t0), loadedFromCache: true)
    }

    private static func read(_ r: inout FlatReader, sources: UInt64)
        throws -> (Lexicon, PhraseMatcher, Patterns, [String: [Int32]], [Int32: Set<String>]) {
        typealias Malformed = FlatReader.Malformed
        guard try r.u32() == compiledVersion, try r.u64() == sources else { throw Malformed() }
        let entryCount = try r.count()
        var entries: [LexiconEntry] = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let id = try r.string()
            guard let label = EntityMention.Label(rawValue: try r.string()) else { throw Malformed() }
            let canonical = try r.string()
            var names: [LexiconEntry.Name] = []
            for _ in 0..<(try r.count()) { names.append(LexiconEntry.Name(language: try r.string(), text: try r.string())) }
            let aliases = try r.strings()
            var roles: [LexiconEntry.Role] = []
            for _ in 0..<(try r.count()) { roles.append(LexiconEntry.Role(title: try r.string(), from: try r.optionalString(), to: try r.optionalString())) }
            guard let sensitivity = UInt8(exactly: try r.u32()) else { throw Malformed() }
            entries.append(LexiconEntry(id: id, label: label, canonical: canonical, names: names, aliases: aliases, roles: roles,
                                        sensitivity: LexiconEntry.Sensitivity(rawValue: sensitivity)))
        }
        let lexicon = Lexicon(entries)
        guard lexicon.count == entryCount else { throw Malformed() }
        let matcher = try PhraseMatcher(reading: &r)
        var patterns = Patterns()
        patterns.entry = try r.array(Int32.self)
        patterns.capitalMask = try r.array(UInt64.self)
        let n = patterns.entry.count
        // Pattern p is the matcher's pattern p (inserted together), of an entry of the lexicon.
        guard patterns.capitalMask.count == n, matcher.patternCount == n, matcher.payloadsAreRowNumbers,
              patterns.entry.allSatisfy({ $0 >= 0 && Int($0) < entryCount }) else { throw Malformed() }
        for k in 0..<2 {
            var table: [Int32: [String]] = [:]
            for _ in 0..<(try r.count()) {
                let p = Int32(bitPattern: try r.u32())
                let list = try r.strings()
                // One string per token of the pattern (they are compared token by token).
                guard p >= 0, Int(p) < n, list.count == matcher.length(ofPattern: Int(p)) else { throw Malformed() }
                table[p] = list
            }
            if k == 0 { patterns.surfaces = table } else { patterns.norms = table }
        }
        var surnames: [String: [Int32]] = [:]
        let surnameCount = try r.count()
        surnames.reserveCapacity(surnameCount)
        for _ in 0..<surnameCount {
            let key = try r.string()
            let list = try r.array(Int32.self)
            guard list.allSatisfy({ $0 >= 0 && Int($0) < entryCount }) else { throw Malformed() }
            surnames[key] = list
        }
        var given: [Int32: Set<String>] = [:]
        let givenCount = try r.count()
        given.reserveCapacity(givenCount)
        for _ in 0..<givenCount {
            let entry = Int32(bitPattern: try r.u32())
            guard entry >= 0, Int(entry) < entryCount else { throw Malformed() }
            given[entry] = Set(try r.strings())
        }
        guard r.isAtEnd else { throw Malformed() }
        return (lexicon, matcher, patterns, surnames, given)
    }
}
