import Foundation
@testable import Recoupe
import Testing

/// Issue 18, item 1: standard input obeys --max-mb like a file, read in bounded chunks.
@Suite("Standard input is bounded by --max-mb", RecoupeExecutable.isBuilt)
struct StandardInputLimitTests {
    @Test("endless standard input (/dev/zero) is refused at the limit, not read until memory runs out")
    func endlessInput() throws {
        let exe = try #require(RecoupeExecutable.path)
        let r = try ExternalCommand.run("bash", ["-c", "exec timeout 60 \"$0\" annotate - --stdout --max-mb 1 < /dev/zero", exe])
        #expect(r.status == 1, "\(r.stderrText)")
        #expect(r.stderrText.contains("<stdin>: is over the limit of 1048576 bytes (1 MiB; raise it with --max-mb)"), "\(r.stderrText)")
        #expect(r.stdout.isEmpty)
    }

    @Test("a text over the limit on standard input is refused as the same file given by path is")
    func textOverLimit() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("stdin-limit")
        let big = s.write("big.txt", String(repeating: "Le chat dort sur le canapé du salon. ", count: 60_000))  // ~2.2 MB
        let byPath = try ExternalCommand.run(exe, ["annotate", big, "--stdout", "--max-mb", "1"])
        #expect(byPath.status == 1 && byPath.stderrText.contains("over the limit of 1048576"), "\(byPath.stderrText)")
        let byStdin = try ExternalCommand.run("bash", ["-c", "exec \"$0\" annotate - --stdout --max-mb 1 < \"$1\"", exe, big])
        #expect(byStdin.status == 1, "\(byStdin.stderrText)")
        #expect(byStdin.stderrText.contains("<stdin>: is over the limit of 1048576 bytes"), "\(byStdin.stderrText)")
        // Under the limit, standard input is annotated.
        let small = s.write("small.txt", "Le chat dort.")
        let ok = try ExternalCommand.run("bash", ["-c", "exec \"$0\" annotate - --stdout --max-mb 1 < \"$1\"", exe, small])
        #expect(ok.status == 0 && ok.stdoutText.contains("\"text\":\"Le chat dort.\""), "\(ok.stderrText)")
    }

    @Test("names cluster reads its file or standard input through the same bounded reader, naming what it cannot read")
    func namesInput() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("names-input")
        let missing = s.file("absent.tsv")
        let r = try ExternalCommand.run(exe, ["names", "cluster", missing])
        #expect(r.status != 0, "\(r.stderrText)")
        #expect(r.stderrText.contains(missing), "\(r.stderrText)")
        let list = s.write("names.tsv", "fr\tAlexandre Dartchiev\nen\tAlexander Darchiev\n")
        let ok = try ExternalCommand.run("bash", ["-c", "exec \"$0\" names cluster < \"$1\"", exe, list])
        #expect(ok.status == 0, "\(ok.stderrText)")
        #expect(ok.stdoutText.contains("Dartchiev") && ok.stdoutText.contains("Darchiev"), "\(ok.stdoutText)")
    }
}
