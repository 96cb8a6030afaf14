import Foundation
@testable import RecoupeCore
@testable import Recoupe
import Testing

/// `compare --stories` (issue 17): a corpus grouped into stories by shared uncommon entities and
/// dates within a window, blocked by entity key.
@Suite("Stories in a corpus")
struct StoryGrouperTests {
    static func doc(_ id: String, date: String?, _ kbIds: [String]) -> Document {
        var d = Document(id: id, text: String(repeating: "x ", count: 40), source: DocumentSource(date: date))
        d.mentions = kbIds.enumerated().map { n, k in
            EntityMention(start: 2 * n, end: 2 * n + 1, label: .person, kbId: k, surface: "x", canonical: k, confidence: 1, rule: "test")
        }
        return d
    }

    @Test func sharedEntitiesWithinTheWindowMakeOneStory() {
        let docs = [
            Self.doc("a1", date: "2025-03-21", ["per:lavrov", "per:dartchiev", "loc:geneva"]),
            Self.doc("b1", date: "2025-03-21", ["per:musk", "org:spacex"]),
            Self.doc("a2", date: "2025-03-22", ["per:lavrov", "per:dartchiev"]),
            Self.doc("a3", date: "2025-04-30", ["per:lavrov", "per:dartchiev", "loc:geneva"]),  // same names, weeks later
            Self.doc("b2", date: nil, ["per:musk", "org:spacex", "loc:florida"]),  // no date: no window
            Self.doc("c1", date: "2025-03-21", ["per:lavrov", "org:spacex"]),  // one name of each: no link
        ]
        let ids = StoryGrouper().stories(docs).map { $0.map { docs[$0].id } }
        #expect(ids.contains(["a1", "a2"]) && ids.contains(["b1", "b2"]))
        #expect(ids.contains(["a3"]) && ids.contains(["c1"]))
        #expect(ids.reduce(0) { $0 + $1.count } == docs.count)
    }

    @Test func aKeyInTooManyDocumentsDoesNotLink() {
        var g = StoryGrouper()
        g.maxKeyDocuments = 2
        let docs = (0..<4).map { Self.doc("d\($0)", date: "2025-03-21", ["loc:france", "loc:europe", "per:p\($0)"]) }
        #expect(g.stories(docs).count == 4)
        g.maxKeyDocuments = 10
        #expect(g.stories(docs).count == 1)
    }

    /// Blocking: the work grows with the postings met, not with the pairs of documents.
    @Test func manyUnrelatedDocumentsStaySeparateQuickly() {
        let docs = (0..<5000).map { Self.doc("d\($0)", date: "2025-03-21", ["per:a\($0)", "per:b\($0)", "loc:france"]) }
        let clock = ContinuousClock()
        var stories: [[Int]] = []
        let t = clock.measure { stories = StoryGrouper().stories(docs) }
        #expect(stories.count == 5000)
        #expect(t < .seconds(10), "\(t)")  // all pairs through the shared "loc:france" would be 12.5 M checks
    }

    @Test(.enabled(if: RecoupeExecutable.path != nil, "the recoupe executable is not built"))
    func cliWritesAnIndexAndOnePagePerStory() throws {
        let folder = try TemporaryFolder("stories")
        defer { folder.remove() }
        let story = Repo.path("Tests/RecoupeTests/Fixtures/compare-story")
        for name in try FileManager.default.contentsOfDirectory(atPath: story) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: story + "/" + name, toPath: folder.file(name))
        }
        try "---\ndate: 2025-03-21\noutlet: Ouest-France\n---\nLe Vendée Globe est parti des Sables-d'Olonne.\n"
            .write(toFile: folder.file("other.txt"), atomically: true, encoding: .utf8)
        let out = folder.file("out")
        let r = try #require(try RecoupeExecutable.run(["compare", folder.path, "--stories", "--format", "html", "-o", out]))
        #expect(r.status == 0, "\(String(decoding: r.stderr, as: UTF8.self))")
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("data-story=\"story-001\" data-sources=\"4\"") && index.contains("data-sources=\"1\""))
        #expect(index.contains("Le Temps, La Croix, Le Soir, RTS Info"))
        #expect(FileManager.default.fileExists(atPath: out + "/story-001.html"))
        #expect(!FileManager.default.fileExists(atPath: out + "/story-002.html"))  // one source: listed, no page
        let noFolder = try #require(try RecoupeExecutable.run(["compare", folder.path, "--stories"]))
        #expect(noFolder.status == 2)
    }
}
