import RecoupeCore
import RecoupeICU
import RecoupeText
extension EntityRecognizer {
    /// The form of a person mention that linking keys: for a Cyrillic name, its nominative
    /// ("Сергеем Лавровым" → "Сергей Лавров", "Петрова" → "Петров" when a Петров is known), so
    /// case forms of one person share a key; other names as written.
    func linkingForm(of surface: String, knownPeople: [KnownPerson]) -> String {
        guard RussianNameDeclension.isCyrillic(surface) else { return surface }
        let readings = nominatives.readings(of: surface)
        // An ambiguous form ("Петрова": Петров in the genitive, or Петрова) takes the reading of
        // someone already met in the document or listed in the lexicon.
        for r in readings {
            guard let last = PersonName.words(r).last else { continue }
            let k = key(last)
            if knownPeople.contains(where: { $0.surnameKeys.contains(k) }) || !gazetteer.people(withSurnameKey: k).isEmpty { return r }
        }
        return readings.first ?? surface
    }
}

/// `RussianNameDeclension.nominatives(of:)` memoised per surface: a Russian text repeats its
/// characters' names in every case thousands of times, and one analysis tries every case, gender
/// and paradigm. One table per recognizer (per worker), bounded.
final class NominativeMemo {
    private var table: [String: [String]] = [:]
    static let limit = 50_000

    func readings(of surface: String) -> [String] {
        if let r = table[surface] { return r }
        let r = RussianNameDeclension.nominatives(of: surface)
        if table.count < Self.limit { table[surface] = r }
        return r
    }
}
