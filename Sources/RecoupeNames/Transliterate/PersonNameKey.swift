import RecoupeCore
import RecoupeICU
import RecoupeText
/// The key of a person (or place) name: given names as equivalence-group ids, patronymics
/// dropped, surname key and its gender-neutral stem. Built by `NameKey.personKey(for:language:)`.
public struct PersonNameKey: Hashable, Sendable {
    public enum Gender: String, Sendable { case masculine, feminine, unknown }

    /// Given names: `=ID` for a group of the given-names table, `.x` for an initial, else the word key.
    public let given: [String]
    /// The phonetic key of each given name (initials: the letter), parallel to `given`.
    public let givenKeys: [String]
    /// The surname key (gendered: navalni / navalnaia); for a one-word name, that word's key
    /// (or `@ID` for a place listed in `Lexicons/names/places.tsv`).
    public let surname: String
    /// The surname without its Russian/Ukrainian gender ending: the blocking key (navaln).
    public let surnameStem: String
    public let gender: Gender

    /// One string for the whole name: given ids then surname ("=aleksandr darCev").
    public var key: String { (given + [surname]).filter { !$0.isEmpty }.joined(separator: " ") }

    init(given: [String], givenKeys: [String]? = nil, surname: String, surnameStem: String, gender: Gender) {
        self.given = given; self.givenKeys = givenKeys ?? given
        self.surname = surname; self.surnameStem = surnameStem; self.gender = gender
    }

    /// True when the name is only an initial-bearing given part ("V. Poutine" → true).
    public var hasOnlyInitials: Bool { !given.isEmpty && given.allSatisfy { $0.hasPrefix(".") } }

    init(name: String, language: String?) { self.init(name: name, language: language, memo: nil) }

    /// What `init(name:language:)` derives from one whitespace token under a language and convention: its
    /// key, and the look-ups and tests made on that key or on the token's text (`PersonKeyMemo` keeps one per
    /// distinct token; a class: a memo hit retains one object).
    final class Token {
        /// `NameKey.key(for:language:convention:separator: "-")`; empty when the token has no letters.
        let key: String
        /// Given-name group of the key (`NameTable.givenNames`).
        let group: String?
        let isTitle: Bool, isPatronymic: Bool
        /// `PersonNameKey.isInitial` of the token's text, and the first letter of its key (its initial).
        let isInitial: Bool
        let initial: String
        /// The token's text ends with a comma ("Poutine, Vladimir").
        let endsWithComma: Bool
        /// `NameTable.places` may list a phrase starting with this key (its first word, "-" ending a word).
        let mayStartPlace: Bool
        /// `PersonNameKey.stem(of:)` of the key.
        let stem: String, gender: Gender

        init(_ t: String, language: String?, convention: PhoneticKey.Convention?) {
            let k = NameKey.key(for: t, language: language, convention: convention, separator: UInt8(ascii: "-"))
            key = k
            group = NameTable.givenNames.group(forKey: k)
            isTitle = PersonNameKey.titleKeys.contains(k)
            isPatronymic = PersonNameKey.isPatronymic(k)
            isInitial = PersonNameKey.isInitial(t)
            initial = String(k.prefix(1))
            endsWithComma = t.hasSuffix(",")
            mayStartPlace = NameTable.places.mayStartKey(String(k.prefix { $0 != "-" }))
            (stem, gender) = PersonNameKey.stem(of: k)
        }
    }

