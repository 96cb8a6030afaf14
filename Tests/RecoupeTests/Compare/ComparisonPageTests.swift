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

@Suite("Comparison page markup")
struct ComparisonPageTests {
    /// The text inside `<div class="text">` of each article, tags removed and entities decoded.
    static func articleTexts(_ html: String) -> [String] {
        html.components(separatedBy: "<div class=\"text\">").dropFirst().map { part in
            let inner = part.components(separatedBy: "</div></article>")[0]
            var out = "", inTag = false
            for c in inner {
                if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
            }
            return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    @Test func hostileTextIsEscaped() throws {
        let text = "<script>alert(\"x\")</script> & Maria Zakharova a dit « <img src=x onerror=alert(1)> ». Fin."
        var a = try annotate(text, id: "a\"><b>")
        a.mentions = []
        a.entities = []
        a.quotes = []
        let (s, e) = HandAnnotatedSeeds.span(a, "Maria Zakharova")
        a.mentions = [EntityMention(start: s, end: e, label: .person, kbId: "z\"><i>", surface: "Maria Zakharova",
                                    canonical: "Zakharova\"><img onerror=alert(2)>", confidence: 1, rule: "t")]
        let (qs, qe) = HandAnnotatedSeeds.span(a, "<img src=x onerror=alert(1)>")
        a.quotes = [Quote(start: qs - 2, end: qe + 2, contentStart: qs, contentEnd: qe, kind: .direct,
                          speaker: .init(start: s, end: e, text: "Maria Zakharova", kbId: "z\"><i>"), confidence: 1)]
        let docs = [a]
        let html = ComparisonPage(comparison: SourceComparer().compare(docs), documents: docs).render()
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>") && !html.contains("<i>"))
        #expect(Self.articleTexts(html) == [text])
    }

    /// Crossing spans (a quote that starts inside a mention) are closed and reopened, and the
    /// text still comes out whole and in order.
    @Test func crossingSpansNestProperly() throws {
        var a = try annotate("Selon Maria Zakharova, tout va bien.", id: "a")
        a.mentions = []
        a.entities = []
        a.quotes = []
        let (s, e) = HandAnnotatedSeeds.span(a, "Maria Zakharova")
        a.mentions = [EntityMention(start: s, end: e, label: .person, kbId: "z", surface: "Maria Zakharova", canonical: "Maria Zakharova", confidence: 1, rule: "t")]
        let (qs, qe) = HandAnnotatedSeeds.span(a, "Zakharova, tout va")
        a.quotes = [Quote(start: qs, end: qe, contentStart: qs, contentEnd: qe, kind: .indirect, confidence: 1)]
        let html = ComparisonPage(comparison: SourceComparer().compare([a]), documents: [a]).render()
        let body = html.components(separatedBy: "<div class=\"text\">")[1].components(separatedBy: "</div></article>")[0]
        // Balanced: as many openings as closings for each element, and the text intact.
        for tag in ["mark", "span"] {
            #expect(body.components(separatedBy: "<\(tag) ").count == body.components(separatedBy: "</\(tag)>").count, "\(tag)")
        }
        #expect(body.contains("data-continued"))
        #expect(Self.articleTexts(html) == [a.text])
    }
}
