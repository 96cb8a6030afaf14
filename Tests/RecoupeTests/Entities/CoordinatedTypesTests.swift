import Foundation
@testable import Recoupe
import Testing

/// A one-word name the tagger calls a person takes the type of the place or body it is coordinated with.
@Suite("Entities: coordinated names share a type")
struct CoordinatedTypesTests {
    func labels(_ text: String) throws -> [String: EntityMention.Label] {
        let doc = try annotate(text)
        assertSpansSlice(doc)
        return Dictionary(doc.mentions.map { ($0.surface, $0.label) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aPlaceCoordinatedWithAPlaceIsAPlace() throws {
        let l = try labels("Le navire a fait escale à Lorient et Sète avant de rejoindre Marseille.")
        #expect(l["Lorient"] == .location)
        #expect(l["Sète"] == .location)
    }

    @Test func aPersonWithAGivenNameKeepsItsType() throws {
        let l = try labels("Le ministre a visité Lyon et Jean Dupont l'a accompagné.")
        #expect(l["Jean Dupont"] == .person)
    }

    @Test func aBareCommaSeriesPassesNoType() throws {
        // Race results: horses' names after a place, with no "et" closing a list.
        let doc = try annotate("Prix de Douvres. Kinsacaise, Pont Aubert, Kamante, Grêle, Kake.")
        #expect(!doc.mentions.contains { $0.rule == "same-list" })
    }
}
