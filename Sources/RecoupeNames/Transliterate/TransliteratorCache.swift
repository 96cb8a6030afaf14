import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText

/// Per-thread ICU transliterators (ICU transliterators are not thread-safe, and compiling rules
/// is the expensive part): each thread compiles a scheme once and reuses it.
final class TransliteratorCache {
    private var byName = [String: Transliterator]()
    /// Recent Cyrillic words and their Latin form (names recur: keying them again skips ICU).
    private var latinOf = [String: String]()
    private static let threadKey = "org.recoupe.TransliteratorCache"

    /// The calling thread's cache.
    static var current: TransliteratorCache {
        let dict = Thread.current.threadDictionary
        if let c = dict[threadKey] as? TransliteratorCache { return c }
        let c = TransliteratorCache()
        dict[threadKey] = c
        return c
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
        let cache = current
        let memo = ukrainian ? "u" + text : "r" + text
        if let hit = cache.latinOf[memo] { return hit }
        guard let t = try? cache.transliterator(id, { try Transliterator(id: id) }),
              let r = try? t.transform(text) else { return text }
        if cache.latinOf.count >= 8192 { cache.latinOf.removeAll(keepingCapacity: true) }
        cache.latinOf[memo] = r
        return r
    }
}
