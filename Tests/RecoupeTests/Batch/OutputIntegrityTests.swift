import Foundation
@testable import Recoupe
import Testing

/// Issue 18, item 8: resume verifies outputs, errors.jsonl holds whole lines only, and two runs
/// never write into one folder at once.
@Suite("Batch: output integrity on resume, whole error lines, folder lock", RecoupeExecutable.isBuilt)
struct OutputIntegrityTests {
    @Test("JSONSyntax accepts well-formed JSON and refuses damaged JSON", arguments: [
        (#"{"a":[1,-2.5e3,true,false,null,"x\"\u00e9"],"b":{}}"#, true),
        (#"[]"#, true),
        (#" {"a" : [ ] } "#, true),
        (#"{"a":1,}"#, false),
        (#"{"a":1"#, false),
        (#"{"a":01}"#, false),
        ("{\"a\":\"x\u{0}y\"}", false),
        ("{\"a\":1,\u{0}\u{0}\"b\":2}", false),
        (#"{"a":1}{"b":2}"#, false),
        (#"{"a":tru}"#, false),
    ])
    func syntax(_ text: String, _ valid: Bool) {
        #expect(JSONSyntax.isValid(Array(text.utf8)) == valid, "\(text.debugDescription)")
    }

    @Test("an output whose middle was zeroed is redone on resume, not counted as done")
    func zeroedMiddle() throws {
        let s = ScratchFolder("zeroed")
        for i in 0..<3 { s.write("in/a\(i).txt", "Article \(i). Maria Zakharova a parlé à Moscou le \(i + 1) mars.") }
        let items = InputCollector().collect([s.file("in")])
        _ = try BatchRunner(jobs: 1).run(items, output: .directory(s.file("out")))
        var bytes = [UInt8](s.read("out/a1.json")!)
        let good = bytes
        let mid = bytes.count / 2
        for k in (mid - 40)..<(mid + 40) { bytes[k] = 0 }
        s.write("out/a1.json", bytes)
        #expect(OutputProvenance(bytes) != nil, "the provenance survives the damage")
        let (summary, _) = try BatchRunner(jobs: 1).run(items, output: .directory(s.file("out")))
        #expect(summary.documents == 1 && summary.resumed == 2)
        #expect([UInt8](s.read("out/a1.json")!) == good)
    }

    // Under ThreadSanitizer the file size limit kills the sanitizer's own runtime (DEADLYSIGNAL) before the CLI runs.
    @Test("errors.jsonl past a file size limit keeps whole lines and the run says the log failed",
          .enabled(if: ProcessInfo.processInfo.environment["TSAN_OPTIONS"] == nil, "the file size limit kills ThreadSanitizer's runtime"))
    func errorLogWholeLines() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("errlog-full")
        for i in 0..<60 { s.write("in/bad\(String(format: "%02d", i)).txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 0, 1, 2, 3]) }
        // 2 KiB: a few error lines fit, the rest do not.
        let r = try ExternalCommand.run("bash", ["-c", "ulimit -f 2; exec \"$0\" annotate \"$1\" -o \"$2\" --jobs 1", exe, s.file("in"), s.file("out")])
        #expect(!r.signalled && r.status == 1, "\(r.stderrText)")
        #expect(r.stderrText.contains("errors.jsonl: write failed"), "\(r.stderrText)")
        let log = try #require(s.read("out/errors.jsonl"))
        #expect(log.count > 0 && log.count <= 2048)
        #expect(log.last == 0x0A, "the log ends with a whole line")
        let lines = log.split(separator: 0x0A)
        #expect(lines.count >= 1 && lines.count < 60)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line))) != nil, "\(String(decoding: line, as: UTF8.self))") }
    }

    @Test("a second run into a folder in use is refused; --shard runs share it")
    func folderLock() throws {
        try #require(RecoupeExecutable.path != nil)
        let s = ScratchFolder("folder-lock")
        s.write("in/a.txt", "Bonjour.")
        try FileManager.default.createDirectory(atPath: s.file("out"), withIntermediateDirectories: true)
        do {
            let held = try OutputFolderLock(s.file("out"), shared: false)
            let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out")]))
            #expect(r.status == 1, "\(r.stderrText)")
            #expect(r.stderrText.contains("output folder \(s.file("out")): in use by another recoupe run"), "\(r.stderrText)")
            #expect(!s.exists("out/a.json"))
            withExtendedLifetime(held) {}
        }
        do {
            let shard = try OutputFolderLock(s.file("out"), shared: true)
            let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out"), "--shard", "0/1"]))
            #expect(r.status == 0, "\(r.stderrText)")
            #expect(s.exists("out/a.json"))
            withExtendedLifetime(shard) {}
        }
        // Released: a plain run goes ahead.
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out"), "--force"]))
        #expect(r.status == 0, "\(r.stderrText)")
    }

    @Test("a released folder lock is free even while a forked child still holds a copy of its descriptor")
    func lockReleasedDespiteInheritedDescriptor() throws {
        let s = ScratchFolder("lock-dup")
        try FileManager.default.createDirectory(atPath: s.file("out"), withIntermediateDirectories: true)
        var first: OutputFolderLock? = try OutputFolderLock(s.file("out"), shared: false)
        // What a child forked by another thread has between its fork and its exec.
        let inherited = dup(first!.fd)
        defer { close(inherited) }
        #expect(inherited >= 0)
        first = nil
        #expect(first == nil)
        #expect(throws: Never.self) { _ = try OutputFolderLock(s.file("out"), shared: false) }
    }
}
