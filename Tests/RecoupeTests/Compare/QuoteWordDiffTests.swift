@testable import Recoupe
import Testing

@Suite("Word differences inside an aligned quotation")
struct QuoteWordDiffTests {
    static func words(_ s: String) -> [QuoteWordDiff.Word] {
        s.split(separator: " ").map { QuoteWordDiff.Word(surface: String($0), norm: $0.lowercased()) }
    }

    @Test func addedCutAndChangedRuns() {
        let d = QuoteWordDiff.diff(Self.words("nous sommes prêts à reprendre le dialogue sans conditions"),
                                   Self.words("Moscou est prête à reprendre vite le dialogue"), doc: "b", against: "a")
        #expect(d.changed == [.init(from: "nous sommes prêts", to: "Moscou est prête")])
        #expect(d.added == ["vite"] && d.cut == ["sans conditions"])
        #expect(d.summary.contains("cuts “sans conditions”") && d.summary.contains("adds “vite”"))
    }

    @Test func caseOnlyIsNoDifference() {
        #expect(QuoteWordDiff.diff(Self.words("Nous Sommes prêts"), Self.words("nous sommes prêts"), doc: "b", against: "a").isEmpty)
    }
}
