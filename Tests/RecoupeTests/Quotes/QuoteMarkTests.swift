@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Quotation marks: kinds of marks, nesting, multi-paragraph quotations, recovery.
@Suite("Quotes: marks")
struct QuoteMarkTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        /// Surfaces of every quotation found, in order.
        var quotes: [String]
        var warnings: Int = 0
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Il a dit : «\u{A0}Bonjour à tous\u{A0}».", quotes: ["«\u{A0}Bonjour à tous\u{A0}»"]),
        Case(text: "Il a dit : «\u{202F}Bonjour à tous\u{202F}».", quotes: ["«\u{202F}Bonjour à tous\u{202F}»"]),
        Case(text: "Il a dit : «Bonjour à tous».", quotes: ["«Bonjour à tous»"]),
        Case(text: "Il a dit : « Le mot “paix” revient souvent. »", quotes: ["« Le mot “paix” revient souvent. »", "“paix”"]),
        Case(text: "Il a dit : « Le mot ‹ paix › revient. »", quotes: ["« Le mot ‹ paix › revient. »", "‹ paix ›"]),
        Case(text: "Il a dit : „Wir schaffen das“ hier.", quotes: ["„Wir schaffen das“"]),
        Case(text: "Le président a dit \"yes\" et \"no\".", quotes: ["\"yes\"", "\"no\""]),
        Case(text: "L’ambassadeur d’Italie n’est pas là.", quotes: []),
        Case(text: "Il a dit « bonjour.\nLa suite du texte est normale, « celle-ci » aussi.", quotes: ["« bonjour.", "« celle-ci »"], warnings: 1),
        Case(text: "Texte » suite.\nAutre « citation ».", quotes: ["« citation »"], warnings: 1),
        Case(text: "« A “b » c.", quotes: ["« A “b »"], warnings: 1),
        // One quotation over three paragraphs stays one unit (no warning); its segments are the paragraphs.
        Case(text: "« Un.\n« Deux.\n« Trois. »\nFin.", quotes: ["« Un.\n« Deux.\n« Trois. »"]),
        Case(text: "« Un.\nDeux sans marque.", quotes: ["« Un."], warnings: 1),
    ]

    @Test(arguments: cases)
    func marks(_ c: Case) throws {
        let doc = try annotate(c.text)
        let found = doc.quotes.filter { $0.kind != .indirect }.map { doc.surface(of: $0) }
        #expect(found == c.quotes)
        #expect(doc.warnings.filter { $0.stage == "quotes" }.count == c.warnings, "\(doc.warnings)")
    }

    @Test func contentExcludesMarksAndSpaces() throws {
        let doc = try annotate("Il a dit : «\u{A0}Bonjour\u{A0}».")
        let q = try #require(doc.quotes.first)
        #expect(doc.surface(start: q.contentStart, end: q.contentEnd) == "Bonjour")
    }

    @Test func deepNestingIsBounded() throws {
        let twenty = String(repeating: "« a ", count: 20) + "x" + String(repeating: " »", count: 20)
        let doc = try annotate(twenty)
        #expect(doc.quotes.count == 20)
        #expect(doc.warnings.isEmpty)
        let deep = String(repeating: "«", count: 5000) + "x" + String(repeating: "»", count: 5000) + "\nFin « ok »."
        let d2 = try annotate(deep)
        #expect(d2.quotes.count <= QuoteMarkScanner.maxDepth + 1)
        #expect(d2.warnings.contains { $0.code == "quote-too-deep" })
        #expect(d2.quotes.contains { d2.surface(of: $0) == "« ok »" })
    }

    @Test func strayMarksNeverSwallowTheDocument() throws {
        let text = "Début « sans fin.\n" + String(repeating: "Un paragraphe normal.\n", count: 50) + "Et « une vraie » citation."
        let doc = try annotate(text)
        for q in doc.quotes { #expect(!doc.surface(of: q).contains("\n")) }
        #expect(doc.quotes.contains { doc.surface(of: $0) == "« une vraie »" })
    }
}

/// Random mixes of marks, dashes, cues and line breaks: the stage never crashes and every span slices.
@Suite("Quotes: robustness")
struct QuoteRobustnessTests {
    static let pieces = ["«", "»", "“", "”", "„", "‹", "›", "\"", "‘", "’", "—", "–", "-", "--", ":", ",", ".", "!", "?", "…", ";",
                         "\n", "\n\n", "\u{A0}", "\u{202F}", " ", "a", "-t-il", "déclaré", "dit", "-elle", "selon", "d’après",
                         "le", "consulat", "que", "Maria", "Zakharova", "la", "déclaration", "indique", "M.", "Il", "(", ")"]

    @Test func randomTextsNeverCrash() throws {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(Int(rng.next() % 60) + 1) {
                text += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
                if rng.next() % 3 == 0 { text += " " }
            }
            let doc = try annotate(text)
            for q in doc.quotes {
                #expect(q.contentStart >= q.start && q.contentEnd <= q.end)
            }
        }
    }
}
