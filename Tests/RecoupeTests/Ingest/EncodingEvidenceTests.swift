@testable import Recoupe
import Testing

/// Issue 18, item 11: a legacy charset only on positive evidence; short or mostly-ASCII invalid
/// UTF-8 is UTF-8 with U+FFFD and a warning.
@Suite("Encoding detection needs positive evidence")
struct EncodingEvidenceTests {
    @Test("the issue's two examples are UTF-8 with U+FFFD and a warning, not windows-1252", arguments: [
        (Array("Sergue".utf8) + [0xC3], "Sergue\u{FFFD}", 1),
        ([0xC0, 0xAF], "\u{FFFD}\u{FFFD}", 2),
    ] as [([UInt8], String, Int)])
    func invalidUTF8(_ bytes: [UInt8], _ text: String, _ replacements: Int) throws {
        let d = try TextDecoder().decode(bytes, path: "x.txt")
        #expect(d.encoding == "UTF-8")
        #expect(d.text == text)
        #expect(d.replacements == replacements)
        #expect(d.warnings.contains { $0.code == "invalid-bytes" && $0.message.contains("first at byte") }, "\(d.warnings)")
    }

    @Test("windows-1252 with French letters and typography is still detected", arguments: [
        ([0x53, 0x65, 0x72, 0x67, 0x75, 0x65, 0xEF], "Sergueï"),
        ([0x4C, 0x92, 0xE9, 0x74, 0xE9], "L’été"),
        ([0xAB, 0x20, 0x9C, 0x75, 0x76, 0x72, 0x65, 0x20, 0xBB], "« œuvre »"),
    ] as [([UInt8], String)])
    func windows1252(_ bytes: [UInt8], _ text: String) throws {
        let d = try TextDecoder().decode(bytes, path: "x.txt")
        #expect(d.encoding == "windows-1252")
        #expect(d.text == text)
        #expect(d.warnings.isEmpty)
    }
}
