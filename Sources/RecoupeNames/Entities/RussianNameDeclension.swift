import RecoupeCore
import RecoupeICU
import RecoupeText
/// Russian personal names in their six cases: generates the case forms of a nominative name and
/// finds the nominative of an inflected one.
///
/// News Russian declines names: "министром Сергеем Лавровым", "по словам Захаровой", "встреча
/// Владимира Путина". Recoupe matches names by their nominative (the lexicons list "Сергей Лавров",
/// the name keys compare nominatives), so this small rule table maps between the two:
///
/// ```swift
/// RussianNameDeclension.forms(of: "Сергей Лавров")            // ["Сергей Лавров", "Сергея Лаврова", "Сергею Лаврову", "Сергеем Лавровым", "Сергее Лаврове"]
/// RussianNameDeclension.nominatives(of: "Захаровой")          // ["Захарова"]
/// RussianNameDeclension.nominatives(of: "Сергеем Лавровым")   // ["Сергей Лавров"]
/// RussianNameDeclension.nominatives(of: "Лаврова")            // ["Лаврова", "Лавров"]: the caller picks a known one
/// ```
///
/// The rules (after the standard grammars' surname and given-name paradigms):
/// - surnames in -ов/-ев/-ёв/-ин/-ын: masculine -а -у -ым -е, feminine -ова → -ой -у;
/// - adjectival surnames -ский/-цкий/-ый/-ой (feminine -ская/-ая): -ого -ому -им/-ым -ом, -ой -ую;
/// - other surnames and given names ending in a consonant decline when masculine (Трамп →
///   Трампа, Трампом) and not when feminine (Тэмми Брюс, Соната Култер);
/// - names in -а/-я decline like nouns (Мария → Марии, Соната → Сонаты, Небензя → Небензи);
///   -ий given names (Дмитрий → Дмитрия, Дмитрии), -й and -ь (Сергей → Сергея, Игорь → Игоря);
/// - patronymics -ович/-евич, -овна/-евна/-ична; names ending in -о, -у, -и, -е, -э, -ю and
///   surnames in -их/-ых/-енко/-ко (Рубио, Шойгу, Черных, Шевченко) do not decline.
/// A name's gender comes from its surname ending or its first name (-а/-я: feminine, save
/// masculine names such as Никита, Илья). Ukrainian declension is not covered.
///
/// Cost: a few suffix comparisons per word; no tables to load.
public enum RussianNameDeclension {
    public enum Case: Int, CaseIterable, Sendable {
        case nominative, genitive, dative, accusative, instrumental, prepositional
    }

    public enum Gender: Sendable { case masculine, feminine }

    /// The role of a word in a name, which decides its paradigm.
    public enum Part: Sendable { case given, patronymic, surname }

    /// One paradigm: a nominative ending and the endings that replace it, genitive to prepositional.
    struct Paradigm {
        var ending: String
        var forms: [String]  // genitive, dative, accusative, instrumental, prepositional
        var gender: Gender?
        var parts: Set<Part>
    }

    static let consonants = Set("бвгджзклмнпрстфхцчшщ")
    static let hushing = Set("жшчщц")
    /// After these, the genitive of -а is -и, not -ы.
    static let velarsAndHushing = Set("гкхжшчщ")
    static let masculineInA: Set<String> = ["никита", "илья", "кузьма", "фома", "лука", "савва", "данила", "гаврила", "михайла", "фёдора"]
    static let indeclinableSurnameEndings = ["их", "ых", "ко", "аго", "яго"]

