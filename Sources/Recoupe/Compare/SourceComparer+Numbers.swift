import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
extension SourceComparer {
    /// Spelled-out French cardinals ("un"/"une" are left out: they are mostly articles).
    static let numerals: [String: String] = [
        "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6", "sept": "7", "huit": "8",
        "neuf": "9", "dix": "10", "onze": "11", "douze": "12", "treize": "13", "quatorze": "14",
        "quinze": "15", "seize": "16", "vingt": "20", "trente": "30", "quarante": "40",
        "cinquante": "50", "soixante": "60", "cent": "100", "mille": "1000",
        "million": "1000000", "millions": "1000000", "milliard": "1000000000", "milliards": "1000000000",
    ]

    static let months: Set<String> = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ]

    /// Numbers (digits or spelled out) with the word they count, outside date expressions.
    func compareNumbers(_ documents: [Document]) -> [NumberAcrossSources] {
        var order: [String] = []
        var groups: [String: [NumberInSource]] = [:]
        for doc in documents {
            let dates = doc.dates.map { Span(start: $0.start, end: $0.end) }
            var i = 0
            while i < doc.tokens.count {
                defer { i += 1 }
                let t = doc.tokens[i]
                let value: String
                if t.kind == .number {
                    value = String(t.norm.unicodeScalars.filter { $0.properties.numericType != nil || $0 == "," || $0 == "." }
                        .map(Character.init)).replacingOccurrences(of: ",", with: ".")
                } else if t.kind == .word, let v = Self.numerals[t.norm] {
                    value = v
                } else { continue }
                guard !value.isEmpty, !dates.contains(where: { $0.start <= t.start && t.end <= $0.end }) else { continue }
                // Ordinals ("2e", "1er") and years ("en 2025") rank or date, they do not count.
                if t.kind == .number, Self.isOrdinal(t.norm) || Self.isYear(doc, i, value) { continue }
                // "tous deux", "toutes trois": a pronoun, not a count.
                if t.kind == .word, let p = doc.tokens[..<i].last(where: { $0.kind != .space }), p.norm == "tous" || p.norm == "toutes" { continue }
                // The counted word: the next content word within three tokens, before any punctuation.
                var j = i + 1, unitToken: Token? = nil
                while j < doc.tokens.count, j <= i + 4 {
                    let u = doc.tokens[j]
                    if u.kind == .punct || u.kind == .number { break }
                    if u.kind == .word, FrenchFunctionWords.isContent(u.norm), Self.numerals[u.norm] == nil {
                        unitToken = u
                        break
                    }
                    j += 1
                }
                guard let u = unitToken, !Self.months.contains(u.norm) else { continue }
                if Self.isClockTime(doc, number: i, unit: u) { continue }
                let unit = Self.singular(u.norm)
                if groups[unit] == nil { order.append(unit) }
                groups[unit, default: []].append(NumberInSource(doc: doc.id, value: value, at: SourcePointer(doc, t.start, u.end)))
            }
        }
        return order.map { unit in
            let occurrences = groups[unit]!
            let byDoc = Dictionary(grouping: occurrences, by: \.doc).mapValues { Set($0.map(\.value)) }
            let differs = byDoc.count > 1 && Set(byDoc.values).count > 1
            return NumberAcrossSources(unit: unit, differs: differs, occurrences: occurrences)
        }.sorted { ($0.differs ? 0 : 1, $0.unit) < ($1.differs ? 0 : 1, $1.unit) }
    }

    /// Words before "N heures" that make it a time of day ("à 10 heures", "vers 10 heures",
    /// "dès 8 heures"), not a duration ("pendant six heures", "a duré six heures").
    static let clockPrepositions: Set<String> = ["à", "a", "vers", "dès", "des", "avant", "après", "jusqu'à", "jusqu'", "depuis", "entre", "et", "de"]

    /// "10 heures", "10 h", "10h30" read as a time of day.
    static func isClockTime(_ doc: Document, number i: Int, unit: Token) -> Bool {
        let t = doc.tokens[i]
        if t.kind == .number, t.norm.contains("h") { return true }  // "10h30" as one token
        guard ["heure", "heures", "h"].contains(unit.norm) else { return false }
        guard let before = doc.tokens[..<i].last(where: { $0.kind != .space }) else { return false }
        if clockPrepositions.contains(before.norm) { return true }
        // "10 heures 30": minutes after the unit.
        if let after = doc.tokens[(doc.tokens.firstIndex { $0.start >= unit.end } ?? doc.tokens.count)...].first(where: { $0.kind != .space }),
           after.kind == .number { return true }
        return false
    }

    /// "2e", "1er", "3ème", "21e": a number with an ordinal suffix.
    static func isOrdinal(_ norm: String) -> Bool {
        let letters = String(norm.drop { $0.isNumber })
        return !letters.isEmpty && ["e", "er", "re", "ère", "ème", "eme", "nd", "nde", "ᵉ"].contains(letters)
    }

    /// A four-digit year after "en", "depuis", "de", "d'ici" or in a range ("2024-2025").
    static func isYear(_ doc: Document, _ i: Int, _ value: String) -> Bool {
        guard value.count == 4, let n = Int(value), (1800...2100).contains(n) else { return false }
        guard let before = doc.tokens[..<i].last(where: { $0.kind != .space }) else { return true }
        return ["en", "depuis", "de", "d'ici", "dès", "avant", "après", "année", "an", "-", "–", "à", "l'an", "fin", "début"].contains(before.norm)
    }

    /// Nouns that end in s or x in the singular too.
    static let invariable: Set<String> = [
        "pays", "fois", "mois", "temps", "corps", "prix", "voix", "poids", "bras", "cas", "avis",
        "choix", "taux", "repas", "procès", "succès", "accès", "progrès", "discours", "concours",
    ]

    /// "heures" → "heure", "réseaux" → "réseau", "pays" → "pays".
    static func singular(_ word: String) -> String {
        guard word.count > 3, let last = word.last, last == "s" || last == "x", !invariable.contains(word) else { return word }
        return String(word.dropLast())
    }
}
