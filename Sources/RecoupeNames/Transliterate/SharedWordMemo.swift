import Foundation

/// The words `NameClusterer`'s workers have keyed, shared between them. Each worker keeps its own tables
/// (`NamePartsCache`, `PersonKeyMemo`: no lock per look-up) and asks here only on a miss, before keying the
/// word itself: a word is keyed once per run instead of once per worker (on 100,000 names both workers meet
/// the same couple of thousand words, and keying them was 8 % of `names cluster`).
///
/// Exact: an entry depends only on its key (the word's bytes, language and convention), whichever worker
/// computed it. Entries are immutable once made; the lock guards the tables, and is held while an entry is
/// made (a miss is rare: one per distinct word and language).
final class SharedWordMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var parts = WordTable<NamePartsCache.Word>()
    private var tokens = WordTable<PersonNameKey.Token>()
    private var scores = WordTable<(fr: Int, en: Int, de: Int)?>()

    init() {}

    /// The `NameParts` entry of a word, made by `make` if no worker has made it yet.
    func part(_ key: NamePartsCache.Key, _ make: () -> NamePartsCache.Word) -> NamePartsCache.Word {
        lock.lock(); defer { lock.unlock() }
        return Self.entry(&parts, key, make)
    }

    /// The `PersonNameKey` token of a word (`PersonKeyMemo.token`), made by `make` if not made yet.
    func token(_ key: NamePartsCache.Key, _ make: () -> PersonNameKey.Token) -> PersonNameKey.Token {
        lock.lock(); defer { lock.unlock() }
        return Self.entry(&tokens, key, make)
    }

    /// The convention scores of a token (`PersonKeyMemo.convention`), made by `make` if not made yet.
    func scores(_ key: NamePartsCache.Key, _ make: () -> (fr: Int, en: Int, de: Int)?) -> (fr: Int, en: Int, de: Int)? {
        lock.lock(); defer { lock.unlock() }
        return Self.entry(&scores, key, make)
    }

    private static func entry<V>(_ table: inout WordTable<V>, _ key: NamePartsCache.Key, _ make: () -> V) -> V {
        if let hit = table[key] { return hit }
        let v = make()
        table[key] = v
        return v
    }
}
