import Foundation
@testable import RecoupeCore
@testable import RecoupeText
@testable import Recoupe
import Testing

@Suite("Sentences")
struct SentenceTests {
    @Test("French sentence rules", arguments: [
        ("M. Lavrov est arrivé. Il a parlé.", ["M. Lavrov est arrivé.", "Il a parlé."]),
        ("Selon A. Dartchiev, tout va bien. Vraiment.", ["Selon A. Dartchiev, tout va bien.", "Vraiment."]),
        ("Il a dit : « C’est fini. » Puis il est parti.", ["Il a dit : « C’est fini. »", "Puis il est parti."]),
        ("« C’est fini. », a-t-il ajouté. Ensuite ?", ["« C’est fini. », a-t-il ajouté.", "Ensuite ?"]),
        ("Né en 52 av. J.-C. à Rome. Mort jeune.", ["Né en 52 av. J.-C. à Rome.", "Mort jeune."]),
        ("Première ligne sans point\nDeuxième ligne.", ["Première ligne sans point", "Deuxième ligne."]),
        ("Quoi ?! Vraiment… Oui.", ["Quoi ?!", "Vraiment…", "Oui."]),
        // ICU's French exceptions match word endings ("aux."): a plain word ends the sentence.
        ("Ils refusent les soins médicaux. En outre, les témoins ont parlé.", ["Ils refusent les soins médicaux.", "En outre, les témoins ont parlé."]),
        ("Les chevaux. Les généraux.", ["Les chevaux.", "Les généraux."]),
        // An abbreviation of the list still does not end it.
        ("Voir le chap. Deux pour la suite.", ["Voir le chap. Deux pour la suite."]),
    ])
    func split(_ text: String, _ expected: [String]) throws {
        let doc = try annotate(text)
        #expect(doc.sentences.map { doc.surface(of: $0) } == expected)
        // Every sentence starts on a token marked as a sentence start.
        let starts = Set(doc.tokens.filter { $0.shape.contains(.sentenceStart) }.map(\.start))
        #expect(Set(doc.sentences.map(\.start)) == starts)
    }
}
