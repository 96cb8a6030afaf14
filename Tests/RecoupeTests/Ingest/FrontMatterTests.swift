import Foundation
@testable import RecoupeCore
@testable import RecoupeText
@testable import Recoupe
import Testing

/// Front matter (issue 17): a YAML block at the top of a .txt/.md article fills `source`, and
/// the text (every offset) starts after it.
@Suite("Article front matter")
struct FrontMatterTests {
    func read(_ text: String) throws -> Document {
        try DocumentReader().document(bytes: Array(text.utf8), path: "a.txt", id: "a")
    }

    @Test func fieldsFillSourceAndTextIsTheBody() throws {
        let doc = try read("---\ndate: 2025-03-21\noutlet: Le Temps\ntitle: \"Genève: reprise\"\nurl: https://example.org/a\nauthor: A. B.\nlanguage: fr\n---\nJeudi à Genève.\n")
        #expect(doc.text == "Jeudi à Genève.\n")
        #expect(doc.source.date == "2025-03-21" && doc.source.outlet == "Le Temps")
        #expect(doc.source.title == "Genève: reprise" && doc.source.url == "https://example.org/a" && doc.source.author == "A. B.")
        #expect(doc.source.language == "fr")
        #expect(doc.source.byteCount > doc.text.utf8.count)  // the file's bytes, front matter included
        let json = String(decoding: DocumentJSON.encode(doc), as: UTF8.self)
        #expect(json.contains("\"outlet\":\"Le Temps\"") && json.contains("\"title\":\"Genève: reprise\""))
        #expect(try DocumentJSON.decode(Data(DocumentJSON.encode(doc))).source == doc.source)
    }

    @Test func crlfFilesAndADateTimeAreRead() throws {
        let doc = try read("---\r\ndate: 2025-03-21T08:30:00+01:00\r\noutlet: RTS\r\n---\r\nCorps.\r\n")
        #expect(doc.text == "Corps.\r\n")
        #expect(doc.source.date == "2025-03-21" && doc.source.outlet == "RTS")
    }

    @Test func textWithoutFrontMatterIsUnchanged() throws {
        for text in ["Jeudi à Genève.", "--- une ligne\nsuite", "", "----\nx\n----\n"] {
            let doc = try read(text)
            #expect(doc.text == text)
            #expect(doc.source.outlet == nil && doc.source.date == nil)
        }
    }

    @Test(arguments: [
        ("---\ndate: 2025-03-21\nCorps sans fin de bloc.\n", "never closed"),
        ("---\ndate: [2025\n---\nCorps.\n", "not valid YAML"),
        ("---\n- a\n- b\n---\nCorps.\n", "key: value"),
        ("---\ndate: 21 mars 2025\n---\nCorps.\n", "YYYY-MM-DD"),
        ("---\ndate: 2025-02-30\n---\nCorps.\n", "YYYY-MM-DD"),
        ("---\noutlet: [a, b]\n---\nCorps.\n", "single value"),
        ("---\nlanguage: French\n---\nCorps.\n", "language code"),
    ])
    func malformedFrontMatterIsAnErrorNamingTheFile(text: String, expected: String) throws {
        do {
            _ = try read(text)
            Issue.record("accepted: \(text.debugDescription)")
        } catch let e as IngestError {
            #expect(e.code == .frontMatter)
            #expect(e.description.hasPrefix("a.txt: ") && e.reason.contains(expected), "\(e)")
        }
    }

    @Test func unknownKeysAreIgnoredWithAWarning() throws {
        let doc = try read("---\noutlet: X\ntags: [a]\n---\nCorps.\n")
        #expect(doc.source.outlet == "X")
        #expect(doc.warnings.contains { $0.code == "front-matter-key" && $0.message.contains("tags") })
    }

