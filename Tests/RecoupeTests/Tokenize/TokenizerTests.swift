@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

@Suite("French tokenizer")
struct TokenizerTests {
    @Test("elision, inversions, compounds, numbers, abbreviations", arguments: [
        ("L’ambassadeur est arrivé.", ["L’", "ambassadeur", "est", "arrivé", "."]),
        ("le secrétaire d’État", ["le", "secrétaire", "d’", "État"]),
        ("jusqu’à aujourd’hui", ["jusqu’", "à", "aujourd’hui"]),
        ("la presqu’île qu’il voit", ["la", "presqu’île", "qu’", "il", "voit"]),
        ("lorsqu'il l'a dit", ["lorsqu'", "il", "l'", "a", "dit"]),
        ("a-t-il ajouté", ["a", "-t-il", "ajouté"]),
        ("dit-elle, est-ce vrai", ["dit", "-elle", ",", "est", "-ce", "vrai"]),
        ("donne-le-moi", ["donne", "-le", "-moi"]),
        ("peut-être à Saint-Pétersbourg", ["peut-être", "à", "Saint-Pétersbourg"]),
        ("Rostov-sur-le-Don et rendez-vous", ["Rostov-sur-le-Don", "et", "rendez-vous"]),
        ("1 500 euros et 3,5 %", ["1 500", "euros", "et", "3,5", "%"]),
        ("2\u{202F}000\u{202F}000 de personnes", ["2\u{202F}000\u{202F}000", "de", "personnes"]),
        ("en 2024 100 personnes", ["en", "2024", "100", "personnes"]),
        ("M. Lavrov et Mme Zakharova", ["M.", "Lavrov", "et", "Mme", "Zakharova"]),
        ("en 52 av. J.-C. aux U.S.", ["en", "52", "av.", "J.-C.", "aux", "U.S."]),
        ("A. Dartchiev", ["A.", "Dartchiev"]),
        ("voir https://www.tass.ru/politika/123, ou écrire à jean.dupont@example.fr.",
         ["voir", "https://www.tass.ru/politika/123", ",", "ou", "écrire", "à", "jean.dupont@example.fr", "."]),
        ("selon @mid_rf et #Istanbul", ["selon", "@mid_rf", "et", "#Istanbul"]),
        ("avenir proche.Les journalistes", ["avenir", "proche", ".", "Les", "journalistes"]),
        ("le site lemonde.fr", ["le", "site", "lemonde.fr"]),
    ])
    func words(_ text: String, _ expected: [String]) throws {
        let doc = try annotate(text)
        #expect(doc.words == expected)
    }

    @Test("NNBSP inside guillemets is never part of a word")
    func guillemetSpaces() throws {
        let doc = try annotate("Il a dit «\u{202F}Poutine\u{202F}» hier.")
        #expect(doc.words == ["Il", "a", "dit", "«", "Poutine", "»", "hier", "."])
        let spaces = doc.tokens.filter { $0.kind == .space }.map { doc.surface(of: $0) }
        #expect(spaces == ["\u{202F}", "\u{202F}"])
    }

    @Test("token kinds and shapes")
    func kinds() throws {
        let doc = try annotate("L’ONU a 193 membres, dit Dаrchiev !")
        let byText = Dictionary(doc.tokens.map { (doc.surface(of: $0), $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["L’"]?.shape.contains(.elision) == true)
        #expect(byText["ONU"]?.shape.contains(.allCaps) == true)
        #expect(byText["193"]?.kind == .number)
        #expect(byText[","]?.kind == .punct)
        #expect(byText["Dаrchiev"]?.shape.contains(.mixedScript) == true)
        #expect(byText["Dаrchiev"]?.shape.contains(.titleCase) == true)
    }

    @Test("empty text gives no tokens")
    func empty() throws {
        let doc = try annotate("")
        #expect(doc.tokens.isEmpty && doc.sentences.isEmpty)
    }
}
