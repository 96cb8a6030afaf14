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

/// Inputs that once crashed or misbehaved under the fuzzers (`make fuzz`, Fuzz/), kept in
/// FuzzRegressions/: each must decode or be refused with an IngestError, and annotate with every
/// span in place; plus a seeded property run of the same checks on random and mutated text.
@Suite("Fuzz regressions and properties")
struct FuzzRegressionTests {
    static let folder = Repo.path("Tests/RecoupeTests/Batch/FuzzRegressions")
    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// The fuzz targets' checks, on one input.
    static func check(_ bytes: [UInt8], _ label: String) throws {
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder().decode(bytes, path: label)
        } catch let e as IngestError {
            #expect(e.path == label && !e.reason.isEmpty)
            return
        }
        let fffd = decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
        #expect(fffd >= decoded.replacements, "\(label)")
        _ = try annotate(decoded.text, id: label)
        _ = OutputProvenance(bytes)
    }

    @Test("every kept crashing input now passes")
    func regressions() throws {
        #expect(!Self.inputs.isEmpty)
        for name in Self.inputs {
            try Self.check([UInt8](FileManager.default.contents(atPath: Self.folder + "/" + name)!), name)
        }
    }

    @Test("ucsdet failing on DB 24 falls back to windows-1252")
    func ucsdetFailure() throws {
        let d = try TextDecoder().decode([0xDB, 0x24], path: "x")
        #expect(d.text == "Û$" && d.encoding == "windows-1252")
    }

    @Test("seeded property run: random bytes and mutated French text decode or fail cleanly, and annotate")
    func properties() throws {
        var rng = SplitMix64(seed: 20_260_101)
        let seeds = Repo.seedPaths.map { [UInt8](FileManager.default.contents(atPath: $0)!) }
        let interesting: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0], [0xC2, 0xAB], [0xE2, 0x80, 0x99],
                                      [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x0D], [0x0A], [0xCC, 0x81], [0xE2, 0x80, 0xAE]]
        for round in 0..<300 {
            var bytes: [UInt8]
            if round % 3 == 0 {
                bytes = (0..<Int(rng.next() % 200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            } else {
                let seed = seeds[round % seeds.count]
                let start = Int(rng.next() % UInt64(seed.count)), length = Int(rng.next() % 600)
                bytes = Array(seed[start..<min(seed.count, start + length)])
                for _ in 0..<Int(rng.next() % 8) where !bytes.isEmpty {
                    let at = Int(rng.next() % UInt64(bytes.count + 1))
                    switch rng.next() % 3 {
                    case 0: bytes.insert(contentsOf: interesting[Int(rng.next() % UInt64(interesting.count))], at: at)
                    case 1: if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: rng.next()) }
                    default: if at < bytes.count { bytes.remove(at: at) }
                    }
                }
            }
            try Self.check(bytes, "round \(round)")
        }
    }
}
