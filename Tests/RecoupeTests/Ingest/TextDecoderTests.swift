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

/// `TextDecoder` against bytes produced by glibc's `iconv`, the reference encoder.
@Suite("Text decoding")
struct TextDecoderTests {
    static let french = """
        L’ambassadeur de Russie a déclaré : « Nous prendrons des mesures initiales concrètes. »
        Le secrétaire d’État, présent à Genève, n’a pas répondu ; l’œuvre du comité reste à faire.
        Maria Zakharova, porte-parole, l’a répété lundi 3 février à Moscou.

        """
    static let russian = """
        Официальный представитель МИД России Мария Захарова заявила, что Москва примет ответные меры.
        Посол России во Франции Алексей Мешков встретился с журналистами в Париже в понедельник.

        """

    static func iconv(_ text: String, to charset: String) throws -> [UInt8] {
        let r = try ExternalCommand.run("iconv", ["-f", "UTF-8", "-t", charset], input: Data(text.utf8))
        #expect(r.status == 0, "iconv -t \(charset): \(r.stderrText)")
        return [UInt8](r.stdout)
    }

    @Test("iconv-encoded text decodes back exactly", .enabled(if: ExternalCommand.exists("iconv"), "iconv not installed"), arguments: [
        // (iconv charset, BOM to prepend, expected encoding name, BOM expected)
        ("UTF-8", [], "UTF-8", false),
        ("UTF-8", [0xEF, 0xBB, 0xBF], "UTF-8", true),
        ("UTF-16LE", [0xFF, 0xFE], "UTF-16LE", true),
        ("UTF-16BE", [0xFE, 0xFF], "UTF-16BE", true),
        ("UTF-16LE", [], "UTF-16LE", false),
        ("UTF-16BE", [], "UTF-16BE", false),
        ("UTF-32LE", [0xFF, 0xFE, 0x00, 0x00], "UTF-32LE", true),
        ("UTF-32BE", [0x00, 0x00, 0xFE, 0xFF], "UTF-32BE", true),
        ("WINDOWS-1252", [], "windows-1252", false),
    ] as [(String, [UInt8], String, Bool)])
    func french(_ charset: String, _ bom: [UInt8], _ encoding: String, _ hadBOM: Bool) throws {
        let bytes = bom + (try Self.iconv(Self.french, to: charset))
        let d = try TextDecoder().decode(bytes, path: "french.txt")
        #expect(d.text == Self.french)
        #expect(d.encoding == encoding)
        #expect(d.hadBOM == hadBOM)
        #expect(d.replacements == 0)
        #expect(d.lineEndings == "LF")
    }

    @Test("Cyrillic legacy charsets are detected", .enabled(if: ExternalCommand.exists("iconv"), "iconv not installed"), arguments: [("WINDOWS-1251", "windows-1251"), ("KOI8-R", "KOI8-R")])
    func russian(_ charset: String, _ encoding: String) throws {
        let d = try TextDecoder().decode(try Self.iconv(Self.russian, to: charset), path: "ru.txt")
        #expect(d.text == Self.russian)
        #expect(d.encoding == encoding)
    }

    @Test("Windows-1252 é and ’ in a short line")
    func cp1252Short() throws {
        // "L’été" in windows-1252: ’ is 0x92, é is 0xE9 (neither is valid UTF-8 here).
        let d = try TextDecoder().decode([0x4C, 0x92, 0xE9, 0x74, 0xE9, 0x0D, 0x0A], path: "short.txt")
        #expect(d.text == "L’été\r\n")
        #expect(d.encoding == "windows-1252")
        #expect(d.lineEndings == "CRLF")
    }

    @Test("line endings are described, never rewritten", arguments: [
        ("a\nb\n", "LF"), ("a\r\nb\r\n", "CRLF"), ("a\rb\r", "CR"), ("a\nb\r\n", "mixed"), ("ab", "none"),
    ])
    func lineEndings(_ text: String, _ kind: String) throws {
        let d = try TextDecoder().decode(Array(text.utf8), path: "t.txt")
        #expect(d.text == text)
        #expect(d.lineEndings == kind)
    }

    /// One counter for every path: UTF-8 bytes and UTF-16 code units (the ICU-decoded inputs) agree.
    @Test("line endings: the same answer over UTF-8 bytes and UTF-16 code units", arguments: [
        ("a\nb\n", "LF"), ("a\r\nb\r\n", "CRLF"), ("a\rb\r", "CR"), ("a\nb\r\n", "mixed"), ("ab", "none"),
        ("\r\r\n", "mixed"), ("\r", "CR"), ("\n\r", "mixed"), ("", "none"), ("é\r\nà\r\n", "CRLF"),
    ])
    func lineEndingsOverUnits(_ text: String, _ kind: String) {
        #expect(TextDecoder.lineEndings(Array(text.utf8)) == kind)
        #expect(TextDecoder.lineEndings(Array(text.utf16)) == kind)
    }
}
