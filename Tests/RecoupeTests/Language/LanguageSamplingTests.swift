import Foundation
@testable import RecoupeCore
@testable import RecoupeText
import Testing

/// `LanguageIdentifier` scores a sample of each paragraph and the rest only when the sample leaves
/// doubt (issue 16). These tests hold it to the answers of scoring every paragraph in full.
@Suite("Language identification on samples")
struct LanguageSamplingTests {
    static let model = LanguageIdentifierTests.model

    /// The identifier as shipped, and one whose sample is every scored code point (no sampling).
    static func both() -> (sampled: LanguageIdentifier, full: LanguageIdentifier) {
        let sampled = LanguageIdentifier(model: model)
        let full = LanguageIdentifier(model: model)
        full.sampledPerParagraph = full.maximumScoredPerParagraph
        return (sampled, full)
    }

    static func fixture(_ language: String) throws -> [String] {
        try String(contentsOfFile: Repo.path("Tests/RecoupeTests/Fixtures/language-id/\(language).txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    static func identify(_ text: String, with stage: LanguageIdentifier) throws -> (String, [LanguageSpan]) {
        var doc = Document(id: "t", text: text)
        try stage.run(&doc)
        return (doc.source.language, doc.languages)
    }

    @Test("lead: the margin over the best rival, the prior included; -infinity outside the language's script")
    func lead() {
        let s = Self.model.scores("Les délégations se sont réunies pendant cinq heures à Istanbul.".unicodeScalars)
        let fr = Self.model.lead(of: "fr", in: s)
        #expect(fr > 10)
        #expect(Self.model.lead(of: "en", in: s) < 0)
        #expect(Self.model.lead(of: "fr", in: s, prior: ["fr": 3]) == fr + 3)
        #expect(Self.model.lead(of: "ru", in: s) == -.infinity, "Latin letters: no Cyrillic language leads")
        #expect(Self.model.lead(of: "fr", in: Self.model.scores("12 — 27".unicodeScalars)) == -.infinity)
        let g = Self.model.decide(s)
        #expect(g.language == "fr")
    }

    /// French news paragraphs with paragraphs of each other language (whole fixture lines, and two or
    /// three lines run together so that they pass the sample) between them.
    @Test("mixed documents: the same document language and paragraph spans as scoring in full",
          arguments: ["en", "de", "ru", "uk"])
    func mixedDocuments(_ other: String) throws {
        let fr = try Self.fixture("fr"), foreign = try Self.fixture(other)
        let (sampled, full) = Self.both()
        var checked = 0
        for k in 0..<6 {
            var paragraphs: [String] = []
            for (i, line) in fr.enumerated() {
                // Long French paragraphs (several sentences) pass the sample; every third one is foreign.
                paragraphs.append(i % 3 == k % 3 ? line + " " + fr[(i + k + 1) % fr.count] : line)
                if i % 3 == 1 { paragraphs.append(foreign[(i + k) % foreign.count] + (k % 2 == 0 ? " " + foreign[(i + k + 1) % foreign.count] : "")) }
            }
            let text = paragraphs.joined(separator: "\n\n")
            let a = try Self.identify(text, with: sampled), b = try Self.identify(text, with: full)
            #expect(a.0 == b.0 && a.0 == "fr")
            #expect(a.1 == b.1)
            #expect(!a.1.isEmpty, "the \(other) paragraphs get spans")
            checked += a.1.count
            // The same paragraphs as a document of the other language with French paragraphs in it.
            let swapped = paragraphs.reversed().joined(separator: "\n")
            let c = try Self.identify(swapped, with: sampled), d = try Self.identify(swapped, with: full)
            #expect(c.0 == d.0 && c.1 == d.1)
        }
        #expect(checked >= 30)
    }

    @Test("held-out novels: the same document language and spans as scoring in full",
          .enabled(if: ["eltec-fra", "ruslit"].allSatisfy { FileManager.default.fileExists(atPath: LanguageIdentifierTests.sharedCorpus($0)) },
                   "../shared/corpus/eltec-fra and ruslit are not on this machine"),
          arguments: [("eltec-fra", "FRA"), ("ruslit", "ru01")])
    func novels(_ folder: String, _ prefix: String) throws {
        let corpus = LanguageIdentifierTests.sharedCorpus(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }.sorted()
        let file = try #require(names.last)
        let text = try String(contentsOfFile: corpus + "/" + file, encoding: .utf8)
        let (sampled, full) = Self.both()
        let a = try Self.identify(text, with: sampled), b = try Self.identify(text, with: full)
        #expect(a.0 == b.0)
        #expect(a.1 == b.1, "\(file): \(a.1.count) spans sampled, \(b.1.count) in full")
    }
}
