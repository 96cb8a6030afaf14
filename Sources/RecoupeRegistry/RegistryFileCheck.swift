import Recoupe
import RecoupeCore
import Foundation
import GRDB

/// A registry file Recoupe cannot use, naming it (issue 18, item 6: SQLite errors said neither
/// which file nor what to do, and a damaged file was written into).
public struct RegistryFileError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "registry \(path): \(reason)" }

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Checks, before any write, that an opened registry file is sound and is Recoupe's.
enum RegistryFileCheck {
    static func check(path: String) throws {
        // A missing or empty file becomes a new registry.
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 else { return }
        var config = Configuration()
        config.readonly = true
        // Another process may be writing (or switching the file to WAL) at this moment: wait for it
        // as the registry itself does, instead of calling a busy file unreadable.
        config.busyMode = .timeout(NameRegistry.busyTimeout)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw RegistryFileError(path: path, reason: "not a readable SQLite database (\(error)); refusing to write into it")
        }
        try queue.read { db in
            // Reading the schema fails on a file that is not a database ("file is not a database").
            let tables: [String]
            do {
                tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            } catch {
                throw RegistryFileError(path: path, reason: "not a readable SQLite database (\(error)); refusing to write into it")
            }
            guard !tables.isEmpty else { return }  // a new, empty file: created and migrated
            guard tables.contains("grdb_migrations"), tables.contains("document") else {
                throw RegistryFileError(path: path, reason: "an SQLite database but not a Recoupe name registry (tables: \(tables.sorted().prefix(8).joined(separator: ", "))); refusing to write into it")
            }
            let result = try String.fetchAll(db, sql: "PRAGMA quick_check")
            guard result == ["ok"] else {
                throw RegistryFileError(path: path, reason: "corrupt (PRAGMA quick_check: \(result.prefix(3).joined(separator: "; "))); refusing to write into it — restore a copy or start a new file")
            }
        }
    }
}