    /// `init(name:language:)`, its per-word work memoised in `memo` when given (`NameClusterer`).
    init(name: String, language: String?, memo: PersonKeyMemo?) {
        // A parenthesized or bracketed aside is not part of the name ("Vladimir Poutine (président)").
        // (Bytes, not `String.contains`: with Foundation imported that is a locale-aware search, 5% of `names cluster`.)
        let name = name.anyUTF8Byte({ $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }) ? PersonNameKey.withoutAsides(name) : name
        // One convention for the whole name (a guessed one for an unknown language).
        // Tokens: whitespace-separated; "Surname, Given" reordered.
        let raw = NameSplit.fastWords(of: name, separators: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
            ?? name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).map(String.init)
        let conv = memo.map { $0.convention(of: raw, language: language) } ?? NameKey.guessConvention(of: name, language: language)
        var tokens: [Token] = raw.compactMap { t in
            let k = memo.map { $0.token(t, language: language, convention: conv) } ?? Token(t, language: language, convention: conv)
            return k.key.isEmpty ? nil : k
        }
        // Whole-name aliases (places and exonyms: Kyiv = Kiev = Kijew); looked up only when the table has a
        // key starting with the name's first word (the first word of the joined key below).
        if let first = tokens.first, first.mayStartPlace {
            let whole = tokens.count == 1 && !first.key.utf8.contains(UInt8(ascii: "-"))
                ? first.key
                : String(decoding: tokens.map(\.key).joined(separator: " ").utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
            if let alias = NameTable.places.group(forKey: whole) {
                self.init(given: [], surname: "@" + alias, surnameStem: "@" + alias, gender: .unknown); return
            }
        }
        if tokens.count == raw.count, let comma = tokens.firstIndex(where: { $0.endsWithComma }), comma < raw.count - 1 {
            tokens = Array(tokens[(comma + 1)...]) + Array(tokens[...comma])
        }
        // Titles and honorifics before the name (patriarche Kirill, President Putin, M. Poutine).
        while tokens.count > 1, tokens[0].isTitle {
            tokens.removeFirst()
        }
        guard !tokens.isEmpty else { self.init(given: [], surname: "", surnameStem: "", gender: .unknown); return }
        if tokens.count == 1 {
            let t = tokens[0]
            if let g = t.group {
                self.init(given: ["=" + g], givenKeys: [t.key], surname: "", surnameStem: "", gender: .unknown); return
            }
            self.init(given: [], surname: t.key, surnameStem: t.stem, gender: t.gender); return
        }
        // "Poutine Vladimir": surname first when only the last word is a known given name.
        if tokens.count == 2, tokens[0].group == nil, tokens[1].group != nil, !tokens[1].isInitial {
            tokens.swapAt(0, 1)
        }
        let last = tokens[tokens.count - 1]
        var given = [String](), givenKeys = [String]()
        given.reserveCapacity(tokens.count - 1); givenKeys.reserveCapacity(tokens.count - 1)
        for idx in 0..<(tokens.count - 1) {
            let t = tokens[idx]
            if idx > 0, t.isPatronymic { continue }
            if t.isInitial {
                given.append("." + t.initial); givenKeys.append(t.initial); continue
            }
            given.append(t.group.map { "=" + $0 } ?? t.key)
            givenKeys.append(t.key)
        }
        self.init(given: given, givenKeys: givenKeys, surname: last.key, surnameStem: last.stem, gender: last.gender)
    }

    /// Words that may precede a name without being part of it (fr, en, de, and honorifics of other
    /// languages): the `title` lines of `Lexicons/names/name-parts.tsv` (data, not code: a title added
    /// there is dropped by `personKey` and `NameParts` alike).
    static var titles: Set<String> { NamePartsTable.shared.titles }

    /// Keys of `titles` under every convention (a title is recognized by its key: no string work per name).
    static let titleKeys: Set<String> = {
        var keys = Set<String>()
        for t in titles { for lang in ["fr", "en", "de", nil] as [String?] { keys.insert(NameKey.key(for: t, language: lang)) } }
        return keys
    }()

    /// The text without its (…) and […] parts.
    static func withoutAsides(_ s: String) -> String {
        var depth = 0
        var out = ""
        for c in s {
            if c == "(" || c == "[" { depth += 1; out.append(" "); continue }
            if c == ")" || c == "]" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return out
    }

    static func isInitial(_ raw: String) -> Bool {
        var letters = 0
        for s in raw.unicodeScalars where s.properties.isAlphabetic {
            letters += 1
            if letters > 2 { return false }
        }
        return letters == 1 || (raw.hasSuffix(".") && letters == 2)
    }

    /// Patronymic keys: -ovitch/-ovich/-owitsch (viC), -ovna/-evna, -itchna/-ichna.
    static func isPatronymic(_ k: String) -> Bool {
        (k.count > 5 && (k.hasSuffix("viC") || k.hasSuffix("vna") || k.hasSuffix("iCna"))) || (k.count >= 4 && k.hasSuffix("iC"))
    }

    /// Gender-neutral stem and gender of a surname key.
    static func stem(of k: String) -> (String, Gender) {
        func drop(_ n: Int) -> String { String(k.dropLast(n)) }
        guard k.count >= 4 else { return (k, .unknown) }
        if k.hasSuffix("aia") { return (drop(3), .feminine) }              // Navalnaïa, Tolstaïa, Politkovskaïa
        if k.hasSuffix("ska") { return (drop(1), .feminine) } // Zelenska (uk)
        if k.hasSuffix("ova") || k.hasSuffix("eva") || k.hasSuffix("ina") { return (drop(1), .feminine) }
        if k.hasSuffix("oi") { return (drop(2), .masculine) }               // Tolstoï
        if k.hasSuffix("ski") || k.hasSuffix("ni") { return (drop(1), .masculine) } // Navalny, Zelensky
        if k.hasSuffix("ov") || k.hasSuffix("ev") || k.hasSuffix("in") { return (k, .masculine) }
        return (k, .unknown)
    }
}
