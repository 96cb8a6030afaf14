import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText

/// Transliterates Cyrillic text under a named scheme (`TranslitScheme`). Compiled rules are kept in
/// `TransliteratorCache`, lent to one caller at a time, so this is safe to call from several threads at once.
public enum Transliteration {
    public enum Failure: Error, CustomStringConvertible {
        case unknownScheme(String)
        case missingRules(String)
        public var description: String {
            switch self {
            case .unknownScheme(let n): return "unknown scheme '\(n)' (see recoupe translit --list)"
            case .missingRules(let f): return "rule file Lexicons/translit/\(f).txt not found (set RECOUPE_LEXICONS)"
            }
        }
    }

    /// `text` under `scheme`; `language` ("ru", "uk" or nil = detect) picks the rule file.
    public static func transliterate(_ text: String, scheme: String, language: String? = nil) throws -> String {
        guard let s = TranslitScheme.named(scheme) else { throw Failure.unknownScheme(scheme) }
        return try transliterate(text, scheme: s, language: language)
    }

    public static func transliterate(_ text: String, scheme: TranslitScheme, language: String? = nil) throws -> String {
        let file = scheme.rules(for: text, language: language)
        return try TransliteratorCache.withCache { cache in
            let t = try cache.transliterator("rules:" + file) {
                try Transliterator(id: "Recoupe-" + file, rules: try ruleSource(file))
            }
            return try t.transform(text)
        }
    }

    /// The rule source of a file of `Lexicons/translit/`, read once per process.
    static func ruleSource(_ file: String) throws -> String {
        try sources.value(for: file) { () throws(Failure) -> String in
            guard let path = LexiconLocator.path("translit/\(file).txt"),
                  let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw Failure.missingRules(file) }
            return text
        }
    }

    private static let sources = SharedCache<String, String>()
}
