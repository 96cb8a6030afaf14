import Foundation
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry

/// Precision and recall of quotation spans and speakers against gold annotations.
struct QuoteScore: CustomStringConvertible {
    var predicted = 0, gold = 0, matched = 0
    var kindAgree = 0
    var predictedSpeakers = 0, goldSpeakers = 0, rightSpeakers = 0

    var spanPrecision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
    var spanRecall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
    var speakerPrecision: Double { predictedSpeakers == 0 ? 1 : Double(rightSpeakers) / Double(predictedSpeakers) }
    var speakerRecall: Double { goldSpeakers == 0 ? 1 : Double(rightSpeakers) / Double(goldSpeakers) }

    static func + (a: QuoteScore, b: QuoteScore) -> QuoteScore {
        QuoteScore(predicted: a.predicted + b.predicted, gold: a.gold + b.gold, matched: a.matched + b.matched,
                   kindAgree: a.kindAgree + b.kindAgree, predictedSpeakers: a.predictedSpeakers + b.predictedSpeakers,
                   goldSpeakers: a.goldSpeakers + b.goldSpeakers, rightSpeakers: a.rightSpeakers + b.rightSpeakers)
    }

    var description: String {
        String(format: "spans P=%.3f R=%.3f (%d/%d/%d), kinds %d/%d, speakers P=%.3f R=%.3f",
               spanPrecision, spanRecall, matched, predicted, gold, kindAgree, matched, speakerPrecision, speakerRecall)
    }
}

/// One gold file (`Tests/RecoupeTests/Gold/*.quotes.json`, format in Gold/QUOTES.md).
struct QuoteGold: Decodable {
    struct Phrase: Decodable, Hashable { var start: Int; var end: Int; var text: String }
    struct Speaker: Decodable { var start: Int; var end: Int; var text: String; var issuer: Phrase? }
    struct Cue: Decodable { var start: Int; var end: Int; var text: String; var lemma: String }
    struct Item: Decodable {
        var start: Int, end: Int
        var kind: Quote.Kind
        var text: String
        var speaker: Speaker?
        var cue: Cue?
    }

    var document: String
    var quotes: [Item]

    static func load(_ path: String) throws -> QuoteGold {
        try JSONDecoder().decode(QuoteGold.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func score(_ doc: Document) -> QuoteScore {
        var s = QuoteScore(predicted: doc.quotes.count, gold: quotes.count)
        s.predictedSpeakers = doc.quotes.filter { $0.speaker != nil }.count
        s.goldSpeakers = quotes.filter { $0.speaker != nil }.count
        for g in quotes {
            guard let p = doc.quotes.first(where: { $0.start == g.start && $0.end == g.end && ($0.kind == .indirect) == (g.kind == .indirect) }) else { continue }
            s.matched += 1
            if p.kind == g.kind { s.kindAgree += 1 }
            if let gs = g.speaker, let ps = p.speaker, ps.start == gs.start, ps.end == gs.end,
               ps.issuer.map({ Phrase(start: $0.start, end: $0.end, text: $0.text) }) == gs.issuer {
                s.rightSpeakers += 1
            }
        }
        return s
    }
}
