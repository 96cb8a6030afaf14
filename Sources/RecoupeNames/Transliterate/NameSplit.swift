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
        // Scalars decoded from the UTF-8 buffer (a native String's bytes are valid UTF-8), words made from byte
        // ranges: the same scalars and words as stepping `unicodeScalars`, whose index arithmetic was 3 % of
        // `names cluster`'s instructions.
        var out = [String]()
        var name = name
        let fast = name.withUTF8 { b -> Bool in
            var start = 0
            var inWord = false
            var i = 0
            let n = b.count
            while i < n {
                let lead = b[i]
                var v: UInt32, width: Int
                if lead < 0x80 { v = UInt32(lead); width = 1 }
                else if lead < 0xE0 { v = UInt32(lead & 0x1F); width = 2 }
                else if lead < 0xF0 { v = UInt32(lead & 0x0F); width = 3 }
                else { v = UInt32(lead & 0x07); width = 4 }
                var k = 1
                while k < width { v = v << 6 | UInt32(b[i + k] & 0x3F); k += 1 }
                guard v < 0x300 || (0x400...0x482).contains(v) || (0x48A...0x52F).contains(v) || v == 0x2010 || v == 0x2019 else {
                    return false
                }
                if separators(Unicode.Scalar(v)!) {
                    if inWord { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)); inWord = false }
                } else if !inWord {
                    start = i; inWord = true
                }
                i += width
            }
            if inWord { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<n]), as: UTF8.self)) }
            return true
        }
        return fast ? out : nil
    }
}

extension String {
    /// Whether a UTF-8 byte of the string satisfies `test`, scanned on the byte buffer (`utf8.contains(where:)`
    /// and `utf8.allSatisfy` step the view's iterator: about 2 % of `names cluster`'s instructions, per name and word).
    @inline(__always)
    func anyUTF8Byte(_ test: (UInt8) -> Bool) -> Bool {
        var s = self
        return s.withUTF8 { $0.contains(where: test) }
    }

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
