import Foundation
@testable import Recoupe
import Testing

/// Issue 18, item 9: `compare --format md` keeps article text and ids literal: no raw HTML, no
/// links, and a `|` cannot break a table.
@Suite("compare --format md: Markdown and HTML escaping", RecoupeExecutable.isBuilt)
struct MarkdownInjectionTests {
    static let hostile = """
    <script>alert(1)</script> Selon Sergueï Lavrov, « la réunion [clic](javascript:alert(1)) <img src=x onerror=alert(1)> a eu lieu à Moscou le 3 mars », a déclaré Sergueï Lavrov | *gras* `code`.
    """

    /// Rows of each table have as many unescaped bars as its header.
    static func tablesAreWhole(_ md: String) -> Bool {
        var expected: Int? = nil
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { expected = nil; continue }
            let bars = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if let e = expected, e != bars { return false }
            expected = bars
        }
        return true
    }

    @Test("MarkdownText.escape leaves no HTML, link, emphasis or bar")
    func escape() {
        let e = MarkdownText.escape("<img onerror=x> [a](javascript:b) *c* | `d` & e\nf")
        #expect(!e.contains("<") && !e.contains(">") && !e.contains("\n"))
        #expect(e.contains("&lt;img") && e.contains("\\[a\\]\\(javascript:b\\)") && e.contains("\\*c\\*") && e.contains("\\|") && e.contains("&amp;"))
        #expect(MarkdownText.code("a|b") == "`a\\|b`")
        #expect(MarkdownText.code("a`b") == "a\\`b")
    }

    @Test("hostile article text and ids stay literal in the report")
    func compareReport() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("md-injection")
        let a = s.write("a|<script>x</script>.txt", Self.hostile)
        let b = s.write("b.txt", "Sergueï Lavrov a déclaré à Moscou le 3 mars que « la réunion a eu lieu ».")
        let r = try ExternalCommand.run(exe, ["compare", a, b, "--format", "md"])
        #expect(r.status == 0, "\(r.stderrText)")
        let md = r.stdoutText
        #expect(!md.isEmpty)
        #expect(!md.contains("<"), "raw HTML: \(md.split(separator: "\n").filter { $0.contains("<") }.prefix(3))")
        #expect(!md.contains("](javascript:"))
        #expect(Self.tablesAreWhole(md), "\(md)")
    }
}
