import RecoupeCore
/// English and Russian date expressions, as `FrenchDateParser` finds French ones (same
/// `DateExpression`s, same word indices, resolved by `DateRecognizer` the same way).
///
/// English: "April 10, 2025", "Feb. 27", "27 February 2025", "April 2025", "in 2024", "Thursday"
/// ("on Thursday", "Thursday's talks"), "last Tuesday", "next week", "yesterday".
/// Russian: "27 февраля", "10 апреля 2025 г.", "в феврале", "в 2024 году", "в четверг" (the
/// weekday in any case), "на следующей неделе", "в прошлом году", "вчера".
/// As in French, the preposition before a day ("on", "в") is not part of the span.
struct EnglishRussianDateParser: DateWordScanner {
    static func handles(_ language: String) -> Bool { ["en", "ru", "uk"].contains(language) }

    static let englishMonths: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9,
        "october": 10, "november": 11, "december": 12, "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7,
        "aug.": 8, "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
    ]
    static let englishWeekdays: [String: Int] = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
    static let englishYearPrepositions: Set<String> = ["in", "since", "by", "until", "from", "before", "after", "of", "early", "late", "mid"]
    // Built once: a dictionary literal inside `parse` was rebuilt for every word of a text.
    static let englishDayOffsets: [String: Int] = ["yesterday": -1, "today": 0, "tomorrow": 1]
    static let russianDayOffsets: [String: Int] = ["вчера": -1, "сегодня": 0, "завтра": 1, "позавчера": -2, "послезавтра": 2,
                                                   "учора": -1, "вчора": -1, "сьогодні": 0]
    static let englishUnits: [String: DateExpression.Unit] = ["week": .week, "month": .month, "year": .year]

    /// Genitive (after a day), prepositional ("в феврале") and nominative month names.
    static let russianMonths: [String: Int] = {
        var out: [String: Int] = [:]
        let forms = [
            ["января", "январе", "январь"], ["февраля", "феврале", "февраль"], ["марта", "марте", "март"], ["апреля", "апреле", "апрель"],
            ["мая", "мае", "май"], ["июня", "июне", "июнь"], ["июля", "июле", "июль"], ["августа", "августе", "август"],
            ["сентября", "сентябре", "сентябрь"], ["октября", "октябре", "октябрь"], ["ноября", "ноябре", "ноябрь"], ["декабря", "декабре", "декабрь"],
            // Ukrainian: genitive and locative
            ["січня", "січні"], ["лютого", "лютому"], ["березня", "березні"], ["квітня", "квітні"], ["травня", "травні"], ["червня", "червні"],
            ["липня", "липні"], ["серпня", "серпні"], ["вересня", "вересні"], ["жовтня", "жовтні"], ["листопада", "листопаді"], ["грудня", "грудні"],
        ]
        for (i, group) in forms.enumerated() { for f in group { out[f] = i % 12 + 1 } }
        return out
    }()
    static let russianWeekdays: [String: Int] = [
        "понедельник": 1, "вторник": 2, "среда": 3, "среду": 3, "четверг": 4, "пятница": 5, "пятницу": 5, "суббота": 6, "субботу": 6,
        "воскресенье": 7, "понеділок": 1, "вівторок": 2, "середа": 3, "середу": 3, "четвер": 4, "п'ятниця": 5, "п'ятницю": 5,
        "субота": 6, "суботу": 6, "неділя": 7, "неділю": 7,
    ]
    static let russianUnits: [String: DateExpression.Unit] = [
        "неделе": .week, "неделю": .week, "месяце": .month, "году": .year, "тижні": .week, "місяці": .month, "році": .year,
    ]

    let doc: Document
    let english: Bool
    let words: [Int]
    let norms: [String]

    init(_ doc: Document) {
        self.init(doc, words: Self.words(of: doc))
    }

    /// With the words and folded norms another parser already computed (`DateRecognizer` has the French one's).
    init(_ doc: Document, words: (words: [Int], norms: [String])) {
        self.doc = doc
        english = doc.source.language == "en"
        (self.words, norms) = words
    }

    private func day(_ s: String) -> Int? {
        // Only a digit or a sign can start a number: turns away other words before the suffix loop
        // (removing suffixes never changes the first character of what remains).
        guard let f = s.utf8.first, (0x30...0x39).contains(f) || f == UInt8(ascii: "+") || f == UInt8(ascii: "-") else { return nil }
        var s = s
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { s.removeLast(2) }
        guard s.count <= 2, let v = Int(s), (1...31).contains(v) else { return nil }
        return v
    }

    func parse(at k: Int) -> Found? { english ? parseEnglish(at: k) : parseRussian(at: k) }

    // MARK: English

    private func parseEnglish(at k: Int) -> Found? {
        let w = n(k)
        let prev = isAdjacent(k - 1, k) ? n(k - 1) : ""
        // Month day[,] [year]: "April 10, 2025", "Feb. 27"
        if let m = Self.englishMonths[w], doc.tokens[words[k]].shape.contains(.capitalized) {
            if isAdjacent(k, k + 1), let d = day(n(k + 1)) {
                var y: Int? = nil
                var last = k + 1
                if n(k + 2) == ",", isAdjacent(k + 2, k + 3), let yy = year(n(k + 3)) { y = yy; last = k + 3 }
                else if isAdjacent(k + 1, k + 2), let yy = year(n(k + 2)) { y = yy; last = k + 2 }
                return Found(first: k, last: last, expression: .dayMonth(day: d, month: m, year: y), rule: "en-month-day")
            }
            if isAdjacent(k, k + 1), let y = year(n(k + 1)) {
                return Found(first: k, last: k + 1, expression: .month(month: m, year: y, part: nil), rule: "en-month-year")
            }
            if ["in", "since", "until", "by", "early", "late", "mid", "last", "next"].contains(prev), w != "may" {
                return Found(first: k, last: k, expression: .month(month: m, year: nil, part: nil), rule: "en-month")
            }
        }
        // Day month [year]: "27 February 2025"
        if let d = day(w), isAdjacent(k, k + 1), let m = Self.englishMonths[n(k + 1)] {
            let y = isAdjacent(k + 1, k + 2) ? year(n(k + 2)) : nil
            return Found(first: k, last: k + 1 + (y == nil ? 0 : 1), expression: .dayMonth(day: d, month: m, year: y), rule: "en-day-month")
        }
        if let y = year(w), doc.tokens[words[k]].kind == .number, Self.englishYearPrepositions.contains(prev) {
            return Found(first: k, last: k, expression: .year(y, part: nil), rule: "en-year")
        }
        // Weekdays: "Thursday", "last Tuesday", "next Friday".
        if let wd = Self.englishWeekdays[w] {
            if prev == "last" { return Found(first: k - 1, last: k, expression: .weekday(wd, direction: .past), rule: "en-weekday") }
            if prev == "next" { return Found(first: k - 1, last: k, expression: .weekday(wd, direction: .next), rule: "en-weekday") }
            return Found(first: k, last: k, expression: .weekday(wd, direction: .nearestPast), rule: "en-weekday")
        }
        if let o = Self.englishDayOffsets[w] { return Found(first: k, last: k, expression: .dayOffset(o), rule: "en-day-offset") }
        // last week, next month, this year
        if ["last", "next", "this"].contains(w), isAdjacent(k, k + 1), let u = Self.englishUnits[n(k + 1)] {
            return Found(first: k, last: k + 1, expression: .unitOffset(u, w == "last" ? -1 : (w == "next" ? 1 : 0)), rule: "en-unit-offset")
        }
        return nil
    }

    // MARK: Russian and Ukrainian

    private func parseRussian(at k: Int) -> Found? {
        let w = n(k)
        let prev = isAdjacent(k - 1, k) ? n(k - 1) : ""
        // Day month [year [г.|года]]: "27 февраля", "10 апреля 2025 г."
        if let d = day(w), isAdjacent(k, k + 1), let m = Self.russianMonths[n(k + 1)] {
            if isAdjacent(k + 1, k + 2), let y = year(n(k + 2)) {
                var last = k + 2
                if isAdjacent(k + 2, k + 3), ["г.", "года", "г", "року", "р."].contains(n(k + 3)) { last = k + 3 }
                return Found(first: k, last: last, expression: .dayMonth(day: d, month: m, year: y), rule: "ru-day-month-year")
            }
            return Found(first: k, last: k + 1, expression: .dayMonth(day: d, month: m, year: nil), rule: "ru-day-month")
        }
        // "в феврале", "в феврале 2025 года"
        if let m = Self.russianMonths[w], ["в", "во", "у", "с", "до", "к"].contains(prev) || year(n(k + 1)) != nil {
            let y = isAdjacent(k, k + 1) ? year(n(k + 1)) : nil
            var last = k + (y == nil ? 0 : 1)
            if y != nil, isAdjacent(last, last + 1), ["г.", "года", "г", "року", "р."].contains(n(last + 1)) { last += 1 }
            return Found(first: k, last: last, expression: .month(month: m, year: y, part: nil), rule: "ru-month")
        }
        // "в 2024 году", "2024 г."
        if let y = year(w), doc.tokens[words[k]].kind == .number, isAdjacent(k, k + 1), ["году", "г.", "года", "г", "році", "р."].contains(n(k + 1)) {
            return Found(first: k, last: k + 1, expression: .year(y, part: nil), rule: "ru-year")
        }
        if let wd = Self.russianWeekdays[w] {
            return Found(first: k, last: k, expression: .weekday(wd, direction: .nearestPast), rule: "ru-weekday")
        }
        if let o = Self.russianDayOffsets[w] { return Found(first: k, last: k, expression: .dayOffset(o), rule: "ru-day-offset") }
        // "на следующей неделе", "на прошлой неделе", "в прошлом году", "в этом году"
        if isAdjacent(k, k + 1), let u = Self.russianUnits[n(k + 1)] {
            let direction: Int?
            switch w {
            case "следующей", "следующем", "наступному", "наступного": direction = 1
            case "прошлой", "прошлом", "минулому", "минулого": direction = -1
            case "этой", "этом", "цьому": direction = 0
            default: direction = nil
            }
            if let direction { return Found(first: k, last: k + 1, expression: .unitOffset(u, direction), rule: "ru-unit-offset") }
        }
        return nil
    }
}
