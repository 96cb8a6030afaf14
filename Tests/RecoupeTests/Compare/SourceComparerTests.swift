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

@Suite("Cross-source comparison")
struct SourceComparerTests {
    let documents: [Document]
    let comparison: Comparison

    init() throws {
        documents = try HandAnnotatedSeeds.documents
        comparison = SourceComparer().compare(documents)
    }

    func entity(_ canonicalPart: String) -> EntityAcrossSources? {
        comparison.entities.first { e in e.perSource.contains { $0.spellings.contains { $0.text.contains(canonicalPart) } } }
    }

    @Test func spellingsOfOnePersonAreOneEntity() throws {
        let darchiev = try #require(entity("Darchiev"))
        #expect(darchiev === entity("Dartchiev"))
        #expect(darchiev.shared)
        #expect(Set(darchiev.kbIds) == ["alexander-darchiev", "name:darchiev"])
        #expect(darchiev.perSource.map(\.doc) == documents.map(\.id))
        #expect(darchiev.perSource[0].spellings == [SpellingCount(text: "Alexandre Dartchiev", count: 2)])
        #expect(darchiev.perSource[1].spellings == [SpellingCount(text: "Alexander Darchiev", count: 1)])
        let spelling = try #require(comparison.divergences.first { $0.kind == .spelling && $0.subject == darchiev.canonical })
        #expect(spelling.readings.map(\.text) == ["Alexandre Dartchiev", "Alexander Darchiev"])
    }

    @Test func garbledCoulterIsTheSameEntity() throws {
        let coulter = try #require(entity("Coulter"))
        #expect(coulter.shared)
        #expect(coulter.canonical == "Sonata Coulter")
        #expect(coulter.perSource.map { $0.spellings.map(\.text) } == [["Sonata Coulter"], ["Coulter"]])
        // Same role, worded differently ("la sonate de l’Europe centrale").
        #expect(comparison.divergences.contains { $0.kind == .roleWording && $0.subject == "Sonata Coulter" })
    }

    @Test func roleModalityDivergence() throws {
        let d = try #require(comparison.divergences.first { $0.kind == .roleModality })
        #expect(d.subject == "Alexandre Dartchiev")
        #expect(d.readings.map(\.note) == ["speculative", "stated"])
        #expect(d.readings[0].text == "pourrait devenir le prochain ambassadeur de Russie aux États-Unis")
        #expect(d.readings[1].text == "le nouvel ambassadeur de la Russie à Washington")
        // The other role ("directeur du département…") is not the same role: not in the divergence.
        #expect(!d.readings.contains { $0.text.hasPrefix("directeur") })
        #expect(comparison.divergences.filter { $0.kind == .roleModality }.count == 1)
    }

    @Test func sharedAndSingleEntities() {
        let shared = Set(comparison.entities.filter(\.shared).map(\.id))
        #expect(shared == ["istanbul", "us-state-department", "sonata-coulter", "alexander-darchiev", "washington"])
        // ’ against ' is typography, not a spelling divergence.
        #expect(!comparison.divergences.contains { $0.kind == .spelling && $0.subject.hasPrefix("Département") })
        let onlyFirst = comparison.entities.first { $0.id == "maria-zakharova" }
        #expect(onlyFirst?.sources == [documents[0].id])
        #expect(comparison.divergences.contains { $0.kind == .coverage && $0.subject == "Maria Zakharova" })
        // Shared entities come first.
        let firstUnshared = comparison.entities.firstIndex { !$0.shared } ?? comparison.entities.count
        #expect(comparison.entities[firstUnshared...].allSatisfy { !$0.shared })
    }

    @Test func sharedDateWithContext() throws {
        let d = try #require(comparison.dates.first { $0.value == "2025-02-27" })
        #expect(d.shared)
        #expect(d.occurrences.map(\.doc) == documents.map(\.id))
        for o in d.occurrences {
            #expect(o.context.start <= o.at.start && o.at.end <= o.context.end)
            #expect(o.context.text.contains("27 février"))
        }
        #expect(comparison.dates.first { $0.value == "2024-11" }?.shared == false)
    }

    @Test func quotesGroupedBySpeakerAcrossSources() {
        let state = comparison.quotes.filter { $0.speaker == "us-state-department" }
        #expect(Set(state.flatMap(\.sources)) == Set(documents.map(\.id)))
        #expect(state.allSatisfy { !$0.shared })  // different words: not aligned
        let consulate = comparison.quotes.first { $0.versions.contains { $0.content.text.hasPrefix("ont accepté") } }
        #expect(consulate?.speakerName == "le consulat")
    }

    /// Every pointer names a compared document and slices its text to the stored text.
    @Test func everyPointerSlicesItsDocument() throws {
        let byId = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        var pointers: [SourcePointer] = []
        for e in comparison.entities { for p in e.perSource { pointers += p.mentions + p.roles.map(\.at) } }
        for q in comparison.quotes { for v in q.versions { pointers.append(v.content); if let s = v.speaker { pointers.append(s) } } }
        for d in comparison.dates { for o in d.occurrences { pointers += [o.at, o.context] } }
        for n in comparison.numbers { pointers += n.occurrences.map(\.at) }
        for d in comparison.divergences { pointers += d.readings.compactMap(\.at) }
        #expect(pointers.count > 40)
        for p in pointers {
            let doc = try #require(byId[p.doc], "pointer to unknown document \(p.doc)")
            #expect(doc.surface(start: p.start, end: p.end) == p.text)
        }
    }

    @Test func jsonIsSnakeCaseAndRoundTrips() throws {
        let data = try comparison.jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format"] as? Int == Comparison.formatVersion)
        let first = try #require((object["entities"] as? [[String: Any]])?.first)
        #expect(first["kb_ids"] != nil && first["per_source"] != nil)
        let back = try Comparison.decode(data)
        #expect(back.entities.map(\.id) == comparison.entities.map(\.id))
        #expect(back.divergences.map(\.kind) == comparison.divergences.map(\.kind))
    }

    @Test func markdownListsTheDivergences() {
        let md = comparison.markdown()
        #expect(md.contains("| role-modality | Alexandre Dartchiev |"))
        #expect(md.contains("Alexandre Dartchiev ×2") && md.contains("Alexander Darchiev ×1"))
    }
}

extension EntityAcrossSources {
    static func === (a: EntityAcrossSources, b: EntityAcrossSources?) -> Bool { a.id == b?.id }
}
