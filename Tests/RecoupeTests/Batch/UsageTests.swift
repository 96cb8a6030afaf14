import Foundation
@testable import Recoupe
import Testing

/// Issue 18, item 12 (the parts done): --lang is checked, compare needs two sources and reports
/// unreadable inputs as errors (exit 1, no usage), a FIFO on the command line is refused instead
/// of blocking, and `variants` with no result is no usage error.
@Suite("CLI usage and special files", .serialized, RecoupeExecutable.isBuilt)
struct UsageTests {
    @Test("--lang xx is refused as a usage error")
    func unknownLanguage() throws {
        let r = try #require(try RecoupeExecutable.run(["annotate", Repo.seedPaths[0], "--stdout", "--lang", "xx"]))
        #expect(r.status == 2, "\(r.stderrText)")
        #expect(r.stderrText.contains("--lang xx is not a language Recoupe knows"), "\(r.stderrText)")
        let ok = try #require(try RecoupeExecutable.run(["annotate", Repo.seedPaths[0], "--stdout", "--lang", "fr"]))
        #expect(ok.status == 0, "\(ok.stderrText)")
    }

    @Test("compare needs two sources; an unreadable input is an error (exit 1), not a usage error")
    func compareInputs() throws {
        let one = try #require(try RecoupeExecutable.run(["compare", Repo.seedPaths[0], "--format", "json"]))
        #expect(one.status == 2, "\(one.stderrText)")
        #expect(one.stderrText.contains("two or more sources"), "\(one.stderrText)")
        let s = ScratchFolder("compare-io")
        let bad = s.write("bad.json", "{ not json")
        let r = try #require(try RecoupeExecutable.run(["compare", Repo.seedPaths[0], bad]))
        #expect(r.status == 1, "\(r.stderrText)")
        #expect(r.stderrText.contains("not an annotated Recoupe document"), "\(r.stderrText)")
        #expect(!r.stderrText.contains("Usage:"), "\(r.stderrText)")
    }

    @Test("a FIFO named on the command line is refused at once, the other inputs annotated")
    func fifoRefused() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("fifo")
        let fifo = s.file("pipe.txt")
        #expect(mkfifo(fifo, 0o644) == 0)
        s.write("a.txt", "Bonjour.")
        let r = try ExternalCommand.run("timeout", ["30", exe, "annotate", s.file("a.txt"), fifo, "-o", s.file("out")])
        #expect(r.status == 1, "\(r.stderrText)")
        #expect(r.stderrText.contains("\(fifo): is a FIFO (named pipe), not a regular file"), "\(r.stderrText)")
        #expect(s.exists("out/a.json"))
    }

    @Test("variants with no result says so and exits 1, without the usage text")
    func variantsNoResult() throws {
        let r = try #require(try RecoupeExecutable.run(["variants", " ", "--lang", "de"]))
        #expect(r.status == 1, "\(r.stderrText)")
        #expect(r.stderrText.contains("no Cyrillic original found for ' '"), "\(r.stderrText)")
        #expect(!r.stderrText.contains("Usage:"), "\(r.stderrText)")
    }
}

/// Issue 18, item 12, continued: the name of standard input, bad JSON Lines dates and NULs, and a
/// file named like an option.
@Suite("CLI usage: stdin name, JSON Lines warnings, dash file names", RecoupeExecutable.isBuilt)
struct UsageMoreTests {
    @Test("standard input is called <stdin> in every message")
    func stdinName() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("stdin-name")
        let bin = s.write("bin.dat", [UInt8](repeating: 0, count: 64) + [1, 2, 3])
        let r = try ExternalCommand.run("bash", ["-c", "exec \"$0\" annotate - --stdout < \"$1\"", exe, bin])
        #expect(r.status == 1, "\(r.stderrText)")
        #expect(r.stderrText.contains("recoupe: error: <stdin>: looks binary"), "\(r.stderrText)")
    }

    @Test("--jsonl-in warns about a date that is not a date and about NUL in text")
    func jsonlWarnings() throws {
        let input = #"{"id":"a","text":"Bonjour\u0000 le monde.","date":"not-a-date"}"# + "\n"
        let r = try #require(try RecoupeExecutable.run(["annotate", "--jsonl-in", "--jobs", "1"], input: Data(input.utf8)))
        #expect(r.status == 0, "\(r.stderrText)")
        #expect(r.stderrText.contains("date \"not-a-date\" is not an ISO 8601 date"), "\(r.stderrText)")
        #expect(r.stderrText.contains("1 NUL character(s) kept as U+0000"), "\(r.stderrText)")
        let doc = try DocumentJSON.decode(r.stdout)
        #expect(doc.source.date == nil)
    }

    @Test("a file named -dash.txt is an input, not options")
    func dashFileName() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("dash")
        s.write("-dash.txt", "Bonjour.")
        let r = try ExternalCommand.run(exe, ["annotate", "-dash.txt", "--stdout"], currentDirectory: s.path)
        #expect(r.status == 0, "\(r.stderrText)")
        #expect(!r.stdoutText.contains("USAGE") && r.stdoutText.contains("\"text\":\"Bonjour.\""), "\(r.stdoutText.prefix(300))")
    }
}
