import Foundation
@testable import RecoupeNames
import Testing

/// Issue 19, fifth round: a compound family name cut short, a family name written alone before the
/// given name, epithets of generation in many languages, and collectives (real names, none from the
/// Wikidata development set).
@Suite("Name parts: subsets, epithets, collectives")
struct NamePartsSubsetTests {
    /// Cluster number of each name, in order.
    func clusters(_ names: [String]) -> [Int] {
        NameClusterer().cluster(names.map { (language: nil, name: $0) })
    }

    @Test func aShorterNameThatStartsALongerOneJoinsIt() {
        #expect(Set(clusters(["Gabriel García", "Gabriel García Márquez"])).count == 1)
        #expect(Set(clusters(["Mario Vargas", "Mario Vargas Llosa"])).count == 1)
        // Two persons start so: the shorter name joins neither.
        #expect(Set(clusters(["Gabriel García", "Gabriel García Márquez", "Gabriel García Moreno"])).count == 3)
    }

    @Test func aLoneFamilyNameMeetsTheNameItStarts() {
        #expect(Set(clusters(["Mishima", "Mishima Yukio"])).count == 1)
        // A given name of the table alone is no family name.
        #expect(Set(clusters(["Maria", "Maria Callas"])).count == 2)
        #expect(NameParts.compatible(NameParts(name: "Utamaro", language: nil), NameParts(name: "Utamaro Kitagawa", language: nil)))
    }

    @Test func epithetsOfGenerationAreGenerationMarks() {
        let c = clusters(["Pieter Bruegel Starszy", "Pieter Bruegel the Elder", "Pieter Bruegel de Oude",
                          "Pieter Bruegel Młodszy", "Pieter Bruegel the Younger"])
        #expect(c[0] == c[1] && c[1] == c[2])
        #expect(c[3] == c[4] && c[3] != c[0])
        #expect(NameParts(name: "Pieter Bruegel Stariji", language: nil).ordinal == "1")
    }

    @Test func collectivesMeetInAnyLanguageAndPlace() {
        let c = clusters(["Frères Lumière", "Lumière brothers", "Gebrüder Lumière", "Auguste Lumière", "Louis Lumière"])
        #expect(c[0] == c[1] && c[1] == c[2])
        #expect(Set([c[0], c[3], c[4]]).count == 3)
        // A generation mark still never comes first.
        #expect(NameParts(name: "II Kellen", language: nil).ordinal.isEmpty)
    }

    @Test func renderingsOfOneGivenNameMeetAndDiminutivesStayApart() {
        // A diminutive is no rendering: it joins a full name only weakly (round 7, `Diminutives`), and not
        // when it fits two persons (Bert: Albert and Hubert Röntgen).
        let c = clusters(["Wilhelm Röntgen", "Guillaume Röntgen", "Bert Röntgen", "Albert Röntgen", "Hubert Röntgen",
                          "Ludovicus Bolk", "Louis Bolk"])
        #expect(c[0] == c[1] && c[2] != c[3] && c[2] != c[4])
        #expect(c[5] == c[6])
        #expect(NameTable.givenNames.group(of: "Wim", language: nil) != NameTable.givenNames.group(of: "Wilhelm", language: nil))
    }
}
