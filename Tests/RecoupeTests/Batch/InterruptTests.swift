import Foundation
import GRDB
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// SIGINT stops cleanly after the documents in flight; SIGKILL never leaves a torn output; the
/// rerun finishes the job.
@Suite("Batch: SIGINT and SIGKILL", .serialized, RecoupeExecutable.isBuilt)
struct InterruptTests {
    static let fileCount = 60

    /// 60 articles of about 15 kB (the seeds, five times over): a few seconds of work in debug.
    static func corpus(_ s: ScratchFolder) {
        let seeds = Repo.seedPaths.map { String(decoding: FileManager.default.contents(atPath: $0)!, as: UTF8.self) }
        let body = String(repeating: seeds.joined(separator: "\n"), count: 5)
        for i in 0..<fileCount { s.write("in/\(i / 20)/article\(i).txt", "Dépêche \(i).\n" + body) }
    }

    /// Starts recoupe, waits until `outputs` documents are written, sends `signal`, waits for the end.
    static func runAndSignal(_ s: ScratchFolder, _ sig: Int32, after outputs: Int, extra: [String] = []) throws -> (status: Int32, signalled: Bool, stderr: String)? {
        guard let exe = RecoupeExecutable.path else { print("SKIPPED: recoupe not built"); return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["annotate", s.file("in"), "-o", s.file("out"), "--jobs", "2"] + extra
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(120)
        while p.isRunning, Date() < deadline, s.listing("out").filter({ $0.hasSuffix(".json") }).count < outputs {
            usleep(20_000)
        }
        kill(p.processIdentifier, sig)
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, p.terminationReason == .uncaughtSignal, String(decoding: stderr, as: UTF8.self))
    }

    /// Every output present parses and slices; returns how many there are.
    static func checkOutputs(_ s: ScratchFolder) throws -> Int {
        let outputs = s.listing("out").filter { $0.hasSuffix(".json") }
        for o in outputs { #expect(try decodedOutput(s.read("out/" + o)) != nil, "\(o)") }
        return outputs.count
    }

    @Test("SIGINT: the documents in flight finish, the summary is printed, exit 130; the rerun completes")
    func sigint() throws {
        let s = ScratchFolder("sigint")
        Self.corpus(s)
        let r = try #require(try Self.runAndSignal(s, SIGINT, after: 3))
        #expect(!r.signalled && r.status == 130, "\(r.stderr)")
        #expect(r.stderr.contains("interrupted: finishing the documents in flight"))
        let summary = try #require(r.stderr.split(separator: "\n").last { $0.hasPrefix("recoupe: ") && $0.contains(" documents") })
        #expect(summary.contains("interrupted"))
        let done = try Self.checkOutputs(s)
        #expect(done >= 3 && done < Self.fileCount, "stopped after \(done)")
        #expect(summary.hasPrefix("recoupe: \(done) documents"), "\(summary)")
        #expect(!s.listing("out").contains { $0.contains(".tmp-") })

        let rerun = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out")]))
        #expect(rerun.status == 0)
        #expect(rerun.stderrText.contains("recoupe: \(Self.fileCount - done) documents"))
        #expect(rerun.stderrText.contains("\(done) already done"))
        #expect(try Self.checkOutputs(s) == Self.fileCount)
    }

    @Test("SIGKILL: no torn output; the rerun removes the temporary files and completes")
    func sigkill() throws {
        let s = ScratchFolder("sigkill")
        Self.corpus(s)
        let r = try #require(try Self.runAndSignal(s, SIGKILL, after: 5))
        #expect(r.signalled && r.status == SIGKILL)
        let done = try Self.checkOutputs(s)
        #expect(done >= 5 && done < Self.fileCount)
        let rerun = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out"), "--verbose"]))
        #expect(rerun.status == 0)
        #expect(rerun.stderrText.contains("\(done) already done"))
        #expect(try Self.checkOutputs(s) == Self.fileCount)
        #expect(!s.listing("out").contains { $0.contains(".tmp-") })
    }

    /// Mentions the registry holds for each document id.
    static func registryMentions(_ db: String) throws -> [String: Int] {
        let rows = try NameRegistry.open(db).writer.read { db in
            try Row.fetchAll(db, sql: "SELECT d.doc_id, COUNT(m.id) FROM document d LEFT JOIN mention m ON m.document_id = d.id GROUP BY d.id")
        }
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0[1] as Int) })
    }

    @Test("SIGKILL with --registry in batches: only whole documents recorded; the rerun records the rest")
    func sigkillRegistry() throws {
        let s = ScratchFolder("sigkill-registry")
        Self.corpus(s)
        let db = s.file("names.sqlite")
        // Batches of 4 documents: the kill lands after some batches and inside another.
        let r = try #require(try Self.runAndSignal(s, SIGKILL, after: 9, extra: ["--registry", db, "--registry-batch", "4"]))
        #expect(r.signalled && r.status == SIGKILL)
        let outputs = s.listing("out").filter { $0.hasSuffix(".json") }
        // Every output's own mentions (dates are not recorded), by document id.
        func expected() throws -> [String: Int] {
            var out: [String: Int] = [:]
            for o in s.listing("out").filter({ $0.hasSuffix(".json") }) {
                let doc = try #require(try decodedOutput(s.read("out/" + o)))
                out[doc.id] = doc.mentions.filter { $0.label != .date }.count
            }
            return out
        }
        let killed = try Self.registryMentions(db)
        #expect(killed.count < Self.fileCount)
        let whole = try expected()
        for (id, n) in killed where whole[id] != nil { #expect(n == whole[id], "\(id): \(n) mentions recorded of \(whole[id]!)") }
        #expect(outputs.count < Self.fileCount)

        let rerun = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out"), "--registry", db, "--registry-batch", "4"]))
        #expect(rerun.status == 0, "\(rerun.stderrText)")
        let all = try expected()
        #expect(all.count == Self.fileCount)
        #expect(try Self.registryMentions(db) == all)
    }

    @Test("SIGINT with --registry: the last batch is committed before exit 130; every output is recorded")
    func sigintRegistry() throws {
        let s = ScratchFolder("sigint-registry")
        Self.corpus(s)
        let db = s.file("names.sqlite")
        // A batch larger than the corpus: only the timer and the end of the run commit.
        let r = try #require(try Self.runAndSignal(s, SIGINT, after: 3, extra: ["--registry", db, "--registry-batch", "1000"]))
        #expect(!r.signalled && r.status == 130, "\(r.stderr)")
        let recorded = try Self.registryMentions(db)
        var outputs = 0
        for o in s.listing("out").filter({ $0.hasSuffix(".json") }) {
            let doc = try #require(try decodedOutput(s.read("out/" + o)))
            #expect(recorded[doc.id] == doc.mentions.filter { $0.label != .date }.count, "\(doc.id)")
            outputs += 1
        }
        #expect(outputs >= 3 && outputs < Self.fileCount)
    }
}
