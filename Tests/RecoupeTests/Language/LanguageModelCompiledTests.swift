import Foundation
@testable import RecoupeCore
@testable import RecoupeText
import Testing

/// The compiled language model in the derived-table cache (issue 16): the model read back from the file
/// has the tables of the one built from the profiles and scores text the same; a file of other profiles,
/// cut or altered, is refused and the model rebuilt, never a crash.
@Suite("Language model compiled file")
struct LanguageModelCompiledTests {
    static let texts = [
        "Le ministre a rencontré son homologue russe au Caire, puis à New York.",
        "Встреча с Сергеем Лавровым прошла в Стамбуле.",
        "Захарова заявила, що переговори тривають.",
        "The talks in Istanbul ended without an agreement.",
    ]

    static func profiles() throws -> [String] {
        let dir = try LexiconLocator.locate() + "/language"
        return try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tsv") }.sorted().map { dir + "/" + $0 }
    }

    /// `read` scores every text as `built` does (rows may be numbered otherwise: profiles are dictionaries).
    static func expectSame(_ read: LanguageModel, _ built: LanguageModel) {
        #expect(read.languages == built.languages && read.scripts == built.scripts)
        #expect(read.rowScripts.count == built.rowScripts.count && read.logProbabilities.count == built.logProbabilities.count)
        for text in texts {
            let (a, b) = (read.scores(text.unicodeScalars), built.scores(text.unicodeScalars))
            #expect(a.logLikelihoods == b.logLikelihoods && a.letters == b.letters && a.ngrams == b.ngrams, "\(text)")
            #expect(read.identify(text) == built.identify(text))
        }
    }

    /// `read` holds the very tables of `written`.
    static func expectIdentical(_ read: LanguageModel, _ written: LanguageModel) {
        #expect(read.rows.keys == written.rows.keys && read.rows.rows == written.rows.rows && read.rows.shift == written.rows.shift)
        #expect(read.rowScripts == written.rowScripts && read.scriptColumns == written.scriptColumns && read.columnStart == written.columnStart)
        #expect(read.logProbabilities.map(\.bitPattern) == written.logProbabilities.map(\.bitPattern))
        expectSame(read, written)
    }

    /// The shipped profiles compiled into a fresh cache in a temporary folder (removed after `check`): the cache,
    /// the profiles, the model built on the way, their sources' hash and the compiled file's body.
    static func withCompiledModel(_ folder: String,
                                  _ check: (DerivedTableCache, [String], LanguageModel, UInt64, [UInt8]) throws -> Void) throws {
        let dir = try TemporaryFolder(folder)
        defer { dir.remove() }
        let cache = DerivedTableCache(directory: dir.path, stamp: "test 1")
        let files = try profiles()
        let built = try LanguageModel.compiled(profiles: files, cache: cache)
        #expect(FileManager.default.fileExists(atPath: cache.path(LanguageModel.compiledFile)))
        let sources = try #require(DerivedTableCache.sourceHash(files))
        try check(cache, files, built, sources, try #require(cache.load(LanguageModel.compiledFile)))
    }

    @Test func theCompiledFileGivesTheBuiltModel() throws {
        try Self.withCompiledModel("language-compiled") { cache, files, cold, sources, body in
            let warm = try #require(LanguageModel(compiled: body, sources: sources))
            #expect(warm.languages.count >= 5 && warm.identify(Self.texts[2]).language == "uk")
            Self.expectIdentical(warm, cold)
            Self.expectIdentical(try LanguageModel.compiled(profiles: files, cache: cache), cold)
            Self.expectSame(try LanguageModel.compiled(profiles: files, cache: nil), cold)
        }
    }

    @Test func aFileOfOtherProfilesCutOrAlteredIsRefused() throws {
        try Self.withCompiledModel("language-bad") { cache, files, built, sources, body in
            #expect(DerivedTableCache.sourceHash(Array(files.dropLast())) != sources)
            // Flipped bytes may change a probability but never send the scorer out of its arrays.
            expectDamagedBodiesHandled(body, samples: 40) { bytes, offset -> LanguageModel? in
                let m = LanguageModel(compiled: bytes, sources: sources &+ offset)
                _ = m?.scores(Self.texts[0].unicodeScalars)
                return m
            }
            // A cut file in the cache is rebuilt.
            cache.store(LanguageModel.compiledFile, body: Array(body.prefix(body.count / 2)))
            Self.expectSame(try LanguageModel.compiled(profiles: files, cache: cache), built)
            #expect(LanguageModel(compiled: try #require(cache.load(LanguageModel.compiledFile)), sources: sources) != nil)
        }
    }
}
