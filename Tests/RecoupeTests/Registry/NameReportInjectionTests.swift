@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Issue 18, item 10: `names report --format csv` never writes a cell a spreadsheet runs as a
/// formula (OWASP CSV injection); item 9 for the report's Markdown.
@Suite("names report: CSV formula injection, Markdown")
struct NameReportInjectionTests {
    static let report = NameReport(documents: 1, entities: [
        NameReport.Entity(kbId: "=cmd|' /C calc'!A0", aliases: [], label: "PER", canonical: "+SUM(1,2)", mentions: 1, documents: 1, spellings: [
            NameReport.Spelling(text: "@evil", count: 1, documents: [
                NameReport.DocumentCount(id: "-2+3", source: "\tHYPERLINK(\"x\")", sha256: "00", count: 1),
            ]),
            NameReport.Spelling(text: "Sergueï Lavrov", count: 2, documents: [
                NameReport.DocumentCount(id: "ok", source: "AFP", sha256: "01", count: 2),
            ]),
        ]),
    ])

    @Test("cells starting with = + - @ or a tab are quoted and prefixed with '")
    func csvFormulas() {
        let csv = Self.report.csv()
        let row = csv.components(separatedBy: "\r\n")[1]
        #expect(row.hasPrefix(#""'=cmd|' /C calc'!A0",PER,"'+SUM(1,2)","'@evil",1,"'-2+3","'"#), "\(row)")
        // No cell of any row starts with a formula character once unquoted.
        for line in csv.components(separatedBy: "\r\n").dropFirst() where !line.isEmpty {
            #expect(!["=", "+", "-", "@"].contains(line.first.map(String.init) ?? ""), "\(line)")
            #expect(!line.contains(",=") && !line.contains(",+") && !line.contains(",@") && !line.contains(",-"), "\(line)")
        }
        #expect(csv.contains("\r\nok") || csv.contains(",ok,"), "ordinary cells stay as they were")
    }

    @Test("the Markdown report escapes every cell")
    func markdown() {
        let md = Self.report.markdown()
        #expect(!md.contains("<br>"))
        let row = md.split(separator: "\n").last { $0.hasPrefix("| ") }!
        // Four columns: five unescaped bars.
        #expect(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 5, "\(row)")
    }
}
