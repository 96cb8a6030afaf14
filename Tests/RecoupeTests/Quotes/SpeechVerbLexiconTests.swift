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

@Suite("Quotes: speech verbs")
struct SpeechVerbLexiconTests {
    @Test(arguments: [
        ("déclaré", "déclarer"), ("indique", "indiquer"), ("affirme", "affirmer"), ("ajouté", "ajouter"),
        ("constaté", "constater"), ("exhorté", "exhorter"), ("estime", "estimer"), ("souligné", "souligner"),
        ("précisé", "préciser"), ("rapporté", "rapporter"), ("expliqua", "expliquer"), ("assure", "assurer"),
        ("annonça", "annoncer"), ("annonçant", "annoncer"), ("dit", "dire"), ("disait", "dire"), ("dîmes", "dire"),
        ("répondit", "répondre"), ("répondu", "répondre"), ("poursuivit", "poursuivre"), ("insisté", "insister"),
        ("dénoncé", "dénoncer"), ("rappelle", "rappeler"), ("rappela", "rappeler"), ("confié", "confier"),
        ("lancé", "lancer"), ("martèle", "marteler"), ("répète", "répéter"), ("reprit", "reprendre"),
        ("s'écria", "écrier") as (String, String),
    ].map { ($0.0 == "s'écria" ? "écria" : $0.0, $0.1) })
    func form(_ form: String, _ lemma: String) {
        #expect(SpeechVerbLexicon.shipped.entry(form)?.lemma == lemma)
    }

    @Test func nonVerbsAreAbsent() {
        for w in ["déclaration", "consulat", "le", "que", "parties"] { #expect(SpeechVerbLexicon.shipped.entry(w) == nil) }
    }

    /// The embedded table is the generated forms.tsv (run scripts/gen-speech-verbs.py after editing verbs.txt).
    @Test func embeddedTableMatchesLexiconFile() throws {
        let file = try String(contentsOfFile: Repo.path("Lexicons/speech/forms.tsv"), encoding: .utf8)
        let rows = file.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        let embedded = SpeechVerbLexicon.shippedForms.split(separator: "\n").map(String.init)
        #expect(rows == embedded)
        let lemmas = try String(contentsOfFile: Repo.path("Lexicons/speech/verbs.txt"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").first.map(String.init) }
        for lemma in lemmas { #expect(rows.contains { $0.hasPrefix(lemma + "\t") }, "\(lemma) has no infinitive row") }
    }
}
