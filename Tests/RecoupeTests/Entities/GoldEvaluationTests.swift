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

/// Precision and recall per type against the hand-annotated seeds (`Gold/*.entities.tsv`, format
/// in `Gold/README.md`): exact span and label; DATE values must match too.
@Suite("Seed gold: precision and recall per type")
struct GoldEvaluationTests {
    struct GoldMention: Hashable {
        var start: Int, end: Int, label: String, surface: String, value: String?
    }

    static func readGold(_ name: String) throws -> [GoldMention] {
        let text = try String(contentsOfFile: Repo.path("Tests/RecoupeTests/Gold/\(name).entities.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return GoldMention(start: Int(f[0])!, end: Int(f[1])!, label: f[2], surface: f[3], value: f.count > 4 ? f[4] : nil)
        }
    }

    static let seeds = ["000_abb850366427119b", "003_3cbc4bbbaf2386d9"]

    @Test("gold offsets slice the seed texts", arguments: seeds)
    func goldIsConsistent(_ name: String) throws {
        let doc = Document(id: name, text: try seedText(name))
        for g in try Self.readGold(name) { #expect(doc.surface(start: g.start, end: g.end) == g.surface) }
    }

    @Test("precision and recall ≥ 0.9 per type", arguments: seeds)
    func scores(_ name: String) throws {
        let gold = try Self.readGold(name)
        let doc = try annotate(try seedText(name), id: name)
        var lines: [String] = []
        for label in ["PER", "ORG", "LOC", "DATE"] {
            let g = Set(gold.filter { $0.label == label }.map { [$0.start, $0.end] })
            let p = Set(doc.mentions.filter { $0.label.rawValue == label }.map { [$0.start, $0.end] })
            let tp = g.intersection(p).count
            let precision = p.isEmpty ? 1 : Double(tp) / Double(p.count)
            let recall = g.isEmpty ? 1 : Double(tp) / Double(g.count)
            lines.append("\(label) P=\(String(format: "%.2f", precision)) R=\(String(format: "%.2f", recall)) (gold \(g.count), found \(p.count))")
            #expect(precision >= 0.9, "\(name) \(label): missing \(g.subtracting(p).sorted { $0[0] < $1[0] }), spurious \(p.subtracting(g).map { doc.surface(start: $0[0], end: $0[1]) })")
            #expect(recall >= 0.9, "\(name) \(label): missing \(gold.filter { g.subtracting(p).contains([$0.start, $0.end]) }.map(\.surface))")
        }
        print("gold \(name): " + lines.joined(separator: "; "))
    }

    @Test("date values match the gold", arguments: seeds)
    func dateValues(_ name: String) throws {
        let doc = try annotate(try seedText(name), id: name)
        for g in try Self.readGold(name) where g.label == "DATE" {
            let d = try #require(doc.dates.first { $0.start == g.start && $0.end == g.end }, "\(g.surface)")
            let value = d.endValue.map { "\(d.value ?? "")/\($0)" } ?? d.value ?? ""
            #expect(value == (g.value ?? ""), "\(g.surface)")
        }
    }
}
