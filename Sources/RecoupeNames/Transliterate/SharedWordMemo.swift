import Foundation

/// The words `NameClusterer`'s workers have keyed, shared between them. Each worker keeps its own tables
/// (`NamePartsCache`, `PersonKeyMemo`: no lock per look-up) and asks here only on a miss, before keying the
/// word itself: a word is keyed once per run instead of once per worker (on 100,000 names both workers meet
/// the same couple of thousand words, and keying them was 8 % of `names cluster`).
///
/// Exact: an entry depends only on its key (the word's bytes, language and convention), whichever worker
/// computed it. Entries are immutable once made; the lock guards the tables only: a miss is computed with the
/// lock released (a worker keying a word through ICU does not hold up the other's look-ups), and when two
/// workers compute the same word at once the first value inserted is kept and returned to both, so every
/// worker reads one value per key whatever the timing.
final class SharedWordMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var parts = WordTable<NamePartsCache.Word>()
    private var tokens = WordTable<PersonNameKey.Token>()
    private var scores = WordTable<(fr: Int, en: Int, de: Int)?>()

    init() {}

    /// The `NameParts` entry of a word, made by `make` if no worker has made it yet.
    func part(_ key: NamePartsCache.Key, _ make: () -> NamePartsCache.Word) -> NamePartsCache.Word {
        entry(\.parts, key, make)
    }

    /// The `PersonNameKey` token of a word (`PersonKeyMemo.token`), made by `make` if not made yet.
    func token(_ key: NamePartsCache.Key, _ make: () -> PersonNameKey.Token) -> PersonNameKey.Token {
        entry(\.tokens, key, make)
    }

    /// The convention scores of a token (`PersonKeyMemo.convention`), made by `make` if not made yet.
    func scores(_ key: NamePartsCache.Key, _ make: () -> (fr: Int, en: Int, de: Int)?) -> (fr: Int, en: Int, de: Int)? {
        entry(\.scores, key, make)
    }

    /// The entry of `key` in `table`: looked up under the lock; on a miss made by `make` with the lock released,
    /// then inserted under the lock unless another worker inserted one meanwhile (that first value is returned).
    private func entry<V>(_ table: ReferenceWritableKeyPath<SharedWordMemo, WordTable<V>>, _ key: NamePartsCache.Key, _ make: () -> V) -> V {
        lock.lock()
        if let hit = self[keyPath: table][key] { lock.unlock(); return hit }
        lock.unlock()
        let made = make()
        lock.lock(); defer { lock.unlock() }
        if let first = self[keyPath: table][key] { return first }
        self[keyPath: table][key] = made
        return made
    }
}
