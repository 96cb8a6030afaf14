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

/// Direct-speech spans against AADS ("Automatic Annotation of Direct Speech in Written French
/// Narratives", deezer/aads_french, MIT): chapters of French novels with code-point spans of
/// direct speech, guillemets and dialogue dashes included.
///
/// Runs only when the development copy exists (`../shared/eval/aads-french-train-val.json`
/// beside the repository, or `RECOUPE_AADS`); it is never copied into the repository. By default
/// the `val` split (6 chapters); `RECOUPE_EVAL_ALL=1` scores train and val (39 chapters).
@Suite("Quotes: AADS direct speech")
struct AADSEvaluationTests {
    struct Chapter: Decodable {
        var text: String
        var labels: [[Int]]
        var split: String
    }

    static var corpusPath: String? {
        let path = ProcessInfo.processInfo.environment["RECOUPE_AADS"] ?? Repo.path("../shared/eval/aads-french-train-val.json")
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    struct SpanScore: CustomStringConvertible {
        var predicted = 0, gold = 0, exact = 0, overlapPredicted = 0, overlapGold = 0
        var exactP: Double { Double(exact) / Double(max(predicted, 1)) }
        var exactR: Double { Double(exact) / Double(max(gold, 1)) }
        var overlapP: Double { Double(overlapPredicted) / Double(max(predicted, 1)) }
        var overlapR: Double { Double(overlapGold) / Double(max(gold, 1)) }
        var description: String {
            String(format: "exact P=%.3f R=%.3f, overlap P=%.3f R=%.3f (predicted %d, gold %d)", exactP, exactR, overlapP, overlapR, predicted, gold)
        }
    }

    /// Speech spans: direct and partial quotations containing no other one. AADS labels the
    /// utterances, so a narrator's quoted story holding dialogue counts by its inner turns; and it
    /// labels the stretches between incises, so a quotation counts by its segments.
    static func speechSpans(_ doc: Document) -> [(Int, Int)] {
        let speech = Evaluator.quotationsBySegment(doc).quotes.filter { $0.kind == .direct || $0.kind == .partial }.map { ($0.start, $0.end) }
        return speech.filter { s in !speech.contains { o in o != s && s.0 <= o.0 && o.1 <= s.1 } }
    }

    @Test(.enabled(if: corpusPath != nil, "AADS development copy not present"))
    func directSpeechSpans() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.corpusPath!))
        let corpus = try JSONDecoder().decode([String: Chapter].self, from: data)
        let all = ProcessInfo.processInfo.environment["RECOUPE_EVAL_ALL"] != nil
        let pipeline = try Pipeline.standard()
        var score = SpanScore()
        for (name, chapter) in corpus.sorted(by: { $0.key < $1.key }) where all || chapter.split == "val" {
            var doc = Document(id: name, text: chapter.text)
            try pipeline.run(&doc)
            let predicted = Self.speechSpans(doc)
            let gold = Set(chapter.labels.map { ($0[0], $0[1]) }.map { [$0.0, $0.1] })
            let predictedSet = Set(predicted.map { [$0.0, $0.1] })
            score.predicted += predictedSet.count
            score.gold += gold.count
            score.exact += predictedSet.intersection(gold).count
            score.overlapPredicted += predictedSet.filter { p in gold.contains { $0[0] < p[1] && p[0] < $0[1] } }.count
            score.overlapGold += gold.filter { g in predictedSet.contains { $0[0] < g[1] && g[0] < $0[1] } }.count
        }
        print("AADS \(all ? "train+val" : "val"): \(score)")
        // Floors under the figures measured when this was written (see the README), to catch regressions.
        #expect(score.overlapR >= 0.9 && score.overlapP >= 0.85, "\(score)")
        #expect(score.exactP >= 0.6 && score.exactR >= 0.6, "\(score)")
    }
}
