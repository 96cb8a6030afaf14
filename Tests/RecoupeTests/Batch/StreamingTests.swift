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

/// `--jsonl-in` (JSON Lines in, one annotated line out per input line, in order) and `--shard`.
@Suite("Batch: JSON Lines streaming and shards", RecoupeExecutable.isBuilt)
struct StreamingTests {
    static func record(_ id: String, _ text: String, date: String? = nil, source: String? = nil) -> String {
        var o: [String: String] = ["id": id, "text": text]
        if let date { o["date"] = date }
        if let source { o["source"] = source }
        return String(decoding: try! JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]), as: UTF8.self)
    }

    static func lines(_ data: Data) -> [[String: Any]] {
        data.split(separator: 0x0A).map { try! JSONSerialization.jsonObject(with: Data($0)) as! [String: Any] }
    }

    @Test("order is kept with several jobs; date and source land in doc.source; bad lines give error lines and the run goes on")
    func jsonlIn() throws {
        var input: [String] = []
        for i in 0..<200 {
            // Uneven sizes so that workers finish out of order.
            let text = String(repeating: "Maria Zakharova a parlé à Moscou. ", count: i % 7 == 0 ? 200 : 1) + "Dépêche \(i)."
            input.append(Self.record("doc-\(i)", text, date: "2025-02-\(i % 28 + 1)", source: i % 2 == 0 ? "TASS" : "RIA"))
        }
        input[10] = "{\"id\": \"doc-10\", \"text\": 5}"
        input[20] = "pas du JSON"
        input[30] = "[1, 2]"
        input[40] = "{\"id\": \"doc-40\", \"text\": \"\\ud800 seul\"}"  // a lone surrogate escape
        let stdin = Data((input.joined(separator: "\n") + "\n").utf8)
        let r = try #require(try RecoupeExecutable.run(["annotate", "--jsonl-in", "--jobs", "2"], input: stdin))
        #expect(r.status == 1)
        let out = Self.lines(r.stdout)
        #expect(out.count == 200)
        for (i, o) in out.enumerated() {
            if [10, 20, 30].contains(i) {
                #expect(o["line"] as? Int == i + 1)
                #expect((o["error"] as? [String: Any])?["stage"] as? String == "input")
                #expect(r.stderrText.contains("<stdin> line \(i + 1): "))
                continue
            }
            if i == 40 { continue }  // JSONSerialization may refuse or replace the lone surrogate: either way one line
            #expect(o["id"] as? String == "doc-\(i)")
            let source = o["source"] as? [String: Any]
            #expect(source?["date"] as? String == "2025-02-\(i % 28 + 1)")
            #expect(source?["outlet"] as? String == (i % 2 == 0 ? "TASS" : "RIA"))
            #expect((o["text"] as? String)?.hasSuffix("Dépêche \(i).") == true)
        }
        #expect(out[10]["id"] as? String == "doc-10")
        #expect(ErrorLog.read("/nonexistent").isEmpty)
    }

    @Test("a document through --jsonl-in equals the same file through the batch, but for the path")
    func sameAsFiles() throws {
        let s = ScratchFolder("jsonl-eq")
        var input = ""
        for seed in Repo.seedPaths {
            let name = ((seed as NSString).lastPathComponent as NSString).deletingPathExtension
            let text = String(decoding: FileManager.default.contents(atPath: seed)!, as: UTF8.self)
            input += Self.record(name, text) + "\n"
            s.write("in/\(name).txt", text)
        }
        let a = try #require(try RecoupeExecutable.run(["annotate", "--jsonl-in"], input: Data(input.utf8)))
        let b = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out")]))
        #expect(a.status == 0 && b.status == 0)
        for line in a.stdout.split(separator: 0x0A) {
            var streamed = try DocumentJSON.decode(Data(line))
            let file = try #require(try decodedOutput(s.read("out/\(streamed.id).json")))
            #expect(streamed.source.path == nil)
            streamed.source.path = file.source.path
            #expect(DocumentJSON.encode(streamed) == DocumentJSON.encode(file))
        }
    }

    @Test("the seeds round-trip through GNU parallel --pipe -k: same lines, same order as one process")
    func throughGNUParallel() throws {
        guard let exe = RecoupeExecutable.path, ExternalCommand.exists("parallel") else {
            print("SKIPPED: GNU parallel is not installed (apt-get install parallel)")
            return
        }
        var input = ""
        for (i, seed) in (Repo.seedPaths + Repo.seedPaths + Repo.seedPaths).enumerated() {
            input += Self.record("seed-\(i)", String(decoding: FileManager.default.contents(atPath: seed)!, as: UTF8.self)) + "\n"
        }
        let viaParallel = try ExternalCommand.run("parallel", ["--will-cite", "--pipe", "-k", "-N", "1", "-j", "2",
                                                               exe, "annotate", "--jsonl-in", "--jobs", "1", "--quiet"], input: Data(input.utf8))
        let direct = try #require(try RecoupeExecutable.run(["annotate", "--jsonl-in"], input: Data(input.utf8)))
        #expect(viaParallel.status == 0 && direct.status == 0, "\(viaParallel.stderrText)")
        #expect(Self.lines(viaParallel.stdout).map { $0["id"] as? String } == (0..<6).map { "seed-\($0)" })
        #expect(viaParallel.stdout == direct.stdout)
    }

    @Test("a producer that waits for each answer before sending more gets it (no stall behind the next read)")
    func interactiveProducer() throws {
        let exe = try #require(RecoupeExecutable.path)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["annotate", "--jsonl-in", "--jobs", "2", "--quiet"]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        defer { if p.isRunning { p.terminate() }; p.waitUntilExit() }
        for id in ["un", "deux", "trois"] {
            input.fileHandleForWriting.write(Data((Self.record(id, "Dépêche \(id).") + "\n").utf8))
            // Wait (at most 60 s) for exactly this answer before sending the next line.
            let answered = DispatchSemaphore(value: 0)
            let line = LineBox()
            DispatchQueue.global().async {
                var bytes = Data()
                while let b = try? output.fileHandleForReading.read(upToCount: 1), !b.isEmpty, b != Data([0x0A]) { bytes += b }
                line.data = bytes
                answered.signal()
            }
            try #require(answered.wait(timeout: .now() + 60) == .success, "no answer for \(id)")
            let o = try JSONSerialization.jsonObject(with: line.data) as? [String: Any]
            #expect(o?["id"] as? String == id)
        }
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    @Test("blank lines are skipped, CRLF and a last line without newline are read")
    func lineEdges() throws {
        let input = Self.record("a", "Un.") + "\r\n\n   \n" + Self.record("b", "Deux.")
        let r = try #require(try RecoupeExecutable.run(["annotate", "--jsonl-in"], input: Data(input.utf8)))
        #expect(r.status == 0, "\(r.stderrText)")
        #expect(Self.lines(r.stdout).map { $0["id"] as? String } == ["a", "b"])
    }

    @Test("LineReader: lines as they come, an over-long line dropped and counted, no newline at the end")
    func lineReader() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let payload = Array("un\ndeux\r\n".utf8) + [UInt8](repeating: 0x61, count: 200_000) + Array("\ntrois".utf8)
        let writeEnd = fds[1]
        DispatchQueue.global().async {
            payload.withUnsafeBytes { var off = 0; while off < payload.count { off += write(writeEnd, $0.baseAddress! + off, min(4096, payload.count - off)) } }
            close(writeEnd)
        }
        let reader = LineReader(fd: fds[0], maxLineBytes: 100_000)
        var lines: [LineReader.Line] = []
        while let l = reader.next() { lines.append(l) }
        close(fds[0])
        #expect(lines == [.text(number: 1, bytes: Array("un".utf8)), .text(number: 2, bytes: Array("deux\r".utf8)),
                          .tooLong(number: 3, bytes: 200_000), .text(number: 4, bytes: Array("trois".utf8))])
    }

    @Test("shards: disjoint, together everything, stable when files are added")
    func shards() throws {
        let names = (0..<1000).map { "sub\($0 % 7)/article-\($0).txt" }
        let n = 4
        let parts = (0..<n).map { i in Set(names.filter { Shard(index: i, count: n).contains($0) }) }
        #expect(parts.reduce(0) { $0 + $1.count } == names.count)
        #expect(parts.reduce(Set<String>()) { $0.union($1) } == Set(names))
        #expect(parts.allSatisfy { $0.count > 150 })  // roughly even
        // Adding files moves none of the old ones.
        let more = names + (1000..<1500).map { "new/article-\($0).txt" }
        for i in 0..<n { #expect(Set(more.filter { Shard(index: i, count: n).contains($0) }).isSuperset(of: parts[i])) }
        // FNV-1a 64 reference value ("a" → 0xaf63dc4c8601ec8c), so shards agree across machines and versions.
        #expect(Shard.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard("0/4") == Shard(index: 0, count: 4) && Shard("4/4") == nil && Shard("1/0") == nil && Shard("x") == nil)
    }

    @Test("recoupe --shard I/N over a folder: the shards' outputs together are the whole run's")
    func shardsThroughCLI() throws {
        let s = ScratchFolder("shard-cli")
        for i in 0..<24 { s.write("in/\(i % 3)/n\(i).txt", "Dépêche \(i).") }
        for i in 0..<3 {
            let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out"), "--shard", "\(i)/3"]))
            #expect(r.status == 0)
        }
        #expect(s.listing("out").count == 24)
    }
}

