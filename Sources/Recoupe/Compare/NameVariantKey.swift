import Foundation
import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes

/// The keys under which spellings of one transliterated name meet: "Dartchiev" (French),
/// "Darchiev" (English) and "Дарчиев" share a key. A thin layer over `NameKey` (the
/// transliteration stage's keys), used to reconcile entities whose kb_ids differ, across sources
/// in `SourceComparer` and across batches in `NameRegistry`. A key alone is never enough for a
/// person: the given names must agree too (`samePerson`).
public enum NameVariantKey {
    /// The key of a whole name or of one word of it (every word keyed, convention guessed per word).
    public static func key(_ name: String) -> String {
        NameKey.key(for: name, language: nil)
    }

    /// The surname key of a person name ("Alexandre Dartchiev" → the key of "Dartchiev").
    public static func surnameKey(_ name: String) -> String {
        NameKey.personKey(for: name, language: nil).surname
    }

    /// Two person names are one person when their surname keys are equal and their given
    /// names, when both have some, agree: same given-name group (Alexandre = Alexander), or an
    /// initial matching the other's first letter ("A. Dartchiev").
    /// Otherwise, they are one person when their `NameParts` are compatible, as in `names cluster`
    /// (middle names, particles, family name first, Cyrillic renderings: "Эмманюэль Макрон" = "Emmanuel Macron").
    public static func samePerson(_ a: String, _ b: String) -> Bool {
        samePersonByKeys(a, b) || NameParts.compatible(NameParts(name: a, language: nil), NameParts(name: b, language: nil))
    }

    static func samePersonByKeys(_ a: String, _ b: String) -> Bool {
        let ka = NameKey.personKey(for: a, language: nil), kb = NameKey.personKey(for: b, language: nil)
        guard ka.surname.count >= 3, ka.surname == kb.surname else { return false }
        guard let ga = ka.given.first, let gb = kb.given.first else { return true }
        if ga == gb { return true }
        func letter(_ g: String) -> Character? { g.first { $0 != "=" && $0 != "." } }
        return (ga.hasPrefix(".") || gb.hasPrefix(".")) && letter(ga) == letter(gb)
    }
}
