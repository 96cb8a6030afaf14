import Foundation
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
import Testing

/// The normalizer's fast table path must give what ICU gives: `NFKC_Casefold` of the
/// typography-folded surface. ICU is the oracle here, on real text and on the cases the table
/// leaves to ICU (combining marks, compatibility characters, scripts outside the table).
@Suite("Token norms")
struct TokenNormalizerTests {
    static func icuNorm(_ surface: String) throws -> String {
        try Normalizer.normalize(TypographyFolding.apply(surface), .nfkcCasefold)
    }

    static func tokenize(_ text: String) throws -> Document {
        var doc = Document(id: "norms", text: text)
        try Tokenizer().run(&doc)
        try TokenNormalizer().run(&doc)
        return doc
    }

    @Test("every token's norm is ICU's NFKC_Casefold of its typography-folded surface (seeds and Wikinews articles)")
    func tablePathAgreesWithICU() throws {
        var files = try FileManager.default.contentsOfDirectory(atPath: Repo.path("seeds")).filter { $0.hasSuffix(".txt") }.map { Repo.path("seeds/" + $0) }
        let news = Repo.path("../shared/corpus/wikinews-fr")
        if let articles = try? FileManager.default.contentsOfDirectory(atPath: news) {
            files += articles.filter { $0.hasSuffix(".txt") }.sorted().prefix(20).map { news + "/" + $0 }
        }
        var checked = 0
        for f in files {
            let doc = try Self.tokenize(try String(contentsOfFile: f, encoding: .utf8))
            for t in doc.tokens where t.kind != .space {
                let surface = doc.surface(of: t)
                #expect(t.norm == (try Self.icuNorm(surface)), "\(f): \(surface.debugDescription)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    @Test("what a reader expects of French typography and case", arguments: [
        ("État", "état"),
        ("L’ambassadeur", "l'ambassadeur"),
        ("ŒUVRE", "oeuvre"),      // typography folding spells the ligature out
        ("Straße", "strasse"),
        ("ﬁn", "fin"),            // ligature (compatibility)
        ("Ｐａｒｉｓ", "paris"),   // full width
        ("Е\u{301}лкин", "е\u{301}лкин"),  // Cyrillic with a combining accent (no precomposed form): kept
        ("Cafe\u{301}", "café"),  // decomposed: composed
        ("ЛАВРОВ", "лавров"),
    ])
    func examples(_ surface: String, _ expected: String) throws {
        let n = try TokenNormalizer().norm(surface)
        #expect(n == expected)
        #expect(n == (try Self.icuNorm(surface)))
    }

    @Test("the text is never rewritten; space tokens get a single space as norm")
    func textUntouched() throws {
        let text = "L’État  a dit\u{00A0}: « NON »."
        let doc = try Self.tokenize(text)
        #expect(doc.text == text)
        for t in doc.tokens where t.kind == .space { #expect(t.norm == " ") }
    }
}
