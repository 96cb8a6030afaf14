import RecoupeCore
import RecoupeICU
/// Fast character tests on UTF-16 code units for the tokenizer's French rules.
///
/// These are deliberate, small sets (French typography), not general Unicode properties: the
/// general cases are ICU's job.
enum CharacterClass {
    /// White space that separates tokens, including NBSP, NNBSP and the thin spaces French puts
    /// inside « » and before ; : ! ?. ICU 72 treats U+202F as ExtendNumLet and glues it into
    /// words, so the tokenizer splits on these itself.
    @inline(__always)
    static func isSpace(_ u: UInt16) -> Bool {
        if u > 0x20 && u < 0x85 { return false }  // printable ASCII: one test for most characters
        switch u {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Apostrophes that mark elision: ' ’ ʼ ` ´ (and the prime some keyboards produce).
    @inline(__always)
    static func isApostrophe(_ u: UInt16) -> Bool {
        u == 0x27 || u == 0x2019 || u == 0x2BC || u == 0x60 || u == 0xB4 || u == 0x2032 || u == 0x2018
    }

    /// Joining hyphens (not dashes): - ‐ ‑.
    @inline(__always)
    static func isHyphen(_ u: UInt16) -> Bool { u == 0x2D || u == 0x2010 || u == 0x2011 }

    @inline(__always)
    static func isASCIIDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }

    /// Letters as far as the French rules need to know (ASCII, Latin-1, Latin Extended, Greek,
    /// Cyrillic); other scripts keep ICU's classification.
    @inline(__always)
    static func isLetter(_ u: UInt16) -> Bool {
        switch u {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x370...0x3FF, 0x400...0x52F, 0x1E00...0x1EFF:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isUpper(_ u: UInt16) -> Bool {
        switch u {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x391...0x3A9, 0x400...0x42F:
            return true
        case 0x100...0x17F, 0x1E00...0x1EFF:
            return u & 1 == 0 && u != 0x138  // Latin Extended-A/Additional pair upper/lower by parity
        case 0x460...0x4FF:
            return u & 1 == 0
        default:
            return false
        }
    }

    @inline(__always)
    static func isLower(_ u: UInt16) -> Bool { isLetter(u) && !isUpper(u) }

    @inline(__always)
    static func isCyrillic(_ u: UInt16) -> Bool { u >= 0x400 && u <= 0x52F }

    @inline(__always)
    static func isLatinLetter(_ u: UInt16) -> Bool {
        (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) || (u >= 0xC0 && u <= 0x24F && u != 0xD7 && u != 0xF7) || (u >= 0x1E00 && u <= 0x1EFF)
    }

    @inline(__always)
    static func isGreek(_ u: UInt16) -> Bool { u >= 0x370 && u <= 0x3FF }

    /// Closing quotation marks and brackets that belong to the sentence they close.
    @inline(__always)
    static func isClosing(_ u: UInt16) -> Bool {
        u == 0xBB || u == 0x201D || u == 0x203A || u == 0x29 || u == 0x5D || u == 0x22 || u == 0x2019
    }
}
