import RecoupeCore
/// The dates stage: French date expressions → `doc.dates` (ISO 8601 with a precision) and DATE
/// mentions in `doc.mentions`.
///
/// Relative expressions ("jeudi", "ces dernières semaines", "le 27 février" without a year)
/// resolve against the document date: `doc.source.date` from metadata, else the latest full date
/// in a dateline or caption (the first paragraph or a paragraph of at most 300 characters: seed
/// 003's caption "… Istanbul, Türkiye, 10 avril 2025. / VCG"). Without one, a day and month take
/// the first such date on or after the latest year the text states ("fin novembre 2024" … "le 27
/// février" → 2025-02-27, rule suffix `+context-year`), and anything else stays unresolved with
/// its expression kept (value nil).
///
/// Conventions: a weekday is the latest such day on or before the document date ("jeudi" in an
/// article of Thursday 10 April 2025 is that day), "dernier" excludes the document date,
/// "prochain" looks ahead; a day and month without a year more than 60 days after the document
/// date belong to the previous year; "début"/"mi"/"fin" of a month or year are that month or year (the gold sets' value);
/// "ces derniers jours / dernières semaines / derniers mois / dernières années" end at the
/// document date and start 7 days, 4 weeks, 3 months or 3 years before. The article before a day
/// ("le 27 février") is not part of the span; a week, month or year offset keeps it ("la semaine dernière").
/// "la veille", "le même jour", "ce jour-là", "deux mois plus tard", "6 mois plus tôt" count from the date the text
/// gave last (the document date until one is given), as the news gold resolves them; such a date anchors no other.
public final class DateRecognizer: Stage {
    public let name = "dates"
    public let requires: [Layer] = [.tokens, .norms, .paragraphs, .entities]
    public let produces: [Layer] = [.dates]
    /// DATE mentions are merged into `mentions` and the entities' mention indices renumbered.
    public let rewrites: [Layer] = [.entities]

    public init() {}

    /// Where the document date came from.
    public enum AnchorSource: String, Sendable { case metadata, dateline }

    public func run(_ document: inout Document) throws {
        let parser = FrenchDateParser(document)
        // English and Russian dates: same expressions, same word indices (`EnglishRussianDateParser`).
        let found = EnglishRussianDateParser.handles(document.source.language)
            ? EnglishRussianDateParser(document, words: (parser.words, parser.norms)).findAll() : parser.findAll()
        let tokens = document.tokens
        let anchor = Self.documentDate(document, found, parser)
        let contextYear = Self.contextBound(found)

        // "Timor Goksel, aujourd'hui professeur à …": a word opening a person's role says "now", not a date.
        let roleStarts = Set(document.mentions.flatMap { $0.allRoles.map(\.start) })
        var dates: [DateMention] = []
        // The date the text gave last, for "deux mois plus tard" (the document date until one is given).
        var lastDate: (date: CivilDate, precision: DateMention.Precision)? = anchor.map { ($0.date, .day) }
        for f in found {
            let (a, b) = parser.tokenRange(f)
            let s = tokens[a].start, e = tokens[b].end
            if case .dayOffset(0) = f.expression, f.first == f.last, (e...e + 1).contains(where: roleStarts.contains) { continue }
            var m: Resolution
            var base = anchor?.date
            if case .textOffset(let u, _) = f.expression {
                base = lastDate.flatMap { Self.canOffset($0.precision, by: u) ? $0.date : nil }
                m = Self.resolve(f.expression, anchor: base, contextBound: nil)
            } else {
                m = Self.resolve(f.expression, anchor: anchor?.date, contextBound: contextYear)
            }
            m.rule = f.rule + m.rule
            var mention = DateMention(start: s, end: e, surface: document.surface(start: s, end: e), value: m.value, endValue: m.endValue,
                                      precision: m.precision, relative: f.expression.isRelative, rule: m.rule)
            if f.expression.isRelative, m.value != nil, let base, !m.rule.hasSuffix("+context-year") { mention.anchor = base.iso }
            // Text-anchored dates do not anchor the next ones: "6 mois plus tôt … 6 mois plus tôt, encore une fois" count
            // from the same date (news dev split).
            if case .textOffset = f.expression {} else if let v = m.value, let d = Self.civilDate(v) { lastDate = d }
            dates.append(mention)
        }
        document.dates = dates
        // "jeudi" or "3 mars" with no document date stay unresolved: say so, and how to fix it.
        let unresolved = dates.filter { $0.value == nil }
        if anchor == nil, !unresolved.isEmpty {
            let shown = Self.unique(unresolved.map { "“\($0.surface)”" }).prefix(3).joined(separator: ", ")
            document.warnings.append(DocumentWarning(
                stage: "dates", code: "no-anchor",
                message: "\(unresolved.count) date(s) such as \(shown) need the publication date to be resolved; "
                    + "give it as front matter (a first line ---, then date: YYYY-MM-DD, then ---), with --date YYYY-MM-DD, "
                    + "or as \"date\" in --jsonl-in records",
                start: unresolved[0].start, end: unresolved[0].end))
        }
        let mentions = dates.map { d in
            EntityMention(start: d.start, end: d.end, label: .date, kbId: d.value ?? "", surface: d.surface,
                          canonical: d.endValue.map { "\(d.value ?? "")/\($0)" } ?? d.value ?? d.surface,
                          confidence: d.value == nil ? 0.6 : 0.9, rule: d.rule)
        }
        document.insertMentions(mentions)
    }

