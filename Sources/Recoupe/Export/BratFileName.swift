/// File names for exported documents: safe, bounded and one per document id.
///
/// An id is kept as it is when it is already a plain name (ASCII letters, digits, `-`, `_`,
/// `.`, not starting with `.`, at most `maxLength` bytes). Any other id is sanitised (each
/// other character becomes `_`), cut to `maxLength`, and given `-` and 12 hex digits of its
/// SHA-256, so that `a/b` and `a_b`, or two 300-character ids sharing a prefix, never write the
/// same file, and an id with NUL or `/` cannot leave the folder (issue 18, item 7).
public enum BratFileName {
    public static let maxLength = 100

    public static func name(for id: String) -> String {
        let plain = !id.isEmpty && id.utf8.count <= maxLength && !id.hasPrefix(".")
            && id.unicodeScalars.allSatisfy { isPlain($0) }
        if plain { return id }
        var safe = String(String.UnicodeScalarView(id.unicodeScalars.map { isPlain($0) ? $0 : "_" }).prefix(maxLength))
        if safe.hasPrefix(".") { safe = "_" + safe.dropFirst() }
        return safe + "-" + String(SHA256.hex(Array(id.utf8)).prefix(12))
    }

    static func isPlain(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ".")
    }
}
