import RecoupeCore
import RecoupeICU
/// French typography folded for matching: what differs between two spellings of the same text
/// in print but not in meaning.
///
/// - apostrophes ’ ʼ ` ´ ‘ ′ → '
/// - NBSP, NNBSP, thin and other spaces → U+0020
/// - soft hyphen and zero-width characters (ZWSP, ZWNJ, ZWJ, WJ, BOM) → removed
/// - ligatures œ Œ æ Æ → oe, ae (the text keeps them; only `norm` folds them)
/// - hyphens ‐ ‑ − → -, figure and en dashes ‒ – → –, em dash and bar — ― → —
/// - double quotes “ ” „ ‟ ″ → ", single guillemets ‹ › → « »
public enum TypographyFolding {
    /// The folded replacement of one scalar: nil to keep it, "" to drop it.
    @inline(__always)
    public static func fold(_ v: UInt32) -> String? {
        switch v {
        case 0x2019, 0x2BC, 0x60, 0xB4, 0x2018, 0x2032, 0x201B: return "'"
        case 0xA0, 0x202F, 0x2000...0x200A, 0x205F, 0x3000, 0x1680: return " "
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return ""
        case 0x153: return "oe"
        case 0x152: return "oe"
        case 0xE6, 0xC6: return "ae"
        case 0x2010, 0x2011, 0x2212: return "-"
        case 0x2012, 0x2013: return "–"
        case 0x2014, 0x2015: return "—"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return "\""
        case 0x2039: return "«"
        case 0x203A: return "»"
        default: return nil
        }
    }

    @inline(__always)
    public static func needsFolding(_ v: UInt32) -> Bool {
        switch v {
        case 0x2019, 0x2BC, 0x60, 0xB4, 0x2018, 0x2032, 0x201B, 0xA0, 0x202F, 0x2000...0x200D, 0x205F, 0x3000,
             0x1680, 0xAD, 0x2060, 0xFEFF, 0x153, 0x152, 0xE6, 0xC6, 0x2010...0x2015, 0x2212, 0x201C...0x201F,
             0x2033, 0x2039, 0x203A:
            return true
        default:
            return false
        }
    }

    /// Applies the typography folds to a string (no case folding, no normalization).
    public static func apply(_ string: String) -> String {
        var out = String.UnicodeScalarView()
        for s in string.unicodeScalars {
            if let r = fold(s.value) { out.append(contentsOf: r.unicodeScalars) } else { out.append(s) }
        }
        return String(out)
    }
}