    /// Ordered longest ending first; `nil` gender fits both.
    static let paradigms: [Paradigm] = [
        Paradigm(ending: "ович", forms: ["овича", "овичу", "овича", "овичем", "овиче"], gender: .masculine, parts: [.patronymic]),
        Paradigm(ending: "евич", forms: ["евича", "евичу", "евича", "евичем", "евиче"], gender: .masculine, parts: [.patronymic]),
        Paradigm(ending: "ична", forms: ["ичны", "ичне", "ичну", "ичной", "ичне"], gender: .feminine, parts: [.patronymic]),
        Paradigm(ending: "овна", forms: ["овны", "овне", "овну", "овной", "овне"], gender: .feminine, parts: [.patronymic]),
        Paradigm(ending: "евна", forms: ["евны", "евне", "евну", "евной", "евне"], gender: .feminine, parts: [.patronymic]),
        Paradigm(ending: "ская", forms: ["ской", "ской", "скую", "ской", "ской"], gender: .feminine, parts: [.surname]),
        Paradigm(ending: "цкая", forms: ["цкой", "цкой", "цкую", "цкой", "цкой"], gender: .feminine, parts: [.surname]),
        Paradigm(ending: "ский", forms: ["ского", "скому", "ского", "ским", "ском"], gender: .masculine, parts: [.surname]),
        Paradigm(ending: "цкий", forms: ["цкого", "цкому", "цкого", "цким", "цком"], gender: .masculine, parts: [.surname]),
        Paradigm(ending: "ова", forms: ["овой", "овой", "ову", "овой", "овой"], gender: .feminine, parts: [.surname]),
        Paradigm(ending: "ева", forms: ["евой", "евой", "еву", "евой", "евой"], gender: .feminine, parts: [.surname]),
        Paradigm(ending: "ёва", forms: ["ёвой", "ёвой", "ёву", "ёвой", "ёвой"], gender: .feminine, parts: [.surname]),
        Paradigm(ending: "ина", forms: ["иной", "иной", "ину", "иной", "иной"], gender: .feminine, parts: [.surname]),
        Paradigm(ending: "ына", forms: ["ыной", "ыной", "ыну", "ыной", "ыной"], gender: .feminine, parts: [.surname]),
        Paradigm(ending: "ая", forms: ["ой", "ой", "ую", "ой", "ой"], gender: .feminine, parts: [.surname]),
        Paradigm(ending: "ов", forms: ["ова", "ову", "ова", "овым", "ове"], gender: .masculine, parts: [.surname]),
        Paradigm(ending: "ев", forms: ["ева", "еву", "ева", "евым", "еве"], gender: .masculine, parts: [.surname]),
        Paradigm(ending: "ёв", forms: ["ёва", "ёву", "ёва", "ёвым", "ёве"], gender: .masculine, parts: [.surname]),
        Paradigm(ending: "ин", forms: ["ина", "ину", "ина", "иным", "ине"], gender: .masculine, parts: [.surname]),
        Paradigm(ending: "ын", forms: ["ына", "ыну", "ына", "ыным", "ыне"], gender: .masculine, parts: [.surname]),
        Paradigm(ending: "ый", forms: ["ого", "ому", "ого", "ым", "ом"], gender: .masculine, parts: [.surname]),
        Paradigm(ending: "ой", forms: ["ого", "ому", "ого", "ым", "ом"], gender: .masculine, parts: [.surname]),
        Paradigm(ending: "ия", forms: ["ии", "ии", "ию", "ией", "ии"], gender: nil, parts: [.given, .surname]),
        Paradigm(ending: "ий", forms: ["ия", "ию", "ия", "ием", "ии"], gender: .masculine, parts: [.given]),
        Paradigm(ending: "ей", forms: ["ея", "ею", "ея", "еем", "ее"], gender: .masculine, parts: [.given]),
        Paradigm(ending: "ай", forms: ["ая", "аю", "ая", "аем", "ае"], gender: .masculine, parts: [.given]),
        Paradigm(ending: "й", forms: ["я", "ю", "я", "ем", "е"], gender: .masculine, parts: [.given, .surname]),
        Paradigm(ending: "ь", forms: ["я", "ю", "я", "ем", "е"], gender: .masculine, parts: [.given, .surname]),
        Paradigm(ending: "я", forms: ["и", "е", "ю", "ей", "е"], gender: nil, parts: [.given, .surname]),
    ]

