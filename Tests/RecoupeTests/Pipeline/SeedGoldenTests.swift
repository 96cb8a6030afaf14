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

/// Golden facts about the two seed articles, checked by hand (and against an independent
/// regex tokenization of the same rules: 512 and 489 non-space tokens).
@Suite("Seed articles")
struct SeedGoldenTests {
    static func seed(_ prefix: String) throws -> Document {
        let path = try #require(Repo.seedPaths.first { $0.contains("/" + prefix) }, "seed \(prefix) missing")
        var doc = try DocumentReader().read(path: path)
        try Pipeline.standard().run(&doc)
        assertSpansSlice(doc)
        return doc
    }

    /// Regression pins, not a quality measure: the counts this version gives, so that any change to
    /// tokenization or sentence splitting shows up here and is looked at (the non-space counts were
    /// also checked against an independent regex tokenizer). Update them deliberately.
    @Test("regression pin: token and sentence counts", arguments: [
        // (seed, tokens incl. space tokens, non-space tokens, sentences, paragraphs)
        ("000_", 518, 512, 12, 7),
        ("003_", 512, 489, 17, 14),
    ])
    func counts(_ prefix: String, _ tokens: Int, _ words: Int, _ sentences: Int, _ paragraphs: Int) throws {
        let doc = try Self.seed(prefix)
        #expect(doc.tokens.count == tokens)
        #expect(doc.words.count == words)
        #expect(doc.sentences.count == sentences)
        #expect(doc.paragraphs.count == paragraphs)
        #expect(doc.source.encoding == "UTF-8")
        #expect(doc.source.sha256.count == 64)
    }

    @Test("elision and guillemets in seed 000")
    func seed000Tokens() throws {
        let doc = try Self.seed("000_")
        let w = doc.words
        // "l’ambassade", "secrétaire d’État", "qu’Alexandre"
        #expect(w.contains("l’") && w.contains("ambassade"))
        let secretaire = try #require(w.firstIndex(of: "secrétaire"))
        #expect(Array(w[secretaire...(secretaire + 2)]) == ["secrétaire", "d’", "État"])
        #expect(w.contains("qu’") && w.contains("Alexandre"))
        // «mesures initiales concrètes» (no spaces inside the guillemets in this seed)
        let i = try #require(w.firstIndex(of: "mesures"))
        #expect(Array(w[(i - 1)...(i + 3)]) == ["«", "mesures", "initiales", "concrètes", "»"])
        // The closing » of Zakharova's two-sentence quotation ends the sentence it closes.
        let closing = try #require(doc.sentences.first { doc.surface(of: $0).hasSuffix("deux pays».") })
        #expect(doc.surface(of: closing).hasPrefix("Ces équipes ont délibérément"))
        let opening = try #require(doc.sentences.first { doc.surface(of: $0).hasPrefix("Maria Zakharova") })
        #expect(doc.surface(of: opening).hasSuffix("idées russophobes destructrices."))
    }

    @Test("NBSP guillemets, inversion and d’État in seed 003")
    func seed003Tokens() throws {
        let doc = try Self.seed("003_")
        let w = doc.words
        #expect(w.contains("-t-il"))
        let inversion = try #require(w.firstIndex(of: "-t-il"))
        #expect(w[inversion - 1] == "a" && w[inversion + 1] == "déclaré")
        #expect(w.contains("d’") && w.contains("État"))
        // « l’approche constructive »: NBSP inside the guillemets are space tokens, not word parts.
        let i = try #require(w.firstIndex(of: "approche"))
        #expect(Array(w[(i - 2)...(i + 2)]) == ["«", "l’", "approche", "constructive", "»"])
        #expect(!doc.tokens.contains { $0.kind != .space && doc.surface(of: $0).unicodeScalars.contains("\u{A0}") })
        // "« … », indique la déclaration." stays one sentence with its cue.
        #expect(doc.sentences.contains { doc.surface(of: $0).hasSuffix("internationales\u{A0}», indique la déclaration.") })
    }

    @Test("JSON round trip keeps every layer")
    func roundTrip() throws {
        for prefix in ["000_", "003_"] {
            let doc = try Self.seed(prefix)
            let json = DocumentJSON.encode(doc)
            let back = try DocumentJSON.decode(Data(json))
            #expect(back.text == doc.text)
            #expect(back.tokens == doc.tokens)
            #expect(back.sentences == doc.sentences)
            #expect(back.paragraphs == doc.paragraphs)
            #expect(back.mentions == doc.mentions)
            #expect(back.quotes == doc.quotes)
            #expect(back.dates == doc.dates)
            #expect(back.source == doc.source)
            // And it is valid JSON for any parser, with code-point offsets.
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
            #expect(object["text"] as? String == doc.text)
            #expect((object["tokens"] as? [Any])?.count == doc.tokens.count)
        }
    }
}
