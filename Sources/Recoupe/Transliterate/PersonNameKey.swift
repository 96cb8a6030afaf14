/// The key of a person (or place) name: given names as equivalence-group ids, patronymics
/// dropped, surname key and its gender-neutral stem. Built by `NameKey.personKey(for:language:)`.
public struct PersonNameKey: Hashable, Sendable {
    public enum Gender: String, Sendable { case masculine, feminine, unknown }

    /// Given names: `=ID` for a group of the given-names table, `.x` for an initial, else the word key.
    public let given: [String]
    /// The surname key (gendered: navalni / navalnaia); for a one-word name, that word's key
    /// (or `@ID` for a place listed in `Lexicons/names/places.tsv`).
    public let surname: String
    /// The surname without its Russian/Ukrainian gender ending: the blocking key (navaln).
    public let surnameStem: String
    public let gender: Gender

    /// One string for the whole name: given ids then surname ("=aleksandr darCev").
    public var key: String { (given + [surname]).filter { !$0.isEmpty }.joined(separator: " ") }

    init(given: [String], surname: String, surnameStem: String, gender: Gender) {
        self.given = given; self.surname = surname; self.surnameStem = surnameStem; self.gender = gender
    }

    init(name: String, language: String?) {
        let names = GivenNames.shared
        // Whole-name aliases (places and exonyms: Kyiv = Kiev = Kijew).
        let whole = NameKey.key(for: name, language: language)
        if let alias = PlaceNames.shared.group(forKey: whole) {
            self.init(given: [], surname: "@" + alias, surnameStem: "@" + alias, gender: .unknown); return
        }
        // Tokens: whitespace-separated; "Surname, Given" reordered.
        var raw = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).map(String.init)
        if let comma = raw.firstIndex(where: { $0.hasSuffix(",") }), comma < raw.count - 1 {
            raw[comma].removeLast()
            raw = Array(raw[(comma + 1)...]) + Array(raw[...comma])
        }
        var tokens: [(raw: String, key: String)] = raw.compactMap { t in
            let k = NameKey.wordKeys(for: t, language: language).joined(separator: "-")
            return k.isEmpty ? nil : (t, k)
        }
        guard !tokens.isEmpty else { self.init(given: [], surname: "", surnameStem: "", gender: .unknown); return }
        if tokens.count == 1 {
            let k = tokens[0].key
            if let g = names.group(forKey: k) {
                self.init(given: ["=" + g], surname: "", surnameStem: "", gender: .unknown); return
            }
            let (stem, gender) = PersonNameKey.stem(of: k)
            self.init(given: [], surname: k, surnameStem: stem, gender: gender); return
        }
        // "Poutine Vladimir": surname first when only the last word is a known given name.
        if tokens.count == 2, names.group(forKey: tokens[0].key) == nil, names.group(forKey: tokens[1].key) != nil,
           !PersonNameKey.isInitial(tokens[1].raw) {
            tokens.swapAt(0, 1)
        }
        let surname = tokens[tokens.count - 1].key
        var given = [String]()
        for (idx, t) in tokens.dropLast().enumerated() {
            if idx > 0, PersonNameKey.isPatronymic(t.key) { continue }
            if PersonNameKey.isInitial(t.raw) { given.append("." + String(t.key.prefix(1))); continue }
            given.append(names.group(forKey: t.key).map { "=" + $0 } ?? t.key)
        }
        let (stem, gender) = PersonNameKey.stem(of: surname)
        self.init(given: given, surname: surname, surnameStem: stem, gender: gender)
    }

    static func isInitial(_ raw: String) -> Bool {
        let letters = raw.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count == 1 || (raw.hasSuffix(".") && letters.count <= 2)
    }

    /// Patronymic keys: -ovitch/-ovich/-owitsch (viC), -ovna/-evna, -itchna/-ichna.
    static func isPatronymic(_ k: String) -> Bool {
        k.count > 5 && (k.hasSuffix("viC") || k.hasSuffix("vna") || k.hasSuffix("iCna") || k.hasSuffix("iC"))
    }

    /// Gender-neutral stem and gender of a surname key.
    static func stem(of k: String) -> (String, Gender) {
        func drop(_ n: Int) -> String { String(k.dropLast(n)) }
        guard k.count >= 4 else { return (k, .unknown) }
        if k.hasSuffix("aia") { return (drop(3), .feminine) }              // Navalnaïa, Tolstaïa, Politkovskaïa
        if k.hasSuffix("ska") || k.hasSuffix("Qka") { return (drop(1), .feminine) } // Zelenska (uk)
        if k.hasSuffix("ova") || k.hasSuffix("eva") || k.hasSuffix("ina") { return (drop(1), .feminine) }
        if k.hasSuffix("oi") { return (drop(2), .masculine) }               // Tolstoï
        if k.hasSuffix("ski") || k.hasSuffix("Qki") || k.hasSuffix("ni") { return (drop(1), .masculine) } // Navalny, Zelensky
        if k.hasSuffix("ov") || k.hasSuffix("ev") || k.hasSuffix("in") { return (k, .masculine) }
        return (k, .unknown)
    }
}
