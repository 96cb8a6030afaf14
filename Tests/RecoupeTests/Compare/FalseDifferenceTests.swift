import Foundation
@testable import RecoupeCore
@testable import RecoupeText
@testable import Recoupe
import Testing

/// Differences a reader would not call differences (issue 17): case, typography, clock times,
/// ordinals and years; and a mixed-script spelling flagged as such, not as a spelling.
@Suite("No false differences")
struct FalseDifferenceTests {
    static func compare(_ texts: [String]) throws -> Comparison {
        let pipeline = try Pipeline.standard(Pipeline.Options(language: "fr"))
        let docs = try texts.enumerated().map { n, text in
            var doc = Document(id: "s\(n + 1)", text: text)
            try pipeline.run(&doc)
            return doc
        }
        return SourceComparer().compare(docs)
    }

    @Test func capitalsAndApostrophesAreNoSpellingDifference() throws {
        let c = try Self.compare(["GENÈVE – Les diplomates sont arrivés à l’aéroport.", "Genève – Les diplomates sont arrivés à l'aéroport."])
        let geneva = try #require(c.entities.first { $0.canonical == "Genève" })
        #expect(geneva.perSource.map { $0.spellings.map(\.text) } == [["GENÈVE"], ["Genève"]])
        #expect(!c.divergences.contains { $0.kind == .spelling })
        #expect(SpellingForm.comparable("L’Élysée") == SpellingForm.comparable("L'ÉLYSÉE"))
    }

    @Test func clockTimesOrdinalsAndYearsAreNoQuantities() throws {
        let c = try Self.compare([
            "La réunion a commencé à 10 heures et a duré trois heures. C'est la 2e réunion depuis 2022.",
            "La réunion a commencé vers 11 heures et a duré trois heures. C'est la 3e réunion depuis 2021.",
        ])
        #expect(!c.divergences.contains { $0.kind == .number }, "\(c.numbers)")
        let hours = try #require(c.numbers.first { $0.unit == "heure" })
        #expect(hours.occurrences.map(\.value) == ["3", "3"])  // the durations stay compared
        #expect(SourceComparer.isOrdinal("2e") && SourceComparer.isOrdinal("1er") && !SourceComparer.isOrdinal("25"))
    }

    @Test func differentDurationsStillDiverge() throws {
        let c = try Self.compare(["La réunion a duré trois heures.", "La réunion a duré cinq heures."])
        #expect(c.divergences.contains { $0.kind == .number && $0.subject == "heure" })
    }

    @Test func aMixedScriptSpellingIsFlaggedNotCountedAsASpelling() throws {
        let c = try Self.compare(["Sergueï L\u{0430}vrov a parlé à Genève.", "Sergueï Lavrov a parlé à Genève."])
        #expect(!c.divergences.contains { $0.kind == .spelling })
        let flagged = try #require(c.divergences.first { $0.kind == .mixedScript })
        #expect(flagged.detail.contains("U+0430") && flagged.readings.map(\.doc) == ["s1"])
        let spellings = c.entities.flatMap(\.perSource).flatMap(\.spellings)
        #expect(spellings.filter(\.mixedScript).map(\.text) == ["Sergueï L\u{0430}vrov"])
        #expect(!SpellingForm.isMixedScript("Сергей Лавров") && !SpellingForm.isMixedScript("Sergueï Lavrov"))
    }

    @Test func anOrganisationKeepsItsFullName() throws {
        let c = try Self.compare(["Le Département fédéral des affaires étrangères a reçu les délégations.",
                                  "Le Département fédéral des affaires étrangères accueille la réunion."])
        #expect(c.entities.contains { $0.label == .organization && $0.canonical == "Département fédéral des affaires étrangères" && $0.shared })
    }
}
