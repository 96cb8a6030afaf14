import RecoupeCore
import RecoupeICU
import RecoupeText
/// The spellings of a name under every scheme (`recoupe variants`).
public enum NameVariants {
    /// One spelling and the schemes that give it.
    public struct Spelling: Sendable, Equatable {
        public let text: String
        public let schemes: [String]
    }

    /// A Cyrillic name and its spellings.
    public struct Original: Sendable {
        public let cyrillic: String
        public let spellings: [Spelling]
    }

    /// True when the name has Cyrillic letters.
    public static func isCyrillic(_ name: String) -> Bool {
        name.unicodeScalars.contains { (0x400...0x52F).contains($0.value) }
    }

    /// Spellings of a Cyrillic name under every scheme, deduplicated, in scheme order.
    public static func spellings(ofCyrillic name: String, language: String?) -> [Spelling] {
        var order = [String]()
        var schemes = [String: [String]]()
        let lang = language == "uk" || language == "ru" ? language : nil
        for s in TranslitScheme.all {
            guard let t = try? Transliteration.transliterate(name, scheme: s, language: lang) else { continue }
            if schemes[t] == nil { order.append(t) }
            schemes[t, default: []].append(s.name)
        }
        return order.map { Spelling(text: $0, schemes: schemes[$0]!) }
    }

    /// For Cyrillic input, the name itself with its spellings; for Latin input, its likely Cyrillic
    /// originals under the conventions of `language` (fr, en, de; others read as English), each with
    /// its spellings.
    public static func variants(of name: String, language: String?, limit: Int = 5) -> [Original] {
        if isCyrillic(name) {
            return [Original(cyrillic: name, spellings: spellings(ofCyrillic: name, language: language))]
        }
        return BackTransliterator.originals(of: name, language: language, limit: limit).map {
            Original(cyrillic: $0, spellings: spellings(ofCyrillic: $0, language: language == "uk" ? "uk" : "ru"))
        }
    }
}
