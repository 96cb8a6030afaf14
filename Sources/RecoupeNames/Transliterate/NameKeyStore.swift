import Foundation
import RecoupeCore

/// `NameKey.key(for:language:)` of the spellings pipeline construction keys (every spelling of the
/// given-name table under four conventions, every surname and given name of the gazetteer in all
/// its Russian cases), kept across processes in a `DerivedTableCache` file.
///
/// Why: those keys go through ICU transliteration, and opening ICU's transliterator registry alone
/// cost ~146 M instructions; keying them was about half of `Pipeline.standard` (issue 16). A key is
/// a pure function of the spelling, the language, the code and ICU, and the cache file is stamped
/// with the executable and the ICU version, so a loaded key is the key that would be computed.
///
/// Keys are looked up by the UTF-8 bytes of language and spelling (not by `String`, whose equality
/// would merge canonically equivalent spellings that `NameKey` may key apart). Only construction
/// adds to it: document words go through the per-worker `NameKeyMemo`, which only looks keys up
/// here (`storedKey`), so the table stays the size of the lexicons. `save()` writes the file when keys were added since it was read.
public final class NameKeyStore: @unchecked Sendable {
    /// The store of this process, over `DerivedTableCache.standard`.
    public static let shared = NameKeyStore(cache: DerivedTableCache.standard)
    /// The cache file's name.
    public static let fileName = "namekeys"
    /// Past this many keys, new keys are computed and not remembered.
    static let limit = 500_000

    private let lock = NSLock()
    private var table: [[UInt8]: String] = [:]
    private var added = 0
    private let cache: DerivedTableCache?
    /// The cache file's name (`fileName` for name keys).
    private let file: String
    /// Keys read from the cache file when the store was made (for tests and reports).
    public let loadedCount: Int

    /// A store over `cache`'s file `file`: name keys by default; any other pure function of a spelling
    /// and the code (``value(for:namespace:compute:)``) in a file of its own.
    public init(cache: DerivedTableCache?, file: String = NameKeyStore.fileName) {
        self.cache = cache
        self.file = file
        if let body = cache?.load(file), let t = Self.decode(body) { table = t }
        loadedCount = table.count
    }

    /// `NameKey.key(for: spelling, language: language)`, from the store when it has it.
    public func key(for spelling: String, language: String?) -> String {
        value(for: spelling, namespace: language ?? "") { NameKey.key(for: spelling, language: language) }
    }

    /// The stored value of `spelling` in `namespace`, else `compute()`, remembered. `compute` must be a pure
    /// function of the spelling, the namespace and the code: the file is trusted for the same executable.
    public func value(for spelling: String, namespace: String, compute: () -> String) -> String {
        var k = Array(namespace.utf8)
        k.append(0x1F)
        k.append(contentsOf: spelling.utf8)
        lock.lock()
        if let v = table[k] { lock.unlock(); return v }
        lock.unlock()
        let v = compute()
        lock.lock()
        if table.count < Self.limit, table.updateValue(v, forKey: k) == nil { added += 1 }
        lock.unlock()
        return v
    }

    /// The stored key of a spelling, or nil (nothing is computed or added).
    public func storedKey(for spelling: String, language: String?) -> String? {
        var k = Array((language ?? "").utf8)
        k.append(0x1F)
        k.append(contentsOf: spelling.utf8)
        lock.lock()
        defer { lock.unlock() }
        return table[k]
    }

    /// Writes the cache file when keys were added since it was read or last written.
    public func save() {
        lock.lock()
        guard added > 0, let cache else { lock.unlock(); return }
        let body = Self.encode(table)
        added = 0
        lock.unlock()
        cache.store(file, body: body)
    }

    /// Records of (length, bytes) for the key, then for the value; lengths as 4 bytes little-endian.
    static func encode(_ table: [[UInt8]: String]) -> [UInt8] {
        var out: [UInt8] = []
        func put(_ bytes: some Collection<UInt8>) {
            let n = UInt32(bytes.count)
            out += [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24)]
            out += bytes
        }
        // Sorted, so equal tables make equal files.
        for (k, v) in table.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            put(k)
            put(v.utf8)
        }
        return out
    }

    /// The table of a body, or nil when the body is malformed.
    static func decode(_ body: [UInt8]) -> [[UInt8]: String]? {
        var table: [[UInt8]: String] = [:]
        var i = 0
        func next() -> ArraySlice<UInt8>? {
            guard body.count - i >= 4 else { return nil }
            let n = Int(body[i]) | Int(body[i + 1]) << 8 | Int(body[i + 2]) << 16 | Int(body[i + 3]) << 24
            i += 4
            guard body.count - i >= n else { return nil }
            defer { i += n }
            return body[i..<(i + n)]
        }
        while i < body.count {
            guard let k = next(), let v = next() else { return nil }
            table[Array(k)] = String(decoding: v, as: UTF8.self)
        }
        return table
    }
}
