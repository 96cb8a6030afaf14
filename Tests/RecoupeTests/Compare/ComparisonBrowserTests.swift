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

/// Renders the seeds' comparison page in headless chromium and checks what a reader sees, with
/// a probe script (added to a copy of the page; the page itself has none) that queries the
/// rendered DOM and computed styles.
@Suite("Comparison page in a browser", .enabled(if: HeadlessChromium.enabled))
struct ComparisonBrowserTests {
    struct Probe: Decodable {
        struct Mark: Decodable { var entity: String; var doc: String; var text: String; var colour: String }
        struct Row: Decodable { var entity: String; var cells: [String] }
        var marks: [Mark]
        var entityRows: [Row]
        var divergenceKinds: [String]
        var quoteSpeakers: [String]
        var texts: [String]
        var articleTops: [Double]
        var articleLefts: [Double]
    }

    static let probeScript = """
        <script>
        const marks = [...document.querySelectorAll('article.source mark.ent')].map(m => ({
          entity: m.dataset.entity, doc: m.closest('article').dataset.doc, text: m.textContent,
          colour: getComputedStyle(m).backgroundColor }));
        const entityRows = [...document.querySelectorAll('#entity-table tbody tr')].map(r => ({
          entity: r.dataset.entity, cells: [...r.querySelectorAll('td.spellings')].map(td => td.textContent) }));
        const divergenceKinds = [...document.querySelectorAll('#divergence-table tbody tr')].map(r => r.dataset.kind);
        const quoteSpeakers = [...document.querySelectorAll('article.source span.quote:not([data-continued])')].map(q => q.dataset.speaker);
        const texts = [...document.querySelectorAll('article.source .text')].map(t => t.textContent);
        const rects = [...document.querySelectorAll('article.source')].map(a => a.getBoundingClientRect());
        const probe = { marks, entityRows, divergenceKinds, quoteSpeakers, texts,
          articleTops: rects.map(r => r.top), articleLefts: rects.map(r => r.left) };
        const pre = document.createElement('pre');
        pre.id = 'probe';
        pre.textContent = btoa(unescape(encodeURIComponent(JSON.stringify(probe))));
        document.body.appendChild(pre);
        </script>
        """

    @Test func seedsComparisonRendersSideBySide() throws {
        let documents = try SeedDocuments.annotated()
        let page = ComparisonPage(comparison: SourceComparer().compare(documents), documents: documents).render()
        let dom = try HeadlessChromium.dumpDOM(page.replacingOccurrences(of: "</body>", with: Self.probeScript + "</body>"))
        let start = try #require(dom.range(of: "<pre id=\"probe\">"))
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let data = try #require(Data(base64Encoded: String(dom[start.upperBound..<end.lowerBound])))
        let probe = try JSONDecoder().decode(Probe.self, from: data)

        // The browser rebuilds each article's text exactly: escaping and nesting are right.
        #expect(probe.texts == documents.map(\.text))
        // Side by side: same top, different left.
        #expect(probe.articleTops.count == 2 && probe.articleTops[0] == probe.articleTops[1])
        #expect(probe.articleLefts.count == 2 && probe.articleLefts[0] < probe.articleLefts[1])
        // Entities highlighted, one colour per entity, different colours for different entities.
        #expect(!probe.marks.isEmpty)
        #expect(probe.marks.allSatisfy { $0.colour != "rgba(0, 0, 0, 0)" })
        let colours = Dictionary(grouping: probe.marks, by: \.entity).mapValues { Set($0.map(\.colour)) }
        #expect(colours.values.allSatisfy { $0.count == 1 })
        // Dartchiev / Darchiev: one entity, highlighted in both articles, both spellings in its table row.
        let darchiev = try #require(probe.marks.first { $0.text.contains("Darchiev") }?.entity)
        let marks = probe.marks.filter { $0.entity == darchiev }
        #expect(Set(marks.map(\.doc)) == Set(documents.map(\.id)))
        #expect(marks.contains { $0.text.contains("Dartchiev") })
        let row = try #require(probe.entityRows.first { $0.entity == darchiev })
        #expect(row.cells.count == 2 && row.cells[0].contains("Dartchiev") && row.cells[1].contains("Darchiev"))
        let coulter = Set(probe.marks.filter { $0.text.contains("Coulter") }.map(\.entity))
        #expect(coulter.count == 1)
        #expect(Set(probe.marks.filter { coulter.contains($0.entity) }.map(\.doc)).count == 2)
        // The divergence table lists the role divergence; quotes are marked with their speaker.
        #expect(probe.divergenceKinds.contains("role-modality"))
        #expect(probe.quoteSpeakers.contains { $0.contains("Zakharova") })
    }
}
