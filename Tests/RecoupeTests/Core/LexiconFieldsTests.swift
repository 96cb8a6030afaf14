@testable import RecoupeCore
@testable import RecoupeNames
import Foundation
import Testing

/// `LexiconFields` splits and trims on bytes and scalars what `String.split` and Foundation's
/// `trimmingCharacters(in: .whitespaces)` split and trimmed, on random lines of the characters lexicon
/// files hold (tabs, "|", spaces of several kinds, accented and Cyrillic letters, combining marks after letters).
@Suite("Core: lexicon fields on bytes")
struct LexiconFieldsTests {
    static let pieces = ["a", "é", "e\u{301}", "Ж", "ё", "\t", "|", ",", " ", "\u{A0}", "\u{3000}", "\u{2009}", "-", "'", "👍🏽"]

    @Test func splitsAsStringSplitDoes() {
        var rng = SplitMix64(seed: 45)
        for _ in 0..<800 {
            let line = Substring((0..<Int(rng.next() % 14)).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined())
            for separator in ["\t", "|", ","] as [Character] {
                for omitting in [true, false] {
                    let expected = line.split(separator: separator, omittingEmptySubsequences: omitting)
                    let got = LexiconFields.split(line, at: UInt8(ascii: separator.unicodeScalars.first!), omittingEmpty: omitting)
                    #expect(got == expected, "\(line.debugDescription) at \(separator.debugDescription)")
                }
            }
        }
    }

    @Test func trimsAsFoundationWhitespacesDo() {
        var rng = SplitMix64(seed: 46)
        for _ in 0..<800 {
            let field = Substring((0..<Int(rng.next() % 10)).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined())
            #expect(String(LexiconFields.trimmingSpaces(field)) == field.trimmingCharacters(in: .whitespaces), "\(field.debugDescription)")
        }
        #expect(LexiconFields.trimmingSpaces(" \t\u{A0} ").isEmpty)
        #expect(LexiconFields.trimmingSpaces("\u{3000}Sacha\u{2009}") == "Sacha")
        // A line feed is no space here: lines are split before their fields are trimmed.
        #expect(LexiconFields.trimmingSpaces("\nx ") == "\nx")
    }

    /// The name tables read a Windows-saved file as the same groups (a Character split at "\n" kept "\r\n" lines whole).
    @Test func nameTableLinesWithWindowsLineEnds() {
        let lf = "# id\tkind\tspellings\nalexandre\tname\tAlexandre | Alexander|Александр\nsacha\tdim:alexandre\tSacha|Саша\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = NameTable(parsing: lf), b = NameTable(parsing: crlf)
        #expect(a.entries.map(\.spellings) == [["Alexandre", "Alexander", "Александр"], ["Sacha", "Саша"]])
        #expect(b.entries.map(\.spellings) == a.entries.map(\.spellings))
        #expect(b.entries.map(\.parent) == [nil, "alexandre"])
        #expect(NameParts.territories(parsing: "# x\ndenmark\tdenmark|danmark|danemark\r\n") == ["denmark": "denmark", "danmark": "denmark", "danemark": "denmark"])
    }
}
