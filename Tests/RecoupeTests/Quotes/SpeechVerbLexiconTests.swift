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
    func form(_ form: String, _ lemma: String) throws {
        #expect(try SpeechVerbLexicon.load().entry(form)?.lemma == lemma)
    }

    @Test func nonVerbsAreAbsent() throws {
        let verbs = try SpeechVerbLexicon.load()
        for w in ["déclaration", "consulat", "le", "que", "parties"] { #expect(verbs.entry(w) == nil) }
    }

    /// The loaded lexicon is the generated forms.tsv (run scripts/gen-speech-verbs.py after editing verbs.txt).
    @Test func loadedTableMatchesLexiconFile() throws {
        let file = try String(contentsOfFile: Repo.path("Lexicons/speech/forms.tsv"), encoding: .utf8)
        let rows = file.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        let loaded = try SpeechVerbLexicon.load()
        #expect(loaded.count == Set(rows.map { $0.split(separator: "\t", omittingEmptySubsequences: false)[0] }).count)
        for row in rows {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(loaded.entry(String(cols[0])) != nil, "\(cols[0]) not loaded")
        }
        let lemmas = try String(contentsOfFile: Repo.path("Lexicons/speech/verbs.txt"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").first.map(String.init) }
        for lemma in lemmas { #expect(rows.contains { $0.hasPrefix(lemma + "\t") }, "\(lemma) has no infinitive row") }
    }

    /// A missing forms file is an error naming the file, not an empty lexicon that finds no quotes.
    @Test func missingFormsFileIsNamed() throws {
        let error = try #require(throws: LexiconLocator.MissingFile.self) { try SpeechVerbLexicon.load(language: "xx") }
        #expect(error.file == "speech/xx-forms.tsv")
        #expect(error.description.contains("speech/xx-forms.tsv"))
    }

    /// `Pipeline.Options.lexiconDirectory` is honoured: a folder with its own forms file wins.
    @Test func customLexiconDirectoryIsHonoured() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("recoupe-speech-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir + "/speech", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "# test\nclama\tclamer\t\n".write(toFile: dir + "/speech/forms.tsv", atomically: true, encoding: .utf8)
        let custom = try SpeechVerbLexicon.load(lexiconDirectory: dir)
        #expect(custom.count == 1)
        #expect(custom.entry("clama")?.lemma == "clamer")
        #expect(custom.entry("déclaré") == nil)
    }
}
