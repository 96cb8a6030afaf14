import RecoupeCore
import RecoupeICU
import RecoupeText
/// English and Russian words for the entity cues (`FrenchCues` unions them into its lists, which
/// are matched on token norms whatever the document language, so English words that are also
/// common French words — "aide" (help), "premier" (first) — are left out). The words live in
/// `Lexicons/cues/en/` and `Lexicons/cues/ru/`, read once per process by ``CueLexicon``.
///
/// Russian roles and nationality adjectives are listed once (nominative noun, adjective stem) and
/// given here in every case form the declension rules give (`роль` → `роли`, …), since norms are
/// surface forms.
enum MultilingualCues {
    static let englishRoles = CueLexicon.set("en/roles")

    static let englishNotNames = CueLexicon.set("en/not-names")

    static let englishNationalities = CueLexicon.set("en/nationalities")

    static let russianRoles: Set<String> = {
        var out = Set<String>()
        for noun in CueLexicon.words("ru/roles") {
            for form in RussianNameDeclension.phraseForms(of: noun) { out.insert(form.lowercased()) }
        }
        return out
    }()

    static let russianNotNames: Set<String> = {
        var out = CueLexicon.set("ru/not-names")
        out.formUnion(russianRoles)
        out.formUnion(russianNationalities)
        return out
    }()

    static let russianNationalities: Set<String> = {
        var out = Set<String>()
        for stem in CueLexicon.words("ru/nationality-stems") {
            let masc = stem + (stem.hasSuffix("н") ? "ый" : "ий")
            for form in [masc, stem + "ая", stem + "ое", stem + "ие"] {
                for c in RussianNameDeclension.Case.allCases { out.insert(RussianNameDeclension.declineAdjective(form, to: c).lowercased()) }
            }
            out.formUnion([stem + "их", stem + "им", stem + "ими", stem + "ую", stem + "ой"])
        }
        return out
    }()

    static var roles: Set<String> { englishRoles.union(russianRoles) }
    static var notNames: Set<String> { englishNotNames.union(russianNotNames) }
    static var nationalities: Set<String> { englishNationalities.union(russianNationalities) }
}
