import Foundation
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// The acceptance on the real pipeline: `recoupe compare seeds/*.txt` puts the two
/// Istanbul reports side by side with Dartchiev/Darchiev and Coulter as one entity each, the
/// role divergence, and the shared dates and speakers.
@Suite("Seed comparison on the real pipeline")
struct SeedComparisonTests {
    let documents: [Document]
    let comparison: Comparison

    init() throws {
        documents = try Repo.seedPaths.map { path in
            var doc = try DocumentReader().read(path: path)
            try Pipeline.standard().run(&doc)
            return doc
        }
        comparison = SourceComparer().compare(documents)
    }

    func entity(spelled text: String) -> EntityAcrossSources? {
        comparison.entities.first { $0.perSource.contains { $0.spellings.contains { $0.text.contains(text) } } }
    }

    @Test func dartchievAndDarchievAreOneSharedEntity() throws {
        let e = try #require(entity(spelled: "Dartchiev"))
        #expect(e.id == entity(spelled: "Darchiev")?.id)
        #expect(e.shared && e.label == .person)
        #expect(e.perSource[0].spellings.contains { $0.text == "Alexandre Dartchiev" })
        #expect(e.perSource[1].spellings.contains { $0.text == "Alexander Darchiev" })
        #expect(comparison.divergences.contains { $0.kind == .spelling && $0.subject == e.canonical })
    }

    @Test func coulterIsOneSharedEntity() throws {
        let coulter = comparison.entities.filter { e in e.perSource.contains { $0.spellings.contains { $0.text.contains("Coulter") } } }
        #expect(coulter.count == 1)
        #expect(coulter.first?.shared == true)
    }

    @Test func roleDivergenceForTheAmbassador() throws {
        let d = try #require(comparison.divergences.first { $0.kind == .roleModality })
        #expect(d.subject.contains("Dartchiev"))
        let speculative = try #require(d.readings.first { $0.note == "speculative" })
        let stated = try #require(d.readings.first { $0.note == "stated" })
        #expect(speculative.doc == documents[0].id && speculative.text.contains("prochain ambassadeur"))
        #expect(stated.doc == documents[1].id && stated.text.contains("nouvel ambassadeur"))
    }

    @Test func sharedDateAndSpeaker() throws {
        let date = try #require(comparison.dates.first { $0.value == "2025-02-27" })
        #expect(date.shared && Set(date.sources) == Set(documents.map(\.id)))
        // The State Department is quoted by both reports (different words: no aligned quotation).
        let state = try #require(comparison.speakers.first { $0.speakerName.contains("Département d") })
        #expect(state.shared)
    }

    @Test func everyPointerSlicesItsDocument() {
        let byId = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        var n = 0
        for e in comparison.entities { for p in e.perSource { for m in p.mentions + p.roles.map(\.at) { #expect(byId[m.doc]?.surface(start: m.start, end: m.end) == m.text); n += 1 } } }
        for q in comparison.quotes { for v in q.versions { #expect(byId[v.doc]?.surface(start: v.content.start, end: v.content.end) == v.content.text); n += 1 } }
        for d in comparison.divergences { for r in d.readings { if let at = r.at { #expect(byId[at.doc]?.surface(start: at.start, end: at.end) == at.text); n += 1 } } }
        #expect(n > 50)
    }
}
