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

/// Outputs that cannot be written: a folder that cannot exist, one output path taken by a
/// folder, a file size limit (`ulimit -f`), a full tmpfs, and a full standard output.
@Suite("Bad input: outputs that cannot be written", RecoupeExecutable.isBuilt)
struct OutputFailureTests {
    static let text = "L’ambassadeur a déclaré à Moscou que la réunion était « très utile »."

    @Test("an output folder under a regular file: one message naming it, exit 1, nothing read")
    func outputUnderFile() throws {
        let s = ScratchFolder("outfile")
        s.write("in/a.txt", Self.text)
        s.write("blocker", "a regular file")
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("blocker/out")]))
        #expect(r.status == 1)
        #expect(r.stderrText.contains("recoupe: error: output folder \(s.file("blocker")): exists and is not a folder"), "\(r.stderrText)")
    }

    @Test("a read-only output folder (non-root) fails up front naming it")
    func readOnlyFolder() throws {
        if geteuid() == 0 {
            print("NOTE: running as root, which writes into a mode-555 folder: checked only as non-root (the folder-under-a-file case covers root).")
            return
        }
        let s = ScratchFolder("ro")
        s.write("in/a.txt", Self.text)
        try FileManager.default.createDirectory(atPath: s.file("out"), withIntermediateDirectories: true)
        chmod(s.file("out"), 0o555)
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out")]))
        #expect(r.status == 1)
        #expect(r.stderrText.contains("output folder \(s.file("out")): cannot write in this folder: Permission denied"))
    }

    @Test("one output path taken by a folder: that file fails by name, the others are written")
    func outputPathIsFolder() throws {
        let s = ScratchFolder("outdir")
        s.write("in/a.txt", Self.text)
        s.write("in/b.txt", Self.text)
        try FileManager.default.createDirectory(atPath: s.file("out/b.json/inside"), withIntermediateDirectories: true)
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out")]))
        #expect(r.status == 1)
        #expect(r.stderrText.contains("\(s.file("in/b.txt")): cannot write \(s.file("out/b.json")): rename failed"), "\(r.stderrText)")
        #expect(try decodedOutput(s.read("out/a.json")) != nil)
        #expect(!s.listing("out").contains { $0.contains(".tmp-") })
    }

    /// ThreadSanitizer's runtime dies with SIGBUS at start-up under a file size limit (the tmpfs test covers the same path).
    static let underThreadSanitizer = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__tsan_init") != nil

    @Test("a file size limit (ulimit -f, like a full disk): big outputs fail by name, small ones are written, no temp file stays",
          .enabled(if: ExternalCommand.exists("bash"), "needs bash"),
          .disabled(if: underThreadSanitizer, "ThreadSanitizer's runtime cannot start under ulimit -f"))
    func fileSizeLimit() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("ulimit")
        s.write("in/small.txt", "Bonjour.")
        s.write("in/big.txt", String(repeating: Self.text + " ", count: 200))
        // 16 KiB: the small output fits, the big one (~500 KB) does not.
        let r = try ExternalCommand.run("bash", ["-c", "ulimit -f 16; exec \"$0\" annotate \"$1\" -o \"$2\"", exe, s.file("in"), s.file("out")])
        #expect(!r.signalled, "recoupe was killed by SIGXFSZ")
        #expect(r.status == 1)
        #expect(r.stderrText.contains("\(s.file("in/big.txt")): cannot write \(s.file("out/big.json")): write failed: File too large"), "\(r.stderrText)")
        #expect(try decodedOutput(s.read("out/small.json"))?.text == "Bonjour.")
        #expect(s.listing("out") == ["errors.jsonl", "small.json"])
    }

    @Test("a full tmpfs: outputs that do not fit fail by name with ENOSPC, no temp file stays")
    func fullTmpfs() throws {
        try #require(RecoupeExecutable.path != nil)
        let s = ScratchFolder("tmpfs")
        let mountPoint = s.file("mnt")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let m = try ExternalCommand.run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint])
        guard m.status == 0 else {
            print("SKIPPED: cannot mount a tmpfs here (\(m.stderrText.trimmingCharacters(in: .whitespacesAndNewlines))); the ulimit -f test covers the write failure path")
            return
        }
        defer { _ = try? ExternalCommand.run("umount", [mountPoint]) }
        s.write("in/a-small.txt", "Bonjour.")
        s.write("in/b-big.txt", String(repeating: Self.text + " ", count: 200))
        s.write("in/c-small.txt", "Au revoir.")
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", mountPoint, "--jobs", "1"]))
        #expect(r.status == 1)
        #expect(r.stderrText.contains("\(s.file("in/b-big.txt")): cannot write \(mountPoint)/b-big.json: write failed: No space left on device"), "\(r.stderrText)")
        #expect(try decodedOutput(FileManager.default.contents(atPath: mountPoint + "/a-small.json")) != nil)
        #expect(try decodedOutput(FileManager.default.contents(atPath: mountPoint + "/c-small.json")) != nil)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: mountPoint)).contains { $0.contains(".tmp-") })
    }

    @Test("standard output on a full device (/dev/full): reported, exit 1, no crash")
    func fullStdout() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("devfull")
        s.write("in/a.txt", Self.text)
        let r = try ExternalCommand.run("bash", ["-c", "exec \"$0\" annotate \"$1\" --stdout > /dev/full", exe, s.file("in")])
        #expect(!r.signalled)
        #expect(r.status == 1)
        #expect(r.stderrText.contains("standard output: No space left on device"), "\(r.stderrText)")
    }
}
