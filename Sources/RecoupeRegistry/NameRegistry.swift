import Foundation
import GRDB
import Recoupe
import RecoupeCore

/// The corpus-wide name registry: every entity met, its spellings with counts, its mentions and
/// the documents they came from, in an embedded SQLite database (schema in
/// `NameRegistry+Schema.swift` and docs/compare.md).
///
/// ```swift
/// let registry = try NameRegistry.open("corpus.sqlite")
/// try registry.record(doc)                  // one transaction per document
/// let report = try registry.report()
/// ```
///
/// Reconciliation: an entity of a new document joins an entity already recorded when its kb_id
/// (or an alias of it) is known, otherwise when its name meets one under `NameVariantKey` (for
/// persons: same surname key, compatible first names); the new kb_id is then kept as an alias.
/// So "Darchiev" recorded today joins "Dartchiev" recorded last month.
///
/// Concurrency: a file registry is a WAL `DatabasePool` (readers never block the writer);
/// writes are IMMEDIATE transactions, one per document or one per batch of whole documents
/// (`RegistryBatchRecorder`), so several processes may record into the same file (they wait for
/// each other up to `busyTimeout`), and an interrupted run leaves only whole documents. Recording a document whose sha256 is already there does nothing.
public final class NameRegistry: Sendable {
    /// What `record` did with a document.
    public enum Outcome: Equatable, Sendable {
        case recorded(mentions: Int, newEntities: Int, joined: Int)
        case alreadyRecorded
    }

    let writer: any DatabaseWriter
    let keyCache = NameKeyCache()

    /// How long a writer waits for another process's transaction.
    public static let busyTimeout: TimeInterval = 60

