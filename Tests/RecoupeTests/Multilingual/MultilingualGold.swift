import Foundation
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry

/// The English and Russian test texts and their gold annotations
/// (`Tests/RecoupeTests/Fixtures/multilingual/`, format in its README).
struct MultilingualGold: Decodable {
    struct GoldEntity: Decodable {
        var start: Int, end: Int, label: String, kb_id: String, text: String
    }
    struct GoldSpeaker: Decodable {
        var start: Int, end: Int, text: String, kb_id: String?
    }
    struct GoldCue: Decodable {
        var start: Int, end: Int, text: String, lemma: String
    }
    struct GoldQuote: Decodable {
        var start: Int, end: Int, content_start: Int, content_end: Int, kind: String, text: String
        var speaker: GoldSpeaker?
        var cue: GoldCue?
    }

    var document: String
    var language: String
    var entities: [GoldEntity]
    var quotes: [GoldQuote]

    static let directory = Repo.path("Tests/RecoupeTests/Fixtures/multilingual")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }.sorted()
    }

    static func load(_ name: String) throws -> (MultilingualGold, Document) {
        let gold = try JSONDecoder().decode(MultilingualGold.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/" + name + ".gold.json")))
        var doc = try DocumentReader().read(path: directory + "/" + name + ".txt")
        try Pipeline.standard().run(&doc)
        return (gold, doc)
    }

    /// Precision and recall counts.
    struct Score: CustomStringConvertible {
        var truePositives = 0, predicted = 0, gold = 0
        var precision: Double { Double(truePositives) / Double(max(predicted, 1)) }
        var recall: Double { Double(truePositives) / Double(max(gold, 1)) }
        static func + (a: Score, b: Score) -> Score {
            Score(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
        }
        var description: String { String(format: "P=%.3f R=%.3f (%d/%d predicted, %d gold)", precision, recall, truePositives, predicted, gold) }
    }

    /// PER/ORG/LOC mentions: exact span and label.
    func entityScore(_ doc: Document) -> Score {
        let labels: Set<String> = ["PER", "ORG", "LOC"]
        let predicted = Set(doc.mentions.filter { labels.contains($0.label.rawValue) }.map { "\($0.start)-\($0.end)-\($0.label.rawValue)" })
        let gold = Set(entities.map { "\($0.start)-\($0.end)-\($0.label)" })
        return Score(truePositives: predicted.intersection(gold).count, predicted: predicted.count, gold: gold.count)
    }

    /// People linked right: a gold PER mention found with the same span whose kb_id equals the gold
    /// one (lexicon people) or, for people outside the lexicon, is not a lexicon id.
    func personLinkScore(_ doc: Document) -> Score {
        let people = entities.filter { $0.label == "PER" }
        var tp = 0
        for g in people {
            guard let m = doc.mentions.first(where: { $0.start == g.start && $0.end == g.end && $0.label == .person }) else { continue }
            if g.kb_id.hasPrefix("gold:") ? !m.kbId.hasPrefix("per:") : m.kbId == g.kb_id { tp += 1 }
        }
        return Score(truePositives: tp, predicted: doc.mentions.filter { $0.label == .person }.count, gold: people.count)
    }

    /// Quotations in marks: exact span (marks included).
    func quoteScore(_ doc: Document) -> Score {
        let predicted = Set(doc.quotes.filter { $0.kind == .direct || $0.kind == .partial }.map { "\($0.start)-\($0.end)" })
        let gold = Set(quotes.map { "\($0.start)-\($0.end)" })
        return Score(truePositives: predicted.intersection(gold).count, predicted: predicted.count, gold: gold.count)
    }

    /// Speakers: a quotation with the right span whose speaker span overlaps the gold one, or
    /// whose speaker kb_id is the gold one.
    func speakerScore(_ doc: Document) -> Score {
        var tp = 0
        let withSpeaker = doc.quotes.filter { ($0.kind == .direct || $0.kind == .partial) && $0.speaker != nil }
        for g in quotes {
            guard let gs = g.speaker, let q = withSpeaker.first(where: { $0.start == g.start && $0.end == g.end }), let s = q.speaker else { continue }
            if (s.start < gs.end && gs.start < s.end) || (gs.kb_id != nil && s.kbId == gs.kb_id) { tp += 1 }
        }
        return Score(truePositives: tp, predicted: withSpeaker.count, gold: quotes.filter { $0.speaker != nil }.count)
    }
}
