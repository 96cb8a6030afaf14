import Foundation
import RecoupeCore

/// `NameKey.key(for:language:)` of the spellings pipeline construction keys (every spelling of the
/// given-name table under four conventions, every surname and given name of the gazetteer in all
/// its Russian cases), kept across processes: one client of a `DerivedStringStore` (file `namekeys`,
/// namespace: the language, "" for none).
///
/// Why: those keys go through ICU transliteration, and opening ICU's transliterator registry alone
/// cost ~146 M instructions; keying them was about half of `Pipeline.standard` (issue 16). A key is
/// a pure function of the spelling, the language, the code and ICU, and the cache file is stamped
/// with the executable and the ICU version, so a loaded key is the key that would be computed.
///
/// Only construction adds to it: document words go through the per-worker `NameKeyMemo`, which only
/// looks keys up here (`storedKey`), so the table stays the size of the lexicons.
public final class NameKeyStore: @unchecked Sendable {
    /// The store of this process, over `DerivedTableCache.standard`.
    public static let shared = NameKeyStore(cache: DerivedTableCache.standard)
    /// The cache file's name.
    public static let fileName = "namekeys"

    /// The keys, by language and spelling.
    let strings: DerivedStringStore
    /// Keys read from the cache file when the store was made (for tests and reports).
    public var loadedCount: Int { strings.loadedCount }

    /// A store of name keys over `cache`'s file `namekeys`.
    public init(cache: DerivedTableCache?) {
        strings = DerivedStringStore(cache: cache, file: Self.fileName)
    }

    /// `NameKey.key(for: spelling, language: language)`, from the store when it has it.
    public func key(for spelling: String, language: String?) -> String {
        strings.value(for: spelling, namespace: language ?? "") { NameKey.key(for: spelling, language: language) }
    }

    /// The stored key of a spelling, or nil (nothing is computed or added).
    public func storedKey(for spelling: String, language: String?) -> String? {
        strings.storedValue(for: spelling, namespace: language ?? "")
    }

    /// Writes the cache file when keys were added since it was read or last written.
    public func save() { strings.save() }
}
