import Foundation
@testable import RecoupeNames
import Testing

/// Issue 19, seventh round: a territorial designation after a particle is one mark in every language
/// (`Lexicons/names/territories.tsv`, from CLDR; real names, none from the Wikidata development set).
@Suite("Name parts: territorial designations")
struct NamePartsTerritorialTests {
    func clusters(_ names: [String]) -> [Int] {
        NameClusterer().cluster(names.map { (language: nil, name: $0) })
    }

    @Test func aCountryAfterAParticleIsOneMarkInEveryLanguage() {
        let c = clusters(["Margrethe af Danmark", "Margrethe de Danemark", "Margrethe van Denemarken",
                          "Margrethe of Denmark", "Margrethe von Dänemark", "Margrethe di Danimarca"])
        #expect(Set(c).count == 1)
        #expect(NameParts.territories["nederlando"] == "netherlands")
    }

    @Test func differentCountriesStayApart() {
        let c = clusters(["Louise de France", "Louise of France", "Louise de Danemark", "Louise van Denemarken"])
        #expect(c[0] == c[1] && c[2] == c[3] && c[0] != c[2])
    }

    @Test func aFamilyNameThatIsACountryStaysAsWritten() {
        // No particle before it: "Jordan" is a family name here, not Jordanie.
        let a = NameParts(name: "Michael Jordan", language: nil), b = NameParts(name: "Michael Jordanie", language: nil)
        #expect(a.parts != b.parts)
        #expect(NameParts.territoryMarks(["Michael", "Jordan"], particles: ["de"]) == [nil, nil])
        #expect(NameParts.territoryMarks(["Louise", "de", "Danemark"], particles: ["de"]) == [nil, nil, "denmark"])
    }

    @Test func aDesignationIsAMarkNotAPart() {
        // Like a generation mark: a name without one may be either, names with two different ones are not one.
        let a = NameParts(name: "Haakon af Norge", language: nil)
        #expect(a.parts.count == 1 && a.ordinal == "@norway")
        #expect(NameParts.compatible(a, NameParts(name: "Haakon", language: nil)))
        #expect(!NameParts.compatible(a, NameParts(name: "Haakon af Danmark", language: nil)))
        // Historical names of the supplement (Siam, Persia) are marks too.
        #expect(NameParts(name: "Mongkut of Siam", language: nil).ordinal == NameParts(name: "Mongkut de Thaïlande", language: nil).ordinal)
    }
}
