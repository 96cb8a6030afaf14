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

    @Test func recoupeOutputSlicesOnEveryArticle() throws {
        let pipeline = try Pipeline.standard()
        for g in try corpus().documents {
            var doc = Document(id: g.id, text: g.text, source: DocumentSource(date: g.anchorDate))
            try pipeline.run(&doc)
            assertSpansSlice(doc)
        }
    }
}
