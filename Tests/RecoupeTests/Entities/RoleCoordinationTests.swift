import Foundation
@testable import Recoupe
import Testing

/// Coordinated roles come out as one role each (the gold sets' convention): the first as the mention's
/// `role`, the others as `coordinatedRoles`, all in the entity's roles and in JSON (`coordinated_roles`).
@Suite("Roles: coordinated roles")
struct RoleCoordinationTests {
    func roles(_ text: String, of surface: String) throws -> [EntityMention.Role] {
        let doc = try annotate(text)
        assertSpansSlice(doc)
        let m = try #require(doc.mentions.first { $0.surface == surface }, "no mention \(surface)")
        return m.allRoles
    }

    @Test func titleAndAppositionSplitAtEtBeforeARoleWord() throws {
        #expect(try roles("Le journaliste et commentateur sportif Thierry Roland est mort.", of: "Thierry Roland").map(\.text)
                == ["journaliste", "commentateur sportif"])
        // The last part a single word.
        #expect(try roles("Le comédien et humoriste Mouss Diouf est mort.", of: "Mouss Diouf").map(\.text) == ["comédien", "humoriste"])
        #expect(try roles("Nadim Houry, responsable de l'organisation et spécialiste de la Syrie, précise que la torture continue.",
                          of: "Nadim Houry").map(\.text) == ["responsable de l'organisation", "spécialiste de la Syrie"])
    }

    @Test func everyPartKeepsTheModalityOfTheWhole() throws {
        let r = try roles("Il fut associé à Jean-Michel Larqué, ancien footballeur et joueur mythique de l'AS Saint-Étienne.", of: "Jean-Michel Larqué")
        #expect(r.map(\.text) == ["ancien footballeur", "joueur mythique de l'AS Saint-Étienne"])
        #expect(r.map(\.modality) == [.former, .former])
    }

    @Test func aPluralTitleIsEveryCoordinatedNamesRole() throws {
        let text = "Elle a été repérée par des astronomes amateurs américains Kian Jek et Robert Gagliano en utilisant un site."
        #expect(try roles(text, of: "Kian Jek").map(\.text) == ["astronomes amateurs américains"])
        #expect(try roles(text, of: "Robert Gagliano").map(\.text) == ["astronomes amateurs américains"])
        // A singular title stays the first name's.
        let singular = "Le ministre Jean Dupuis et Paul Martin sont arrivés."
        #expect(try roles(singular, of: "Jean Dupuis").map(\.text) == ["ministre"])
        #expect(try roles(singular, of: "Paul Martin").isEmpty)
    }

    /// A title apposed before the article of the name's own title is a further role; "d'alors" makes it former.
    /// After "selon"/"pour" the first title is another person's.
    @Test func aTitleApposedBeforeTheNamesTitleIsAFurtherRole() throws {
        #expect(try roles("Ils portaient des portraits du guide religieux de l'Iran, l'ayatollah Ali Khamenei, et des drapeaux.",
                          of: "Ali Khamenei").map(\.text) == ["ayatollah", "guide religieux de l'Iran"])
        let then = try roles("Des partisans du guide religieux d'alors, l'ayatollah Khomeini, avaient pris l'ambassade.", of: "Khomeini")
        #expect(then.map(\.text) == ["ayatollah", "guide religieux d'alors"])
        #expect(then.map(\.modality) == [.stated, .former])
        #expect(try roles("Selon le ministre, le général Paul Martin a quitté la ville.", of: "Paul Martin").map(\.text) == ["général"])
    }

    @Test func aComplementJoinedByEtIsNoSecondRole() throws {
        let r = try roles("Pierre Moscovici, ministre de l'Économie et des Finances, a parlé.", of: "Pierre Moscovici")
        #expect(r.map(\.text) == ["ministre de l'Économie et des Finances"])
    }

    @Test func jsonCarriesTheCoordinatedRolesAndReadsThemBack() throws {
        let doc = try annotate("Le comédien et humoriste français Mouss Diouf est mort à Marseille.")
        let m = try #require(doc.mentions.first { $0.surface == "Mouss Diouf" })
        #expect(m.role?.text == "comédien")
        #expect(m.coordinatedRoles?.map(\.text) == ["humoriste français"])
        // The emitted document (DocumentJSON) carries them; the mention decodes back with them.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(DocumentJSON.encode(doc, pipelineVersion: "test"))) as? [String: Any])
        let ents = try #require(json["ents"] as? [[String: Any]])
        let diouf = try #require(ents.first { $0["surface"] as? String == "Mouss Diouf" })
        let coordinated = try #require(diouf["coordinated_roles"] as? [[String: Any]])
        #expect(coordinated.map { $0["text"] as? String } == ["humoriste français"])
        #expect(try JSONDecoder().decode(EntityMention.self, from: JSONSerialization.data(withJSONObject: diouf)) == m)
        let entity = try #require(doc.entities.first { $0.id == m.kbId })
        #expect(entity.roles.map(\.text) == ["comédien", "humoriste français"])
    }
}
