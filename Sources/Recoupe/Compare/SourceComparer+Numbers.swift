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
