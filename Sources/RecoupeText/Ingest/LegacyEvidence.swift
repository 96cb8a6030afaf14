import RecoupeCore
/// Whether text decoded with a legacy single-byte charset reads as that charset's languages.
///
/// Invalid UTF-8 used to mean windows-1252 whenever it had fewer valid multi-byte sequences than
/// invalid ones, so a cut UTF-8 name ("Sergue\u{C3}") became "SergueÃ" and `C0 AF` became "À¯",
/// with no warning (issue 18, item 11). A legacy charset is now chosen only on positive evidence:
/// every non-ASCII character it gives is a letter of the languages written in it (French and the
/// other western European letters, Central European letters, Cyrillic) or the typography they
/// use (’ « » – — … œ €, no-break space), and at least one is a letter. Otherwise the bytes are
/// UTF-8 with U+FFFD and the usual warning.
enum LegacyEvidence {
    static func plausible(_ text: String, charset: String) -> Bool {
        var letters = 0
        for s in text.unicodeScalars where !s.isASCII {
            if typography.contains(s) { continue }
            guard s.properties.isAlphabetic, letterSet(charset).contains(s) else { return false }
            letters += 1
        }
        return letters > 0
    }

    static let typography: Set<Unicode.Scalar> = [
        "\u{A0}", "\u{202F}", "’", "‘", "“", "”", "«", "»", "‹", "›", "–", "—", "…", "•", "·", "°", "€", "§", "×", "²", "³", "„", "¿", "¡", "©", "®", "™", "£",
    ]

    /// Letters of French (Recoupe's language), with German's and Spanish's: "Ã" or "¯" from a cut
    /// UTF-8 sequence is no evidence.
    static let western: Set<Unicode.Scalar> = Set("àâäáçéèêëíìîïñóòôöúùûüÿœæßÀÂÄÁÇÉÈÊËÍÌÎÏÑÓÒÔÖÚÙÛÜŸŒÆ".unicodeScalars)

    static func letterSet(_ charset: String) -> LetterSet {
        switch charset {
        case "windows-1251", "KOI8-R", "ISO-8859-5": return .cyrillic
        case "windows-1250", "ISO-8859-2": return .centralEuropean
        default: return .western
        }
    }

    enum LetterSet {
        case western, centralEuropean, cyrillic

        func contains(_ s: Unicode.Scalar) -> Bool {
            switch self {
            case .western: return LegacyEvidence.western.contains(s)
            case .centralEuropean: return LegacyEvidence.western.contains(s) || (0x100...0x17F).contains(s.value)
            case .cyrillic: return (0x400...0x4FF).contains(s.value)
            }
        }
    }
}
