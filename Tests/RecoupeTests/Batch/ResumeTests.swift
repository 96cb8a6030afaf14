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

@Suite("Batch: atomic outputs and resume")
struct ResumeTests {
    static func corpus(_ s: ScratchFolder, count: Int = 6) -> [InputCollector.Item] {
        for i in 0..<count { s.write("in/sub\(i % 2)/a\(i).txt", "Article \(i). Maria Zakharova a parlé à Moscou le \(i + 1) mars.") }
        return InputCollector().collect([s.file("in")])
    }

    @Test("a rerun skips done outputs; a changed input is redone; --force redoes all")
    func resume() throws {
        let s = ScratchFolder("resume")
        let items = Self.corpus(s)
        let runner = BatchRunner(jobs: 2)
        let (first, _) = try runner.run(items, output: .directory(s.file("out")))
        #expect(first.documents == 6 && first.resumed == 0)
        let before = s.read("out/sub0/a0.json")

        let (second, _) = try BatchRunner(jobs: 2).run(items, output: .directory(s.file("out")))
        #expect(second.documents == 0 && second.resumed == 6)
        #expect(s.read("out/sub0/a0.json") == before)

        s.write("in/sub1/a3.txt", "Texte modifié.")
        let (third, _) = try BatchRunner(jobs: 2).run(items, output: .directory(s.file("out")))
        #expect(third.documents == 1 && third.resumed == 5)
        #expect(try decodedOutput(s.read("out/sub1/a3.json"))?.text == "Texte modifié.")

        let forced = BatchRunner(jobs: 2)
        forced.force = true
        #expect(try forced.run(items, output: .directory(s.file("out"))).0.documents == 6)
    }

    @Test("an output from another pipeline version, or torn, is redone")
    func otherVersionOrTorn() throws {
        let s = ScratchFolder("version")
        let items = Self.corpus(s, count: 3)
        _ = try BatchRunner(jobs: 1).run(items, output: .directory(s.file("out")))
        let path = s.file("out/sub0/a0.json")
        let old = String(decoding: s.read("out/sub0/a0.json")!, as: UTF8.self)
        let marker = "\"pipeline\":{\"version\":\"\(RecoupeVersion.string)\""
        #expect(old.contains(marker))
        try old.replacingOccurrences(of: marker, with: "\"pipeline\":{\"version\":\"0.0.0-old\"").write(toFile: path, atomically: true, encoding: .utf8)
        s.write("out/sub1/a1.json", Array(old.utf8.prefix(old.utf8.count / 2)))  // cut short by some other tool
        let (summary, _) = try BatchRunner(jobs: 1).run(items, output: .directory(s.file("out")))
        #expect(summary.documents == 2 && summary.resumed == 1)
        #expect(String(decoding: s.read("out/sub0/a0.json")!, as: UTF8.self).contains(marker))
    }

    @Test("temporary files of dead runs are removed, a live process's are kept")
    func staleTemporaryFiles() throws {
        let s = ScratchFolder("tmp")
        let items = Self.corpus(s, count: 2)
        // PID 1 is alive; a PID above pid_max never is.
        s.write("out/sub0/a0.json.tmp-4194999-77", "{\"half")
        s.write("out/deep/er/x.json.tmp-4194998-1", "")
        s.write("out/sub1/a1.json.tmp-1-5", "{\"other run")
        let (summary, _) = try BatchRunner(jobs: 1).run(items, output: .directory(s.file("out")))
        #expect(summary.cleanedTemporaryFiles == 2)
        #expect(!s.exists("out/sub0/a0.json.tmp-4194999-77") && !s.exists("out/deep/er/x.json.tmp-4194998-1"))
        #expect(s.exists("out/sub1/a1.json.tmp-1-5"))
        #expect(summary.documents == 2)
    }

    @Test("OutputProvenance reads what DocumentJSON.provenance decodes, even with keys quoted inside the text")
    func provenanceScan() throws {
        let tricky = #"Il écrit ","source":{"sha256":"0000" puis "pipeline":{"version":"9.9"} et \ fin."#
        var doc = try annotate(tricky)
        doc.source.sha256 = SHA256.hex(Array(tricky.utf8))
        let json = DocumentJSON.encode(doc) + [0x0A]
        let scanned = try #require(OutputProvenance(json))
        let decoded = try #require(DocumentJSON.provenance(Data(json)))
        #expect(scanned.sha256 == decoded.sha256 && scanned.version == decoded.version)
        #expect(scanned.sha256 == SHA256.hex(Array(tricky.utf8)))
        #expect(OutputProvenance(Array(json.dropLast(10))) == nil)
    }

    @Test("an input deleted during the run is reported by name; the others are done")
    func deletedDuringRun() throws {
        let s = ScratchFolder("deleted")
        let items = Self.corpus(s, count: 4)
        let victim = s.file("in/sub1/a3.txt")
        let runner = BatchRunner(jobs: 1)
        runner.onDone = { name, _ in if name.hasSuffix("a0.txt") { unlink(victim) } }
        let (summary, failures) = try runner.run(items, output: .directory(s.file("out")))
        #expect(summary.documents == 3)
        #expect(failures == [BatchFailure(path: victim, stage: "ingest", reason: "no such file (No such file or directory)")])
        #expect(ErrorLog.read(s.file("out/errors.jsonl")) == failures)
    }

    @Test("two inputs that would write one output: the second is reported, the first kept")
    func outputCollision() throws {
        let s = ScratchFolder("collide")
        s.write("a/x.txt", "Premier.")
        s.write("b/x.txt", "Second.")
        let items = InputCollector().collect([s.file("a"), s.file("b")])
        let (summary, failures) = try BatchRunner(jobs: 2).run(items, output: .directory(s.file("out")))
        #expect(summary.documents == 1)
        #expect(failures.count == 1 && failures[0].path == s.file("b/x.txt") && failures[0].reason.contains("same output"))
        #expect(try decodedOutput(s.read("out/x.json"))?.text == "Premier.")
    }

    /// The output is claimed in input order, not in the order workers reach the run state: with many
    /// workers and many colliding inputs, the first input given keeps it every time.
    @Test("many colliding inputs, four workers: the first input given keeps the output")
    func outputCollisionInInputOrder() throws {
        let s = ScratchFolder("collide-many")
        let folders = (0..<12).map { "d\($0 < 10 ? "0" : "")\($0)" }
        for (k, f) in folders.enumerated() { s.write("\(f)/x.txt", "Texte \(k).") }
        let items = InputCollector().collect(folders.map { s.file($0) })
        let (summary, failures) = try BatchRunner(jobs: 4).run(items, output: .directory(s.file("out")))
        #expect(summary.documents == 1)
        #expect(Set(failures.map(\.path)) == Set(folders.dropFirst().map { s.file("\($0)/x.txt") }))
        #expect(try decodedOutput(s.read("out/x.json"))?.text == "Texte 0.")
    }
}
