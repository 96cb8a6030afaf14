import Foundation
@testable import RecoupeCore
@testable import RecoupeNames
import RecoupeText
import Testing

/// The compiled gazetteer in the derived-table cache (issue 16): the gazetteer read back from the
/// file has the tables of the one built from the lexicons and finds the same names; a corrupt,
/// truncated, stale or foreign file is ignored and the gazetteer rebuilt, never a crash.
@Suite("Gazetteer compiled file")
struct GazetteerCompiledTests {
    static let texts = [
        "Le ministre Jean-Yves Le Drian a rencontré Sergueï Lavrov au Caire, puis l'ONU à New York.",
        "Встреча с Сергеем Лавровым прошла в Стамбуле. Лавров говорил о России и ООН.",
        "La réunion de l'OTAN à Bruxelles : Emmanuel Macron et le président Vladimir Poutine.",
    ]

    static func document(_ text: String) throws -> Document {
        var doc = Document(id: "t", text: text)
        try Tokenizer().run(&doc)
        try TokenNormalizer().run(&doc)
        try SentenceSplitter().run(&doc)
        return doc
    }

    static var options: Pipeline.Options {
        var o = Pipeline.Options()
        o.lexiconDirectory = LexiconLocator.directory(for: o)
        return o
    }

    /// Every table of `read` equals the one of `built`, and both find the same names.
    static func expectSame(_ read: Gazetteer, _ built: Gazetteer) throws {
        #expect(read.lexicon.entries == built.lexicon.entries)
        #expect(read.lexicon.entries.indices.allSatisfy { read.lexicon.index(of: read.lexicon.entries[$0].id) == $0 })
        #expect(read.matcher.flatTables == built.matcher.flatTables)
        #expect(read.patterns.entry == built.patterns.entry)
        #expect(read.patterns.capitalMask == built.patterns.capitalMask)
        #expect(read.patterns.surfaces == built.patterns.surfaces)
        #expect(read.patterns.norms == built.patterns.norms)
        #expect(read.surnameIndex == built.surnameIndex)
        #expect(read.givenNameKeys == built.givenNameKeys)
        #expect(read.nodeCount == built.nodeCount)
        for text in texts {
            let doc = try document(text)
            #expect(read.matches(in: doc) == built.matches(in: doc), "\(text)")
            #expect(!built.matches(in: doc).isEmpty)
        }
    }

    @Test func theCompiledFileGivesTheBuiltGazetteer() throws {
        let dir = try TemporaryFolder("gazetteer-compiled")
        defer { dir.remove() }
        let cache = DerivedTableCache(directory: dir.path, stamp: "test 1")
        let cold = try Gazetteer.compiled(Self.options, cache: cache)
        #expect(!cold.loadedFromCache)
        #expect(FileManager.default.fileExists(atPath: cache.path(Gazetteer.compiledFile)))
        let warm = try Gazetteer.compiled(Self.options, cache: cache)
        #expect(warm.loadedFromCache)
        #expect(warm.patternCount > 1000 && !warm.surnameIndex.isEmpty && !warm.patterns.surfaces.isEmpty)
        try Self.expectSame(warm, cold)
        // No cache (RECOUPE_CACHE_DIR empty): built, as before the file existed.
        let off = try Gazetteer.compiled(Self.options, cache: nil)
        #expect(!off.loadedFromCache)
        try Self.expectSame(off, cold)
    }

    @Test func aCorruptTruncatedStaleOrForeignFileIsRebuilt() throws {
        let dir = try TemporaryFolder("gazetteer-bad")
        defer { dir.remove() }
        let cache = DerivedTableCache(directory: dir.path, stamp: "test 1")
        let built = try Gazetteer.compiled(Self.options, cache: cache)
        let path = cache.path(Gazetteer.compiledFile)
        let good = [UInt8](try #require(FileManager.default.contents(atPath: path)))

        func expectRebuilt() throws {
            let g = try Gazetteer.compiled(Self.options, cache: cache)
            #expect(!g.loadedFromCache)
            try Self.expectSame(g, built)
            #expect(try Gazetteer.compiled(Self.options, cache: cache).loadedFromCache)
        }
        // One byte flipped (the checksum no longer matches), the file cut short.
        var flipped = good
        flipped[flipped.count / 2] ^= 0x10
        try Data(flipped).write(to: URL(fileURLWithPath: path))
        try expectRebuilt()
        try Data(good.prefix(good.count * 2 / 3)).write(to: URL(fileURLWithPath: path))
        try expectRebuilt()
        // Written by another executable.
        try Data(good).write(to: URL(fileURLWithPath: path))
        #expect(DerivedTableCache(directory: dir.path, stamp: "test 2").load(Gazetteer.compiledFile) == nil)

        // Bodies that pass the checksum but are malformed: cut, altered, of other sources or another version.
        let body = try #require(cache.load(Gazetteer.compiledFile))
        let sources = try #require(DerivedTableCache.sourceHash(Gazetteer.compiledSources(for: Self.options)))
        // Flipped bytes may land in a string (read as another name) but never crash the reader.
        expectDamagedBodiesHandled(body, samples: 300) { Gazetteer(compiled: $0, sources: sources &+ $1) }
        cache.store(Gazetteer.compiledFile, body: Array(body.prefix(body.count / 2)))
        try expectRebuilt()
    }

    @Test func theSourcesHashFollowsTheLexiconFiles() throws {
        let dir = try TemporaryFolder("gazetteer-sources")
        defer { dir.remove() }
        let user = dir.file("extra.tsv")
        try "id\tper:test-zorglub\nlabel\tPER\ncanonical\tZorglub Test\n".write(toFile: user, atomically: true, encoding: .utf8)
        var options = Self.options
        options.lexicons = [user]
        let files = Gazetteer.compiledSources(for: options)
        #expect(files.contains(user))
        #expect(files.contains { $0.hasSuffix("/names/given-names.tsv") })
        let before = try #require(DerivedTableCache.sourceHash(files))
        try "id\tper:test-zorglub\nlabel\tPER\ncanonical\tZorglub Tost\n".write(toFile: user, atomically: true, encoding: .utf8)
        #expect(DerivedTableCache.sourceHash(files) != before)
        #expect(DerivedTableCache.sourceHash(files + [dir.file("missing.tsv")]) == nil)
    }
}
