import Foundation
@testable import RecoupeCore
@testable import Recoupe
import Testing

/// The page's layout in headless chromium (issue 17): 2 to 20 sources at 1,400 px and on a
/// phone (390 px), reported speech styled apart, legend present, divergences linking to places
/// that exist in the texts.
@Suite("Comparison page layout in a browser", .enabled(if: HeadlessChromium.enabled))
struct ComparisonLayoutBrowserTests {
    struct Probe: Decodable {
        var pageWidth: Double
        var viewport: Double
        var columnsScrollable: Bool
        var articleWidths: [Double]
        var articleTops: [Double]
        var reportedStyle: [String]
        var verbatimStyle: [String]
        var legendItems: Int
        var divergenceLinks: Int
        var brokenLinks: Int
        var neighbourColours: [String]
    }

    static let probeScript = """
        <script>
        const arts = [...document.querySelectorAll('article.source')].map(a => a.getBoundingClientRect());
        const cols = document.querySelector('.columns');
        const style = el => el ? [getComputedStyle(el).fontStyle, getComputedStyle(el).borderBottomStyle] : [];
        const links = [...document.querySelectorAll('#divergence-table a[href^="#"]')];
        const probe = {
          pageWidth: document.documentElement.scrollWidth, viewport: window.innerWidth,
          columnsScrollable: cols.scrollWidth > cols.clientWidth + 1,
          articleWidths: arts.map(r => r.width), articleTops: arts.map(r => r.top),
          reportedStyle: style(document.querySelector('article.source span.reported-speech')),
          verbatimStyle: style(document.querySelector('article.source span.quote.verbatim')),
          legendItems: document.querySelectorAll('#legend li').length,
          divergenceLinks: links.length,
          brokenLinks: links.filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length,
          neighbourColours: [...document.querySelectorAll('#entity-table .swatch')].map(s => getComputedStyle(s).backgroundColor) };
        const pre = document.createElement('pre');
        pre.id = 'probe';
        pre.textContent = btoa(unescape(encodeURIComponent(JSON.stringify(probe))));
        document.body.appendChild(pre);
        </script>
        """

    static func probe(_ page: String, width: Int) throws -> Probe {
        let dom = try HeadlessChromium.dumpDOM(page.replacingOccurrences(of: "</body>", with: probeScript + "</body>"), width: width)
        let start = try #require(dom.range(of: "<pre id=\"probe\">"))
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        return try JSONDecoder().decode(Probe.self, from: try #require(Data(base64Encoded: String(dom[start.upperBound..<end.lowerBound]))))
    }

    @Test func fourSourcesFitSideBySideAt1400() throws {
        let (c, docs) = try ComparisonPageReaderTests.story()
        let p = try Self.probe(ComparisonPage(comparison: c, documents: docs).render(), width: 1400)
        #expect(p.articleTops.count == 4 && Set(p.articleTops).count == 1)
        #expect(!p.columnsScrollable && p.articleWidths.allSatisfy { $0 >= 250 }, "\(p.articleWidths)")
        #expect(p.reportedStyle == ["italic", "dotted"] && p.verbatimStyle == ["normal", "solid"])
        #expect(p.legendItems == 9)
        #expect(p.divergenceLinks >= 4 && p.brokenLinks == 0)
        #expect(zip(p.neighbourColours, p.neighbourColours.dropFirst()).allSatisfy { $0 != $1 })
    }

    @Test(arguments: [2, 4, 20])
    func sourcesScrollSidewaysOnAPhone(count: Int) throws {
        let (_, story) = try ComparisonPageReaderTests.story()
        let docs = (0..<count).map { n -> Document in
            var d = story[n % story.count]
            d.id = "\(d.id)-\(n)"
            return d
        }
        let page = ComparisonPage(comparison: SourceComparer().compare(docs), documents: docs).render()
        let phone = try Self.probe(page, width: 390)
        // The page itself does not overflow the phone; each source takes most of the screen and
        // the others are reached by scrolling the columns.
        #expect(phone.pageWidth <= phone.viewport + 1, "page \(phone.pageWidth) > \(phone.viewport)")
        #expect(phone.articleWidths.allSatisfy { $0 >= 0.8 * phone.viewport && $0 <= phone.viewport })
        #expect(phone.columnsScrollable)
        let wide = try Self.probe(page, width: 1400)
        #expect(wide.pageWidth <= wide.viewport + 1)
        #expect(wide.articleWidths.allSatisfy { $0 >= 250 })
        #expect(wide.columnsScrollable == (count > 4))
    }
}
