import Testing
@testable import RecoupeICU

/// The C widening of half-precision floats (the NER model's weights) against Swift's own `Float(Float16)`, on
/// every one of the 65,536 bit patterns, both the F16C path and the bit-by-bit one, from an odd address and with
/// a count that is no multiple of the vector width.
@Suite struct HalfPrecisionTests {
    /// Every pattern, little-endian, after `lead` padding bytes.
    static func allPatterns(lead: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0xAA, count: lead)
        for h in 0...UInt16.max { bytes.append(UInt8(h & 0xFF)); bytes.append(UInt8(h >> 8)) }
        return bytes
    }

    static func expectSwiftValues(_ out: [Float], first: Int = 0) {
        var wrong = 0
        for (k, f) in out.enumerated() {
            let expected = Float(Float16(bitPattern: UInt16(first + k)))
            let same = expected.isNaN ? f.isNaN : f.bitPattern == expected.bitPattern
            if !same { wrong += 1 }
        }
        #expect(wrong == 0, "\(wrong) of \(out.count) patterns widened differently from Float(Float16)")
    }

    @Test(arguments: [0, 1])
    func dispatchedWideningMatchesSwift(lead: Int) {
        let bytes = Self.allPatterns(lead: lead)
        var out = [Float](repeating: -1, count: 65_536)
        bytes.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer { _ = HalfPrecision.widen(littleEndian: raw.baseAddress! + lead, count: 65_536, into: $0) }
        }
        Self.expectSwiftValues(out)
    }

    @Test(arguments: [0, 1])
    func portableWideningMatchesSwift(lead: Int) {
        let bytes = Self.allPatterns(lead: lead)
        var out = [Float](repeating: -1, count: 65_536)
        bytes.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer { HalfPrecision.widenPortably(littleEndian: raw.baseAddress! + lead, count: 65_536, into: $0) }
        }
        Self.expectSwiftValues(out)
    }

    /// 13 values from pattern 1000: one vector of eight, then five by the tail loop; nothing written past them.
    @Test func tailAfterTheVectorIsWidenedAndNothingBeyond() {
        let bytes = Self.allPatterns(lead: 0)
        var out = [Float](repeating: -1, count: 16)
        bytes.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer { _ = HalfPrecision.widen(littleEndian: raw.baseAddress! + 2000, count: 13, into: $0) }
        }
        Self.expectSwiftValues(Array(out[..<13]), first: 1000)
        #expect(out[13...].allSatisfy { $0 == -1 })
    }
}
