import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText

/// Compiled ICU transliterators (compiling rules is the expensive part) and a memo of recent
/// Cyrillic → Latin results, reused across calls.
///
/// ICU transliterators are not thread-safe, so a cache is lent to one caller at a time:
/// `withCache` takes one from a process-wide pool (or makes a new one), passes it to `body` and
/// puts it back. With N threads at most N caches exist, each reused as the per-thread caches were.
/// Cost: two uncontended lock acquisitions per call.
/// Thread safety: `@unchecked Sendable` only so that the pool can hold it; it is never used by two
/// threads at once (a borrowed cache is out of the pool until it is returned).
final class TransliteratorCache: @unchecked Sendable {
    private var byName = [String: Transliterator]()
    /// Recent Cyrillic words and their Latin form (names recur: keying them again skips ICU).
    private var latinOf = [String: String]()
    /// The pool, under `poolLock` (a pthread mutex that ThreadSanitizer sees; with Synchronization's
    /// `Mutex` it reported the pool itself as raced).
    nonisolated(unsafe) private static var pool: [TransliteratorCache] = []
    private static let poolLock = NSLock()

    /// Runs `body` with a cache no other thread is using.
    static func withCache<R>(_ body: (TransliteratorCache) throws -> R) rethrows -> R {
        poolLock.lock()
        let cache = pool.popLast() ?? TransliteratorCache()
        poolLock.unlock()
        defer {
            poolLock.lock()
            pool.append(cache)
            poolLock.unlock()
        }
        return try body(cache)
    }

    /// The transliterator for `name`, compiled by `make` the first time on this thread.
    func transliterator(_ name: String, _ make: () throws -> Transliterator) rethrows -> Transliterator {
        if let t = byName[name] { return t }
        let t = try make()
        byName[name] = t
        return t
    }

    /// Cyrillic → Latin for keys: ICU's built-in BGN/PCGN (Russian or Ukrainian), no files needed.
    static func toLatin(_ text: String, ukrainian: Bool) -> String {
        let id = ukrainian ? "Ukrainian-Latin/BGN" : "Russian-Latin/BGN"
        return withCache { cache in
            let memo = ukrainian ? "u" + text : "r" + text
            if let hit = cache.latinOf[memo] { return hit }
            guard let t = try? cache.transliterator(id, { try Transliterator(id: id) }),
                  let r = try? t.transform(text) else { return text }
            if cache.latinOf.count >= 8192 { cache.latinOf.removeAll(keepingCapacity: true) }
            cache.latinOf[memo] = r
            return r
        }
    }
}
