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

/// The seeds against their hand-checked gold files (Gold/*.quotes.json).
@Suite("Quotes: seed gold")
struct QuoteGoldTests {
    static let seeds = ["000_abb850366427119b", "003_3cbc4bbbaf2386d9"]

    func annotateSeed(_ name: String) throws -> (Document, QuoteGold) {
        let text = try String(contentsOfFile: Repo.path("seeds/\(name).txt"), encoding: .utf8)
        return (try annotate(text, id: name), try QuoteGold.load(Repo.path("Tests/RecoupeTests/Gold/\(name).quotes.json")))
    }

    @Test("every gold quotation found with its kind and speaker, nothing else", arguments: seeds)
    func seedMatchesGold(_ name: String) throws {
        let (doc, gold) = try annotateSeed(name)
        // The gold file describes this text.
        for g in gold.quotes { #expect(doc.surface(start: g.start, end: g.end) == g.text) }
        let s = gold.score(doc)
        #expect(s.matched == s.gold && s.matched == s.predicted, "\(name): \(s)")
        #expect(s.kindAgree == s.matched, "\(name): \(s)")
        #expect(s.rightSpeakers == s.goldSpeakers && s.rightSpeakers == s.predictedSpeakers, "\(name): \(s)")
        print("quotes gold \(name): \(s)")
    }

    @Test("quotes survive the JSON round trip", arguments: seeds)
    func jsonRoundTrip(_ name: String) throws {
        let (doc, _) = try annotateSeed(name)
        let back = try DocumentJSON.decode(Data(DocumentJSON.encode(doc)))
        #expect(back.quotes == doc.quotes)
        // Both seeds have a document speaker ("cette source", "la déclaration"), so issuers are exercised.
        #expect(back.quotes.contains { $0.speaker?.issuer != nil })
    }

    @Test func zakharovaQuote() throws {
        let (doc, _) = try annotateSeed("000_abb850366427119b")
        let q = try #require(doc.quotes.first { doc.surface(of: $0).hasPrefix("«Ces problèmes") })
        #expect(q.kind == .direct)
        #expect(q.speaker?.text == "Maria Zakharova")
        #expect(q.cue?.lemma == "constater")
        let partial = try #require(doc.quotes.first { doc.surface(of: $0) == "«mesures initiales concrètes»" })
        #expect(partial.kind == .partial)
        #expect(partial.speaker?.text == "le Département d'État américain")
        #expect(partial.cue?.lemma == "selon")
    }

    @Test func consulateAndStateDepartment() throws {
        let (doc, _) = try annotateSeed("003_3cbc4bbbaf2386d9")
        let declaration = try #require(doc.quotes.first { doc.surface(of: $0).hasPrefix("«\u{A0}ont échangé") })
        #expect(declaration.speaker?.text == "la déclaration")
        #expect(declaration.speaker?.issuer?.text == "Le consulat russe à Istanbul")
        let approach = try #require(doc.quotes.first { doc.surface(of: $0) == "«\u{A0}l’approche constructive\u{A0}»" })
        #expect(approach.kind == .partial)
        #expect(approach.speaker?.text == "Le Département d’État américain")
        let added = try #require(doc.quotes.first { doc.surface(of: $0).hasPrefix("«\u{A0}actuellement") })
        #expect(added.speaker?.text == "le consulat")
        #expect(added.cue?.text == "ajouté")
        let indirect = doc.quotes.filter { $0.kind == .indirect }
        #expect(indirect.contains { doc.surface(of: $0) == "l’Ukraine n’était pas à l’ordre du jour" && $0.speaker?.text == "Tammy Bruce" })
    }
}
