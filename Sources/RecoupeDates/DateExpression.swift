import RecoupeCore
/// A French date expression as parsed, before it is resolved against a document date.
enum DateExpression: Hashable {
    enum Part: String { case beginning = "debut", middle = "mi", end = "fin" }
    enum Unit: String { case day, week, month, year }

    /// "10 avril 2025", "le 27 février" (year nil), "jeudi 10 avril".
    case dayMonth(day: Int, month: Int, year: Int?)
    /// "du 27 au 28 février 2025".
    case dayRange(from: Int, to: Int, month: Int, year: Int?)
    /// "du 27 juillet au 12 août 2012": from one day and month to another (the year, when given, is the end's).
    case dayMonthRange(fromDay: Int, fromMonth: Int, toDay: Int, toMonth: Int, year: Int?)
    /// "novembre 2024", "en février"; with a part: "fin novembre 2024", "mi-mars".
    case month(month: Int, year: Int?, part: Part?)
    /// "en 2024", "fin 2024".
    case year(Int, part: Part?)
    /// "2012-2013" (the Vendée Globe 2012-2013): a range of years.
    case years(from: Int, to: Int)
    /// "premier semestre 2012", "troisième trimestre 2024": months `from...to` of `year`.
    case months(year: Int, from: Int, to: Int)
    /// "jeudi", "mardi dernier", "lundi prochain", "ce dimanche" in a future sentence.
    case weekday(Int, direction: WeekdayDirection)
    /// "lundi 6", "samedi 11": the day of a month near the document date that falls on that weekday.
    case weekdayDay(Int, day: Int)
    /// A day and month, or a month, without a year but with "dernier" (-1) or "prochain" (+1): "le 23 juin
    /// dernier", "avril dernier" — the last such date before the document's, or the next after it.
    indirect case directed(DateExpression, direction: Int)
    /// "hier" (-1), "aujourd'hui" (0), "demain" (+1), "il y a trois jours" (-3).
    case dayOffset(Int)
    /// "la semaine dernière" (-1), "le mois prochain" (+1), "cette année" (0), "il y a deux ans" (-2).
    case unitOffset(Unit, Int)
    /// "deux mois plus tard" (+2 months), "6 mois plus tôt" (-6), "le même jour" (0 days): from the date the
    /// text gave last (the news gold's anchor for such dates), not from the document's.
    case textOffset(Unit, Int)
    /// "ces dernières semaines", "ces derniers jours": a range ending at the document date.
    case recent(Unit)

    /// `n` units from a date as the resolver reads it: days and weeks as days, months and years as units.
    static func offset(_ u: Unit, _ n: Int) -> DateExpression {
        u == .day ? .dayOffset(n) : u == .week ? .dayOffset(7 * n) : .unitOffset(u, n)
    }

    /// Whether resolving it needs the document date (or, for a missing year, a year from context).
    var isRelative: Bool {
        switch self {
        case .dayMonth(_, _, let y), .dayRange(_, _, _, let y), .month(_, let y, _), .dayMonthRange(_, _, _, _, let y): return y == nil
        case .year, .years, .months: return false
        default: return true
        }
    }
}

/// Which day a weekday names, from the document's date.
enum WeekdayDirection: Sendable, Equatable {
    /// "mardi dernier": strictly before.
    case past
    /// "jeudi" in a past sentence: the nearest such day before, or the document's day itself.
    case nearestPast
    /// "lundi prochain": strictly after.
    case next
    /// "ce dimanche" in a future sentence: the document's day itself, or the next such day.
    case sameOrNext
}
