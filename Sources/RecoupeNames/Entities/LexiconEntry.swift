import RecoupeCore
import RecoupeICU
import RecoupeText
/// One entity of a lexicon: an id, a type, a canonical name, its names per language and script,
/// aliases and acronyms, and roles with optional dates.
///
/// Read from the line-oriented TSV format described in `Lexicons/entities/README.md` by
/// `LexiconReader`; later files override earlier entries with the same id (`Lexicon`).
public struct LexiconEntry: Hashable, Sendable {
    /// How strictly the entry's names must match the text.
    public struct Sensitivity: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Letter case must match exactly (typography still folded).
        public static let caseSensitive = Sensitivity(rawValue: 1 << 0)
        /// Diacritics must match ("Etat" does not match "État").
        public static let accentSensitive = Sensitivity(rawValue: 1 << 1)
    }

    /// A name in one language (BCP 47: "fr", "en", "ru", "uk", "sr-Latn"; "" when unknown).
    public struct Name: Hashable, Sendable {
        public var language: String
        public var text: String
        public init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    /// A role or title the entity holds, with optional ISO dates ("2004-03-09", "2024", "").
    public struct Role: Hashable, Sendable {
        public var title: String
        public var from: String?
        public var to: String?
        public init(title: String, from: String? = nil, to: String? = nil) {
            self.title = title
            self.from = from
            self.to = to
        }
    }

    public var id: String
    public var label: EntityMention.Label
    public var canonical: String
    public var names: [Name]
    /// Other spellings, short forms and acronyms. All-capital aliases ("ONU", "TASS") match case-sensitively.
    public var aliases: [String]
    public var roles: [Role]
    public var sensitivity: Sensitivity

    public init(id: String, label: EntityMention.Label, canonical: String, names: [Name] = [], aliases: [String] = [],
                roles: [Role] = [], sensitivity: Sensitivity = []) {
        self.id = id
        self.label = label
        self.canonical = canonical
        self.names = names
        self.aliases = aliases
        self.roles = roles
        self.sensitivity = sensitivity
    }

    /// Every string the matcher should look for, with the sensitivity each needs.
    public var matchForms: [(text: String, sensitivity: Sensitivity)] {
        if names.isEmpty && aliases.isEmpty {
            return [(canonical, sensitivity.union(Self.isAcronym(canonical) ? .caseSensitive : []))]
        }
        var seen = Set<String>()
        var out: [(String, Sensitivity)] = []
        func add(_ s: String, _ extra: Sensitivity = []) {
            guard !s.isEmpty, seen.insert(s).inserted else { return }
            out.append((s, sensitivity.union(extra)))
        }
        add(canonical, Self.isAcronym(canonical) ? .caseSensitive : [])
        for n in names { add(n.text, Self.isAcronym(n.text) ? .caseSensitive : []) }
        for a in aliases { add(a, Self.isAcronym(a) ? .caseSensitive : []) }
        return out
    }

    /// "ONU", "TASS", "OTAN": two to six letters, all upper case.
    static func isAcronym(_ s: String) -> Bool {
        var count = 0
        for u in s.unicodeScalars {
            guard ScalarClass.isLetter(u), ScalarClass.isUppercase(u) else { return false }
            count += 1
            if count > 6 { return false }
        }
        return count >= 2
    }
}
