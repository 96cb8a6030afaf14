import Foundation
import Testing

/// `names cluster` round 6 (issue 19): input lines are split on UTF-8 bytes, output written as bytes. The lines,
/// languages and names must be those the split of the text's Characters gave: CR LF is one Character (never cut,
/// so it stays inside a line), one trailing CR is dropped, empty lines are skipped, a line without a tab is a name
/// of unknown language, a combining mark after a tab stays with the name, invalid UTF-8 is repaired.
@Suite("names cluster input lines", RecoupeExecutable.isBuilt)
struct NamesClusterInputTests {
    @Test func linesAreTheCharacterSplitsLines() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("names-lines")
        var input = Array("fr\tJean Dupont\r\nen\tJohn Smith\n\n\r\nMarie Curie\nde\t\u{301}Hans Müller\r\r\n-\tA. Dupont\rru\tИван Петров\n\t\nbad ".utf8)
        input += [0xFF] + Array(" utf\tx\nfr\tLast Line".utf8)
        let list = s.write("edge.tsv", input)
        // What the binary before the byte split wrote (md5 dcbc2ee7…), byte for byte.
        let expected = "1\tfr\tJean Dupont\r\nen\tJohn Smith\n2\t-\t\r\nMarie Curie\n3\tde\t\u{301}Hans Müller\r\r\n-\tA. Dupont\rru\tИван Петров\n"
            + "4\t\t\n5\tbad \u{FFFD} utf\tx\n6\tfr\tLast Line\n"
        for args in [["names", "cluster", list], ["names", "cluster", "--keys-only", list]] {
            let r = try ExternalCommand.run(exe, args)
            #expect(r.status == 0, "\(r.stderrText)")
            #expect(r.stdout == Data(expected.utf8), "\(r.stdoutText.debugDescription)")
        }
    }
}
