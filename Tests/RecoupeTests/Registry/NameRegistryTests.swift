import Foundation
import GRDB
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

@Suite("Name registry (SQLite)")
struct NameRegistryTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("recoupe-registry-\(UUID().uuidString).sqlite").path
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// A small document with one person mention per name given.
    static func doc(_ id: String, _ names: [(String, String)], source: String = "test") throws -> Document {
        let text = "Dépêche \(id). " + names.map { "Selon \($0.0), la réunion a eu lieu." }.joined(separator: " ")
        var d = try annotate(text, id: id)
        d.mentions = []  // only the hand-made mentions below
        d.entities = []
        d.source.outlet = source
        var from = 0
        for (surface, kb) in names {
            let (s, e) = HandAnnotatedSeeds.span(d, surface, after: from)
            d.mentions.append(EntityMention(start: s, end: e, label: .person, kbId: kb, surface: surface, canonical: surface, confidence: 1, rule: "hand"))
            from = e
        }
        return d
    }

    @Test func secondBatchJoinsTheFirst() throws {
        let path = Self.temporaryPath()
        defer { Self.remove(path) }
        let seeds = try HandAnnotatedSeeds.documents
        // Batch 1 (last month): the first report, "Alexandre Dartchiev" under kb "alexander-darchiev".
        do {
            let registry = try NameRegistry.open(path)
            #expect(try registry.record(seeds[0], batch: "2025-03") == .recorded(mentions: seeds[0].mentions.count, newEntities: Set(seeds[0].mentions.map(\.kbId)).count, joined: 0))
        }
        // Batch 2 (today), another process: "Alexander Darchiev" under another kb_id joins by name.
        let registry = try NameRegistry.open(path)
        guard case .recorded(_, _, let joined) = try registry.record(seeds[1], batch: "2025-04") else {
            Issue.record("second document not recorded")
            return
        }
        #expect(joined == 1)
        let report = try registry.report()
        #expect(report.documents == 2)
        let darchiev = try #require(report.entities.first { $0.kbId == "alexander-darchiev" })
        #expect(darchiev.aliases == ["name:darchiev"])
        #expect(darchiev.spellings.map(\.text) == ["Alexandre Dartchiev", "Alexander Darchiev"])
        #expect(darchiev.spellings.map(\.count) == [2, 1])
        #expect(darchiev.spellings.map { $0.documents.map(\.id) } == [[seeds[0].id], [seeds[1].id]])
        #expect(darchiev.documents == 2 && darchiev.mentions == 3)
        let coulter = try #require(report.entities.first { $0.kbId == "sonata-coulter" })
        #expect(coulter.spellings.map(\.text) == ["Sonata Coulter", "Coulter"])
        #expect(!report.entities.contains { $0.kbId == "name:darchiev" })
        // A third batch spelling it "Darchiev" alone, with yet another id, still joins.
        try registry.record(Self.doc("third", [("A. Dartchiev", "name:a-dartchiev")]))
        #expect(try registry.report().entities.first { $0.kbId == "alexander-darchiev" }?.aliases.count == 2)
    }

    @Test func recordingTwiceChangesNothing() throws {
        let registry = try NameRegistry.inMemory()
        let d = try Self.doc("a", [("Maria Zakharova", "zakharova"), ("Zakharova", "zakharova")])
        #expect(try registry.record(d) == .recorded(mentions: 2, newEntities: 1, joined: 0))
        #expect(try registry.record(d) == .alreadyRecorded)
        let report = try registry.report()
        #expect(report.documents == 1)
        #expect(report.entities.map(\.mentions) == [2])
    }

    @Test func differentPeopleWithOneSurnameStayApart() throws {
        let registry = try NameRegistry.inMemory()
        try registry.record(Self.doc("a", [("Alexandre Dartchiev", "p1")]))
        try registry.record(Self.doc("b", [("Boris Dartchiev", "p2")]))
        #expect(try registry.report().entities.count == 2)
    }

    /// A document that fails half-way leaves no trace: one transaction per document.
    @Test func failedDocumentLeavesTheDatabaseAsItWas() throws {
        let path = Self.temporaryPath()
        defer { Self.remove(path) }
        let registry = try NameRegistry.open(path)
        try registry.record(Self.doc("good", [("Dmitri Peskov", "peskov")]))
        var bad = try Self.doc("bad", [("Sergueï Lavrov", "lavrov"), ("Marco Rubio", "rubio")])
        bad.mentions[1].end = bad.length + 5  // the second mention is broken: the first was already written
        #expect(throws: RegistryError.self) { try registry.record(bad) }
        let counts = try registry.writer.read { db in
            try ["document", "entity", "spelling", "mention"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")! }
        }
        #expect(counts == [1, 1, 1, 1])
    }

    /// Several registries (as several processes would) writing into one file at once.
    @Test func concurrentWritersAreSerialized() throws {
        let path = Self.temporaryPath()
        defer { Self.remove(path) }
        _ = try NameRegistry.open(path)  // migrate once
        let writers = 4, perWriter = 15
        let documents = try (0..<writers).map { w in
            try (0..<perWriter).map { i in try Self.doc("w\(w)-\(i)", [("Maria Zakharova", "zakharova"), ("Dmitri Peskov", "peskov-\(w)")]) }
        }
        let errors = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            do {
                let registry = try NameRegistry.open(path)
                for d in documents[w] { try registry.record(d) }
            } catch { errors.add(error) }
        }
        #expect(errors.all.isEmpty, "\(errors.all)")
        let report = try NameRegistry.open(path).report()
        #expect(report.documents == writers * perWriter)
        let zakharova = try #require(report.entities.first { $0.kbId == "zakharova" })
        #expect(zakharova.mentions == writers * perWriter)
        // "peskov-0" … "peskov-3" are one person met under four ids.
        let peskov = report.entities.filter { $0.canonical == "Dmitri Peskov" }
        #expect(peskov.count == 1 && peskov[0].aliases.count == writers - 1 && peskov[0].mentions == writers * perWriter)
    }

    @Test func schemaIsVersionedAndWAL() throws {
        let path = Self.temporaryPath()
        defer { Self.remove(path) }
        let registry = try NameRegistry.open(path)
        #expect(try registry.appliedMigrations() == ["v1"])
        let mode = try registry.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func csvAndTSVRows() throws {
        let registry = try NameRegistry.inMemory()
        var d = try Self.doc("a", [("Maria Zakharova", "zakharova")], source: "Agence \"X\", Paris")
        d.mentions[0].canonical = "Zakharova, Maria"
        try registry.record(d)
        let report = try registry.report()
        let csv = report.csv().components(separatedBy: "\r\n")
        #expect(csv[0] == "kb_id,label,canonical,spelling,count,documents,sources")
        #expect(csv[1] == "zakharova,PER,\"Zakharova, Maria\",Maria Zakharova,1,a,\"Agence \"\"X\"\", Paris\"")
        let tsv = report.tsv().split(separator: "\n")
        #expect(tsv[1].split(separator: "\t", omittingEmptySubsequences: false).count == 7)
    }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Error] = []
    func add(_ e: Error) { lock.lock(); errors.append(e); lock.unlock() }
    var all: [Error] { lock.lock(); defer { lock.unlock() }; return errors }
}
