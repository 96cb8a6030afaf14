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

@Suite("brat standoff export")
struct BratStandoffTests {
    /// A parsed `T` line: type, fragments, the text after the tab.
    struct TextBound { var id: String; var type: String; var fragments: [(Int, Int)]; var text: String }

    static func textBounds(_ ann: String) -> [TextBound] {
        ann.split(separator: "\n").filter { $0.hasPrefix("T") }.map { line in
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            let head = cols[1].split(separator: " ", maxSplits: 1)
            let fragments = head[1].split(separator: ";").map { f -> (Int, Int) in
                let p = f.split(separator: " ")
                return (Int(p[0])!, Int(p[1])!)
            }
            return TextBound(id: String(cols[0]), type: String(head[0]), fragments: fragments, text: String(cols[2]))
        }
    }

    /// brat's own check: the text after the tab is the fragments of the .txt joined by a space.
    static func assertConsistent(_ brat: BratStandoff, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(brat.text.unicodeScalars)
        let ids = Set(textBounds(brat.annotations).map(\.id))
        for t in textBounds(brat.annotations) {
            let joined = t.fragments.map { f -> String in
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[f.0..<f.1])
                return String(v)
            }.joined(separator: " ")
            #expect(joined == t.text, "\(t.id) \(t.type)", sourceLocation: sourceLocation)
        }
        // Relations and attributes point at existing text-bound annotations.
        for line in brat.annotations.split(separator: "\n") where line.hasPrefix("R") || line.hasPrefix("A") || line.hasPrefix("#") {
            let refs = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ":" }).filter { $0.hasPrefix("T") && $0.dropFirst().allSatisfy(\.isNumber) }
            #expect(!refs.isEmpty && refs.allSatisfy { ids.contains(String($0)) }, "\(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func seedsExportSlicesTheText() throws {
        for doc in try HandAnnotatedSeeds.documents {
            let brat = BratStandoff(doc)
            #expect(brat.text == doc.text)
            Self.assertConsistent(brat)
            let types = Self.textBounds(brat.annotations).map(\.type)
            #expect(types.filter { $0 == "PER" }.count == doc.mentions.filter { $0.label == .person }.count)
            #expect(types.filter { $0 == "Quote" }.count == doc.quotes.count)
            #expect(types.filter { $0 == "DATE" }.count == doc.dates.count)
            #expect(brat.annotations.contains("\tSaidBy Arg1:"))
            #expect(brat.annotations.contains("AnnotatorNotes"))
        }
        let first = BratStandoff(try HandAnnotatedSeeds.first())
        #expect(first.annotations.contains("Modality") && first.annotations.contains(" speculative\n"))
    }

    @Test func crlfTextIsWrittenWithLFAndOffsetsShift() throws {
        var doc = try annotate("Premier paragraphe.\r\nMaria Zakharova a parlé\r\nà Moscou.", id: "crlf")
        let (s, e) = HandAnnotatedSeeds.span(doc, "Maria Zakharova")
        doc.mentions = [EntityMention(start: s, end: e, label: .person, kbId: "z", surface: "Maria Zakharova", canonical: "Maria Zakharova", confidence: 1, rule: "t")]
        let (qs, qe) = HandAnnotatedSeeds.span(doc, "a parlé\r\nà Moscou")
        doc.quotes = [Quote(start: qs, end: qe, contentStart: qs, contentEnd: qe, kind: .indirect, confidence: 1)]
        let brat = BratStandoff(doc)
        #expect(!brat.text.contains("\r"))
        Self.assertConsistent(brat)
        let bounds = Self.textBounds(brat.annotations)
        #expect(bounds.first { $0.type == "PER" }?.fragments.first?.0 == s - 1)
        // A span across a line break becomes two fragments.
        #expect(bounds.first { $0.type == "Quote" }?.fragments.count == 2)
    }

    @Test func configurationDeclaresEveryTypeUsed() throws {
        let conf = BratStandoff.annotationConfiguration
        for doc in try HandAnnotatedSeeds.documents {
            for t in Set(Self.textBounds(BratStandoff(doc).annotations).map(\.type)) {
                #expect(conf.contains("\n\(t)\n"), "\(t) not declared")
            }
        }
    }
}
