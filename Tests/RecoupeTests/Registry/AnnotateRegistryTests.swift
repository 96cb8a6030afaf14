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

/// `recoupe annotate --registry FILE` through the real CLI: two batches on two days, the second
/// reconciled against the first.
@Suite("annotate --registry", RecoupeExecutable.isBuilt)
struct AnnotateRegistryTests {
    @Test("a second batch's spelling joins the entity a first batch recorded")
    func twoBatches() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("registry")
        let seeds = Repo.seedPaths
        try #require(seeds.count == 2)
        let db = s.file("names.sqlite")
        for (n, seed) in seeds.enumerated() {
            let r = try ExternalCommand.run(exe, ["annotate", seed, "-o", s.file("out\(n)"), "--registry", db, "--jobs", "1"])
            #expect(r.status == 0, "\(r.stderrText)")
        }
        let report = try ExternalCommand.run(exe, ["names", "report", "--registry", db, "--format", "tsv"])
        #expect(report.status == 0, "\(report.stderrText)")
        // Both spellings of the diplomat, each from its own batch, under one entity.
        let rows = report.stdoutText.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let darchiev = rows.filter { $0.count > 3 && ($0[3] == "Alexandre Dartchiev" || $0[3] == "Alexander Darchiev") }
        #expect(darchiev.count == 2)
        #expect(Set(darchiev.map { $0[0] }).count == 1)
        // Recording the same document again adds nothing.
        let again = try ExternalCommand.run(exe, ["annotate", seeds[0], "-o", s.file("out0"), "--registry", db, "--force"])
        #expect(again.status == 0)
        let report2 = try ExternalCommand.run(exe, ["names", "report", "--registry", db, "--format", "tsv"])
        #expect(report2.stdoutText == report.stdoutText)
    }
}
