import RecoupeCore
import RecoupeICU
/// The writing system of a letter, as far as language identification needs it.
///
/// Latin and Cyrillic (the scripts Recoupe reads) are recognised from code-point ranges, which is
/// what the hot loop needs; every other letter asks ICU (`Script.of`), which is rare in this corpus.
public enum WritingScript: String, Sendable, CaseIterable, Codable {
    case latin = "Latn", cyrillic = "Cyrl", greek = "Grek", arabic = "Arab", hebrew = "Hebr",
         han = "Hani", kana = "Kana", hangul = "Hang", thai = "Thai", armenian = "Armn",
         georgian = "Geor", devanagari = "Deva", other = "Zyyy"

    /// Position in `allCases`, which indexes score vectors: a switch, not a dictionary look-up
    /// (this runs once per letter of every text).
    @inline(__always)
    public var index: Int {
        switch self {
        case .latin: return 0
        case .cyrillic: return 1
        case .greek: return 2
        case .arabic: return 3
        case .hebrew: return 4
        case .han: return 5
        case .kana: return 6
        case .hangul: return 7
        case .thai: return 8
        case .armenian: return 9
        case .georgian: return 10
        case .devanagari: return 11
        case .other: return 12
        }
    }

    /// The script of a letter, or nil for anything that is not a letter (digits, punctuation,
    /// white space, combining marks).
    @inline(__always)
    public static func of(letter c: Unicode.Scalar) -> WritingScript? {
        let v = c.value
        switch v {
        case 0x41...0x5A, 0x61...0x7A: return .latin
        case 0x00...0xBF: return nil
        case 0xC0...0x24F where v != 0xD7 && v != 0xF7: return .latin
        case 0x400...0x481, 0x48A...0x52F: return .cyrillic
        case 0x1E00...0x1EFF: return .latin
        case 0x2000...0x206F: return nil  // general punctuation (dashes, ellipsis, spaces): no letters
        default: break
        }
        guard c.properties.isAlphabetic, !c.properties.generalCategory.isMark else { return nil }
        switch Script.shortName(Script.of(c)) {
        case "Latn": return .latin
        case "Cyrl": return .cyrillic
        case "Grek": return .greek
        case "Arab": return .arabic
        case "Hebr": return .hebrew
        case "Hani": return .han
        case "Hira", "Kana": return .kana
        case "Hang": return .hangul
        case "Thai": return .thai
        case "Armn": return .armenian
        case "Geor": return .georgian
        case "Deva": return .devanagari
        default: return .other
        }
    }

    /// The language a script alone implies, for scripts Recoupe has no n-gram profiles for
    /// (BCP 47; nil when a script is shared by the profiled languages or too widely used).
    public var impliedLanguage: String? {
        switch self {
        case .greek: return "el"
        case .arabic: return "ar"
        case .hebrew: return "he"
        case .han: return "zh"
        case .kana: return "ja"
        case .hangul: return "ko"
        case .thai: return "th"
        case .armenian: return "hy"
        case .georgian: return "ka"
        case .devanagari: return "hi"
        case .latin, .cyrillic, .other: return nil
        }
    }
}

extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
