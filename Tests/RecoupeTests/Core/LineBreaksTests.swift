@testable import Recoupe
@testable import RecoupeCore
@testable import RecoupeNames
import Testing

/// Files saved with Windows (CR LF) or old Mac (CR) line ends read as the same lines as with LF: in a Swift String
/// "\r\n" is one Character, so splitting at "\n" read such a file as one line.
@Suite("Core: line breaks of users' files")
struct LineBreaksTests {
    @Test func lfCrLfAndLoneCrEndLines() {
        #expect(LineBreaks.split("a\r\nb\nc\rd").map(String.init) == ["a", "b", "c", "d"])
        #expect(LineBreaks.split("a\r\n\r\nb\r\n", omittingEmpty: false).map(String.init) == ["a", "", "b", ""])
        #expect(LineBreaks.split("a\r\n\r\nb\r\n").map(String.init) == ["a", "b"])
        // A combining mark after a break stays with the next line's first letter.
        #expect(LineBreaks.split("x\r\n\u{301}e").map(String.init) == ["x", "\u{301}e"])
    }

    /// The byte rule cuts where splitting Characters at a break does, on random texts of breaks, tabs, combining
    /// marks and multi-byte letters, with and without empty lines.
    @Test func byteRuleSplitsAsCharactersDo() {
        let pieces = ["a", "é", "e\u{301}", "\u{301}", "\n", "\r", "\r\n", "\t", "Ж", "👍🏽", " "]
        var rng = SplitMix64(seed: 19)
        for _ in 0..<500 {
            let text = (0..<Int(rng.next() % 12)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            for omitting in [true, false] {
                let byCharacters = text.split(omittingEmptySubsequences: omitting, whereSeparator: LineBreaks.isBreak)
                #expect(LineBreaks.split(text, omittingEmpty: omitting) == byCharacters, "\(text.debugDescription)")
            }
        }
    }

    @Test func cueListsWithWindowsLineEnds() throws {
        let lf = "# a list\nministre\nporte-parole\n", crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try CueListFile.parse(crlf, file: "x.txt") == CueListFile.parse(lf, file: "x.txt"))
        #expect(try CueListFile.parse(crlf, file: "x.txt") == ["ministre", "porte-parole"])
    }

    @Test func conllTrainingFilesWithWindowsLineEnds() throws {
        let lf = "Sergueï\tB-PER\nLavrov\tI-PER\na\tO\nparlé\tO\n\nParis\tB-LOC\n", crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try NERTrainingData.conll(lf, path: "lf.conll"), b = try NERTrainingData.conll(crlf, path: "crlf.conll")
        #expect(a.map(\.text) == b.map(\.text))
        #expect(a.map { $0.entities.map { [$0.start, $0.end, $0.label] } } == b.map { $0.entities.map { [$0.start, $0.end, $0.label] } })
        #expect(b.first?.entities.count == 2)
    }

    @Test func conllGoldWithWindowsLineEnds() {
        let lf = "Sergueï\tB-PER\nLavrov\tI-PER\na\tO\nparlé\tO\n\nParis\tB-LOC\n", crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = CoNLLGold.documents(lf, prefix: "t", perDocument: 10), b = CoNLLGold.documents(crlf, prefix: "t", perDocument: 10)
        #expect(a.map(\.text) == b.map(\.text))
        #expect(a.map { $0.ents?.count ?? -1 } == b.map { $0.ents?.count ?? -1 })
        #expect(b.first?.ents?.count == 2)
    }
}
