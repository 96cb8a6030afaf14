import Foundation
@testable import Recoupe
import Testing

/// Issue 18, item 7: exported file names are unique and bounded; a bad document does not stop
/// the export.
@Suite("brat export: file names and failures", RecoupeExecutable.isBuilt)
struct BratFileNameTests {
    @Test("plain ids stay; others are sanitised, bounded and hashed", arguments: [
        ("000_abb850366427119b", "000_abb850366427119b"),
        ("a_b", "a_b"),
        ("dépêche", nil),
        ("a/b", nil),
        (".hidden", nil),
        ("x\u{0}y", nil),
    ] as [(String, String?)])
    func names(_ id: String, _ expected: String?) {
        let name = BratFileName.name(for: id)
        if let expected { #expect(name == expected) }
        #expect(!name.isEmpty && name.utf8.count <= BratFileName.maxLength + 13)
        #expect(!name.contains("/") && !name.contains("\u{0}") && !name.hasPrefix("."))
    }

    @Test("ids that collide after sanitising, or share a long prefix, get distinct names")
    func distinct() {
        let long = String(repeating: "x", count: 300)
        let ids = ["a/b", "a_b", "a:b", long + "1", long + "2", "x\u{0}y", "x/y"]
        #expect(Set(ids.map(BratFileName.name(for:))).count == ids.count)
    }

    @Test("export writes every document (colliding, 300-character and NUL ids) and the .conf files")
    func exportKeepsGoing() throws {
        let exe = try #require(RecoupeExecutable.path)
        let s = ScratchFolder("brat-names")
        let long = String(repeating: "x", count: 300)
        let ids = ["a/b", "a_b", long, "nul\\u0000id", "ok"]
        let input = ids.map { #"{"id":"\#($0)","text":"Sergueï Lavrov a parlé à Moscou."}"# }.joined(separator: "\n") + "\n"
        let annotated = try #require(try RecoupeExecutable.run(["annotate", "--jsonl-in", "--jobs", "1"], input: Data(input.utf8)))
        #expect(annotated.status == 0, "\(annotated.stderrText)")
        s.write("docs.jsonl", [UInt8](annotated.stdout))
        let r = try ExternalCommand.run(exe, ["export", s.file("docs.jsonl"), "--format", "brat", "-o", s.file("brat")])
        #expect(r.status == 0, "\(r.stderrText)")
        #expect(r.stderrText.contains("exported 5 of 5 document(s)"), "\(r.stderrText)")
        let files = s.listing("brat")
        #expect(files.contains("annotation.conf") && files.contains("visual.conf"))
        #expect(files.filter { $0.hasSuffix(".ann") }.count == 5, "\(files)")
        #expect(files.filter { $0.hasSuffix(".txt") }.count == 5, "\(files)")
        #expect(files.allSatisfy { $0.utf8.count <= 120 })
    }
}
