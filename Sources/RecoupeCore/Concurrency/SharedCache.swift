import Foundation

/// A process-wide table of values built once per key and then shared by every worker: compiled
/// gazetteers, language models, verb lexicons, first-name tables, transliteration rule sources.
///
/// ```swift
/// static let models = SharedCache<String, LanguageModel>()
/// let model = try models.value(for: directory) { try LanguageModel.load(directory: directory) }
/// ```
///
/// - Semantics: the first caller for a key runs `build` and stores its result; later callers get
///   that value. A `build` that throws stores nothing, so the next caller tries again.
/// - Cost: one uncontended lock acquisition and one hash lookup per call. `build` runs while
///   the lock is held, so two workers asking for the same missing key build it once (the second
///   waits) — the right trade for values that take milliseconds to build and are asked for once
///   per pipeline, not per token. Do not call it on a per-token path.
/// - Thread safety: `Sendable`; `Value` must be `Sendable` because every thread shares it. ICU
///   objects, which are not thread-safe, do not belong here (see `TransliteratorCache`).
///   The lock is a pthread mutex (`NSLock`), not Synchronization's `Mutex`: ThreadSanitizer does not
///   see the futex behind `Mutex` on Linux and reported a race on every table it guarded.
public final class SharedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [Key: Value] = [:]

    public init() {}

    /// The value for `key`, built by `build` on first use.
    public func value<Failure: Error>(for key: Key, orBuild build: () throws(Failure) -> Value) throws(Failure) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = table[key] { return value }
        let value = try build()
        table[key] = value
        return value
    }

    /// The value for `key` when it has been built, without building it.
    public func cachedValue(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return table[key]
    }

    /// How many keys hold a value.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return table.count
    }
}
