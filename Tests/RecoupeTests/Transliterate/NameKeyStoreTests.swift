import Foundation
@testable import RecoupeCore
@testable import RecoupeNames
import RecoupeText
import Testing

/// `NameKeyStore` and its `DerivedTableCache` file (issue 16): keys survive a round trip through the
/// file, a corrupt, truncated or stale file is ignored and the keys computed again, and the tables
/// built through the store (given names, the gazetteer's person keys) equal those built without it.
@Suite("Name key store")
struct NameKeyStoreTests {
    static let spellings = ["Dartchiev", "Дарчиев", "Dаrchiev", "Mélenchon", "Me\u{301}lenchon", "Jean-Luc", "Зеленський",
                            "Alexandre", "Александр", "Sacha", "Ørsted", "", "O'Neill", "Цзиньпин"]
    static let languages: [String?] = [nil, "fr", "en", "de", "ru"]

    /// Asks `store` for every spelling under every language and checks each against `NameKey`.
    static func checkKeys(_ store: NameKeyStore) {
        for s in spellings { for l in languages {
            #expect(store.key(for: s, language: l) == NameKey.key(for: s, language: l), "\(s) \(l ?? "nil")")
        } }
    }

    @Test func keysRoundTripThroughTheCacheFile() throws {
        let dir = try TemporaryFolder("namekeys")
        defer { dir.remove() }
        let cache = DerivedTableCache(directory: dir.path, stamp: "test 1")
        let first = NameKeyStore(cache: cache)
        #expect(first.loadedCount == 0)
        Self.checkKeys(first)
        first.save()
        #expect(FileManager.default.fileExists(atPath: cache.path("namekeys")))
        let second = NameKeyStore(cache: cache)
        // Canonically equivalent spellings (Mélenchon precomposed and decomposed) are kept apart.
        #expect(second.loadedCount == Self.spellings.count * Self.languages.count)
        Self.checkKeys(second)
    }

    @Test func aCorruptTruncatedOrStaleFileIsRebuilt() throws {
        let dir = try TemporaryFolder("namekeys-bad")
        defer { dir.remove() }
        let cache = DerivedTableCache(directory: dir.path, stamp: "test 1")
        let store = NameKeyStore(cache: cache)
        Self.checkKeys(store)
        store.save()
        let path = cache.path("namekeys")
        let good = try #require(FileManager.default.contents(atPath: path))

        // One byte of a key changed: the body's hash no longer matches.
        var flipped = [UInt8](good)
        flipped[flipped.count - 2] ^= 0x20
        try Data(flipped).write(to: URL(fileURLWithPath: path))
        #expect(cache.load("namekeys") == nil)
        let afterFlip = NameKeyStore(cache: cache)
        #expect(afterFlip.loadedCount == 0)
        Self.checkKeys(afterFlip)
        afterFlip.save()
        #expect(NameKeyStore(cache: cache).loadedCount > 0)

        // Cut in the middle.
        try Data(good.prefix(good.count / 2)).write(to: URL(fileURLWithPath: path))
        #expect(NameKeyStore(cache: cache).loadedCount == 0)

        // Written by another executable (or ICU): stale.
        try good.write(to: URL(fileURLWithPath: path))
        #expect(NameKeyStore(cache: cache).loadedCount > 0)
        let other = DerivedTableCache(directory: dir.path, stamp: "test 2")
        #expect(other.load("namekeys") == nil)
        let rebuilt = NameKeyStore(cache: other)
        #expect(rebuilt.loadedCount == 0)
        Self.checkKeys(rebuilt)
        rebuilt.save()
        #expect(NameKeyStore(cache: other).loadedCount > 0)
        #expect(NameKeyStore(cache: cache).loadedCount == 0)
    }

    @Test func anUnwritableFolderIsIgnored() {
        let cache = DerivedTableCache(directory: "/proc/recoupe-no-such-folder", stamp: "test 1")
        let store = NameKeyStore(cache: cache)
        Self.checkKeys(store)
        store.save()
        #expect(NameKeyStore(cache: cache).loadedCount == 0)
    }

    @Test func theFolderComesFromTheEnvironment() {
        #expect(DerivedTableCache.directory(environment: ["RECOUPE_CACHE_DIR": "/a", "XDG_CACHE_HOME": "/b", "HOME": "/c"]) == "/a")
        #expect(DerivedTableCache.directory(environment: ["RECOUPE_CACHE_DIR": "", "HOME": "/c"]) == nil)
        #expect(DerivedTableCache.directory(environment: ["XDG_CACHE_HOME": "/b", "HOME": "/c"]) == "/b/recoupe")
        #expect(DerivedTableCache.directory(environment: ["HOME": "/c"]) == "/c/.cache/recoupe")
        #expect(DerivedTableCache.directory(environment: [:]) == nil)
    }

