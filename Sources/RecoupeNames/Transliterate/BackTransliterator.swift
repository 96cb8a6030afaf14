import RecoupeCore
import RecoupeICU
import RecoupeText
/// Latin → Cyrillic guesses for a name spelled under a language's conventions: French "tch" = ч
/// but "ch" = ш, English "ch" = ч and "sh" = ш, German "tsch" = ч, "sch" = ш/ж, "w" = в, "j" = й
/// or the iotation of я ю ё е.
///
/// Each word is segmented (longest letter groups first) into options ordered by likelihood; a beam
/// keeps the likeliest candidates; a candidate is kept when the language's press scheme writes it
/// back as the input (diacritics and case aside), or, failing any, when it keys like the input.
public enum BackTransliterator {
    /// Letter groups of each convention: Latin → Cyrillic options, likeliest first. "^" marks the
    /// start of a word, "$" the end.
    static let french: [(String, [String])] = [
        ("chtch", ["щ"]), ("tch", ["ч"]), ("ch", ["ш"]), ("kh", ["х"]), ("ts", ["ц"]), ("j", ["ж"]),
        ("^iou", ["ю"]), ("iou", ["ю", "ью"]), ("ïou", ["ю"]), ("ou", ["у"]), ("^ia", ["я"]), ("ia", ["я", "ия", "ья"]), ("ïa", ["я"]),
        ("^io", ["ё"]), ("io", ["ё", "ьо"]), ("^ie", ["е"]), ("ie", ["е", "ие", "ье"]), ("ïe", ["е"]),
        ("gue", ["ге"]), ("gui", ["ги"]), ("ss", ["с"]), ("x", ["кс"]), ("ine$", ["ин"]), ("yne$", ["ын"]), ("dre$", ["др"]),
        ("aï", ["ай"]), ("oï", ["ой"]), ("eï", ["ей"]), ("ouï", ["уй"]), ("ï", ["й", "и"]), ("i$", ["ий", "и"]), ("y$", ["ый", "ы"]),
        ("i", ["и"]), ("y", ["ы"]), ("e", ["е", "э"]), ("é", ["е"]), ("è", ["е"]), ("ë", ["ё"]),
        ("s", ["с", "з"]), ("z", ["з"]), ("l", ["л", "ль"]), ("n", ["н"]),
    ]
    static let english: [(String, [String])] = [
        ("shch", ["щ"]), ("sh", ["ш"]), ("ch", ["ч"]), ("zh", ["ж"]), ("kh", ["х"]), ("ts", ["ц"]), ("tch", ["ч"]),
        ("yu", ["ю", "ью"]), ("ya", ["я", "ья"]), ("yo", ["ё", "ьо"]), ("^ye", ["е"]), ("ye", ["е", "ье"]), ("yi", ["ьи"]),
        ("iy$", ["ий"]), ("yy$", ["ый"]), ("y$", ["ий", "ый", "ы", "й"]), ("ai", ["ай"]), ("ei", ["ей"]), ("oi", ["ой"]),
        ("ia", ["ия", "я"]), ("iu", ["ию", "ю"]), ("ie", ["ие", "е"]),
        ("y", ["ы", "й"]), ("i", ["и", "й"]), ("e", ["е", "э"]), ("x", ["кс"]), ("j", ["дж"]),
        ("s", ["с"]), ("z", ["з"]), ("l", ["л", "ль"]), ("n", ["н"]), ("u", ["у"]),
    ]
    static let german: [(String, [String])] = [
        ("schtsch", ["щ"]), ("tsch", ["ч"]), ("sch", ["ш", "ж"]), ("ch", ["х"]), ("z", ["ц"]), ("ss", ["с"]),
        ("^je", ["е"]), ("je", ["е", "ье"]), ("ja", ["я", "ья"]), ("ju", ["ю", "ью"]), ("^jo", ["ё"]), ("jo", ["ё", "ьо"]),
        ("ij$", ["ий"]), ("yj$", ["ый"]), ("i$", ["ий", "и"]), ("y$", ["ый", "ы"]), ("oi$", ["ой"]), ("j", ["й"]),
        ("schtschow$", ["щёв"]), ("tschow$", ["чёв", "чов"]), ("schow$", ["шов", "жов", "шёв"]),
        ("ow$", ["ов"]), ("ew$", ["ев", "ёв"]), ("w", ["в"]), ("v", ["в"]), ("s", ["з", "с"]),
        ("y", ["ы"]), ("i", ["и"]), ("e", ["е", "э"]), ("x", ["кс"]), ("l", ["л", "ль"]), ("n", ["н"]), ("u", ["у"]),
    ]
    /// Ukrainian names in Latin (KMU 2010 and English press usage: Volodymyr, Kyiv, Zelenskyi).
    static let ukrainian: [(String, [String])] = [
        ("shch", ["щ"]), ("sh", ["ш"]), ("ch", ["ч"]), ("zh", ["ж"]), ("kh", ["х"]), ("ts", ["ц"]), ("zgh", ["зг"]),
        ("^yu", ["ю"]), ("iu", ["ю", "ію"]), ("^ya", ["я"]), ("ia", ["я", "ія"]), ("^ye", ["є"]), ("ie", ["є", "іє"]),
        ("^yi", ["ї"]), ("yi$", ["ий"]), ("yy$", ["ий"]), ("y$", ["ий", "и"]), ("iy$", ["ій"]), ("ii$", ["ій", "ії"]), ("yi", ["иї", "ї", "ий"]),
        ("sk", ["ськ", "ск"]), ("ts", ["ць", "ц"]),
        ("^y", ["й"]), ("y", ["и"]), ("i", ["і", "й", "ї"]), ("h", ["г"]), ("g", ["ґ"]), ("e", ["е"]),
        ("s", ["с"]), ("z", ["з"]), ("l", ["л", "ль"]), ("n", ["н", "нь"]), ("u", ["у"]), ("a", ["а"]), ("o", ["о"]),
    ]