/// The command-line contract: usage errors exit 2 with a message; the progress display is for
/// terminals only.
@Suite("recoupe annotate: command line", RecoupeExecutable.isBuilt)
struct AnnotateCommandTests {
    @Test("usage errors exit 2", arguments: [
        (["annotate"], "Give at least one file or folder"),
        (["annotate", "seeds"], "Choose an output: -o DIR or --stdout"),
        (["annotate", "seeds", "-o", "x", "--stdout"], "exclude each other"),
        (["annotate", "seeds", "--stdout", "--jobs", "0"], "--jobs must be at least 1"),
        (["annotate", "seeds", "-o", "x", "--shard", "3/3"], "--shard takes I/N"),
        (["annotate", "--jsonl-in", "seeds"], "give no paths"),
        (["annotate", "--jsonl-in", "-o", "x"], "-o does not apply"),
        (["annotate", "seeds", "--stdout", "--force"], "--force only applies with -o"),
        (["annotate", "seeds", "--stdout", "--quiet", "--verbose"], "exclude each other"),
        (["annotate", "seeds", "--stdout", "--no-such-flag"], "Unknown option"),
    ])
    func usage(_ args: [String], _ message: String) throws {
        let r = try #require(try RecoupeExecutable.run(args))
        #expect(r.status == 2)
        #expect(r.stderrText.contains(message), "\(r.stderrText)")
        #expect(r.stdout.isEmpty)
    }

