import RecoupeCore
import RecoupeICU
import RecoupeText
/// Folds one Unicode scalar of a name to lowercase ASCII bytes (or to the phonetic markers of
/// `PhoneticKey`), without ICU on the hot path: the table is built once from NFD data.
///
/// Markers are uppercase ASCII, which folded input never produces: `C` = ч ш щ ж (č š ŝ ž). Scientific/ISO letters fold straight to their marker so that "Hruŝëv"-style
/// spellings meet the press ones half-way.
enum LatinFolding {
    /// Result of folding one scalar.
    enum Fold {
        case bytes([UInt8])     // letters (possibly several: ß → ss, œ → oe)
        case drop               // soft/hard-sign marks, apostrophes, combining marks
        case separator          // spaces, hyphens, punctuation: ends a word
        case cyrillic           // a Cyrillic letter: needs the confusable or transliteration path
        case other              // any other letter (Greek, CJK …): kept through the skeleton path
    }

    /// Table for U+0000..U+024F (Latin, Latin-1, Latin Extended-A/B).
    static let table: [Fold] = {
        var t = [Fold](repeating: .separator, count: 0x250)
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] = .bytes([b]); t[Int(b) - 32] = .bytes([b]) }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] = .bytes([b]) }
        for c in ["'", "`", "\u{B4}"] { t[Int(c.unicodeScalars.first!.value)] = .drop }
        let special: [UInt32: String] = [
            0xDF: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xF8: "o", 0xD8: "o",
            0x111: "d", 0x110: "d", 0x142: "l", 0x141: "l", 0x131: "i", 0xF0: "d", 0xD0: "d", 0xFE: "th", 0xDE: "th",
            // ISO 9 / scientific letters straight to the phonetic markers.
            0x10D: "C", 0x10C: "C", 0x161: "C", 0x160: "C", 0x17E: "C", 0x17D: "C", 0x15D: "C", 0x15C: "C",
        ]
        for v in 0xC0..<0x250 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            if let r = special[UInt32(v)] { t[v] = .bytes(Array(r.utf8)); continue }
            guard s.properties.isAlphabetic else { continue }
            // Canonical decomposition: the first scalar is the base letter.
            if let base = canonicalBase(s), base.isASCII, base.properties.isAlphabetic {
                let b = UInt8(base.value) | 0x20
                t[v] = .bytes([b])
            } else {
                t[v] = .other
            }
        }
        return t
    }()

    /// Base letters of Latin Extended Additional (U+1E00..U+1EFF), built once.
    static let extendedAdditional: [UInt8?] = (0x1E00...0x1EFF).map { v in
        guard let s = Unicode.Scalar(UInt32(v)), let b = canonicalBase(s), b.isASCII, b.properties.isAlphabetic else { return nil }
        return UInt8(b.value) | 0x20
    }

    /// `table` packed without references (no ARC on the hot path): low byte = 0 separator,
    /// 1…3 = that many letter bytes in the upper three bytes, 4 drop, 5 Cyrillic, 6 other.
    static let packedTable: [UInt32] = table.map(pack)

    static func pack(_ f: Fold) -> UInt32 {
        switch f {
        case .separator: return 0
        case .bytes(let b):
            var v = UInt32(b.count)
            for (i, x) in b.prefix(3).enumerated() { v |= UInt32(x) << (8 * (i + 1)) }
            return v
        case .drop: return 4
        case .cyrillic: return 5
        case .other: return 6
        }
    }

    /// The packed fold of a scalar (see `packedTable`).
    @inline(__always)
    static func packed(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x250 { return packedTable.withUnsafeBufferPointer { $0[Int(v)] } }
        return pack(fold(s))
    }

    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Fold {
        let v = s.value
        if v < 0x250 { return table[Int(v)] }
        switch v {
        case 0x2B9, 0x2BA, 0x2BC, 0x2BB, 0x2BF, 0x2BE, 0x2019, 0x2018, 0x2032, 0x2033, 0x201D, 0x300...0x36F:
            return .drop   // ʹ ʺ ʼ ’ ′ ″ ” and combining marks
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F:
            return .cyrillic
        case 0x1E00...0x1EFF:
            // Latin Extended Additional (ẽ, ỳ …): base letter.
            if let base = extendedAdditional[Int(v - 0x1E00)] { return .bytes([base]) }
            return .other
        default:
            return s.properties.isAlphabetic ? .other : .separator
        }
    }
}

/// The first scalar of the canonical decomposition (é → e), or nil when none. Used only to build
/// tables (ICU NFD once per scalar), never per key.
func canonicalBase(_ s: Unicode.Scalar) -> Unicode.Scalar? {
    guard let d = try? Normalizer.normalize(String(Character(s)), .nfd), let first = d.unicodeScalars.first,
          first != s else { return nil }
    return first
}
