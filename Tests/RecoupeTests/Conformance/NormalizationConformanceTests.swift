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

/// Unicode 15.0's `NormalizationTest.txt` against ICU's normalizers through CICU: every invariant
/// the file's header states, on all five columns, and part 2 on every other assigned code point.
@Suite("Unicode conformance: NormalizationTest.txt")
struct NormalizationConformanceTests {
    struct Line {
        var number: Int
        var part: String
        /// source; NFC; NFD; NFKC; NFKD
        var c: [[UInt16]]
    }

    static func load() -> [Line]? {
        guard let lines = UnicodeDataFile.lines("NormalizationTest.txt") else { return nil }
        var out: [Line] = []
        var part = ""
        for (i, raw) in lines.enumerated() {
            if raw.hasPrefix("@") { part = String(raw.split(separator: " ")[0]); continue }
            let data = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            if data.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = data.split(separator: ";", omittingEmptySubsequences: false)
            let columns = fields.prefix(5).map { UnicodeDataFile.scalars($0).flatMap { Array($0.utf16) } }
            out.append(Line(number: i + 1, part: part, c: columns))
        }
        return out
    }

    /// The header's invariants for one line; returns the failed ones, described.
    static func check(_ l: Line) throws -> [String] {
        let (c1, c2, c3, c4, c5) = (l.c[0], l.c[1], l.c[2], l.c[3], l.c[4])
        var failed: [String] = []
        func expect(_ form: Normalizer.Form, _ inputs: [(String, [UInt16])], equal target: [UInt16], _ name: String) throws {
            for (label, input) in inputs where try Normalizer.normalize(input, form) != target {
                failed.append("line \(l.number): \(name) != to\(form)(\(label))")
            }
        }
        try expect(.nfc, [("c1", c1), ("c2", c2), ("c3", c3)], equal: c2, "c2")
        try expect(.nfc, [("c4", c4), ("c5", c5)], equal: c4, "c4")
        try expect(.nfd, [("c1", c1), ("c2", c2), ("c3", c3)], equal: c3, "c3")
        try expect(.nfd, [("c4", c4), ("c5", c5)], equal: c5, "c5")
        try expect(.nfkc, [("c1", c1), ("c2", c2), ("c3", c3), ("c4", c4), ("c5", c5)], equal: c4, "c4")
        try expect(.nfkd, [("c1", c1), ("c2", c2), ("c3", c3), ("c4", c4), ("c5", c5)], equal: c5, "c5")
        return failed
    }

    @Test("invariant 1: 19074/19074 lines, NFC NFD NFKC NFKD on all five columns", UnicodeDataFile.enabled("NormalizationTest.txt"))
    func columns() throws {
        let lines = try #require(Self.load())
        #expect(lines.count == 19074)
        #expect(lines.allSatisfy { $0.c.count == 5 })
        var failed: [String] = []
        var passed = 0
        for l in lines {
            let f = try Self.check(l)
            if f.isEmpty { passed += 1 } else { failed += f }
        }
        #expect(passed == 19074)
        #expect(failed.isEmpty, "\(failed.prefix(20))")
    }

    @Test("invariant 2: every other assigned code point is its own NFC, NFD, NFKC and NFKD",
          UnicodeDataFile.enabled("NormalizationTest.txt", "UnicodeData.txt"))
    func unlisted() throws {
        let lines = try #require(Self.load())
        let unicodeData = try #require(UnicodeDataFile.lines("UnicodeData.txt"))
        var listed = Set<UInt32>()
        for l in lines where l.part == "@Part1" {
            if let s = String(decoding: l.c[0], as: UTF16.self).unicodeScalars.first { listed.insert(s.value) }
        }
        #expect(listed.count > 10_000)
        var assigned: [UInt32] = []
        var rangeStart: UInt32? = nil
        for row in unicodeData where !row.isEmpty {
            let f = row.split(separator: ";", maxSplits: 2, omittingEmptySubsequences: false)
            let cp = UInt32(f[0], radix: 16)!
            if f[1].hasSuffix(", First>") { rangeStart = cp; continue }
            if f[1].hasSuffix(", Last>"), let s = rangeStart { assigned += Array(s...cp); rangeStart = nil; continue }
            assigned.append(cp)
        }
        var checked = 0
        var failed: [String] = []
        for cp in assigned where !listed.contains(cp) {
            guard let scalar = Unicode.Scalar(cp) else { continue }  // surrogates
            let x = Array(scalar.utf16)
            for form in [Normalizer.Form.nfc, .nfd, .nfkc, .nfkd] where try Normalizer.normalize(x, form) != x {
                failed.append("U+\(String(cp, radix: 16, uppercase: true)) to\(form)")
            }
            checked += 1
        }
        #expect(checked > 200_000)
        #expect(failed.isEmpty, "\(failed.prefix(20))")
    }
}