    @Test("stderr not a terminal: only the summary line; --quiet: nothing; --stdout writes JSON Lines")
    func quietAndSummary() throws {
        let r = try #require(try RecoupeExecutable.run(["annotate", Repo.path("seeds"), "--stdout"]))
        let q = try #require(try RecoupeExecutable.run(["annotate", Repo.path("seeds"), "--stdout", "--quiet"]))
        #expect(r.status == 0 && q.status == 0)
        // The summary, after the warning that a seed's relative date has no publication date
        // to resolve against (issue 17: it names the file and says how to give one).
        let lines = r.stderrText.split(separator: "\n")
        #expect(lines.dropLast().allSatisfy { $0.contains("need the publication date") && $0.contains("seeds/") })
        #expect(lines.count <= 3)
        #expect(lines.last?.hasPrefix("recoupe: 2 documents, 6.3 kB, ") == true)
        #expect(lines.last?.contains(" MB/s)") == true && !r.stderrText.contains("\r"))
        #expect(q.stderr.isEmpty)
        #expect(r.stdout.split(separator: 0x0A).count == 2 && r.stdout == q.stdout)
    }

    @Test("on a terminal (a pty from script(1)): the progress line is drawn, then cleared before the summary")
    func progressOnTerminal() throws {
        guard let exe = RecoupeExecutable.path, ExternalCommand.exists("script") else { print("SKIPPED: needs recoupe and script(1)"); return }
        let s = ScratchFolder("pty")
        let r = try ExternalCommand.run("script", ["-qec", "'\(exe)' annotate '\(Repo.path("seeds"))' -o '\(s.file("out"))'", "/dev/null"])
        #expect(r.status == 0)
        let tty = r.stdoutText
        #expect(tty.contains("\r\u{1B}[K1/2 documents, "), "\(tty.debugDescription)")
        #expect(tty.contains(" errors\r\u{1B}[Krecoupe: 2 documents, 6.3 kB, "))
    }

    @Test("progress line: counts, sizes, rates, ETA from bytes, errors")
    func progressLine() {
        var s = BatchSummary()
        s.documents = 40; s.errors = 2; s.bytes = 10_000_000; s.elapsed = 4
        let line = ProgressLine(totalDocuments: 100, totalBytes: 50_000_000).text(s)
        #expect(line == "42/100 documents, 10.0/50.0 MB, 10.5 docs/s, 2.50 MB/s, ETA 0:16, 2 errors")
        #expect(ProgressLine().text(s) == "42 documents, 10.0 MB, 10.5 docs/s, 2.50 MB/s, 2 errors")
        #expect(ProgressLine.clock(3725) == "1:02:05")
    }

    @Test("summary line: one warning, one document are singular")
    func summaryLineNouns() {
        var s = BatchSummary()
        s.documents = 1; s.bytes = 6300; s.tokens = 1; s.sentences = 2; s.warnings = 1; s.errors = 0; s.elapsed = 0.5
        #expect(s.line == "1 document, 6.3 kB, 1 token, 2 sentences, 1 warning, 0 errors in 0.50 s (0.01 MB/s)")
    }
}

/// One line read on another thread, handed over through a semaphore.
private final class LineBox: @unchecked Sendable {
    var data = Data()
}
