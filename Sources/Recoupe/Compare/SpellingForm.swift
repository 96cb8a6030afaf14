/// What makes two spellings of one name really different for a reader. Case ("GENÈVE" in a
/// dateline) and typography (’ or ', no-break spaces, hyphen variants) are not; a word mixing
/// scripts ("Lаvrov" with a Cyrillic а) looks identical to its neighbour and is flagged as such
/// rather than shown as a spelling difference.
enum SpellingForm {
    /// Typography folded, then lower-cased: the form spellings are compared on.
    static func comparable(_ s: String) -> String {
        SourceComparer.typographyFolded(s).lowercased()
    }

    enum Script: Hashable { case latin, cyrillic, greek }

    static func script(_ c: Unicode.Scalar) -> Script? {
        switch c.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return c.value == 0xD7 || c.value == 0xF7 ? nil : .latin
        case 0x400...0x52F: return .cyrillic
        case 0x370...0x3FF: return .greek
        default: return nil
        }
    }

    /// True when one word of `s` holds letters of two scripts (a homoglyph slipped in).
    static func isMixedScript(_ s: String) -> Bool {
        s.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{00A0}" }).contains { word in
            Set(word.unicodeScalars.compactMap(script)).count > 1
        }
    }

    /// The letters of `s` in a script other than its word's majority, described for a reader:
    /// "Cyrillic а (U+0430)".
    static func foreignLetters(_ s: String) -> [String] {
        var out: [String] = []
        for word in s.split(separator: " ") {
            let scripts = word.unicodeScalars.compactMap(script)
            guard Set(scripts).count > 1 else { continue }
            var counts: [Script: Int] = [:]
            for x in scripts { counts[x, default: 0] += 1 }
            let main = counts.max { $0.value < $1.value }!.key
            for c in word.unicodeScalars {
                guard let sc = script(c), sc != main else { continue }
                let hex = String(c.value, radix: 16, uppercase: true)
                out.append("\(sc == .cyrillic ? "Cyrillic" : sc == .greek ? "Greek" : "Latin") \(c) (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))")
            }
        }
        return out
    }
}