    @Test func commandLineMetadataWinsOverFrontMatter() throws {
        var reader = DocumentReader()
        reader.date = "2025-03-20"
        reader.outlet = "Flag"
        let doc = try reader.document(bytes: Array("---\ndate: 2025-03-21\noutlet: X\n---\nCorps.".utf8), path: "a.txt", id: "a")
        #expect(doc.source.date == "2025-03-20" && doc.source.outlet == "Flag")
    }

    /// Offsets point into the body: "jeudi" resolves against the front matter date and its
    /// span slices the emitted text.
    @Test func relativeDatesResolveFromFrontMatterAndOffsetsSliceTheBody() throws {
        var doc = try read("---\ndate: 2025-03-21\n---\nLes délégations se sont réunies jeudi à Genève.")
        try Pipeline.standard().run(&doc)
        let jeudi = try #require(doc.dates.first)
        #expect(jeudi.value == "2025-03-20")
        #expect(doc.surface(start: jeudi.start, end: jeudi.end) == "jeudi")
        #expect(!doc.warnings.contains { $0.code == "no-anchor" })
    }

    @Test func aRelativeDateWithNoAnchorIsWarnedWithHowToGiveOne() throws {
        var doc = try read("Les délégations se sont réunies jeudi à Genève, puis le 3 mars.")
        try Pipeline.standard().run(&doc)
        let w = try #require(doc.warnings.first { $0.code == "no-anchor" })
        #expect(w.message.contains("“jeudi”") && w.message.contains("--date") && w.message.contains("date: YYYY-MM-DD"))
    }

    @Test(.enabled(if: RecoupeExecutable.path != nil, "the recoupe executable is not built"))
    func cliNamesTheFileAndExitsNonZeroOnMalformedFrontMatter() throws {
        let folder = try TemporaryFolder("front-matter")
        defer { folder.remove() }
        try "---\ndate: demain\n---\nCorps.\n".write(toFile: folder.file("bad.txt"), atomically: true, encoding: .utf8)
        try "Réunion jeudi à Genève.\n".write(toFile: folder.file("plain.txt"), atomically: true, encoding: .utf8)
        let bad = try #require(try RecoupeExecutable.run(["annotate", folder.file("bad.txt"), "--stdout", "--lang", "fr"]))
        #expect(bad.status == 1)
        #expect(String(decoding: bad.stderr, as: UTF8.self).contains("bad.txt") && String(decoding: bad.stderr, as: UTF8.self).contains("YYYY-MM-DD"))
        let plain = try #require(try RecoupeExecutable.run(["annotate", folder.file("plain.txt"), "--stdout", "--lang", "fr"]))
        let warning = String(decoding: plain.stderr, as: UTF8.self)
        #expect(plain.status == 0 && warning.contains("plain.txt") && warning.contains("--date"))
        let flagged = try #require(try RecoupeExecutable.run(["annotate", folder.file("plain.txt"), "--stdout", "--lang", "fr",
                                                               "--date", "2025-03-21", "--outlet", "Le Temps"]))
        let doc = try DocumentJSON.decode(flagged.stdout)
        #expect(doc.source.outlet == "Le Temps" && doc.dates.first?.value == "2025-03-20")
        // A corpus without dates: the first three files are named, the rest counted.
        try FileManager.default.createDirectory(atPath: folder.file("undated"), withIntermediateDirectories: false)
        for n in 0..<5 { try "Réunion jeudi à Genève, n° \(n).\n".write(toFile: folder.file("undated/u\(n).txt"), atomically: true, encoding: .utf8) }
        let many = try #require(try RecoupeExecutable.run(["annotate", folder.file("undated"), "--stdout", "--lang", "fr", "--jobs", "1"]))
        let manyLines = String(decoding: many.stderr, as: UTF8.self).split(separator: "\n")
        #expect(manyLines.filter { $0.contains("need the publication date") }.count == 3)
        #expect(manyLines.contains { $0.contains("2 more document(s) have dates that need a publication date") })
        let folderFlag = try #require(try RecoupeExecutable.run(["annotate", folder.path, "--stdout", "--date", "2025-03-21"]))
        #expect(folderFlag.status == 2)
    }
}
