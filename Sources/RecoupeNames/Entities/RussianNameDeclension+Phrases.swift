import RecoupeCore
import RecoupeICU
import RecoupeText
extension RussianNameDeclension {
    /// The forms a Cyrillic lexicon name is matched under: its case forms, and for a person's
    /// full name the surname's alone ("Сергей Лавров" → "Сергеем Лавровым", "Лаврова", "Лавровым").
    /// Latin names come back unchanged.
    public static func matchForms(of name: String, label: EntityMention.Label) -> [String] {
        guard isCyrillic(name) else { return [name] }
        switch label {
        case .person:
            var out = forms(of: name)
            let words = name.split(separator: " ").map(String.init)
            if words.count >= 2 {
                let g = gender(of: words, parts: parts(of: words))
                for c in Case.allCases {
                    let s = decline(words[words.count - 1], part: .surname, gender: g, to: c)
                    if !out.contains(s) { out.append(s) }
                }
            }
            return out
        case .location, .organization, .misc:
            return phraseForms(of: name)
        case .date:
            return [name]
        }
    }

    /// Case forms of a place or organisation name: leading adjectives agree with the head noun,
    /// words after the head (genitive complements: "Совет Безопасности ООН", "МИД России") stay.
    /// Acronyms and nouns ending in -о, -е, -и, -у do not decline (США, ООН, Осло); the
    /// accusative of a masculine inanimate head is its nominative.
    ///
    /// "Белый дом" → "Белого дома", "Белому дому", "Белым домом", "Белом доме";
    /// "Россия" → "России", "Россию", "Россией".
    public static func phraseForms(of name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard let head = words.firstIndex(where: { !isAdjective($0) }) else { return [name] }
        var out: [String] = []
        // The head's oblique forms once, not once per case: each costs case mappings of the word.
        let headForms = nounForms(words[head], multiword: words.count > 1)
        for c in Case.allCases {
            var phrase = words
            phrase[head] = c == .nominative ? words[head] : headForms[c.rawValue - 1]
            for k in 0..<head { phrase[k] = declineAdjective(words[k], to: c) }
            let s = phrase.joined(separator: " ")
            if !out.contains(s) { out.append(s) }
        }
        return out
    }

    static func isAdjective(_ word: String) -> Bool {
        let w = word.lowercased()
        return w.count > 3 && ["ый", "ий", "ой", "ая", "яя", "ое", "ее"].contains(where: { w.hasSuffix($0) }) && isCyrillic(word)
    }

    static func declineAdjective(_ word: String, to c: Case) -> String {
        guard c != .nominative else { return word }
        let w = word.lowercased()
        let i = c.rawValue - 1
        for (ending, forms) in adjectiveEndings where w.hasSuffix(ending) {
            return restoreCase(String(word.dropLast(ending.count)) + forms[i], like: word)
        }
        return word
    }

    /// Adjective endings and their genitive, dative, accusative, instrumental and prepositional forms.
    static let adjectiveEndings: [(String, [String])] = [
        ("кий", ["кого", "кому", "кий", "ким", "ком"]), ("гий", ["гого", "гому", "гий", "гим", "гом"]),
        ("ний", ["него", "нему", "ний", "ним", "нем"]),
        ("ый", ["ого", "ому", "ый", "ым", "ом"]), ("ой", ["ого", "ому", "ой", "ым", "ом"]), ("ий", ["ого", "ому", "ий", "им", "ом"]),
        ("ая", ["ой", "ой", "ую", "ой", "ой"]), ("яя", ["ей", "ей", "юю", "ей", "ей"]),
        ("ое", ["ого", "ому", "ое", "ым", "ом"]), ("ее", ["его", "ему", "ее", "им", "ем"]),
    ]

    /// The genitive, dative, accusative, instrumental and prepositional forms of a noun (indexed
    /// by `Case.rawValue - 1`).
    static func nounForms(_ word: String, multiword: Bool) -> [String] {
        let same = [String](repeating: word, count: 5)
        guard isCyrillic(word) else { return same }
        // Acronyms (США, ООН, МИД, ТАСС) do not decline.
        if word.count > 1, word == word.uppercased() { return same }
        let w = word.lowercased()
        guard let last = w.last else { return same }
        func stem(_ drop: Int, _ endings: [String]) -> [String] {
            let s = String(word.dropLast(drop))
            return endings.map { s + $0 }
        }
        if w.hasSuffix("ия") { return stem(2, ["ии", "ии", "ию", "ией", "ии"]) }
        if last == "а" {
            let before = w.dropLast().last
            let gen = before.map { velarsAndHushing.contains($0) } == true ? "и" : "ы"
            return stem(1, [gen, "е", "у", "ой", "е"])
        }
        if last == "я" { return stem(1, ["и", "е", "ю", "ей", "е"]) }
        if last == "ь" { return w.hasSuffix("ость") ? same : stem(1, ["я", "ю", "ь", "ем", "е"]) }
        if last == "й" { return stem(1, ["я", "ю", "й", "ем", "е"]) }
        // Neuter nouns heading an organisation ("Министерство …") decline; a foreign place in -о does not.
        if (last == "о" || last == "е") && multiword { return stem(1, ["а", "у", String(last), "ом", "е"]) }
        if consonants.contains(last) {
            let ins = hushing.contains(last) ? "ем" : "ом"
            return stem(0, ["а", "у", "", ins, "е"])
        }
        return same
    }
}
