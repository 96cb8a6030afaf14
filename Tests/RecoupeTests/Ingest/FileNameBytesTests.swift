import Foundation
@testable import Recoupe
@testable import RecoupeText
import Testing

/// Issue 18, item 12: a file name that is not UTF-8 is logged with its bytes escaped, not lossily.
@Suite("Non-UTF-8 file names", RecoupeExecutable.isBuilt)
struct FileNameBytesTests {
    @Test("escapedName keeps UTF-8 and writes other bytes as \\xNN")
    func escape() {
        #expect(InputCollector.escapedName(Array("dépêche".utf8)) == "dépêche")
        #expect(InputCollector.escapedName(Array("bad".utf8) + [0xFF] + Array(".txt".utf8)) == "bad\\xFF.txt")
        #expect(InputCollector.escapedName([0x53, 0xE9, 0x62]) == "S\\xE9b")  // Latin-1 é
    }

    @Test("errors.jsonl names the file with its bytes escaped")
    func logged() throws {
        let s = ScratchFolder("latin1-name")
        s.write("in/ok.txt", "Bonjour.")
        let raw = Array(s.file("in/S").utf8) + [0xE9] + Array("bastien.txt".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer { p in p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { open($0, O_CREAT | O_WRONLY, 0o644) } }
        #expect(fd >= 0)
        close(fd)
        let r = try #require(try RecoupeExecutable.run(["annotate", s.file("in"), "-o", s.file("out")]))
        #expect(r.status == 1, "\(r.stderrText)")
        let failures = ErrorLog.read(s.file("out/errors.jsonl"))
        #expect(failures.map(\.path) == [s.file("in/S\\xE9bastien.txt")], "\(failures)")
        #expect(s.exists("out/ok.json"))
    }
}
