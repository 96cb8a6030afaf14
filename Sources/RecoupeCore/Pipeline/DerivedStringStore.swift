import Foundation

/// Values derived from spellings by a pure function of the spelling and the code (name keys through
/// ICU transliteration, Russian case forms, …), kept across processes in one `DerivedTableCache` file
/// per store so that later processes read them instead of computing them again (issue 16).
///
/// A value is a list of strings (a name key is a list of one; the case forms of a name are a list of
/// forms), stored as a list so a warm read hands back the list without splitting a joined string.
/// Values are looked up by namespace and the UTF-8 bytes of the spelling (not by `String`, whose
/// equality would merge canonically equivalent spellings that a function may tell apart); the
/// namespace separates functions or parameters sharing one file ("fr" name keys, "forms PER" …).
///
/// Trusted because the cache file is stamped with the executable and the ICU version: callers must
/// store only what is a pure function of the namespace, the spelling and that stamp. Only
/// construction adds; past `limit` values, new ones are computed and not remembered. `save()` writes
/// the file when values were added since it was read.
///
/// File body (format ``formatVersion``): the magic `DSS` and a version byte, then per value the
/// spelling's key (namespace, 0x1F, spelling) and its list of strings, written by `FlatWriter`: every
/// length and count is 4 bytes little-endian. A body of another version or malformed is ignored.
public final class DerivedStringStore: @unchecked Sendable {
    /// The version of the file body; a body of another version is ignored (values computed again).
    public static let formatVersion: UInt8 = 2
    static let magic: [UInt8] = [0x44, 0x53, 0x53, formatVersion]
    /// Past this many values, new values are computed and not remembered.
    static let limit = 500_000

    private let lock = NSLock()
    private var table: [[UInt8]: [String]] = [:]
    private var added = 0
    private let cache: DerivedTableCache?
    /// The cache file's name.
    public let file: String
    /// Values read from the cache file when the store was made (for tests and reports).
    public let loadedCount: Int

    /// A store over `cache`'s file `file` (no file when `cache` is nil: values are only remembered in memory).
    public init(cache: DerivedTableCache?, file: String) {
        self.cache = cache
        self.file = file
        if let body = cache?.load(file), let t = Self.decode(body) { table = t }
        loadedCount = table.count
    }

    static func key(_ spelling: String, _ namespace: String) -> [UInt8] {
        var k = Array(namespace.utf8)
        k.append(0x1F)
        k.append(contentsOf: spelling.utf8)
        return k
    }

    /// The stored list of `spelling` in `namespace`, else `compute()`, remembered.
    public func list(for spelling: String, namespace: String, compute: () -> [String]) -> [String] {
        let k = Self.key(spelling, namespace)
        lock.lock()
        if let v = table[k] { lock.unlock(); return v }
        lock.unlock()
        let v = compute()
        lock.lock()
        if table.count < Self.limit, table.updateValue(v, forKey: k) == nil { added += 1 }
        lock.unlock()
        return v
    }

    /// The stored single value of `spelling` in `namespace`, else `compute()`, remembered (a list of one).
    public func value(for spelling: String, namespace: String, compute: () -> String) -> String {
        list(for: spelling, namespace: namespace) { [compute()] }.first ?? ""
    }

    /// The stored single value of a spelling, or nil (nothing is computed or added).
    public func storedValue(for spelling: String, namespace: String) -> String? {
        let k = Self.key(spelling, namespace)
        lock.lock()
        defer { lock.unlock() }
        return table[k]?.first
    }

    /// Writes the cache file when values were added since it was read or last written.
    public func save() {
        lock.lock()
        guard added > 0, let cache else { lock.unlock(); return }
        let body = Self.encode(table)
        added = 0
        lock.unlock()
        cache.store(file, body: body)
    }

    static func encode(_ table: [[UInt8]: [String]]) -> [UInt8] {
        var w = FlatWriter(prefix: magic)
        // Sorted, so equal tables make equal files.
        for (k, list) in table.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            w.byteString(k)
            w.strings(list)
        }
        return w.bytes
    }

    /// The table of a body, or nil when the body is of another version or malformed.
    static func decode(_ body: [UInt8]) -> [[UInt8]: [String]]? {
        guard body.starts(with: magic) else { return nil }
        return body.withUnsafeBytes { raw in
            var r = FlatReader(UnsafeRawBufferPointer(rebasing: raw[magic.count...]))
            var table: [[UInt8]: [String]] = [:]
            do {
                while !r.isAtEnd { table[try r.byteString()] = try r.strings() }
            } catch { return nil }
            return table
        }
    }
}
