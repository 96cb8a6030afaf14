#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splitting a name into words at separator characters without building `Character`s (`names cluster`
/// splits 100,000 names twice: `PersonNameKey` at whitespace, `NameParts` also at hyphens and commas).
///
/// `String.split(whereSeparator:)` over Characters cuts where a whole grapheme cluster is a separator; a
/// scan of scalars cuts at every separator scalar. The two agree whenever no separator scalar is joined
/// to its neighbour in one cluster, which needs a combining mark, joiner or prepended character next to
/// it: the fast scan runs only when every scalar of the name is one of a set that contains none of
/// those (below U+0300, Cyrillic letters, U+2010 and U+2019), and otherwise the Character split runs.
enum NameSplit {
    /// The words of `name` between runs of the scalars `separators` accepts (each a Character of its own in
    /// the fast set), as `name.split(whereSeparator:)` with the same test on Characters gives them; nil when
    /// the name has a scalar outside the fast set (the caller then splits Characters).
    static func fastWords(of name: String, separators: (Unicode.Scalar) -> Bool) -> [String]? {
        var out = [String]()
        var utf8Start = name.unicodeScalars.startIndex
        var inWord = false
        var fast = true
        var i = name.unicodeScalars.startIndex
        let scalars = name.unicodeScalars
        while i < scalars.endIndex {
            let s = scalars[i]
            let v = s.value
            guard v < 0x300 || (0x400...0x482).contains(v) || (0x48A...0x52F).contains(v) || v == 0x2010 || v == 0x2019 else {
                fast = false; break
            }
            if separators(s) {
                if inWord { out.append(String(scalars[utf8Start..<i])); inWord = false }
            } else if !inWord {
                utf8Start = i; inWord = true
            }
            i = scalars.index(after: i)
        }
        guard fast else { return nil }
        if inWord { out.append(String(scalars[utf8Start..<scalars.endIndex])) }
        return out
    }
}

extension String {
    /// Byte equality of the UTF-8 (not String's canonical equivalence: words are interned by their bytes),
    /// compared in bulk by `memcmp`: `utf8.elementsEqual`, and `elementsEqual` of the two byte buffers too, step
    /// a generic iterator byte by byte (3 % of `names cluster`'s instructions), and word tables compare a key
    /// on every hit.
    @inline(__always)
    func sameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }
}
