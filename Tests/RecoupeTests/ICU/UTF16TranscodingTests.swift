import Testing
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry

/// The tokenizer's and sentence splitter's UTF-8 → UTF-16 transcoder must agree with Swift's own
/// UTF-16 view on every width of UTF-8 sequence.
@Suite struct UTF16TranscodingTests {
    @Test(arguments: [
        "", "a", "L’ambassadeur est arrivé.", "Дарчиев, посол", "€ 1 500 — « ok »", "😀 emoji 👍🏽 and 𝔘",
        "mixed é😀ß\u{202F}\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
    ])
    func matchesUTF16View(_ s: String) {
        #expect(UTF16Transcoding.codeUnits(s) == Array(s.utf16))
    }

    /// The eight-byte ASCII fast path, with a multi-byte character at every alignment.
    @Test func asciiRunsAtEveryAlignment() {
        for k in 0..<17 {
            let s = String(repeating: "a", count: k) + "é" + String(repeating: "bcdefghij", count: 3) + "😀z"
            #expect(UTF16Transcoding.codeUnits(s) == Array(s.utf16))
        }
    }

    @Test func bridgedAndSubstringInputs() {
        let long = String(repeating: "été 😀 ", count: 1000)
        #expect(UTF16Transcoding.codeUnits(long) == Array(long.utf16))
        let sub = String(long.dropFirst(3))
        #expect(UTF16Transcoding.codeUnits(sub) == Array(sub.utf16))
    }
}

/// Document's UTF-8 → scalar decoder must agree with `Array(text.unicodeScalars)`.
@Suite struct DocumentScalarsTests {
    @Test(arguments: ["", "abc", "L’État", "Дарчиев", "😀 👍🏽 𝔘 \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"])
    func matchesUnicodeScalarsView(_ s: String) {
        #expect(Document(id: "t", text: s).scalars == Array(s.unicodeScalars))
    }
}

/// The shared UTF-8 coder against Swift's own: every width boundary and a stride over all of
/// Unicode's scalar values, decoded and encoded back.
@Suite struct UTF8CodingTests {
    @Test func roundTripsEveryWidth() {
        var values: [UInt32] = [0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF]
        values += stride(from: UInt32(1), to: 0x110000, by: 97).filter { !(0xD800...0xDFFF).contains($0) }
        for v in values {
            let s = String(Unicode.Scalar(v)!)
            var decoded: UInt32 = 0
            var consumed = 0
            var copy = s
            copy.withUTF8 { decoded = UTF8Coding.decode($0, at: &consumed) }
            #expect(decoded == v && consumed == s.utf8.count, "decode U+\(String(v, radix: 16))")
            var bytes = [UInt8](repeating: 0, count: 4)
            let n = bytes.withUnsafeMutableBufferPointer { UTF8Coding.encode(v, into: $0, at: 0) }
            #expect(Array(bytes[0..<n]) == Array(s.utf8), "encode U+\(String(v, radix: 16))")
        }
    }
}
