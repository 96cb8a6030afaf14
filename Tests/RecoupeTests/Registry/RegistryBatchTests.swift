import Foundation
import GRDB
@testable import RecoupeCore
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Issue 18, item 6: documents recorded in batches (one transaction per N documents or per
/// second) give the registry recording them one by one gives, and a batch is whole or absent.
@Suite("Name registry: batched writes")
struct RegistryBatchTests {
    typealias Doc = NameRegistryTests

    /// The seeds and documents that repeat, join and split names, one recorded twice.
    static func documents() throws -> [Document] {
        var docs = try HandAnnotatedSeeds.documents
        for i in 0..<7 {
            docs.append(try Doc.doc("d\(i)", [("Maria Zakharova", "zakharova"), ("Zakharova", "zakharova"),
                                              ("Dmitri Peskov", "peskov-\(i % 3)"), ("Boris Dartchiev", "boris-\(i)")]))
        }
        docs.append(docs[3])
        return docs
    }

    /// Every row a registry holds that does not depend on the clock.
    static func rows(_ registry: NameRegistry) throws -> [String] {
        try registry.writer.read { db in
            let queries = [
                "SELECT id, sha256, doc_id, path, outlet, published, language FROM document ORDER BY id",
                "SELECT id, kb_id, label, canonical, name_key, surname_key FROM entity ORDER BY id",
                "SELECT kb_id, entity_id, reason FROM entity_alias ORDER BY kb_id",
                "SELECT id, entity_id, text, name_key, surname_key, count FROM spelling ORDER BY id",
                "SELECT id, document_id, entity_id, spelling_id, start, \"end\", kb_id, rule, confidence, role FROM mention ORDER BY id",
            ]
            return try queries.flatMap { sql in try Row.fetchAll(db, sql: sql).map { "\($0)" } }
        }
    }

    static func counts(_ registry: NameRegistry) throws -> [Int] {
        try registry.writer.read { db in
            try ["document", "entity", "entity_alias", "spelling", "mention"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")! }
        }
    }

    @Test("batches of 3 record the same rows and counts as one transaction per document")
    func batchedEqualsPerDocument() throws {
        let docs = try Self.documents()
        let single = try NameRegistry.inMemory()
        for d in docs { try single.record(d) }
        let batched = try NameRegistry.inMemory()
        let recorder = RegistryBatchRecorder(batched, maxDocuments: 3, maxDelay: 60)
        for d in docs { try recorder.add(d) }
        #expect(recorder.pendingCount == docs.count % 3)
        try recorder.finish()
        #expect(recorder.pendingCount == 0)
        let rows = try Self.rows(single)
        let distinct = docs.dropLast()  // the last is recorded twice
        let counts = try Self.counts(single)
        #expect(counts[0] == distinct.count)
        #expect(counts[4] == distinct.reduce(0) { $0 + $1.mentions.filter { $0.label != .date }.count })
        #expect(try Self.counts(batched) == counts)
        // Spelling counts (one upsert of n per distinct spelling of a document) add up to the mentions.
        #expect(try batched.writer.read { try Int.fetchOne($0, sql: "SELECT SUM(count) FROM spelling") } == counts[4])
        #expect(try Self.rows(batched) == rows)
    }

    @Test("a batch that fails at its last document leaves none of its documents (as a kill mid-batch would)")
    func failedBatchIsAbsent() throws {
        let path = Doc.temporaryPath()
        defer { Doc.remove(path) }
        let registry = try NameRegistry.open(path)
        try registry.record(Doc.doc("before", [("Dmitri Peskov", "peskov")]))
        let before = try Self.rows(registry)
        // The third document's second mention makes SQLite abort: the first two documents and
        // the third's first rows were already written inside the batch's transaction.
        try registry.writer.write { db in
            try db.execute(sql: "CREATE TRIGGER boom BEFORE INSERT ON mention WHEN NEW.kb_id = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END")
        }
        let recorder = RegistryBatchRecorder(registry, maxDocuments: 3, maxDelay: 60)
        try recorder.add(Doc.doc("b1", [("Maria Zakharova", "zakharova")]))
        try recorder.add(Doc.doc("b2", [("Sergueï Lavrov", "lavrov")]))
        do {
            try recorder.add(Doc.doc("b3", [("Marco Rubio", "rubio"), ("Anne Boom", "boom")]))
            Issue.record("the failing batch did not throw")
        } catch let e as RegistryBatchError {
            #expect(e.documents == ["b1", "b2", "b3"])
            #expect(e.description.contains("3 document(s) was not recorded"))
        }
        #expect(try Self.rows(registry) == before)
        try recorder.finish()
        // The next batch is recorded as usual.
        try recorder.add(Doc.doc("after", [("Marco Rubio", "rubio")]))
        try recorder.finish()
        #expect(try Self.counts(registry)[0] == 2)
    }

    @Test("a document with a mention outside its text is refused alone; its batch is recorded")
    func badDocumentRefusedAlone() throws {
        let registry = try NameRegistry.inMemory()
        let recorder = RegistryBatchRecorder(registry, maxDocuments: 2, maxDelay: 60)
        var bad = try Doc.doc("bad", [("Sergueï Lavrov", "lavrov")])
        bad.mentions[0].end = bad.length + 1
        try recorder.add(Doc.doc("good", [("Dmitri Peskov", "peskov")]))
        #expect(throws: RegistryError.self) { try recorder.add(bad) }
        #expect(recorder.pendingCount == 1)
        try recorder.finish()
        #expect(try Self.counts(registry) == [1, 1, 0, 1, 1])
    }

    @Test("documents waiting in a batch that does not fill are committed after maxDelay")
    func timedCommit() throws {
        let registry = try NameRegistry.inMemory()
        let recorder = RegistryBatchRecorder(registry, maxDocuments: 1000, maxDelay: 0.2)
        let d = try Doc.doc("slow", [("Dmitri Peskov", "peskov")])
        try recorder.add(d)
        // Wait for the commit itself, not only for the batch to leave the queue (the timer takes
        // it, then commits: under AddressSanitizer the gap was long enough to fail the check).
        let sha = try registry.prepare(d).sha256
        let deadline = Date().addingTimeInterval(10)
        while try !registry.contains(sha256: sha), Date() < deadline { usleep(20_000) }
        #expect(try registry.contains(sha256: sha))
        try recorder.finish()
    }

    /// Several processes (here: registries on one file, each with its own recorder) at once.
    @Test("batched writers into one file are serialized and lose nothing")
    func concurrentBatchedWriters() throws {
        let path = Doc.temporaryPath()
        defer { Doc.remove(path) }
        _ = try NameRegistry.open(path)
        let writers = 4, perWriter = 15
        let documents = try (0..<writers).map { w in
            try (0..<perWriter).map { i in try Doc.doc("w\(w)-\(i)", [("Maria Zakharova", "zakharova"), ("Dmitri Peskov", "peskov-\(w)")]) }
        }
        let errors = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            do {
                let recorder = RegistryBatchRecorder(try NameRegistry.open(path), maxDocuments: 4, maxDelay: 0.05)
                for d in documents[w] { try recorder.add(d) }
                try recorder.finish()
            } catch { errors.add(error) }
        }
        #expect(errors.all.isEmpty, "\(errors.all)")
        let report = try NameRegistry.open(path).report()
        #expect(report.documents == writers * perWriter)
        #expect(report.entities.first { $0.kbId == "zakharova" }?.mentions == writers * perWriter)
        let peskov = report.entities.filter { $0.canonical == "Dmitri Peskov" }
        #expect(peskov.count == 1 && peskov[0].mentions == writers * perWriter)
    }
}
