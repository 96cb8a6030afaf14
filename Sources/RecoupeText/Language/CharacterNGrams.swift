import RecoupeCore
import RecoupeICU
/// The character n-grams (one to three characters) that language profiles count.
///
/// Text is folded first: letters are lower-cased, apostrophes (' ’ ʼ) become "'", combining marks
/// are dropped, and everything else (digits, punctuation, white space) is a word boundary, written
/// "_" in profile files. N-grams never cross a word boundary, except that a word's first and last
/// letters are counted with the boundary beside them (" th", "he "), as in Cavnar & Trenkle (1994).
///
/// An n-gram is packed in a `UInt64` key, 21 bits per code point, so counting allocates nothing.
/// Cost: linear in the text, one dictionary look-up per n-gram in the caller.
public enum CharacterNGrams {
    public static let maxOrder = 3
    static let boundary: UInt32 = 0x20
    static let apostrophe: UInt32 = 0x27

    /// What the n-grams see of a code point: a lower-case letter, "'" (0x27), the boundary (0x20),
    /// or 0 for a code point to skip (combining marks, format characters).
    @inline(__always)
    public static func fold(_ c: Unicode.Scalar) -> UInt32 {
        if let f = fastFold(c) { return f }
        let v = c.value
        if v < foldedLimit { return folded[Int(v)] }
        if v >= 0x2000 && v <= 0x206F { return boundary }  // general punctuation: no letters, no marks
        return slowFold(c)
    }

    /// `fold` of every code point below `foldedLimit` (Latin, Greek, Cyrillic), computed once by
    /// `slowFold`: Unicode property look-ups cost more than the rest of the n-gram loop.
    static let foldedLimit: UInt32 = 0x590
    static let folded: [UInt32] = (0..<foldedLimit).map { v in
        Unicode.Scalar(v).map { fastFold($0) ?? slowFold($0) } ?? boundary
    }

    /// The code points `fold` decides from their value alone.
    @inline(__always)
    static func fastFold(_ c: Unicode.Scalar) -> UInt32? {
        let v = c.value
        switch v {
        case 0x61...0x7A: return v
        case 0x41...0x5A: return v + 0x20
        case 0x430...0x44F, 0x450...0x45F: return v
        case 0x410...0x42F: return v + 0x20
        case 0x400...0x40F: return v + 0x50
        case 0xDF...0xF6, 0xF8...0xFF: return v
        case 0xC0...0xD6, 0xD8...0xDE: return v + 0x20
        case 0x27, 0x2019, 0x2BC: return apostrophe
        case 0x300...0x36F, 0x200B...0x200D, 0xAD: return 0
        case 0x460...0x4FF where v & 1 == 0 && v != 0x482 && (v < 0x483 || v > 0x489): return v + 1
        default: return nil
        }
    }

    /// `fold` from Unicode properties.
    static func slowFold(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        guard WritingScript.of(letter: c) != nil else {
            return c.properties.generalCategory.isMark ? 0 : boundary
        }
        guard c.properties.changesWhenLowercased else { return v }
        let lower = c.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : v
    }

    /// Calls `body(key, order)` for every n-gram of `scalars`, in text order.
    @inline(__always)
    public static func forEach<C: Collection>(in scalars: C, _ body: (UInt64, Int) -> Void) where C.Element == Unicode.Scalar {
        var p2: UInt32 = 0
        var p1: UInt32 = boundary  // the start of the text is a boundary
        func feed(_ x: UInt32) {
            if x == boundary {
                if p1 == boundary { return }  // a run of non-letters is one boundary
            } else {
                body(UInt64(x), 1)
            }
            body(UInt64(p1) << 21 | UInt64(x), 2)
            if p2 != 0, !(p1 == boundary && x != boundary) {
                body(UInt64(p2) << 42 | UInt64(p1) << 21 | UInt64(x), 3)
            }
            p2 = p1
            p1 = x
        }
        for c in scalars {
            let x = fold(c)
            if x != 0 { feed(x) }
        }
        feed(boundary)
    }

    /// The printable form of a key, with "_" for the boundary ("_th").
    public static func string(_ key: UInt64) -> String {
        var parts: [UInt32] = []
        var k = key
        while k != 0 {
            parts.append(UInt32(k & 0x1FFFFF))
            k >>= 21
        }
        var out = String.UnicodeScalarView()
        for v in parts.reversed() { out.append(v == boundary ? "_" : Unicode.Scalar(v)!) }
        return String(out)
    }

    /// The key of a printable n-gram ("_th"), or nil when it is not one to three characters.
    public static func key(_ text: some StringProtocol) -> UInt64? {
        var k: UInt64 = 0
        var n = 0
        for c in text.unicodeScalars {
            k = k << 21 | UInt64(c == "_" ? boundary : c.value)
            n += 1
        }
        return (1...maxOrder).contains(n) ? k : nil
    }

    /// The script of the first letter of an n-gram (nil for "_'_" and the like).
    public static func script(of key: UInt64) -> WritingScript? {
        var k = key
        var first: WritingScript?
        while k != 0 {
            let v = UInt32(k & 0x1FFFFF)
            if v != boundary, v != apostrophe, let c = Unicode.Scalar(v), let s = WritingScript.of(letter: c) { first = s }
            k >>= 21
        }
        return first
    }

    /// The order (1…3) of a key.
    @inline(__always)
    public static func order(_ key: UInt64) -> Int { key >> 42 != 0 ? 3 : (key >> 21 != 0 ? 2 : 1) }
}
