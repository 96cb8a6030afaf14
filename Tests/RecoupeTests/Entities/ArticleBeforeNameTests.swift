import Foundation
@testable import Recoupe
import Testing

/// A lower-case definite article before a name the tagger calls a person makes it an organisation.
@Suite("Entities: an article before a name")
struct ArticleBeforeNameTests {
    func labels(_ text: String) throws -> [String: (EntityMention.Label, String)] {
        let doc = try annotate(text)
        assertSpansSlice(doc)
        return Dictionary(doc.mentions.map { ($0.surface, ($0.label, $0.rule)) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aNameAfterLaIsAnOrganisation() throws {
        // (A team the lexicon lacks: 38-bodies-world.tsv has the Scuderia Ferrari.)
        let l = try labels("Il a rejoint la Scuderia Minardi en 2001.")
        #expect(l["Scuderia Minardi"]?.0 == .organization)
        #expect(l["Scuderia Minardi"]?.1 == "article")
        // A team with its place is one name, whatever the tagger read in it (EntityRecognizer+Teams).
        let team = try labels("Il signe pour quatre saisons avec les Sharks de San José.")
        #expect(team["Sharks de San José"]?.0 == .organization)
    }

    /// "la guerre de Corée": the place names an event with its head noun; the place alone stays a place.
    @Test func aPlaceAfterAnEventNounNamesTheEvent() throws {
        let l = try labels("La guerre de Corée a duré trois ans. Le traité de Versailles est signé à Versailles.")
        #expect(l["guerre de Corée"]?.0 == .misc)
        #expect(l["traité de Versailles"]?.1 == "event")
        #expect(l["Corée"] == nil)
        #expect(l["Versailles"]?.0 == .location)
    }

    /// The place may follow "du", "des" or "de la" ("la guerre du Golfe", "la révolution des Tulipes").
    @Test func anEventNounTakesItsPlaceThroughDuDesAndDeLa() throws {
        let l = try labels("La guerre du Kosovo a éclaté en 1998. Le massacre de la Saint-Barthélemy eut lieu à Paris.")
        #expect(l["guerre du Kosovo"]?.0 == .misc, "\(l)")
        #expect(l["massacre de la Saint-Barthélemy"]?.0 == .misc, "\(l)")
        #expect(l["Kosovo"] == nil)
        #expect(l["Paris"]?.0 == .location)
    }

    /// A race or cup named after its place is the event ("le Tour de l'Aude", "le Grand Prix de Monaco", "les Six
    /// jours de Grenoble"); a lower-case "tour" or a circuit is no event.
    @Test func racesAndCupsNamedAfterAPlaceAreEvents() throws {
        let l = try labels("Sur le Tour de l'Aude, elle remporte le prologue. Il gagne le Grand Prix de Monaco puis les Six jours de Grenoble. Il visite la tour de Pise.")
        for name in ["Tour de l'Aude", "Grand Prix de Monaco", "Six jours de Grenoble"] {
            #expect(l[name]?.0 == .misc && l[name]?.1 == "event", "\(name): \(l)")
        }
        #expect(l["Monaco"] == nil && l["Grenoble"] == nil)
        #expect(l["Pise"]?.0 == .location)
    }

    /// Festivals and games are events (MISC in the news gold and in WikiNEuRal), with a qualifier after the noun, and when
    /// their capitalised name reads as an organisation.
    @Test func festivalsAreEvents() throws {
        let l = try labels("La 42e édition du festival interceltique de Lorient débute vendredi. Le film est présenté au festival de Cannes, puis au Festival d'Avignon. La guerre civile d'Espagne a duré trois ans. Il vise les jeux olympiques de Rio de Janeiro.")
        for name in ["festival interceltique de Lorient", "festival de Cannes", "Festival d'Avignon", "guerre civile d'Espagne", "jeux olympiques de Rio de Janeiro"] {
            #expect(l[name]?.0 == .misc, "\(name): \(l)")
            #expect(l[name]?.1 == "event", "\(name)")
        }
        #expect(l["Lorient"] == nil && l["Cannes"] == nil)
    }

    @Test func aCapitalizedArticleOpeningTheSentenceDoesNotCount() throws {
        // "Le Stade de Reims" opens the sentence: its article may belong to a name ("Le Pen"), so the
        // rule leaves the span to the tagger.
        let l = try labels("Le Stade de Reims a battu Nantes.")
        #expect(l.values.allSatisfy { $0.1 != "article" })
    }

    @Test func aPersonWithNoArticleStaysAPerson() throws {
        let l = try labels("Le transfert de Nadim Houry vers Marseille est confirmé.")
        #expect(l["Nadim Houry"]?.0 == .person)
    }
}
