import Foundation
@testable import Recoupe
import Testing

/// Issue 14's four-article story: one diplomat's appointment told four ways, with role changes,
/// speculation, a denial, a speaker given with her title and "le ministre russe" standing for Lavrov.
/// The texts are written for this test (Tests/RecoupeTests/Fixtures/role-story, CC0).
@Suite("Roles and speakers across four reports of one appointment")
struct RoleStoryTests {
    static let folder = Repo.path("Tests/RecoupeTests/Fixtures/role-story")

    func article(_ name: String) throws -> Document {
        let text = try String(contentsOfFile: Self.folder + "/" + name + ".txt", encoding: .utf8)
        return try annotate(text, id: name)
    }

    func role(of kb: String, in doc: Document) -> EntityMention.Role? {
        doc.mentions.first { $0.kbId == kb && $0.role != nil }?.role
    }

    @Test func appointmentsContinuationsAndEndsAreStated() throws {
        let a1 = try article("a1"), a2 = try article("a2"), a3 = try article("a3")
        // "a été nommé mardi ambassadeur", "est désormais ambassadeur", "a été présenté comme le nouvel ambassadeur".
        for doc in [a1, a2, a3] {
            let r = try #require(role(of: "per:alexander-darchiev", in: doc), "\(doc.id): no role for Dartchiev")
            #expect(r.text.contains("ambassadeur"), "\(doc.id): \(r.text)")
            #expect(r.modality == .stated, "\(doc.id): \(r.modality)")
        }
        // "Sergueï Riabkov, jusqu'ici vice-ministre" ends a role.
        let riabkov = try #require(a3.mentions.first { $0.surface == "Sergueï Riabkov" }?.role)
        #expect(riabkov.text.hasPrefix("vice-ministre"))
        #expect(riabkov.modality == .former)
    }

    /// A role change told in one sentence keeps both roles: the former one as `role`, the new one as `newRole`,
    /// both in the entity's roles and in JSON (`new_role`); "l'ambassadeur" then stands for that person.
    @Test func roleChangeInOneSentence() throws {
        let text = """
        Nouvelles nominations

        Nikolaï Ivanov, jusqu'ici vice-ministre, a été présenté comme le nouvel ambassadeur à Berlin. L'ancien porte-parole de la mission, Timor Goksel, aujourd'hui professeur à l'université de Beyrouth, a parlé.

        « Nous voulons la paix », a déclaré l'ambassadeur.
        """
        let doc = try annotate(text, id: "role-change")
        let ivanov = try #require(doc.mentions.first { $0.surface == "Nikolaï Ivanov" })
        #expect(ivanov.role?.text == "vice-ministre" && ivanov.role?.modality == .former)
        #expect(ivanov.newRole?.text == "nouvel ambassadeur à Berlin" && ivanov.newRole?.modality == .stated)
        let goksel = try #require(doc.mentions.first { $0.surface == "Timor Goksel" })
        #expect(goksel.role?.modality == .former && goksel.role?.text.hasPrefix("ancien porte-parole") == true)
        #expect(goksel.newRole?.text == "professeur à l'université de Beyrouth" && goksel.newRole?.modality == .stated)
        let entity = try #require(doc.entities.first { $0.id == ivanov.kbId })
        #expect(entity.roles.map(\.modality) == [.former, .stated])
        let json = try #require(String(data: try JSONEncoder().encode(ivanov), encoding: .utf8))
        #expect(json.contains("\"new_role\""))
        #expect(try JSONDecoder().decode(EntityMention.self, from: Data(json.utf8)).newRole == ivanov.newRole)
        let q = try #require(doc.quotes.first { $0.kind == .direct })
        #expect(q.speaker?.kbId == ivanov.kbId)
    }

    @Test func anAppositionMayOpenOnAParticipleOfAppointment() throws {
        let doc = try annotate("Il sera assisté par Christos Staïkouras, nommé vice-ministre des Finances.", id: "appointed")
        let m = try #require(doc.mentions.first { $0.surface == "Christos Staïkouras" })
        #expect(m.role?.text == "vice-ministre des Finances" && m.role?.modality == .stated)
    }

