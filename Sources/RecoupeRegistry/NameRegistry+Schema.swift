import GRDB
import Recoupe
import RecoupeCore

extension NameRegistry {
    /// The schema, one migration per version (GRDB's `DatabaseMigrator` records which ran in
    /// `grdb_migrations`). Never edit a shipped migration: add the next one.
    ///
    /// v1:
    /// - `document`: one row per recorded input, unique by `sha256` of its raw bytes (recording
    ///   the same input twice is a no-op); `doc_id`, `path`, `outlet`, `published`, `language`,
    ///   `batch` (a label given by the caller) and `recorded_at` (ISO 8601, UTC).
    /// - `entity`: one row per entity of the corpus; `kb_id` is the id under which it was first
    ///   seen, `canonical` its first canonical name, `name_key` / `surname_key` its
    ///   `NameVariantKey`s (what later spellings are reconciled on).
    /// - `entity_alias`: other kb_ids that later documents gave the same entity, and why they
    ///   were joined (`name-key`).
    /// - `spelling`: each distinct surface form of an entity, with its total `count` and keys.
    /// - `mention`: each mention: document, entity, spelling, code-point offsets, the kb_id the
    ///   document gave, rule, confidence and role.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    sha256 TEXT NOT NULL UNIQUE,
                    doc_id TEXT NOT NULL,
                    path TEXT,
                    outlet TEXT,
                    published TEXT,
                    language TEXT NOT NULL,
                    batch TEXT,
                    recorded_at TEXT NOT NULL
                );
                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    kb_id TEXT NOT NULL UNIQUE,
                    label TEXT NOT NULL,
                    canonical TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    surname_key TEXT NOT NULL,
                    first_seen TEXT NOT NULL
                );
                CREATE INDEX entity_name_key ON entity(name_key);
                CREATE INDEX entity_surname_key ON entity(surname_key);
                CREATE TABLE entity_alias (
                    kb_id TEXT PRIMARY KEY,
                    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    reason TEXT NOT NULL
                );
                CREATE TABLE spelling (
                    id INTEGER PRIMARY KEY,
                    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    text TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    surname_key TEXT NOT NULL,
                    count INTEGER NOT NULL DEFAULT 0,
                    first_seen TEXT NOT NULL,
                    UNIQUE(entity_id, text)
                );
                CREATE INDEX spelling_name_key ON spelling(name_key);
                CREATE INDEX spelling_surname_key ON spelling(surname_key);
                CREATE TABLE mention (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    spelling_id INTEGER NOT NULL REFERENCES spelling(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    kb_id TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    role TEXT,
                    role_modality TEXT
                );
                CREATE INDEX mention_entity ON mention(entity_id);
                CREATE INDEX mention_document ON mention(document_id);
                CREATE INDEX mention_spelling ON mention(spelling_id);
                """)
        }
        return migrator
    }
}
