import Foundation
@testable import RecoupeCore
@testable import Recoupe
import Testing

/// Issue 14, item 1: one quotation per utterance; an incise is its cue, `segments` are the words without it.
@Suite struct QuoteSegmentTests {
    func segments(_ doc: Document, _ q: Quote) -> [String] { q.segments.map { doc.surface(start: $0.start, end: $0.end) } }

    @Test func anInciseIsTheCueNotASplit() throws {
        let doc = try annotate("Hassan Ali manifestait au Caire. « Moi, dit-il, j’ai l’impression que le conseil militaire se sert de la constitution. »")
        let quotes = doc.quotes.filter { $0.kind == .direct || $0.kind == .partial }
        #expect(quotes.count == 1)
        let q = try #require(quotes.first)
        #expect(doc.surface(of: q) == "« Moi, dit-il, j’ai l’impression que le conseil militaire se sert de la constitution. »")
        #expect(segments(doc, q) == ["Moi", "j’ai l’impression que le conseil militaire se sert de la constitution."])
        #expect(q.cue?.text == "dit")
        #expect(q.speaker?.text == "Hassan Ali")
        assertSpansSlice(doc)
    }

    @Test func anUninterruptedQuotationHasOneSegmentItsContent() throws {
        let doc = try annotate("Le ministre a déclaré : « Nous partirons demain. »")
        let q = try #require(doc.quotes.first { $0.kind == .direct })
        #expect(q.segments == [Quote.Segment(start: q.contentStart, end: q.contentEnd)])
        #expect(segments(doc, q) == ["Nous partirons demain."])
    }

    @Test func aMultiParagraphQuotationIsOneUnitWithASegmentPerParagraph() throws {
        let doc = try annotate("Le ministre a déclaré :\n« Nous partirons demain.\n« Nous reviendrons lundi. »\nFin.")
        let quotes = doc.quotes.filter { $0.kind == .direct || $0.kind == .partial }
        #expect(quotes.count == 1)
        let q = try #require(quotes.first)
        #expect(segments(doc, q) == ["Nous partirons demain.", "Nous reviendrons lundi."])
        assertSpansSlice(doc)
    }

    @Test func segmentsAreWrittenAndOldOutputReadsAsOneSegment() throws {
        let doc = try annotate("Hassan Ali manifestait. « Moi, dit-il, je reste ici jusqu’au bout. »")
        let json = String(decoding: DocumentJSON.encode(doc), as: UTF8.self)
        #expect(json.contains("\"segments\":[{\"start\":"))
        let back = try DocumentJSON.decode(Data(json.utf8))
        #expect(back.quotes == doc.quotes)
        let old = #"{"start":0,"end":9,"content_start":1,"content_end":8,"kind":"direct","speaker":null,"cue":null,"confidence":1}"#
        let q = try JSONDecoder().decode(Quote.self, from: Data(old.utf8))
        #expect(q.segments == [Quote.Segment(start: 1, end: 8)])
    }

    @Test func segmentGoldIsScoredOnSegments() throws {
        let text = "Hassan Ali manifestait. « Moi, dit-il, je reste ici jusqu’au bout. »"
        let doc = try annotate(text)
        let q = try #require(doc.quotes.first { $0.kind == .direct })
        var gold = GoldDocument(id: "d", text: text)
        gold.quotes = q.segments.map { GoldDocument.Quotation(start: $0.start, end: $0.end, kind: "direct") }
        let asSegments = Evaluator(layers: [.quotes]).score(GoldCorpus(name: "g", documents: [gold], quoteUnit: .segment), predictions: [doc])
        #expect(asSegments.quotes == PRF(gold: 2, predicted: 2, matched: 2))
        // The same gold read as utterances: one unit predicted, it covers too little of either piece.
        let asUnits = Evaluator(layers: [.quotes]).score(GoldCorpus(name: "g", documents: [gold]), predictions: [doc])
        #expect(asUnits.quotes.predicted == 1)
    }
}