    private init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try Self.migrator.migrate(writer)
    }

    /// Opens (creating and migrating when needed) the registry file at `path`. A file that is
    /// not an SQLite database, a corrupt one, or another program's database is refused before
    /// anything is written into it, with an error naming the file.
    public static func open(_ path: String) throws -> NameRegistry {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        do {
            // Checked read-only first: opening a pool already switches the file to WAL.
            try RegistryFileCheck.check(path: path)
            return try NameRegistry(writer: DatabasePool(path: path, configuration: config))
        } catch let e as RegistryFileError {
            throw e
        } catch {
            throw RegistryFileError(path: path, reason: "\(error)")
        }
    }

    /// A registry that lives only in memory (for one `names report` run).
    public static func inMemory() throws -> NameRegistry {
        try NameRegistry(writer: DatabaseQueue())
    }

    /// Whether a document with this source SHA-256 is recorded.
    public func contains(sha256: String) throws -> Bool {
        try writer.read { db in try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE sha256 = ?"), arguments: [sha256]) != nil }
    }

    /// Moves everything from the write-ahead log into the database file, so the `.sqlite` file
    /// alone holds the data (copying it without its `-wal` loses nothing). Called at the end of
    /// a run; waits for readers and writers of other processes up to `busyTimeout`.
    public func checkpoint() throws {
        guard let pool = writer as? DatabasePool else { return }
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }

    /// The schema versions applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// Records a document's entities, spellings and mentions in one transaction.
    @discardableResult
    public func record(_ doc: Document, batch: String? = nil) throws -> Outcome {
        try record([prepare(doc)], batch: batch)[0]
    }

    /// Records documents in ONE transaction: all of them or none (a process killed mid-way
    /// leaves the registry as it was before the batch), in order. `RegistryBatchRecorder`
    /// groups a run's documents this way.
    public func record(_ docs: [PreparedDocument], batch: String? = nil) throws -> [Outcome] {
        guard !docs.isEmpty else { return [] }
        // One timestamp per transaction: a formatter per document was 7% of a registry run.
        let now = ISO8601DateFormatter().string(from: Date())
        return try writer.write { db -> [Outcome] in
            try docs.map { try insert(db, $0, batch: batch, now: now) }
        }
    }

    /// Prepares a document for recording outside the write lock (on the caller's thread): its
    /// entities, the name keys of each distinct spelling, and a check of every mention's
    /// offsets (a bad document is refused here, before it can join a batch).
    public func prepare(_ doc: Document) throws -> PreparedDocument {
        let sha = doc.source.sha256.isEmpty ? SHA256.hex(Array(doc.text.utf8)) : doc.source.sha256
        let entities = SourceComparer().localEntities([doc])
        var keys: [String: PreparedDocument.Keys] = [:]
        for local in entities {
            for name in [local.canonical] + local.mentions.map(\.surface) where keys[name] == nil {
                keys[name] = keyCache.keys(name)
            }
            for m in local.mentions {
                guard 0 <= m.start, m.start < m.end, m.end <= doc.length else {
                    throw RegistryError(document: doc.id, reason: "mention \(m.surface.debugDescription) at \(m.start)..<\(m.end) outside the text")
                }
            }
        }
        return PreparedDocument(sha256: sha, id: doc.id, path: doc.source.path, outlet: doc.source.outlet, published: doc.source.date,
                                language: doc.source.language, entities: entities, keys: keys)
    }

    /// One document's rows, inside the caller's transaction.
    func insert(_ db: Database, _ doc: PreparedDocument, batch: String?, now: String) throws -> Outcome {
        if try Int.fetchOne(db.cachedStatement(sql: "SELECT id FROM document WHERE sha256 = ?"), arguments: [doc.sha256]) != nil {
            return .alreadyRecorded
        }
        try db.cachedStatement(sql: """
            INSERT INTO document (sha256, doc_id, path, outlet, published, language, batch, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [doc.sha256, doc.id, doc.path, doc.outlet, doc.published, doc.language, batch, now])
        let documentID = db.lastInsertedRowID
        var mentions = 0, created = 0, joined = 0
        for local in doc.entities {
            let (entityID, how) = try resolve(db, local, keys: doc.keys, now: now)
            if how == .created { created += 1 } else if how == .joinedByName { joined += 1 }
            // One upsert per distinct spelling (adding its count), in order of first mention.
            var counts: [String: Int] = [:]
            for m in local.mentions { counts[m.surface, default: 0] += 1 }
            var spellingIDs: [String: Int64] = [:]
            for m in local.mentions where spellingIDs[m.surface] == nil {
                let k = doc.keys[m.surface]!
                spellingIDs[m.surface] = try Int64.fetchOne(db.cachedStatement(sql: """
                    INSERT INTO spelling (entity_id, text, name_key, surname_key, count, first_seen) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(entity_id, text) DO UPDATE SET count = count + excluded.count
                    RETURNING id
                    """), arguments: [entityID, m.surface, k.name, k.surname, counts[m.surface]!, now])!
            }
            for m in local.mentions {
                try db.cachedStatement(sql: """
                    INSERT INTO mention (document_id, entity_id, spelling_id, start, "end", kb_id, rule, confidence, role, role_modality)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [documentID, entityID, spellingIDs[m.surface]!, m.start, m.end, m.kbId, m.rule, m.confidence,
                                             m.role?.text, m.role?.modality.rawValue])
                mentions += 1
            }
        }
        return .recorded(mentions: mentions, newEntities: created, joined: joined)
    }

    enum Resolution { case known, joinedByName, created }

    /// The registry entity for a document's entity: by kb_id, by alias, by name key, or new.
    func resolve(_ db: Database, _ local: SourceComparer.LocalEntity, keys: [String: PreparedDocument.Keys], now: String) throws -> (Int64, Resolution) {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entity WHERE kb_id = ?"), arguments: [local.kbId])
            ?? Int64.fetchOne(db.cachedStatement(sql: "SELECT entity_id FROM entity_alias WHERE kb_id = ?"), arguments: [local.kbId]) {
            return (id, .known)
        }
        let names = SourceComparer.unique([local.canonical] + local.mentions.map(\.surface))
        if let id = try matchByName(db, label: local.label, names: names, keys: keys) {
            try db.cachedStatement(sql: "INSERT INTO entity_alias (kb_id, entity_id, reason) VALUES (?, ?, 'name-key')").execute(arguments: [local.kbId, id])
            return (id, .joinedByName)
        }
        try db.cachedStatement(sql: """
            INSERT INTO entity (kb_id, label, canonical, name_key, surname_key, first_seen) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [local.kbId, local.label.rawValue, local.canonical, keys[local.canonical]!.name,
                             keys[local.canonical]!.surname, now])
        return (db.lastInsertedRowID, .created)
    }

    /// An entity recorded earlier whose name or spellings meet one of `names` under `NameVariantKey`.
    func matchByName(_ db: Database, label: EntityMention.Label, names: [String], keys: [String: PreparedDocument.Keys]) throws -> Int64? {
        if label == .person {
            for name in names {
                let surname = keys[name]?.surname ?? NameVariantKey.surnameKey(name)
                guard surname.count >= 3 else { continue }
                let rows = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT e.id, e.canonical FROM entity e WHERE e.label = 'PER' AND e.surname_key = ?
                    UNION SELECT e.id, s.text FROM spelling s JOIN entity e ON e.id = s.entity_id
                    WHERE e.label = 'PER' AND s.surname_key = ?
                    ORDER BY 1
                    """), arguments: [surname, surname])
                if let hit = rows.first(where: { NameVariantKey.samePerson($0[1], name) }) { return hit[0] }
            }
            return nil
        }
        for name in names {
            let key = keys[name]?.name ?? NameVariantKey.key(name)
            guard !key.isEmpty else { continue }
            if let id = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT e.id FROM entity e WHERE e.name_key = ? AND (e.label = ? OR e.label = 'MISC' OR ? = 'MISC')
                UNION SELECT s.entity_id FROM spelling s JOIN entity e ON e.id = s.entity_id
                WHERE s.name_key = ? AND (e.label = ? OR e.label = 'MISC' OR ? = 'MISC')
                ORDER BY 1 LIMIT 1
                """), arguments: [key, label.rawValue, label.rawValue, key, label.rawValue, label.rawValue]) {
                return id
            }
        }
        return nil
    }
}

/// A document the registry refused, naming it and why (the transaction is rolled back).
public struct RegistryError: Error, CustomStringConvertible {
    public var document: String
    public var reason: String
    public var description: String { "\(document): registry: \(reason)" }
}