    /// Whether a date known to `precision` can be moved by whole `unit`s: days and weeks need a day, months a month.
    static func canOffset(_ precision: DateMention.Precision, by unit: DateExpression.Unit) -> Bool {
        switch unit {
        case .day, .week: return precision == .day
        case .month: return precision == .day || precision == .month
        case .year: return true
        }
    }

    /// The date and precision of a value: "2012-06-03", "2011-05" (its first day), "2012" (its first day); a
    /// range's start is a day.
    static func civilDate(_ value: String) -> (date: CivilDate, precision: DateMention.Precision)? {
        CivilDate.firstDay(ofISOValue: value).map { ($0.date, $0.parts == 3 ? .day : $0.parts == 2 ? .month : .year) }
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// The document date: metadata first, else the latest full date of a dateline or caption.
    static func documentDate(_ doc: Document, _ found: [DateMatch], _ parser: FrenchDateParser) -> (date: CivilDate, source: AnchorSource)? {
        if let iso = doc.source.date, let d = CivilDate(iso: iso) { return (d, .metadata) }
        var best: CivilDate? = nil
        for f in found {
            guard case .dayMonth(let day, let month, let year?) = f.expression,
                  day <= CivilDate.daysIn(month: month, year: year) else { continue }
            let start = doc.tokens[parser.tokenRange(f).0].start
            guard let p = doc.paragraphs.firstIndex(where: { $0.start <= start && start < $0.end }) else { continue }
            guard p == 0 || doc.paragraphs[p].length <= 300 else { continue }
            let d = CivilDate(year: year, month: month, day: day)
            if best == nil || d > best! { best = d }
        }
        return best.map { ($0, .dateline) }
    }

    /// The latest (year, month) the text states explicitly: a lower bound for the document date.
    static func contextBound(_ found: [DateMatch]) -> CivilDate? {
        var best: CivilDate? = nil
        for f in found {
            var d: CivilDate? = nil
            switch f.expression {
            case .dayMonth(let day, let m, let y?): d = CivilDate(year: y, month: m, day: min(day, 28))
            case .dayRange(_, let to, let m, let y?): d = CivilDate(year: y, month: m, day: min(to, 28))
            case .dayMonthRange(_, _, let to, let m, let y?): d = CivilDate(year: y, month: m, day: min(to, 28))
            case .month(let m, let y?, _): d = CivilDate(year: y, month: m, day: 1)
            default: break
            }
            if let d, best == nil || d > best! { best = d }
        }
        return best
    }

    struct Resolution {
        var value: String?
        var endValue: String?
        var precision: DateMention.Precision
        var rule: String = ""
    }

    /// Picks the year of a day and month without one.
    static func year(month: Int, day: Int, anchor: CivilDate?, contextBound: CivilDate?) -> (Int, String)? {
        if let a = anchor {
            let candidate = CivilDate(year: a.year, month: month, day: min(day, CivilDate.daysIn(month: month, year: a.year)))
            return (candidate.dayNumber - a.dayNumber > 60 ? a.year - 1 : a.year, "")
        }
        if let b = contextBound {
            let candidate = CivilDate(year: b.year, month: month, day: min(day, 28))
            return (candidate < b ? b.year + 1 : b.year, "+context-year")
        }
        return nil
    }

    /// The year of day `day` of `month` strictly before `anchor` (direction < 0) or strictly after it.
    static func directedYear(month: Int, day: Int, anchor a: CivilDate, direction: Int) -> Int {
        let sameYear = CivilDate(year: a.year, month: month, day: min(day, CivilDate.daysIn(month: month, year: a.year)))
        if direction < 0 { return sameYear < a ? a.year : a.year - 1 }
        return sameYear > a ? a.year : a.year + 1
    }

    static func resolve(_ e: DateExpression, anchor: CivilDate?, contextBound: CivilDate?) -> Resolution {
        switch e {
        case .dayMonth(let d, let m, let y):
            guard let (year, note) = y.map({ ($0, "") }) ?? year(month: m, day: d, anchor: anchor, contextBound: contextBound),
                  d <= CivilDate.daysIn(month: m, year: year) else { return Resolution(value: nil, precision: .day) }
            return Resolution(value: CivilDate(year: year, month: m, day: d).iso, precision: .day, rule: note)
        case .dayRange(let d1, let d2, let m, let y):
            guard let (year, note) = y.map({ ($0, "") }) ?? year(month: m, day: d1, anchor: anchor, contextBound: contextBound),
                  d2 <= CivilDate.daysIn(month: m, year: year) else { return Resolution(value: nil, precision: .range) }
            return Resolution(value: CivilDate(year: year, month: m, day: d1).iso, endValue: CivilDate(year: year, month: m, day: d2).iso,
                              precision: .range, rule: note)
        case .dayMonthRange(let d1, let m1, let d2, let m2, let y):
            // The year, when given, is the end's; a range over the new year starts in the year before.
            guard let (startYear, note) = y.map({ ($0 - (m1 > m2 ? 1 : 0), "") }) ?? year(month: m1, day: d1, anchor: anchor, contextBound: contextBound) else {
                return Resolution(value: nil, precision: .range)
            }
            let endYear = startYear + (m1 > m2 ? 1 : 0)
            guard d1 <= CivilDate.daysIn(month: m1, year: startYear), d2 <= CivilDate.daysIn(month: m2, year: endYear) else {
                return Resolution(value: nil, precision: .range)
            }
            return Resolution(value: CivilDate(year: startYear, month: m1, day: d1).iso, endValue: CivilDate(year: endYear, month: m2, day: d2).iso,
                              precision: .range, rule: note)
        case .month(let m, let y, let part):
            // A part of a month ("fin novembre", "mi-juin") is that month: the gold sets' value (seeds and news dev).
            guard let (year, note) = y.map({ ($0, "") }) ?? year(month: m, day: part == nil ? 15 : part == .beginning ? 5 : part == .middle ? 15 : 25,
                                                               anchor: anchor, contextBound: contextBound) else {
                return Resolution(value: nil, precision: .month)
            }
            return Resolution(value: CivilDate(year: year, month: m, day: 1).isoMonth, precision: .month, rule: note)
        case .year(let y, _):
            // A part of a year ("fin 2014", "début 2013") is that year, as in the gold sets.
            return Resolution(value: String(y), precision: .year)
        case .weekdayDay(let wd, let d):
            guard let a = anchor else { return Resolution(value: nil, precision: .day) }
            // The nearest date with that day of the month, in the months around the document's, on that weekday.
            let candidates = (-2...2).compactMap { o -> CivilDate? in
                let m = a.adding(months: o)
                guard d <= CivilDate.daysIn(month: m.month, year: m.year) else { return nil }
                let c = CivilDate(year: m.year, month: m.month, day: d)
                return c.weekday == wd ? c : nil
            }
            guard let best = candidates.min(by: { abs($0.dayNumber - a.dayNumber) < abs($1.dayNumber - a.dayNumber) }) else {
                return Resolution(value: nil, precision: .day)
            }
            return Resolution(value: best.iso, precision: .day)
        case .directed(let inner, let direction):
            guard let a = anchor else { return resolve(inner, anchor: nil, contextBound: contextBound) }
            switch inner {
            case .dayMonth(let d, let m, nil):
                return resolve(.dayMonth(day: d, month: m, year: directedYear(month: m, day: d, anchor: a, direction: direction)),
                               anchor: a, contextBound: contextBound)
            case .month(let m, nil, let part):
                // A month is past when it ended before the document's month began, next when it starts after it.
                let y = direction < 0 ? (m < a.month ? a.year : a.year - 1) : (m > a.month ? a.year : a.year + 1)
                return resolve(.month(month: m, year: y, part: part), anchor: a, contextBound: contextBound)
            default:
                return resolve(inner, anchor: a, contextBound: contextBound)
            }
        case .years(let a, let b):
            return Resolution(value: String(a), endValue: String(b), precision: .range)
        case .months(let y, let a, let b):
            return Resolution(value: CivilDate(year: y, month: a, day: 1).isoMonth, endValue: CivilDate(year: y, month: b, day: 1).isoMonth,
                              precision: .range)
        case .weekday(let wd, let direction):
            guard let a = anchor else { return Resolution(value: nil, precision: .day) }
            let back = (a.weekday - wd + 7) % 7, ahead = (wd - a.weekday + 7) % 7
            let days: Int
            switch direction {
            case .past: days = -(back == 0 ? 7 : back)
            case .nearestPast: days = -back
            case .next: days = ahead == 0 ? 7 : ahead
            case .sameOrNext: days = ahead
            }
            return Resolution(value: a.adding(days: days).iso, precision: .day)
        case .dayOffset(let o):
            guard let a = anchor else { return Resolution(value: nil, precision: .day) }
            return Resolution(value: a.adding(days: o).iso, precision: .day)
        case .unitOffset(let u, let o):
            guard let a = anchor else { return Resolution(value: nil, precision: u == .week ? .range : u == .month ? .month : .year) }
            switch u {
            case .day: return Resolution(value: a.adding(days: o).iso, precision: .day)
            case .week:
                let monday = a.adding(days: -(a.weekday - 1) + 7 * o)
                return Resolution(value: monday.iso, endValue: monday.adding(days: 6).iso, precision: .range)
            case .month: return Resolution(value: a.adding(months: o).isoMonth, precision: .month)
            case .year: return Resolution(value: String(a.year + o), precision: .year)
            }
        case .textOffset(let u, let o):
            // Resolved by `run` against the date the text gave last; here, against `anchor` as that date.
            return resolve(.offset(u, o), anchor: anchor, contextBound: nil)
        case .recent(let u):
            guard let a = anchor else { return Resolution(value: nil, precision: .range) }
            let start: CivilDate
            switch u {
            case .day: start = a.adding(days: -7)
            case .week: start = a.adding(days: -28)
            case .month: start = a.adding(months: -3)
            case .year: start = a.adding(months: -36)
            }
            return Resolution(value: start.iso, endValue: a.iso, precision: .range)
        }
    }
}
