import RecoupeCore

/// The model's tables as bytes, kept in `DerivedTableCache` (file `language-model`) so that a later process
/// reads them instead of parsing the profiles and smoothing them again (a fifth of a one-line run's instructions).
/// The body holds the profiles' ``DerivedTableCache/sourceHash(_:)``: any change of a profile rebuilds it.
extension LanguageModel {
    static let compiledFile = "language-model"
    static let compiledVersion: UInt32 = 1

    /// The model of the profiles `files` (sorted `*.tsv` paths), from the cache when it holds them.
    static func compiled(profiles files: [String], cache: DerivedTableCache?) throws -> LanguageModel {
        func build() throws -> LanguageModel { LanguageModel(profiles: try files.map { try LanguageProfile.load(path: $0) }) }
        guard let cache, DerivedTableCache.hostIsLittleEndian, let sources = DerivedTableCache.sourceHash(files) else { return try build() }
        if let body = cache.load(compiledFile), let model = LanguageModel(compiled: body, sources: sources) { return model }
        let model = try build()
        cache.store(compiledFile, body: model.compiledBody(sources: sources))
        return model
    }

    /// The bytes ``init(compiled:sources:)`` reads back.
    func compiledBody(sources: UInt64) -> [UInt8] {
        var w = FlatWriter()
        w.u32(Self.compiledVersion)
        w.u64(sources)
        w.strings(languages)
        w.array(scripts.map { UInt8($0.index) })
        w.array(rows.keys)
        w.array(rows.rows)
        w.u64(rows.shift)
        w.array(rowScripts)
        w.array(logProbabilities.map(\.bitPattern))
        w.array(scriptColumns)
        w.array(columnStart.map(Int64.init))
        return w.bytes
    }

    /// The model a body of ``compiledBody(sources:)`` holds, or nil when it is of another version or sources,
    /// or malformed.
    convenience init?(compiled body: [UInt8], sources: UInt64) {
        let parts = body.withUnsafeBytes { raw -> LanguageModel? in
            var r = FlatReader(raw)
            guard (try? r.u32()) == Self.compiledVersion, (try? r.u64()) == sources else { return nil }
            return try? Self.read(&r)
        }
        guard let parts else { return nil }
        self.init(languages: parts.languages, scripts: parts.scripts, rows: parts.rows, rowScripts: parts.rowScripts,
                  logProbabilities: parts.logProbabilities, scriptColumns: parts.scriptColumns, columnStart: parts.columnStart)
    }

    private static func read(_ r: inout FlatReader) throws -> LanguageModel {
        typealias Malformed = FlatReader.Malformed
        let languages = try r.strings()
        let scripts = try r.array(UInt8.self).map { i -> WritingScript in
            guard Int(i) < WritingScript.allCases.count else { throw Malformed() }
            return WritingScript.allCases[Int(i)]
        }
        guard let rows = NGramRowTable(keys: try r.array(UInt64.self), rows: try r.array(Int32.self), shift: try r.u64()) else { throw Malformed() }
        let rowScripts = try r.array(UInt8.self)
        let logProbabilities = try r.array(UInt32.self).map(Float.init(bitPattern:))
        let scriptColumns = try r.array(Int32.self)
        let columnStart = try r.array(Int64.self).map(Int.init)
        let width = languages.count, rowCount = rowScripts.count
        // Every index the scorer follows stays inside its array, and a probe meets an empty slot.
        guard r.isAtEnd, scripts.count == width, logProbabilities.count == rowCount * width,
              rows.keys.contains(0), zip(rows.keys, rows.rows).allSatisfy({ $0 == 0 || ($1 >= 0 && Int($1) < rowCount) }),
              rowScripts.allSatisfy({ Int($0) < WritingScript.allCases.count }),
              columnStart.count == WritingScript.allCases.count + 1, columnStart.first == 0, columnStart.last == scriptColumns.count,
              zip(columnStart, columnStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              scriptColumns.allSatisfy({ $0 >= 0 && Int($0) < width }) else { throw Malformed() }
        return LanguageModel(languages: languages, scripts: scripts, rows: rows, rowScripts: rowScripts,
                             logProbabilities: logProbabilities, scriptColumns: scriptColumns, columnStart: columnStart)
    }
}