    @Test func theGivenNameTableIsTheSameThroughTheStore() throws {
        let path = try #require(LexiconLocator.path("names/given-names.tsv"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let dir = try TemporaryFolder("namekeys-table")
        defer { dir.remove() }
        let store = NameKeyStore(cache: DerivedTableCache(directory: dir.path, stamp: "test 1"))
        let plain = NameTable(parsing: text)
        let viaStore = NameTable(parsing: text, keyStore: store)
        store.save()
        let viaFile = NameTable(parsing: text, keyStore: NameKeyStore(cache: DerivedTableCache(directory: dir.path, stamp: "test 1")))
        #expect(plain.entries.count > 100)
        for e in plain.entries { for s in e.spellings { for l in Self.languages {
            let k = NameKey.key(for: s, language: l)
            #expect(viaStore.group(forKey: k) == plain.group(forKey: k), "\(s)")
            #expect(viaFile.group(forKey: k) == plain.group(forKey: k), "\(s)")
            #expect(viaFile.mayStartKey(String(k.prefix { $0 != " " })) == plain.mayStartKey(String(k.prefix { $0 != " " })))
        } } }
    }

    @Test func theGazetteerPersonKeysAreTheSameThroughTheStore() throws {
        let dir = try TemporaryFolder("namekeys-gazetteer")
        defer { dir.remove() }
        let cache = DerivedTableCache(directory: dir.path, stamp: "test 1")
        let lexicon = try Lexicon.load(Pipeline.Options())
        let plain = try Gazetteer(lexicon: lexicon, nameKey: NameKeyMemo())
        let store = NameKeyStore(cache: cache)
        let viaStore = try Gazetteer(lexicon: lexicon, nameKey: NameKeyMemo(store: store))
        store.save()
        let warm = NameKeyStore(cache: cache)
        #expect(warm.loadedCount > 100)
        let viaFile = try Gazetteer(lexicon: lexicon, nameKey: NameKeyMemo(store: warm))
        #expect(!plain.surnameIndex.isEmpty && !plain.givenNameKeys.isEmpty)
        for g in [viaStore, viaFile] {
            #expect(g.surnameIndex == plain.surnameIndex)
            #expect(g.givenNameKeys == plain.givenNameKeys)
            #expect(g.patternCount == plain.patternCount)
        }
    }

    /// The Russian case forms through the store, computed then read back from its file, are the forms
    /// declined afresh, for every Cyrillic name of the shipped lexicons; a gazetteer built through the
    /// store matches the same names in the same documents.
    @Test func russianCaseFormsAreTheSameThroughTheStore() throws {
        let dir = try TemporaryFolder("case-forms")
        defer { dir.remove() }
        let cache = DerivedTableCache(directory: dir.path, stamp: "test 1")
        let lexicon = try Lexicon.load(Pipeline.Options())
        let store = DerivedStringStore(cache: cache, file: "russian-case-forms")
        let cyrillic = lexicon.entries.flatMap { e in e.matchForms.map { ($0.text, e.label) } }.filter { RussianNameDeclension.isCyrillic($0.0) }
        #expect(cyrillic.count > 100)
        for (name, label) in cyrillic {
            #expect(RussianNameDeclension.storedMatchForms(of: name, label: label, in: store) == RussianNameDeclension.matchForms(of: name, label: label), "\(name)")
        }
        store.save()
        let warm = DerivedStringStore(cache: cache, file: "russian-case-forms")
        #expect(warm.loadedCount > 100)
        for (name, label) in cyrillic {
            #expect(RussianNameDeclension.storedMatchForms(of: name, label: label, in: warm) == RussianNameDeclension.matchForms(of: name, label: label), "\(name)")
        }
        let plain = try Gazetteer(lexicon: lexicon)
        let viaFile = try Gazetteer(lexicon: lexicon, caseForms: warm)
        #expect(viaFile.patternCount == plain.patternCount)
        var doc = Document(id: "ru", text: "Встреча с Сергеем Лавровым прошла в Стамбуле. Лавров говорил о России.")
        try Tokenizer().run(&doc)
        try TokenNormalizer().run(&doc)
        try SentenceSplitter().run(&doc)
        #expect(viaFile.matches(in: doc) == plain.matches(in: doc))
        #expect(plain.matches(in: doc).count >= 2)
    }
}
