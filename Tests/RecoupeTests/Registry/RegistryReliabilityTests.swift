import Foundation
import GRDB
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Issue 18, items 5 and 6: resumed outputs are recorded, the .sqlite file alone holds the data
/// after a run, and a file that is not a sound Recoupe registry is refused, named, untouched.
@Suite("annotate --registry: resume, checkpoint, bad files", RecoupeExecutable.isBuilt)
struct RegistryReliabilityTests {
    static func sha(_ path: String) throws -> String { SHA256.hex(try FileReader.read(path)) }

    @Test("outputs already done are read back and recorded in a registry that lacks them")
    func resumedAreRecorded() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("registry-resume")
        let seeds = Repo.seedPaths
        let first = try ExternalCommand.run(exe, ["annotate"] + seeds + ["-o", s.file("out")])
        #expect(first.status == 0, "\(first.stderrText)")
        let db = s.file("names.sqlite")
        let second = try ExternalCommand.run(exe, ["annotate"] + seeds + ["-o", s.file("out"), "--registry", db])
        #expect(second.status == 0, "\(second.stderrText)")
        #expect(second.stderrText.contains("\(seeds.count) already done"), "\(second.stderrText)")
        let registry = try NameRegistry.open(db)
        for seed in seeds { #expect(try registry.contains(sha256: Self.sha(seed)), "\(seed)") }
        let report = try ExternalCommand.run(exe, ["names", "report", "--registry", db, "--format", "tsv"])
        #expect(report.stdoutText.contains("Dartchiev") && report.stdoutText.contains("Darchiev"), "\(report.stdoutText.prefix(500))")
    }

    @Test("after annotate the .sqlite file alone holds the data (WAL checkpointed)")
    func checkpointed() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("registry-wal")
        let db = s.file("names.sqlite")
        let r = try ExternalCommand.run(exe, ["annotate", Repo.seedPaths[0], "-o", s.file("out"), "--registry", db])
        #expect(r.status == 0, "\(r.stderrText)")
        let wal = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0, "the -wal file still holds \(wal) bytes")
        // The .sqlite file copied alone has the document.
        try FileManager.default.copyItem(atPath: db, toPath: s.file("copy.sqlite"))
        #expect(try NameRegistry.open(s.file("copy.sqlite")).contains(sha256: Self.sha(Repo.seedPaths[0])))
    }

    @Test("a file that is not a database, or another program's database, is refused with its name and left as it was")
    func badFilesRefused() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("registry-bad")
        let garbage = s.write("garbage.sqlite", Array("this is not a database, but it is long enough to have a header".utf8) + [UInt8](repeating: 7, count: 4096))
        let other = s.file("other.sqlite")
        do {
            let q = try DatabaseQueue(path: other)
            try q.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)") }
        }
        for (path, message) in [(garbage, "not a readable SQLite database"), (other, "an SQLite database but not a Recoupe name registry")] {
            let before = FileManager.default.contents(atPath: path)
            let r = try ExternalCommand.run(exe, ["annotate", Repo.seedPaths[0], "-o", s.file("out-\((path as NSString).lastPathComponent)"), "--registry", path])
            #expect(r.status == 1, "\(r.stderrText)")
            #expect(r.stderrText.contains("registry \(path): \(message)"), "\(r.stderrText)")
            #expect(r.stderrText.contains("refusing to write into it"), "\(r.stderrText)")
            #expect(FileManager.default.contents(atPath: path) == before, "\(path) was changed")
        }
    }
}
