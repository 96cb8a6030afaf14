import Foundation

/// A new, empty folder under the temporary directory for one test; `remove()` it with `defer`.
/// The name carries a UUID, so tests running in parallel, and other checkouts on the same
/// machine, never share a folder (issue 18: a fixed `/tmp/recoupe-empty-lexicons` raced between
/// parallel tests and outlived the run).
struct TemporaryFolder {
    let path: String

    init(_ label: String) throws {
        path = FileManager.default.temporaryDirectory.path + "/recoupe-\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    func file(_ relative: String) -> String { path + "/" + relative }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
