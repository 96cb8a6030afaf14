@testable import RecoupeCore
import Testing

/// The fast scalar properties answer as Unicode's properties do, on all of ASCII and the rest of the BMP.
@Suite("Core: fast scalar properties")
struct ScalarPropertiesTests {
    @Test func sameAsUnicodeProperties() {
        for v in UInt32(0)..<0x1_0000 {
            guard let u = Unicode.Scalar(v) else { continue }
            #expect(u.isAlphabeticFast == u.properties.isAlphabetic, "U+\(String(v, radix: 16))")
            #expect(u.isNumericFast == (u.properties.numericType != nil), "U+\(String(v, radix: 16))")
            #expect(u.isWhitespaceFast == u.properties.isWhitespace, "U+\(String(v, radix: 16))")
        }
    }

    /// White_Space above the BMP too (the paragraph split trims with it).
    @Test func whiteSpaceOnEveryCodePoint() {
        for v in UInt32(0x1_0000)...0x10_FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            #expect(u.isWhitespaceFast == u.properties.isWhitespace, "U+\(String(v, radix: 16))")
        }
    }
}
