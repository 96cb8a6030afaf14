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
    static func runAndSignal(_ s: ScratchFolder, _ sig: Int32, after outputs: Int) throws -> (status: Int32, signalled: Bool, stderr: String)? {
        guard let exe = RecoupeExecutable.path else { print("SKIPPED: recoupe not built"); return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["annotate", s.file("in"), "-o", s.file("out"), "--jobs", "2"]
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
}