    /// A title apposed before the name may end on a person complement ("de M. Samaras"); a former title and a
    /// present apposition give `role` the former one and `newRole` the present one.
    @Test func aTitleMayEndOnAPersonComplement() throws {
        let doc = try annotate("Il sera assisté par l'ex-conseiller économique de M. Samaras, Christos Staïkouras, nommé vice-ministre.", id: "complement")
        let m = try #require(doc.mentions.first { $0.surface == "Christos Staïkouras" })
        #expect(m.role?.text == "ex-conseiller économique de M. Samaras" && m.role?.modality == .former)
        #expect(m.newRole?.text == "vice-ministre" && m.newRole?.modality == .stated)
        // Without the comma the other person's name ends the title ("le ministre X et le secrétaire d'État Y").
        let coordinated = try annotate("Il a reçu le ministre Sergueï Lavrov et le secrétaire d'État Marco Rubio.", id: "two-titles")
        let rubio = try #require(coordinated.mentions.first { $0.surface == "Marco Rubio" })
        #expect(rubio.role?.text == "secrétaire d'État")
    }

    @Test func anAppositionMayOpenOnAnArticleWithoutAComma() throws {
        let doc = try annotate("« Le site sera prêt à long terme », explique Joechen Zaumseil le vice-président de L'Oréal pour l'Asie.", id: "no-comma")
        let m = try #require(doc.mentions.first { $0.surface == "Joechen Zaumseil" })
        #expect(m.role?.text.hasPrefix("vice-président de L'Oréal") == true)
        // An article before no role word opens none ("Il a vu Marie Dubois le lendemain").
        let other = try annotate("Il a vu Marie Dubois le lendemain à Lyon.", id: "no-role")
        #expect(other.mentions.first { $0.surface == "Marie Dubois" }?.role == nil)
    }

    @Test func speculationAndDenial() throws {
        let a4 = try article("a4")
        let r = try #require(role(of: "per:alexander-darchiev", in: a4))
        #expect(r.modality == .speculative, "qui pourrait devenir le prochain ambassadeur: \(r.modality)")
        let petrov = try #require(a4.mentions.first { $0.surface == "Ivan Petrov" }?.role)
        #expect(petrov.modality == .denied)
        #expect(petrov.text.hasPrefix("candidat"))
    }

    @Test func speakersAreNamesLinkedToEntities() throws {
        let a1 = try article("a1"), a2 = try article("a2")
        // "« … », a déclaré le ministre russe": Lavrov, named as the foreign minister in the first sentence.
        let q1 = try #require(a1.quotes.first { $0.kind == .direct })
        #expect(q1.speaker?.kbId == "per:sergey-lavrov")
        // A later "vice-ministre" is no "ministre": the description still stands for Lavrov.
        let text = try String(contentsOfFile: Self.folder + "/a1.txt", encoding: .utf8)
        let widened = text.replacingOccurrences(of: "« ", with: "Nikolaï Ivanov, jusqu'ici vice-ministre, a été nommé à Rome. « ", options: [], range: text.range(of: "« "))
        let q3 = try #require(try annotate(widened, id: "a1-vice").quotes.first { $0.kind == .direct })
        #expect(q3.speaker?.kbId == "per:sergey-lavrov")
        // "La porte-parole Maria Sakharowa a quant à elle déclaré : « … »": the name, not the clause.
        let q2 = try #require(a2.quotes.first { $0.kind == .direct })
        #expect(q2.speaker?.text == "Maria Sakharowa")
        #expect(q2.speaker?.kbId == "per:maria-zakharova")
    }

    @Test func compareSeesOneDiplomatAndTheModalityDivergence() throws {
        let docs = try ["a1", "a2", "a3", "a4"].map(article)
        let comparison = SourceComparer().compare(docs)
        let divergences = comparison.divergences.filter { $0.kind == .roleModality }
        #expect(divergences.contains { $0.subject.contains("Dartchiev") || $0.subject.contains("Darchiev") },
                "stated in three reports, speculative in one: \(divergences.map(\.subject))")
    }
}