    // MARK: Generation

    /// The case forms of a nominative name, nominative first, without repeats (accusative often
    /// equals genitive). Each word is declined by its part (given names, then an optional
    /// patronymic, then the surname; a single word is a surname) and the name's gender.
    public static func forms(of name: String, gender: Gender? = nil) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        let parts = self.parts(of: words)
        let g = gender ?? self.gender(of: words, parts: parts)
        var out: [String] = []
        for c in Case.allCases {
            let phrase = zip(words, parts).map { decline($0, part: $1, gender: g, to: c) }.joined(separator: " ")
            if !out.contains(phrase) { out.append(phrase) }
        }
        return out
    }

    /// One word in one case.
    public static func decline(_ word: String, part: Part, gender: Gender, to c: Case) -> String {
        guard c != .nominative, isCyrillic(word) else { return word }
        let lower = word.lowercased()
        if isIndeclinable(lower, part: part, gender: gender) { return word }
        let i = c.rawValue - 1
        for p in paradigms where lower.hasSuffix(p.ending) && p.parts.contains(part) && (p.gender == nil || p.gender == gender) {
            guard lower.count > p.ending.count + 1 else { continue }
            if p.ending == "ой", ["овой", "евой", "иной"].contains(where: { lower.hasSuffix($0) }) { continue }
            return restoreCase(String(word.dropLast(p.ending.count)) + p.forms[i], like: word)
        }
        if lower.hasSuffix("а") {
            let stem = word.dropLast()
            let before = stem.last.map { Character($0.lowercased()) }
            let gen = before.map { velarsAndHushing.contains($0) } == true ? "и" : "ы"
            let ins = before.map { hushing.contains($0) } == true ? "ей" : "ой"
            return String(stem) + [gen, "е", "у", ins, "е"][i]
        }
        // A masculine name ending in a consonant: Трамп, Александр, Шольц (instrumental -ем after hushing).
        if gender == .masculine, let last = lower.last, consonants.contains(last) {
            let ins = hushing.contains(last) ? "ем" : "ом"
            return word + ["а", "у", "а", ins, "е"][i]
        }
        return word
    }

    // MARK: Analysis

    /// Nominative candidates for an inflected name (one or more words in the same case), the
    /// most plausible first; the name itself is among them when it can be a nominative.
    ///
    /// Each reading (a case and a gender for the whole name) is scored word by word: a specific
    /// paradigm (-овым → -ов, -овой → -ова, -ием → -ий) scores 2, the generic declensions (-а
    /// nouns, masculine consonants) 1, -й/-ь/-я guesses 0.5; reading a word as a nominative scores
    /// 2 when it ends like one (-ов, -ова, -ский, a foreign vowel) and only 0.5 when it ends like a
    /// case form (-овым, -ы). Only the best-scoring readings are returned, nominative first on ties.
    public static func nominatives(of name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.allSatisfy(isCyrillic) else { return words.isEmpty ? [] : [name] }
        let parts = self.parts(of: words)
        var readings: [(phrase: String, score: Double)] = []
        for c in Case.allCases {
            for g in [Gender.masculine, .feminine] {
                // Every combination of the words' readings in this case and gender.
                var phrases: [([String], Double)] = [([], 0)]
                for (w, p) in zip(words, parts) {
                    let options = nominatives(of: w, part: p, gender: g, case: c)
                    phrases = phrases.flatMap { prefix in options.map { (prefix.0 + [$0.0], prefix.1 + $0.1) } }
                    if phrases.isEmpty { break }
                }
                for (phrase, score) in phrases {
                    let candidate = phrase.joined(separator: " ")
                    if let k = readings.firstIndex(where: { $0.phrase == candidate }) {
                        readings[k].score = max(readings[k].score, score)
                    } else {
                        readings.append((candidate, score))
                    }
                }
            }
        }
        guard let best = readings.map(\.score).max() else { return [name] }
        return readings.filter { $0.score == best }.map(\.phrase)
    }

    /// The nominatives of `word` read as `part` of a name of `gender` in case `c`, each with how
    /// plausible that reading is.
    static func nominatives(of word: String, part: Part, gender: Gender, case c: Case) -> [(String, Double)] {
        let lower = word.lowercased()
        if c == .nominative {
            guard canBeNominative(lower, part: part, gender: gender) else { return [] }
            return [(word, nominativeScore(lower, part: part) + knownGivenNameBonus(word, part: part))]
        }
        let i = c.rawValue - 1
        // Candidates: specific paradigms score 2, generic declensions 1, -й/-ь guesses 0.5.
        var candidates: [(String, Double)] = []
        for p in paradigms where p.ending.count >= 2 && p.parts.contains(part) && (p.gender == nil || p.gender == gender)
            && lower.hasSuffix(p.forms[i]) {
            candidates.append((String(word.dropLast(p.forms[i].count)) + p.ending, 2))
        }
        if gender == .masculine {
            for ending in ["а", "у", "ом", "ем", "е"] where lower.hasSuffix(ending) {
                candidates.append((String(word.dropLast(ending.count)), 1))
            }
        }
        for ending in ["ы", "и", "е", "у", "ой", "ей"] where lower.hasSuffix(ending) {
            candidates.append((String(word.dropLast(ending.count)) + "а", 1))
        }
        for p in paradigms where p.ending.count == 1 && p.parts.contains(part) && (p.gender == nil || p.gender == gender)
            && lower.hasSuffix(p.forms[i]) {
            candidates.append((String(word.dropLast(p.forms[i].count)) + p.ending, p.ending == "я" ? 1 : 0.5))
        }
        var out: [(String, Double)] = []
        for (n, score) in candidates where n.count >= 3 {
            let nl = n.lowercased()
            // "й" follows a vowel; a foreign name ending in a vowel (Тэмми) is not a case form.
            if nl.hasSuffix("й"), let before = nl.dropLast().last, consonants.contains(before) { continue }
            if looksForeign(lower) { continue }
            // -овый/-овая are not surnames: Лавровым is Лавров, Захаровой is Захарова.
            if ["овый", "евый", "ёвый", "иный", "овая", "евая", "ёвая", "иная"].contains(where: { nl.hasSuffix($0) }) { continue }
            guard canBeNominative(nl, part: part, gender: gender),
                  decline(restoreCase(n, like: word), part: part, gender: gender, to: c).lowercased() == lower,
                  !out.contains(where: { $0.0 == n }) else { continue }
            out.append((restoreCase(n, like: word), score + knownGivenNameBonus(n, part: part)))
        }
        if isIndeclinable(lower, part: part, gender: gender) { out.append((word, nominativeScore(lower, part: part))) }
        return out
    }

    /// A foreign name ending in a vowel: "э" inside, "дж", or a doubled consonant before the
    /// final и (Тэмми, Билли; Кириллу is a case form): read as indeclinable, not as a case form.
    static func looksForeign(_ lower: String) -> Bool {
        let chars = Array(lower)
        guard let last = chars.last, "иуюеоы".contains(last), chars.count >= 3 else { return false }
        if chars.dropFirst().contains("э") || lower.contains("дж") { return true }
        return last == "и" && chars[chars.count - 2] == chars[chars.count - 3] && consonants.contains(chars[chars.count - 2])
    }

    /// Oblique endings of the specific paradigms (-овым, -овой, -ского …) and of -а nouns.
    static let obliqueEndings: [String] = {
        var endings = Set<String>()
        for p in paradigms where p.ending.count >= 2 { for f in p.forms where !f.isEmpty { endings.insert(f) } }
        for p in paradigms where p.ending.count >= 2 { endings.remove(p.ending) }
        return endings.sorted { $0.count > $1.count }
    }()

    /// A given name the given-names table lists ("Владимир", not "Владимира") is the likelier reading.
    static func knownGivenNameBonus(_ name: String, part: Part) -> Double {
        part == .given && GivenNames.shared.group(of: name, language: "ru") != nil ? 1.5 : 0
    }

    static func nominativeScore(_ lower: String, part: Part) -> Double {
        if paradigms.contains(where: { $0.ending.count >= 2 && $0.parts.contains(part) && lower.hasSuffix($0.ending) }),
           !lower.hasSuffix("овой"), !lower.hasSuffix("евой"), !lower.hasSuffix("иной") {
            return 2
        }
        if obliqueEndings.contains(where: { lower.hasSuffix($0) }) { return 0.5 }
        if let last = lower.last, "ыиеуюэо".contains(last) {
            // A vowel that is also an -а noun's case ending is weak evidence of a nominative.
            return "ыиеую".contains(last) && !looksForeign(lower) ? 0.5 : 2
        }
        return 1
    }

    /// Whether `lower` looks like the nominative of a `part` of a name of `gender`.
    static func canBeNominative(_ lower: String, part: Part, gender: Gender) -> Bool {
        guard let last = lower.last else { return false }
        if isIndeclinable(lower, part: part, gender: gender) { return true }
        switch gender {
        case .masculine:
            if part == .patronymic { return lower.hasSuffix("вич") || lower.hasSuffix("ич") }
            if last == "а" || last == "я" { return part == .given ? masculineInA.contains(lower) : !lower.hasSuffix("ова") && !lower.hasSuffix("ева") && !lower.hasSuffix("ина") && !lower.hasSuffix("ая") }
            return consonants.contains(last) || last == "й" || last == "ь"
        case .feminine:
            if part == .patronymic { return lower.hasSuffix("на") }
            return last == "а" || last == "я"
        }
    }

    static func isIndeclinable(_ lower: String, part: Part, gender: Gender) -> Bool {
        guard let last = lower.last else { return true }
        if "оуюиеэы".contains(last) { return true }
        if part == .surname, indeclinableSurnameEndings.contains(where: { lower.hasSuffix($0) }) { return true }
        // Feminine names ending in a consonant (Тэмми Брюс, Соната Култер, Эстер) do not decline.
        if gender == .feminine, consonants.contains(last) || last == "ь" || last == "й" { return true }
        return false
    }

    // MARK: Name structure

    /// Given names first, then a patronymic if the second-to-last word looks like one, the surname
    /// last; a single word is a surname.
    static func parts(of words: [String]) -> [Part] {
        guard words.count > 1 else { return [.surname] }
        var parts = Array(repeating: Part.given, count: words.count)
        parts[words.count - 1] = .surname
        if words.count >= 3 {
            let w = words[words.count - 2].lowercased()
            if ["вич", "вна", "чна", "вича", "вны", "вной", "вичем", "вичу", "вне", "вну", "виче", "чны", "чной"].contains(where: { w.hasSuffix($0) }) {
                parts[words.count - 2] = .patronymic
            }
        }
        return parts
    }

    /// The gender of a nominative name: from the surname's ending, else the first name's.
    static func gender(of words: [String], parts: [Part]) -> Gender {
        let surname = words.last!.lowercased()
        if ["ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая"].contains(where: { surname.hasSuffix($0) }) { return .feminine }
        if ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ый", "ой"].contains(where: { surname.hasSuffix($0) }) { return .masculine }
        if let given = zip(words, parts).first(where: { $0.1 == .given })?.0.lowercased(), let last = given.last {
            if (last == "а" || last == "я") && !masculineInA.contains(given) { return .feminine }
            if "иэ".contains(last) { return .feminine }  // Тэмми, Натали: foreign feminine names
        }
        return .masculine
    }

    static func isCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
    }

    /// Keeps an all-capitals word in capitals ("ЛАВРОВА" → "ЛАВРОВ").
    static func restoreCase(_ s: String, like model: String) -> String {
        model.count > 1 && model == model.uppercased() ? s.uppercased() : s
    }
}
