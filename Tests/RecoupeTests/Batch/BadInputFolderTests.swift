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

/// A folder mixing good articles with every kind of bad file, run through the built `recoupe`:
/// each bad file is named on stderr with its reason (and in errors.jsonl when it fails), every
/// good file is annotated, and the exit status says whether anything failed.
@Suite("Bad input: a folder through recoupe annotate", RecoupeExecutable.isBuilt)
struct BadInputFolderTests {
    static let french = "L’ambassadeur de Russie a déclaré à Genève que la réunion était « très utile ».\n"
    static let russian = "Официальный представитель МИД России Мария Захарова заявила, что Москва примет меры.\n"
    /// A 1×1 PNG: signature, IHDR, IDAT, IEND.
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
        0x1F, 0x00, 0x05, 0x00, 0x02, 0x01, 0xA7, 0xA7, 0xB0, 0xE2, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
        0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    static func utf16(_ s: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for u in s.utf16 { out += bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
        return out
    }

    /// Builds the folder; returns the names expected to fail (relative to `in/`).
    static func build(_ s: ScratchFolder) throws -> [String: String] {
        for seed in Repo.seedPaths {
            s.write("in/good/" + (seed as NSString).lastPathComponent, [UInt8](FileManager.default.contents(atPath: seed)!))
        }
        // Decodable with a warning or cleanly: annotated.
        s.write("in/invalid-utf8.txt", Array(french.utf8) + [0x61, 0xF1, 0x80, 0x80, 0xE1, 0x80, 0xC2, 0x62, 0x80, 0x63, 0x80, 0xBF, 0x64, 0x0A])
        s.write("in/overlong-surrogates.txt", Array((french + french).utf8) + [0xC0, 0xAF, 0xE0, 0x80, 0xBF, 0xED, 0xA0, 0x80, 0x41, 0x0A])
        s.write("in/utf16le-bom.txt", utf16(french, bigEndian: false, bom: true))
        s.write("in/utf16be-bom.txt", utf16(russian, bigEndian: true, bom: true))
        s.write("in/utf16le-nobom.txt", utf16(russian, bigEndian: false, bom: false))
        s.write("in/utf16be-nobom.txt", utf16(french, bigEndian: true, bom: false))
        s.write("in/cp1252.txt", [0x4C, 0x92, 0xE9, 0x74, 0xE9, 0x20, 0x9C, 0x75, 0x76, 0x72, 0x65, 0x2E, 0x0A])
        s.write("in/one-nul.txt", Array(french.utf8) + [0] + Array(french.utf8))
        s.write("in/empty.txt", [])
        s.write("in/image.png", png)  // not .txt: skipped, never read
        // Failures.
        s.write("in/image.txt", png)
        var noise = SplitMix64(seed: 42)
        s.write("in/random.txt", (0..<4096).map { _ in UInt8(truncatingIfNeeded: noise.next() | 1) })  // no NUL at all
        try FileManager.default.createSymbolicLink(atPath: s.file("in/dangling.txt"), withDestinationPath: "nowhere.txt")
        try FileManager.default.createSymbolicLink(atPath: s.file("in/self-loop.txt"), withDestinationPath: "self-loop.txt")
        try FileManager.default.createSymbolicLink(atPath: s.file("in/good/back-up"), withDestinationPath: "..")
        return [
            "image.txt": "looks binary", "random.txt": "looks binary", "dangling.txt": "dangling symbolic link",
            "self-loop.txt": "symbolic link loop", "good/back-up": "symbolic link loop",
        ]
    }

    @Test("each bad file named with its reason, every good file annotated, exit 1")
    func folder() throws {
        let s = ScratchFolder()
        let failing = try Self.build(s)
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out"), "--jobs", "2"]))
        #expect(r.status == 1, "\(r.stderrText)")
        let stderr = r.stderrText
        for (name, reason) in failing {
            let line = stderr.split(separator: "\n").first { $0.contains(s.file("in/" + name)) }
            #expect(line?.contains(reason) == true, "\(name): \(line ?? "no message")")
        }
        // Lossy decodes are warned about, naming the file.
        for name in ["invalid-utf8.txt", "overlong-surrogates.txt", "one-nul.txt", "empty.txt"] {
            #expect(stderr.contains("warning: \(s.file("in/" + name)):"), "\(name)")
        }
        // errors.jsonl lists exactly the failures.
        let logged = ErrorLog.read(s.file("out/errors.jsonl"))
        #expect(Set(logged.map(\.path)) == Set(failing.keys.map { s.file("in/" + $0) }))
        #expect(logged.allSatisfy { $0.stage == "ingest" && !$0.reason.isEmpty })
        // Everything else is there, decoded as expected, and slices.
        let expected: [String: (encoding: String, text: String?)] = [
            "invalid-utf8": ("UTF-8", Self.french + "a\u{FFFD}\u{FFFD}\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}d\n"),
            "overlong-surrogates": ("UTF-8", Self.french + Self.french + String(repeating: "\u{FFFD}", count: 8) + "A\n"),
            "utf16le-bom": ("UTF-16LE", Self.french), "utf16be-bom": ("UTF-16BE", Self.russian),
            "utf16le-nobom": ("UTF-16LE", Self.russian), "utf16be-nobom": ("UTF-16BE", Self.french),
            "cp1252": ("windows-1252", "L’été œuvre.\n"), "one-nul": ("UTF-8", Self.french + "\u{0}" + Self.french),
            "empty": ("UTF-8", ""),
        ]
        for (name, e) in expected {
            let doc = try #require(try decodedOutput(s.read("out/\(name).json")), "\(name)")
            #expect(doc.source.encoding == e.encoding, "\(name)")
            if let text = e.text { #expect(doc.text == text, "\(name)") }
        }
        for seed in Repo.seedPaths {
            let name = ((seed as NSString).lastPathComponent as NSString).deletingPathExtension
            let doc = try #require(try decodedOutput(s.read("out/good/\(name).json")))
            #expect(doc.tokens.count > 100)
        }
        // Nothing else was written: no output for a failure, no temporary file.
        let written = Set(s.listing("out"))
        #expect(written == Set(expected.keys.map { "\($0).json" } + Repo.seedPaths.map {
            "good/" + (($0 as NSString).lastPathComponent as NSString).deletingPathExtension + ".json" } + ["errors.jsonl"]))
        #expect(stderr.contains("recoupe: \(expected.count + Repo.seedPaths.count) documents"))
        #expect(stderr.contains("\(failing.count) errors"))
    }

    @Test("invalid UTF-8 follows Unicode 15.0 §3.9 tables 3-8 to 3-11: one U+FFFD per maximal subpart", arguments: [
        ([0x61, 0xF1, 0x80, 0x80, 0xE1, 0x80, 0xC2, 0x62, 0x80, 0x63, 0x80, 0xBF, 0x64], "a\u{FFFD}\u{FFFD}\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}d", 6, 1),
        ([0xC0, 0xAF, 0xE0, 0x80, 0xBF, 0xF0, 0x81, 0x82, 0x41], String(repeating: "\u{FFFD}", count: 8) + "A", 8, 0),
        ([0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF, 0xED, 0xAF, 0x41], String(repeating: "\u{FFFD}", count: 8) + "A", 8, 0),
        ([0xF4, 0x91, 0x92, 0x93, 0xFF, 0x41, 0x80, 0xBF, 0x42], String(repeating: "\u{FFFD}", count: 5) + "A\u{FFFD}\u{FFFD}B", 7, 0),
        ([0xE1, 0x80, 0xE2, 0xF0, 0x91, 0x92, 0xF1, 0xBF, 0x41], String(repeating: "\u{FFFD}", count: 4) + "A", 4, 0),
    ] as [([UInt8], String, Int, Int)])
    func unicodeTables(_ bytes: [UInt8], _ expected: String, _ count: Int, _ firstBad: Int) throws {
        // Enough valid é's first that the file is judged UTF-8 with errors, not a legacy charset.
        let prefix = String(repeating: "é", count: 10)
        let d = try TextDecoder().decode(Array(prefix.utf8) + bytes, path: "t.txt")
        #expect(d.text == prefix + expected)
        #expect(d.replacements == count)
        #expect(d.encoding == "UTF-8")
        #expect(d.warnings.first?.code == "invalid-bytes")
        #expect(d.warnings.first?.message.contains("first at byte \(20 + firstBad))") == true)
    }

    @Test("a 200 MB file on a single line is refused by size, fast, naming the limit; the rest is annotated")
    func hugeSingleLine() throws {
        let s = ScratchFolder("huge")
        s.write("in/a.txt", Self.french)
        let handle = try #require(FileHandle(forWritingAtPath: s.write("in/huge.txt", [])))
        let block = Data(String(repeating: "Le ministre a déclaré que rien n’était décidé. ", count: 21_000).utf8.prefix(1_000_000))
        for _ in 0..<200 { handle.write(block) }
        try handle.close()
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out")]))
        #expect(r.status == 1)
        #expect(r.stderrText.contains("\(s.file("in/huge.txt")): is 200000000 bytes, over the limit of 33554432"))
        #expect(r.stderrText.contains("--max-mb"))
        #expect(s.exists("out/a.json") && !s.exists("out/huge.json"))
    }

    @Test("a long single line under the limit is annotated whole (300 kB, no newline)")
    func longSingleLine() throws {
        let s = ScratchFolder("line")
        let sentence = "Le ministre a déclaré que rien n’était décidé. "
        let count = 300_000 / sentence.utf8.count
        s.write("in/line.txt", String(repeating: sentence, count: count))
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out")]))
        #expect(r.status == 0)
        let doc = try #require(try decodedOutput(s.read("out/line.json")))
        #expect(doc.sentences.count == count)
        #expect(doc.words.count == count * 10)
    }

    @Test("unreadable files: permission denied (as non-root) and a read error root gets too")
    func unreadable() throws {
        let s = ScratchFolder("perm")
        s.write("in/a.txt", Self.french)
        let locked = s.write("in/locked.txt", Self.french)
        chmod(locked, 0)
        // /proc/self/mem of recoupe itself: open succeeds, read at offset 0 fails with EIO, for root too.
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "/proc/self/mem", "-o", s.file("out")]))
        #expect(r.status == 1)
        #expect(r.stderrText.contains("/proc/self/mem: read failed: Input/output error"), "\(r.stderrText)")
        #expect(s.exists("out/a.json"))
        if geteuid() == 0 {
            print("NOTE: running as root, which reads a mode-000 file: the permission-denied case is checked only as non-root.")
            #expect(s.exists("out/locked.json"))
        } else {
            #expect(r.stderrText.contains("\(locked): cannot read: permission denied"))
            #expect(!s.exists("out/locked.json"))
        }
    }

    /// 500 files (no fsync) by default; 100,000 with RECOUPE_HEAVY_TESTS=1 (`make test-heavy`),
    /// each output fsynced: about 2 ms a file on this machine's ext4.
    @Test("many tiny files: every one annotated once, in a mirrored tree")
    func manyTinyFiles() throws {
        let heavy = ProcessInfo.processInfo.environment["RECOUPE_HEAVY_TESTS"] != nil
        let count = heavy ? 100_000 : 500
        let s = ScratchFolder("tiny")
        for i in 0..<count { s.write("in/\(i % 100)/\(i).txt", "Article \(i) : M. Lavrov a parlé.") }
        // The default run skips the fsyncs (the durable path is the heavy run's and the other tests').
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out"), "--jobs", "2"] + (heavy ? [] : ["--no-fsync"])))
        #expect(r.status == 0, "\(r.stderrText.prefix(2000))")
        #expect(r.stderrText.contains("recoupe: \(count) documents"))
        // Spot checks (reading all 100,000 back would dominate the test).
        for i in stride(from: 0, to: count, by: max(1, count / 50)) {
            let doc = try #require(try decodedOutput(s.read("out/\(i % 100)/\(i).json")))
            #expect(doc.text == "Article \(i) : M. Lavrov a parlé.")
        }
        #expect(s.listing("out").count == count)
    }
}
