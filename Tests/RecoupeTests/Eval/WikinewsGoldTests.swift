import Foundation
@testable import Recoupe
import Testing

/// The French Wikinews gold (Tests/RecoupeTests/Gold/wikinews-fr): well-formed, and Recoupe's output on it
/// keeps the offset contract. Scores and their floors are checked by `make eval` (CI), not here.
@Suite struct WikinewsGoldTests {
    static let folder = Repo.path("Tests/RecoupeTests/Gold/wikinews-fr")

    func corpus() throws -> GoldCorpus { try GoldCorpus.load(Self.folder) }

    @Test func hundredArticlesSplitSixtyForty() throws {
        let docs = try corpus().documents
        #expect(docs.count == 100)
        #expect(docs.filter { $0.split == "dev" }.count == 60)
        #expect(docs.filter { $0.split == "test" }.count == 40)
    }

    @Test func everySpanSlicesTheTextAndEveryIdIsDefined() throws {
        for d in try corpus().documents {
            let n = d.text.unicodeScalars.count
            let ids = Set((d.entities ?? []).map(\.id))
            func inside(_ s: Int?, _ e: Int?) -> Bool { guard let s, let e else { return false }; return 0 <= s && s < e && e <= n }
            for m in d.ents ?? [] {
                #expect(inside(m.start, m.end), "\(d.id): entity at \(m.start)")
                #expect(m.kbId.map(ids.contains) == true, "\(d.id): entity id \(m.kbId ?? "nil")")
            }
            for q in d.quotes ?? [] {
                #expect(inside(q.start, q.end), "\(d.id): quotation at \(q.start)")
                #expect(["direct", "partial", "indirect", "mention"].contains(q.kind))
                for s in q.segments ?? [] { #expect(q.start <= s.start && s.end <= q.end, "\(d.id): segment outside its quotation") }
                if let sp = q.speaker {
                    #expect(sp.kbId.map(ids.contains) == true, "\(d.id): speaker \(sp.kbId ?? "nil")")
                    if sp.start != nil { #expect(inside(sp.start, sp.end), "\(d.id): speaker span") }
                }
            }
            for r in d.roles ?? [] {
                #expect(inside(r.start, r.end) && ids.contains(r.kbId), "\(d.id): role at \(r.start)")
                #expect(["stated", "speculative", "former", "denied"].contains(r.modality))
            }
            for x in d.dates ?? [] { #expect(inside(x.start, x.end), "\(d.id): date at \(x.start)") }
        }
    }

    /// Issue 14: a speaker span is a name, a pronoun or a description of a person or body, never a
    /// clause ("La Syrie n'ayant pas ratifié …") or an abstract or time phrase ("cet après-midi").
    @Test func speakersAreNamesPronounsOrDescriptions() throws {
        let pipeline = try Pipeline.standard()
        let openers: Set<String> = ["le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa",
                                    "ses", "leur", "leurs", "il", "elle", "ils", "elles", "on", "-t-il", "-t-elle", "lui", "eux",
                                    "plusieurs", "certains", "certaines", "deux", "trois", "quelques", "nombre", "aucun", "chaque"]
        let verbs: Set<String> = ["a", "ont", "est", "sont", "était", "étaient", "avait", "avaient", "sera", "ayant", "étant"]
        var checked = 0
        for g in try corpus().filtered(split: "dev").documents {
            var doc = Document(id: g.id, text: g.text, source: DocumentSource(date: g.anchorDate))
            try pipeline.run(&doc)
            for q in doc.quotes {
                guard let s = q.speaker else { continue }
                checked += 1
                let words = s.text.split(whereSeparator: { $0 == " " || $0 == "\u{a0}" }).map { $0.lowercased().replacingOccurrences(of: "’", with: "'") }
                let named = doc.mentions.contains { $0.start < s.end && s.start < $0.end && ($0.label == .person || $0.label == .organization) }
                let first = words.first ?? ""
                #expect(words.count <= 10, "\(g.id): speaker '\(s.text)' is too long to be a name or description")
                #expect(!words.dropFirst().contains { verbs.contains($0) }, "\(g.id): speaker '\(s.text)' holds a verb")
                #expect(named || openers.contains(first) || first.hasPrefix("l'") || first.hasPrefix("d'") || s.text.first?.isUppercase == true,
                        "\(g.id): speaker '\(s.text)' is no name, pronoun or description")
            }
        }
        #expect(checked > 50)
    }

    @Test func recoupeOutputSlicesOnEveryArticle() throws {
        let pipeline = try Pipeline.standard()
        for g in try corpus().documents {
            var doc = Document(id: g.id, text: g.text, source: DocumentSource(date: g.anchorDate))
            try pipeline.run(&doc)
            assertSpansSlice(doc)
        }
    }
}
