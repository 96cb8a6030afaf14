import Foundation
import Testing
@testable import RecoupeNames

/// `names cluster` splits its input on UTF-8 bytes and writes its output as bytes. A line ends at LF, CR LF or a
/// lone CR (a list saved on Windows was read as one line before: "\r\n" is one Character, never equal to "\n"),
/// empty lines are skipped, a line without a tab is a name of unknown language, a combining mark after a tab stays
/// with the name, invalid UTF-8 is repaired.
@Suite("names cluster input lines", RecoupeExecutable.isBuilt)
struct NamesClusterInputTests {
    @Test func linesAndColumns() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("names-lines")
        var input = Array("fr\tJean Dupont\r\nen\tJohn Smith\n\n\r\nMarie Curie\nde\t\u{301}Hans Müller\r\r\n-\tA. Dupont\rru\tИван Петров\n\t\nbad ".utf8)
        input += [0xFF] + Array(" utf\tx\nfr\tLast Line".utf8)
        let list = s.write("edge.tsv", input)
        let expected = "1\tfr\tJean Dupont\n2\ten\tJohn Smith\n3\t-\tMarie Curie\n4\tde\t\u{301}Hans Müller\n5\t-\tA. Dupont\n"
            + "6\tru\tИван Петров\n7\t\t\n8\tbad \u{FFFD} utf\tx\n9\tfr\tLast Line\n"
        for args in [["names", "cluster", list], ["names", "cluster", "--keys-only", list]] {
            let r = try ExternalCommand.run(exe, args)
            #expect(r.status == 0, "\(r.stderrText)")
            #expect(r.stdout == Data(expected.utf8), "\(r.stdoutText.debugDescription)")
        }
    }

    /// A list saved with Windows line ends clusters as the same list with LF (`names cluster`, `names key`, `names eval`).
    @Test func windowsLineEndsAreLineEnds() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("names-crlf")
        let lines = ["fr\tSergueï Lavrov", "ru\tСергей Лавров", "en\tSergey Lavrov"]
        let lf = s.write("lf.tsv", Array((lines.joined(separator: "\n") + "\n").utf8))
        let crlf = s.write("crlf.tsv", Array((lines.joined(separator: "\r\n") + "\r\n").utf8))
        for command in [["names", "cluster"], ["names", "key"]] {
            let a = try ExternalCommand.run(exe, command + [lf]), b = try ExternalCommand.run(exe, command + [crlf])
            #expect(a.status == 0 && b.status == 0)
            #expect(a.stdout == b.stdout, "\(command): \(b.stdoutText.debugDescription)")
            #expect(b.stdoutText.split(separator: "\n").count == 3)
        }
        let gold = ["lavrov\tfr\tSergueï Lavrov", "lavrov\tru\tСергей Лавров", "lavrov\ten\tSergey Lavrov"]
        let evalLF = NameClusterEval(tsv: gold.joined(separator: "\n")), evalCRLF = NameClusterEval(tsv: gold.joined(separator: "\r\n"))
        #expect(evalCRLF.rows.count == 3 && evalCRLF.truePositives == evalLF.truePositives && evalCRLF.truePositives == 3)
    }
}
