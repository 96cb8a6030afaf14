import Foundation
import GRDB
import Recoupe
import RecoupeCore

/// Every entity of a registry with its canonical name, all spellings seen with counts, and the
/// documents and sources (outlet, else path) each spelling came from.
///
/// Rendered as TSV or CSV (one row per spelling, for spreadsheets), JSON or Markdown.
public struct NameReport: Codable, Sendable {
    public struct Entity: Codable, Sendable {
        public var kbId: String
        /// Other kb_ids joined to this entity by name.
        public var aliases: [String]
        public var label: String
        public var canonical: String
        public var mentions: Int
        public var documents: Int
        public var spellings: [Spelling]
    }

    public struct Spelling: Codable, Sendable {
        public var text: String
        public var count: Int
        public var documents: [DocumentCount]
    }

    /// One document a spelling occurs in.
    public struct DocumentCount: Codable, Sendable {
        public var id: String
        /// The outlet, or the path when no outlet is known.
        public var source: String?
        public var sha256: String
        public var count: Int
    }

    public var documents: Int
    public var entities: [Entity]

    /// Pretty-printed JSON, snake_case keys (as `Comparison.jsonData()`).
    public func jsonData() throws -> Data { try ReportJSON.encode(self) }

    static let columns = ["kb_id", "label", "canonical", "spelling", "count", "documents", "sources"]

    private func rows() -> [[String]] {
        entities.flatMap { e in
            e.spellings.map { s in
                [e.kbId, e.label, e.canonical, s.text, String(s.count),
                 s.documents.map(\.id).joined(separator: " "),
                 SourceComparer.unique(s.documents.compactMap(\.source)).joined(separator: " ")]
            }
        }
    }

    /// Tab-separated, one row per spelling (tabs and newlines inside values become spaces).
    public func tsv() -> String {
        ([Self.columns] + rows()).map { row in
            row.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV, one row per spelling, CRLF line ends. A value a spreadsheet would run as
    /// a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'` and quotes, as
    /// OWASP's CSV-injection advice says (issue 18, item 10).
    public func csv() -> String {
        ([Self.columns] + rows()).map { row in
            row.map { value in
                var v = value
                let formula = v.unicodeScalars.first.map { ["=", "+", "-", "@", "\t", "\r"].contains($0) } ?? false
                if formula { v = "'" + v }
                return formula || v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }

    public func markdown() -> String {
        var md = "# Names in \(documents) document(s)\n\n| entity | label | spellings | documents |\n|---|---|---|---|\n"
        for e in entities {
            let spellings = e.spellings.map { "\(cell($0.text)) ×\($0.count)" }.joined(separator: " ; ")
            let docs = SourceComparer.unique(e.spellings.flatMap { $0.documents.map { MarkdownText.code($0.id) + ($0.source.map { " (\(cell($0)))" } ?? "") } })
            md += "| \(cell(e.canonical)) (\(MarkdownText.code(e.kbId))) | \(cell(e.label)) | \(spellings) | \(docs.joined(separator: " ; ")) |\n"
        }
        return md
    }

    /// A table cell: literal text, never HTML (see `MarkdownText`).
    private func cell(_ s: String) -> String { MarkdownText.escape(s) }
}

extension NameRegistry {
    /// The report over everything recorded, entities with most mentions first.
    public func report() throws -> NameReport {
        try writer.read { db in
            let documentCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
            var aliases: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT entity_id, kb_id FROM entity_alias ORDER BY kb_id") {
                aliases[row[0], default: []].append(row[1])
            }
            var perSpelling: [Int64: [NameReport.DocumentCount]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT m.spelling_id, d.doc_id, COALESCE(d.outlet, d.path), d.sha256, COUNT(*)
                FROM mention m JOIN document d ON d.id = m.document_id
                GROUP BY m.spelling_id, d.id ORDER BY m.spelling_id, d.id
                """) {
                perSpelling[row[0], default: []].append(NameReport.DocumentCount(id: row[1], source: row[2], sha256: row[3], count: row[4]))
            }
            var spellings: [Int64: [NameReport.Spelling]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, entity_id, text, count FROM spelling ORDER BY entity_id, count DESC, id") {
                let id: Int64 = row[0]
                spellings[row[1], default: []].append(NameReport.Spelling(text: row[2], count: row[3], documents: perSpelling[id] ?? []))
            }
            let entities = try Row.fetchAll(db, sql: """
                SELECT e.id, e.kb_id, e.label, e.canonical, COUNT(m.id), COUNT(DISTINCT m.document_id)
                FROM entity e LEFT JOIN mention m ON m.entity_id = e.id
                GROUP BY e.id ORDER BY COUNT(m.id) DESC, e.canonical
                """).map { row -> NameReport.Entity in
                let id: Int64 = row[0]
                return NameReport.Entity(kbId: row[1], aliases: aliases[id] ?? [], label: row[2], canonical: row[3],
                                         mentions: row[4], documents: row[5], spellings: spellings[id] ?? [])
            }
            return NameReport(documents: documentCount, entities: entities)
        }
    }
}