    /// Shared single letters.
    static let common: [(String, [String])] = [
        ("a", ["а"]), ("b", ["б"]), ("v", ["в"]), ("g", ["г"]), ("d", ["д"]), ("k", ["к"]), ("m", ["м"]), ("o", ["о"]),
        ("p", ["п"]), ("r", ["р"]), ("t", ["т"]), ("f", ["ф"]), ("h", ["х", "г"]), ("c", ["к"]), ("q", ["к"]), ("w", ["в"]),
        ("u", ["у"]), ("z", ["з"]), ("s", ["с"]), ("i", ["и"]), ("e", ["е"]), ("y", ["ы"]), ("j", ["й"]), ("l", ["л"]), ("n", ["н"]),
    ]

    static func table(for language: String?) -> [(String, [String])] {
        switch language?.lowercased() {
        case "fr": return french + common
        case "de": return german + common
        case "uk": return ukrainian + common.filter { !["y", "i", "e", "h", "g", "j"].contains($0.0) }
        default: return english + common
        }
    }

    static func pressScheme(for language: String?) -> String {
        switch language?.lowercased() {
        case "fr": return "fr-press"
        case "de": return "de-press"
        case "uk": return "uk-kmu-2010"
        default: return "en-press"
        }
    }

    /// Likely Cyrillic originals of a Latin spelling, likeliest first (at most `limit`).
    public static func originals(of latin: String, language: String?, limit: Int = 5) -> [String] {
        let words = latin.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return [] }
        var perWord = [[(String, Int)]]()
        for w in words {
            // Hyphenated words: each part on its own, joined back.
            let parts = w.split(separator: "-").map(String.init)
            var combos: [(String, Int)] = [("", 0)]
            for (pi, p) in parts.enumerated() {
                let cands = wordOriginals(p, language: language, limit: 4)
                if cands.isEmpty { return [] }
                combos = combos.flatMap { c in cands.map { (c.0 + (pi > 0 ? "-" : "") + $0.0, c.1 + $0.1) } }
                combos.sort { $0.1 < $1.1 }
                combos = Array(combos.prefix(limit))
            }
            perWord.append(combos)
        }
        var combos: [(String, Int)] = [("", 0)]
        for (i, cands) in perWord.enumerated() {
            combos = combos.flatMap { c in cands.map { (c.0 + (i > 0 ? " " : "") + $0.0, c.1 + $0.1) } }
            combos.sort { $0.1 < $1.1 }
            combos = Array(combos.prefix(limit))
        }
        return combos.map(\.0)
    }

    /// Candidates for one word with their cost (lower = likelier).
    static func wordOriginals(_ word: String, language: String?, limit: Int) -> [(String, Int)] {
        let capitalized = word.first?.isUppercase ?? false
        let lower = Array(word.lowercased())
        let table = table(for: language)
        // Beam search over segmentations.
        var beam: [(pos: Int, text: String, cost: Int)] = [(0, "", 0)]
        var done = [(String, Int)]()
        var steps = 0
        while !beam.isEmpty && steps < 64 {
            steps += 1
            var next = [(pos: Int, text: String, cost: Int)]()
            for state in beam {
                if state.pos == lower.count { done.append((state.text, state.cost)); continue }
                var matched = false
                for (pattern, options) in table {
                    var p = Substring(pattern)
                    let atStart = p.hasPrefix("^"), atEnd = p.hasSuffix("$")
                    if atStart { p = p.dropFirst() }
                    if atEnd { p = p.dropLast() }
                    let pc = Array(p)
                    guard !pc.isEmpty, state.pos + pc.count <= lower.count, Array(lower[state.pos..<state.pos + pc.count]) == pc else { continue }
                    if atStart && state.pos != 0 { continue }
                    if atEnd && state.pos + pc.count != lower.count { continue }
                    matched = true
                    for (rank, o) in options.enumerated() {
                        next.append((state.pos + pc.count, state.text + o, state.cost + rank * 2 + (pc.count == 1 ? 1 : 0)))
                    }
                }
                if !matched {
                    // Unknown letter: keep it as is.
                    next.append((state.pos + 1, state.text + String(lower[state.pos]), state.cost + 5))
                }
            }
            next.sort { $0.cost < $1.cost }
            beam = Array(next.prefix(400))
        }
        done.sort { $0.1 < $1.1 }
        // Verify: the press scheme should give the input back.
        let scheme = pressScheme(for: language)
        let target = fold(word)
        let key = NameKey.key(for: word, language: language == "uk" ? "en" : language)
        var exact = [(String, Int)](), keyed = [(String, Int)]()
        var seen = Set<String>()
        for (cand, cost) in done {
            let c = cand
            guard isPlausible(c), seen.insert(c).inserted else { continue }
            let cyr = capitalized ? c.prefix(1).uppercased() + c.dropFirst() : c
            let sourceLanguage = language == "uk" ? "uk" : "ru"
            guard let back = try? Transliteration.transliterate(cyr, scheme: scheme, language: sourceLanguage) else { continue }
            var isExact = fold(back) == target
            if !isExact, language == "uk", let press = try? Transliteration.transliterate(cyr, scheme: "en-press", language: "uk") {
                isExact = fold(press) == target      // Zelensky (press) as well as Zelenskyi (KMU)
            }
            if isExact { exact.append((cyr, cost)) }
            else if keyed.count < limit, NameKey.key(for: back, language: language == "uk" ? "en" : language) == key { keyed.append((cyr, cost + 10)) }
            if exact.count >= limit { break }
        }
        return Array((exact.isEmpty ? keyed : exact).prefix(limit))
    }

    /// Rejects letter sequences Russian spelling does not have (ь at the start or after a vowel,
    /// ы after a vowel or г к х ж ш ч щ, й after a consonant, a word-initial ы or й before a consonant).
    static func isPlausible(_ word: String) -> Bool {
        let v: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є"]
        if word.hasSuffix("иї") { return false }
        let c = Array(word)
        for (i, ch) in c.enumerated() {
            let prev: Character? = i > 0 ? c[i - 1] : nil
            switch ch {
            case "ь", "ъ":
                if prev == nil || v.contains(prev!) || prev == "ь" || prev == "ъ" || prev == "й" { return false }
                if i + 1 < c.count, "аоуыэ".contains(c[i + 1]) { return false }
            case "ы":
                if prev == nil || v.contains(prev!) || "гкхжшчщ".contains(prev!) { return false }
            case "й":
                if let p = prev, !v.contains(p) { return false }
                if prev == nil, i + 1 < c.count, !v.contains(c[i + 1]) { return false }
            case "э":
                if let p = prev, !v.contains(p) { return false }   // э after a consonant: foreign words only
            default: break
            }
        }
        return true
    }

    /// Lowercase, without diacritics (ï = i), for comparing spellings.
    static func fold(_ s: String) -> String {
        var out = ""
        for sc in s.lowercased().unicodeScalars {
            if case .bytes(let b) = LatinFolding.fold(sc), b.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { out += String(decoding: b, as: UTF8.self) }
            else if sc.properties.isAlphabetic { out.unicodeScalars.append(sc) }
        }
        return out
    }
}
