@testable import RecoupeCore
import Testing

/// `Document.paragraphs(of:)` reads code-point values through a raw buffer; it must cut exactly where
/// the plain rule does (non-empty lines at \n, \r or U+2029, trimmed of Unicode White_Space;
/// `isWhitespaceFast` itself is checked in `ScalarPropertiesTests`).
@Suite("Core: paragraphs of a document")
struct ParagraphSplitTests {
    /// The rule as first written, on Unicode properties and checked subscripts.
    static func reference(_ scalars: [Unicode.Scalar]) -> [Span] {
        var out: [Span] = []
        var i = 0
        let n = scalars.count
        while i < n {
            while i < n, scalars[i].properties.isWhitespace { i += 1 }
            guard i < n else { break }
            var j = i
            while j < n, scalars[j] != "\n", scalars[j] != "\r", scalars[j] != "\u{2029}" { j += 1 }
            var e = j
            while e > i, scalars[e - 1].properties.isWhitespace { e -= 1 }
            out.append(Span(start: i, end: e))
            i = j
        }
        return out
    }

    @Test func cutsWhereThePlainRuleDoes() {
        let pieces: [String] = ["a", "é", "Ж", " ", "\t", "\n", "\r", "\r\n", "\u{2029}", "\u{2028}", "\u{A0}", "\u{202F}",
                                "\u{85}", "\u{B}", "\u{C}", "\u{3000}", "\u{301}", "«", "."]
        var rng = SplitMix64(seed: 47)
        for _ in 0..<3000 {
            let text = (0..<Int(rng.next() % 16)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let scalars = Array(text.unicodeScalars)
            #expect(Document.paragraphs(of: scalars) == Self.reference(scalars), "\(text.debugDescription)")
        }
        #expect(Document.paragraphs(of: Array(" Un.\r\n\u{A0}\n\tDeux \u{2029}trois".unicodeScalars))
                == [Span(start: 1, end: 4), Span(start: 9, end: 13), Span(start: 15, end: 20)])
    }
}
