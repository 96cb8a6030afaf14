import RecoupeCore
/// Finds French date expressions in a token stream (`DateExpression`), longest first at each word.
///
/// Works on token norms with diacritics folded ("fevrier" = "février"); tokens of one expression
/// must be adjacent (no line break between). Bare month names count only after a preposition
/// ("en février") or before a year, and bare years only after one ("en 2024"), so "Mars" the
/// planet and "2 000 soldats" stay out.
struct FrenchDateParser: DateWordScanner {
    static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8, "septembre": 9,
        "octobre": 10, "novembre": 11, "decembre": 12, "janv.": 1, "fevr.": 2, "fev.": 2, "avr.": 4, "juil.": 7, "sept.": 9,
        "oct.": 10, "nov.": 11, "dec.": 12,
    ]
    static let weekdays: [String: Int] = ["lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7]
    static let timesOfDay: Set<String> = ["matin", "soir", "apres-midi", "midi", "soiree", "matinee", "nuit"]
    static let monthPrepositions: Set<String> = ["en", "depuis", "des", "de", "d'", "jusqu'en", "avant", "apres", "courant", "mois", "fin", "debut", "mi", "mi-", "entre", "et"]
    /// Words after which a bare year is a date (`Lexicons/cues/fr/date-year-prepositions.txt`).
    static let yearPrepositions = DateCueLexicon.yearPrepositions
    /// Words after a number that make it a time of day ("jeudi 12 h"), not a day of the month.
    static let clockWords = DateCueLexicon.clockWords
    /// Ordinals before "semestre" / "trimestre" (the grammar of the expression, like months and weekdays).
    static let ordinals: [String: Int] = ["premier": 1, "1er": 1, "deuxieme": 2, "second": 2, "2e": 2, "troisieme": 3, "3e": 3, "quatrieme": 4, "4e": 4]
    /// Symbols that make the number before them a quantity, not a year.
    static let quantityUnits = DateCueLexicon.quantityUnits
    static let numberWords: [String: Int] = ["un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                                             "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "quelques": 3]

    let doc: Document
    /// Non-space token indices.
    let words: [Int]
    /// Folded norms of `words`.
    let norms: [String]

    init(_ doc: Document) {
        self.doc = doc
        (words, norms) = Self.words(of: doc)
    }

    private func day(_ s: String) -> Int? {
        if s == "1er" || s == "premier" { return 1 }
        guard s.count <= 2, let v = Int(s), (1...31).contains(v) else { return nil }
        return v
    }

    /// Words that can start an expression (besides numbers, "mi-…" and centuries), each with its number when it
    /// is a number word ("deux mois plus tard"), `articleStarter` for the articles and pronouns, and 0
    /// otherwise: one look-up tells all three.
    static let starters: [String: Int] = {
        var s: [String: Int] = [:]
        for w in Set(months.keys).union(weekdays.keys).union(dayOffsets.keys).union(ordinals.keys) { s[w] = 0 }
        for w in ["1er", "premier", "fin", "debut", "mi"] { s[w] = 0 }
        for w in ["ces", "la", "le", "l'", "cette", "ce", "cet", "il"] { s[w] = articleStarter }
        for (w, c) in numberWords where w != "quelques" { s[w] = c }
        return s
    }()
    /// The `starters` value of the articles and pronouns ("la", "le", "l'", "ce", "cet", "cette", "ces", "il").
    static let articleStarter = -1

    /// Every word that can follow an article starter in an expression: "la veille", "ces derniers jours",
    /// "l'an dernier" (the units), "ce matin" (times of day), "ce mois-ci", "ce jour-là", "le même jour",
    /// "il y a", "… siècle". The articles are among the most frequent words; with none of these after
    /// them no pattern can match, so `parse(at:)` stops there instead of trying them all.
    static let articleFollowers = ShapeScreenedSet(timesOfDay.union(unitWords).union([
        "veille", "derniers", "dernieres", "mois-ci", "jour-la", "meme", "y", "siecle",
    ]))
    /// The words `unit(_:)` names a unit for.
    static let unitWords = ["jour", "jours", "journee", "semaine", "semaines", "mois", "an", "ans", "annee", "annees"]
    static let dayOffsets: [String: Int] = ["hier": -1, "aujourd'hui": 0, "demain": 1, "avant-hier": -2, "apres-demain": 2]

    /// An exact pre-check that turns most words away without hashing them (this runs for every word).
    static let starterFilter = WordShapeFilter(starters.keys)
    /// `starters` for the words that pass `starterFilter`, looked up on their bytes without hashing them.
    static let starterTable = ShortWordTable(starters)

    /// What a word's bytes tell, read in one pass (this runs for every word; generic
    /// `utf8.first` / `utf8.last` / `starts(with:)` calls cost more than the rest of a rejected word's check):
    /// its `starters` value (nil when it starts no expression by itself), whether its bytes begin "mi-"
    /// ("mi-mars"), whether it ends in "e" (a century ordinal's, "XVe").
    static func byteShape(_ w: String) -> (starter: Int?, miBytes: Bool, endsInE: Bool) {
        var copy = w
        return copy.withUTF8 { b in
            (starterFilter.mayContain(utf8: b) ? starterTable.value(utf8: b) : nil,
             b.count >= 3 && b[0] == UInt8(ascii: "m") && b[1] == UInt8(ascii: "i") && b[2] == UInt8(ascii: "-"),
             b.last == UInt8(ascii: "e"))
        }
    }

    func parse(at k: Int) -> Found? {
        let w = norms[k]
        let shape = Self.byteShape(w)
        let starter = shape.starter
        guard starter != nil || (shape.miBytes && w.hasPrefix("mi-")) || doc.tokens[words[k]].kind == .number
                || shape.endsInE && n(k + 1) == "siecle" else { return nil }
        // A number word starts nothing else ("un", "une" are frequent: answered before the other patterns).
        if let c = starter, c > 0 { return textOffset(count: c, at: k) }
        if starter == Self.articleStarter {
            let next = n(k + 1)
            guard Self.articleFollowers.contains(next) else { return nil }
        }
        let prev = k > 0 && isAdjacent(k - 1, k) ? norms[k - 1] : ""

        // [weekday] day month [year] | du D1 au D2 month [year]
        var s = k
        if Self.weekdays[w] != nil, day(n(k + 1)) != nil, isAdjacent(k, k + 1) { s = k + 1 }
        if let d = day(n(s)), isAdjacent(s, s + 1) {
            if let m = Self.months[n(s + 1)] {
                if isAdjacent(s + 1, s + 2), let y = year(n(s + 2)) {
                    return Found(first: k, last: s + 2, expression: .dayMonth(day: d, month: m, year: y), rule: "day-month-year")
                }
                // "27 juillet au 12 août 2012": one span, from the first day to the second.
                if n(s + 2) == "au", isAdjacent(s + 1, s + 4), let d2 = day(n(s + 3)), let m2 = Self.months[n(s + 4)], m2 != m {
                    let y = isAdjacent(s + 4, s + 5) ? year(n(s + 5)) : nil
                    return Found(first: k, last: s + 4 + (y == nil ? 0 : 1),
                                 expression: .dayMonthRange(fromDay: d, fromMonth: m, toDay: d2, toMonth: m2, year: y), rule: "day-month-range")
                }
                let plain = DateExpression.dayMonth(day: d, month: m, year: nil)
                if let dir = direction(at: s + 2) { return Found(first: k, last: s + 2, expression: .directed(plain, direction: dir), rule: "day-month") }
                return Found(first: k, last: s + 1, expression: plain, rule: "day-month")
            }
            // "27 au 28 février"
            if n(s + 1) == "au", isAdjacent(s + 1, s + 2), let d2 = day(n(s + 2)), isAdjacent(s + 2, s + 3), let m = Self.months[n(s + 3)], d2 > d {
                let y = isAdjacent(s + 3, s + 4) ? year(n(s + 4)) : nil
                return Found(first: k, last: s + 3 + (y == nil ? 0 : 1), expression: .dayRange(from: d, to: d2, month: m, year: y), rule: "day-range")
            }
        }

        // fin/début/mi + month [year], fin/début + year, "mi-mars"
        var part: DateExpression.Part? = nil
        var mk = k
        if let p = DateExpression.Part(rawValue: w), isAdjacent(k, k + 1) {  // "fin", "debut", "mi"
            part = p
            mk = k + 1
        }
        // "au début de l'année", "fin de l'année": the document's year (the news gold's value).
        if part != nil, n(k + 1) == "de", Self.isElidedArticle(n(k + 2)), Self.unit(n(k + 3)) == .year, isAdjacent(k, k + 3),
           !isAdjacent(k + 3, k + 4) || year(n(k + 4)) == nil {
            return Found(first: k, last: k + 3, expression: .unitOffset(.year, 0), rule: "part-of-year")
        }
        var monthWord = n(mk)
        if part == nil, w.hasPrefix("mi-"), Self.months[String(w.dropFirst(3))] != nil {
            part = .middle
            monthWord = String(w.dropFirst(3))
        }
        if let m = Self.months[monthWord] {
            let y = isAdjacent(mk, mk + 1) ? year(n(mk + 1)) : nil
            if y != nil || part != nil || Self.monthPrepositions.contains(prev) {
                // "au mois de septembre": the gold takes "mois de" in.
                let first = part == nil && prev == "de" && k >= 2 && n(k - 2) == "mois" && isAdjacent(k - 2, k) ? k - 2 : k
                let plain = DateExpression.month(month: m, year: y, part: part)
                if y == nil, part == nil, let dir = direction(at: mk + 1) {
                    return Found(first: first, last: mk + 1, expression: .directed(plain, direction: dir), rule: "month")
                }
                return Found(first: first, last: mk + (y == nil ? 0 : 1), expression: plain, rule: part == nil ? "month" : "part-of-month")
            }
        }
        if let p = part, p != .middle, let y = year(n(k + 1)), isAdjacent(k, k + 1) {
            return Found(first: k, last: k + 1, expression: .year(y, part: p), rule: "part-of-year")
        }
        // "2012-2013": two close years joined by a hyphen (not "1000-2000 personnes").
        if let a = year(w), (1800...2100).contains(a), isAdjacent(k, k + 2), n(k + 1) == "-", let b = year(n(k + 2)), b > a, b - a <= 10 {
            return Found(first: k, last: k + 2, expression: .years(from: a, to: b), rule: "year-range")
        }
        // "premier semestre 2012", "3e trimestre 2024".
        if let i = Self.ordinals[w], isAdjacent(k, k + 2), let y = year(n(k + 2)) {
            let size = n(k + 1) == "semestre" ? 6 : n(k + 1) == "trimestre" ? 3 : 0
            if size > 0, i * size <= 12 {
                return Found(first: k, last: k + 2, expression: .months(year: y, from: (i - 1) * size + 1, to: i * size), rule: "part-of-year")
            }
        }
        // Not a quantity: "supérieure à 1000°", "pour 2000 %".
        if let y = year(w), doc.tokens[words[k]].kind == .number, Self.yearPrepositions.contains(prev),
           !Self.quantityUnits.contains(isAdjacent(k, k + 1) ? n(k + 1) : "") {
            // "l'année 2012": the gold takes "année" in.
            return Found(first: prev == "annee" ? k - 1 : k, last: k, expression: .year(y, part: nil), rule: "year")
        }

        // Weekdays: "jeudi", "mardi dernier", "jeudi après-midi".
        if let wd = Self.weekdays[w] {
            var last = k
            var direction = WeekdayDirection.nearestPast
            let next = isAdjacent(k, k + 1) ? n(k + 1) : ""
            if next == "dernier" { direction = .past; last = k + 1 } else if next == "prochain" { direction = .next; last = k + 1 }
            // "lundi 6", "samedi 11" (no month after it).
            if direction == .nearestPast, let d = day(next), !(isAdjacent(k + 1, k + 2) && (Self.months[n(k + 2)] != nil || Self.clockWords.contains(n(k + 2)))) {
                return Found(first: k, last: k + 1, expression: .weekdayDay(wd, day: d), rule: "weekday")
            }
            if isAdjacent(last, last + 1), Self.timesOfDay.contains(n(last + 1)) { last += 1 }
            // "s'étendra ce dimanche" in Sunday's paper is that day: "ce" with a future is the day on or after the paper's.
            if direction == .nearestPast, saysFuture(before: k) { direction = prev == "ce" ? .sameOrNext : .next }
            return Found(first: k, last: last, expression: .weekday(wd, direction: direction), rule: "weekday")
        }

        // hier, aujourd'hui, demain, avant-hier, après-demain.
        if let o = Self.dayOffsets[w] {
            var last = k
            // "hier mardi", "hier soir".
            if isAdjacent(k, k + 1), Self.timesOfDay.contains(n(k + 1)) || Self.weekdays[n(k + 1)] != nil { last = k + 1 }
            return Found(first: k, last: last, expression: .dayOffset(o), rule: "day-offset")
        }

        // "la veille": the day before the document's.
        // Not "à la veille des Jeux olympiques" (the eve of something named), but "a menacé la veille d'envahir".
        if w == "la", n(k + 1) == "veille", isAdjacent(k, k + 1), prev != "a" {
            return Found(first: k, last: k + 1, expression: .textOffset(.day, -1), rule: "text-offset")
        }

        // ces derniers jours / ces dernières semaines / ces derniers mois / ces dernières années
        if w == "ces", isAdjacent(k, k + 2), n(k + 1) == "derniers" || n(k + 1) == "dernieres", let u = Self.unit(n(k + 2)) {
            return Found(first: k, last: k + 2, expression: .recent(u), rule: "recent-range")
        }

        // la semaine dernière, le mois prochain, l'an dernier, l'année dernière, cette semaine, ce mois-ci, cette année
        if w == "la" || w == "le" || w == "l'", isAdjacent(k, k + 2), let u = Self.unit(n(k + 1)) {
            let d = n(k + 2)
            if d == "dernier" || d == "derniere" || d == "passe" || d == "passee" { return Found(first: k, last: k + 2, expression: .unitOffset(u, -1), rule: "unit-offset") }
            if d == "prochain" || d == "prochaine" { return Found(first: k, last: k + 2, expression: .unitOffset(u, 1), rule: "unit-offset") }
        }
        if w == "cette" || w == "ce" || w == "cet", isAdjacent(k, k + 1) {
            let x = n(k + 1)
            // "ce matin", "cet après-midi", "cette nuit": the document's day.
            if Self.timesOfDay.contains(x) { return Found(first: k, last: k + 1, expression: .dayOffset(0), rule: "day-offset") }
            if x == "mois-ci" { return Found(first: k, last: k + 1, expression: .unitOffset(.month, 0), rule: "unit-offset") }
            if let u = Self.unit(x), u != .day { return Found(first: k, last: k + 1, expression: .unitOffset(u, 0), rule: "unit-offset") }
        }

        // "XVe siècle", "XIXème siècle", "21e siècle": a century, years (n-1)01 to n00 (the gold's range).
        if n(k + 1) == "siecle", isAdjacent(k, k + 1), let c = CenturyOrdinal.number(w) {
            return Found(first: k, last: k + 1, expression: .years(from: (c - 1) * 100 + 1, to: c * 100), rule: "century")
        }
        if let c = Int(w), let f = textOffset(count: c, at: k) { return f }
        // "le même jour" (the article left out, as before a day), "ce jour-là": the day the text gave last.
        if w == "le", n(k + 1) == "meme", n(k + 2) == "jour", isAdjacent(k, k + 2) {
            return Found(first: k + 1, last: k + 2, expression: .textOffset(.day, 0), rule: "text-offset")
        }
        if w == "ce", n(k + 1) == "jour-la", isAdjacent(k, k + 1) {
            return Found(first: k, last: k + 1, expression: .textOffset(.day, 0), rule: "text-offset")
        }

        // il y a N jours/semaines/mois/ans
        if w == "il", n(k + 1) == "y", n(k + 2) == "a", isAdjacent(k, k + 4) {
            let c = Int(n(k + 3)) ?? Self.numberWords[n(k + 3)]
            if let c, let u = Self.unit(n(k + 4)) {
                let expr = DateExpression.offset(u, -c)
                return Found(first: k, last: k + 4, expression: expr, rule: "ago")
            }
        }
        return nil
    }

    /// "deux mois plus tard", "6 mois plus tôt": N units from the date the text gave last ("quelques" is vague and
    /// no starter).
    private func textOffset(count c: Int, at k: Int) -> Found? {
        guard isAdjacent(k, k + 3), n(k + 2) == "plus", n(k + 3) == "tard" || n(k + 3) == "tot", let u = Self.unit(n(k + 1)) else { return nil }
        return Found(first: k, last: k + 3, expression: .textOffset(u, n(k + 3) == "tard" ? c : -c), rule: "text-offset")
    }

    /// -1 when word `k` is "dernier", +1 when "prochain", right after the word before it ("le 23 juin
    /// dernier", "mai prochain"): part of the expression (the news gold's bounds), and it sets the year.
    private func direction(at k: Int) -> Int? {
        guard isAdjacent(k - 1, k) else { return nil }
        return Self.directions[n(k)]
    }
    static let directions: [String: Int] = ["dernier": -1, "derniere": -1, "prochain": 1, "prochaine": 1]

    /// Whether the words before `k` in its sentence say the future ("est attendu jeudi", "devrait rouvrir
    /// mercredi", "jusqu'à mercredi", "se tiendra lundi"): a bare weekday is then the next one (news dev split).
    private func saysFuture(before k: Int) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= 0, steps < 8 {
            let w = n(j)
            if Self.sentenceStops.contains(w) { return false }
            if Self.futureMarkers.contains(w) { return true }
            // Simple future, third person: "sera", "aura", "rouvrira", "auront".
            // (Not a name: "à Ankara jeudi".)
            if w.count >= 4, w.hasSuffix("ra") || w.hasSuffix("ront"), !Self.notFuture.contains(w),
               !doc.tokens[words[j]].shape.contains(.capitalized), !isSimplePast(j) { return true }
            j -= 1
            steps += 1
        }
        return false
    }

    /// A simple past ending in "-ra" ("déplora", "déclara", "considéra", "assura", "montra", "célébra"): a future is
    /// the infinitive and "-a" ("déplorera", "considérera"), so "-éra", "-ara", "-ora" are never one; nor are "-ura" but
    /// for "aura", "saura" and "-clura", "-tra" but for "-ttra" and "-aîtra", "-gra", "-bra", "-cra" but for "vaincra".
    /// ("-ira" stays a future: "dira", "finira".)
    private func isSimplePast(_ j: Int) -> Bool {
        let t = doc.tokens[words[j]]
        let w = doc.surface(start: t.start, end: t.end).lowercased()
        if w.hasSuffix("éra") { return true }
        let f = norms[j]
        if f.hasSuffix("ara") || f.hasSuffix("ora") || f.hasSuffix("gra") || f.hasSuffix("bra") { return true }
        if f.hasSuffix("ura") { return !(f.hasSuffix("aura") || f.hasSuffix("lura")) }
        if f.hasSuffix("tra") { return !(f.hasSuffix("ttra") || f.hasSuffix("itra")) }
        if f.hasSuffix("cra") { return !f.hasSuffix("ncra") }
        return false
    }

    static let futureMarkers = DateCueLexicon.futureMarkers
    /// Words ending like a future that are none.
    static let notFuture = DateCueLexicon.notFuture
    static let sentenceStops: Set<String> = [".", "!", "?", ";", "»", "«"]

    /// "l'" with either apostrophe ("de l'année").
    static func isElidedArticle(_ s: String) -> Bool { s == "l'" || s == "l\u{2019}" }

    static func unit(_ s: String) -> DateExpression.Unit? {
        switch s {
        case "jour", "jours", "journee": return .day
        case "semaine", "semaines": return .week
        case "mois": return .month
        case "an", "ans", "annee", "annees": return .year
        default: return nil
        }
    }
}
