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

@Suite("Language identification")
struct LanguageIdentifierTests {
    static let model: LanguageModel = try! LanguageModel.load(directory: Repo.path("Lexicons/language"))

    /// Held-out news sentences written for this test (never seen by the profiles, which were built
    /// from novels and Firefox localisation strings).
    @Test("held-out news sentences: at most one miss per language", arguments: ["fr", "en", "de", "ru", "uk"])
    func newsSentences(_ language: String) throws {
        let lines = try String(contentsOfFile: Repo.path("Tests/RecoupeTests/Fixtures/language-id/\(language).txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(lines.count >= 15)
        let wrong = lines.filter { Self.model.identify($0).language != language }
        #expect(wrong.count <= 1, "misidentified: \(wrong)")
    }

    /// Sentences of novels held out from training (ELTeC-fra FRA0xx files after the first 8, RusLit
    /// ru010-ru012), when the shared corpus is on this machine.
    static func sharedCorpus(_ folder: String) -> String {
        let dir = Repo.root + "/../shared/corpus/" + folder
        return FileManager.default.fileExists(atPath: dir) ? dir : "/work/shared/corpus/" + folder
    }

    @Test("held-out novel sentences: at least 99% right",
          .enabled(if: ["eltec-fra", "ruslit"].allSatisfy { FileManager.default.fileExists(atPath: sharedCorpus($0)) },
                   "../shared/corpus/eltec-fra and ruslit are not on this machine"),
          arguments: [("fr", "eltec-fra", "FRA"), ("ru", "ruslit", "ru01")])
    func novelSentences(_ language: String, _ folder: String, _ prefix: String) throws {
        let corpus = Self.sharedCorpus(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus)
        let held = names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }.sorted().suffix(language == "fr" ? 10 : 3)
        let file = try #require(held.last, "no held-out file \(prefix)* in \(corpus)")
        let text = try String(contentsOfFile: corpus + "/" + file, encoding: .utf8)
        let sentences = text.split(whereSeparator: { ".!?…\n".contains($0) })
            .map(String.init).filter { $0.unicodeScalars.filter(\.properties.isAlphabetic).count >= 20 }
        let sample = stride(from: 0, to: sentences.count, by: max(1, sentences.count / 400)).map { sentences[$0] }
        #expect(sample.count >= 300)
        let right = sample.filter { Self.model.identify($0).language == language }.count
        #expect(Double(right) / Double(sample.count) >= 0.99, "\(right)/\(sample.count) in \(file)")
    }

    @Test("Ukrainian and Russian told apart by their letters and n-grams", arguments: [
        ("Речниця МЗС заявила, що переговори тривають.", "uk"),
        ("Официальный представитель МИД заявила, что переговоры продолжаются.", "ru"),
        ("Їхня позиція не змінилася, наголосив міністр.", "uk"),
        ("Их позиция не изменилась, подчеркнул министр.", "ru"),
    ])
    func cyrillic(_ text: String, _ language: String) {
        #expect(Self.model.identify(text).language == language)
    }

    @Test("script alone: Greek, no letters, a Latin brand in Russian")
    func scripts() {
        #expect(Self.model.identify("Ο υπουργός Εξωτερικών δήλωσε").language == "el")
        #expect(Self.model.identify("12 345 — !").language == "und")
        let g = Self.model.identify("Компания Microsoft представила обновление Windows для России")
        #expect(g.language == "ru" && g.script == .cyrillic)
    }

    @Test("the pipeline records the language; --lang overrides it")
    func pipeline() throws {
        let en = try annotate("The delegations met for five hours in Istanbul on Thursday, officials said.")
        #expect(en.source.language == "en")
        #expect(en.layers.first == .language)
        var forced = Document(id: "x", text: "The delegations met for five hours in Istanbul on Thursday.")
        try Pipeline.standard(Pipeline.Options(language: "fr")).run(&forced)
        #expect(forced.source.language == "fr")
        let nothing = try annotate("2025 — 27/02")
        #expect(nothing.source.language == "fr", "no letters: the reader's default stays")
    }

    @Test("a paragraph in another language gets a span; a Cyrillic name does not")
    func paragraphs() throws {
        let text = """
        Maria Zakharova, porte-parole de la diplomatie russe (Мария Захарова), a déclaré jeudi que la réunion d’experts avait pour but de trouver des solutions.
        «Эти проблемы накапливались из-за незаконных действий нескольких предыдущих команд Белого дома», заявила Захарова.
        Les deux parties sont convenues de tenir une nouvelle réunion prochainement, selon le Département d’État.
        """
        let doc = try annotate(text)
        #expect(doc.source.language == "fr")
        #expect(doc.languages.map(\.language) == ["ru"])
        let span = try #require(doc.languages.first)
        #expect(doc.surface(of: span).hasPrefix("«Эти проблемы"))
        let json = String(decoding: DocumentJSON.encode(doc), as: UTF8.self)
        #expect(json.contains(#""languages":[{"start":\#(span.start),"end":\#(span.end),"language":"ru""#))
        #expect(try DocumentJSON.decode(Data(json.utf8)).languages == doc.languages)
    }

    @Test("a profile survives writing and reading")
    func profileRoundTrip() throws {
        let p = LanguageProfile.build(language: "xx", script: .latin, source: "test", texts: ["L’ambassade a dit non.", "Ambassadeur"])
        let path = NSTemporaryDirectory() + "recoupe-profile-\(UUID().uuidString).tsv"
        try p.serialized().write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let q = try LanguageProfile.load(path: path)
        #expect(q.language == "xx" && q.script == .latin && q.totals == p.totals && q.counts == p.counts)
        #expect(q.counts[CharacterNGrams.key("_am")!] == 1 && q.counts[CharacterNGrams.key("'am")!] == 1, "the apostrophe stays in the word")
        #expect(q.counts[CharacterNGrams.key("l'a")!] == 1)
        #expect(q.counts[CharacterNGrams.key("a_")!] == 1, "the word 'a'")
    }

    @Test("n-grams do not cross words")
    func ngrams() {
        var seen: [String] = []
        CharacterNGrams.forEach(in: "Ab c".unicodeScalars) { key, _ in seen.append(CharacterNGrams.string(key)) }
        #expect(seen == ["a", "_a", "b", "ab", "_ab", "b_", "ab_", "c", "_c", "c_", "_c_"])
    }
}
