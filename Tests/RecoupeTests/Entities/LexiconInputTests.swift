import Foundation
@testable import Recoupe
import Testing

/// Issue 18, item 12: lexicons with invalid UTF-8 are refused by file and line; `lexicon check
/// --synthetic` runs outside the repository.
@Suite("Lexicon files: invalid UTF-8, running outside the repository", RecoupeExecutable.isBuilt)
struct LexiconInputTests {
    @Test("a lexicon line with invalid UTF-8 (Latin-1) is refused, naming the file and line")
    func invalidUTF8() {
        let bytes = Array("# id\ttype\tcanonical\nper:a\tPER\tAnna\n".utf8) + Array("per:b\tPER\tSergue".utf8) + [0xEF, 0x0A]
        do {
            _ = try LexiconReader.parse(bytes, file: "latin1.tsv")
            Issue.record("expected a ParseError")
        } catch let e as LexiconReader.ParseError {
            #expect(e.description == "latin1.tsv:3: invalid UTF-8; save the lexicon as UTF-8")
        } catch {
            Issue.record("\(error)")
        }
        #expect((try? LexiconReader.parse(Array("per:b\tPER\tSergueï\n".utf8), file: "ok.tsv"))?.count == 1)
    }

    @Test("lexicon check --synthetic runs from any directory")
    func syntheticOutsideRepository() throws {
        let exe = try #require(RecoupeExecutable.path)
        let scratch = try TemporaryFolder("synthetic-cwd")
        defer { scratch.remove() }
        let r = try ExternalCommand.run(exe, ["lexicon", "check", "--synthetic", "2000"], currentDirectory: scratch.path)
        #expect(r.status == 0, "\(r.stderrText)")
        #expect(r.stdoutText.contains("synthetic entries: 2000"), "\(r.stdoutText)")
    }
}
