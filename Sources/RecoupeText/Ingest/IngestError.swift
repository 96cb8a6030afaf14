import RecoupeCore
import RecoupeICU
/// Why a file could not be read as a document. The message names the file.
public struct IngestError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Code: String, Sendable, Codable {
        case notFound = "not-found"
        case permissionDenied = "permission-denied"
        case isDirectory = "is-directory"
        case symlinkLoop = "symlink-loop"
        case binary
        case tooLarge = "too-large"
        case readFailed = "read-failed"
        case undecodable
        case frontMatter = "front-matter"
    }

    public var path: String
    public var code: Code
    public var reason: String

    public init(path: String, code: Code, reason: String) {
        self.path = path
        self.code = code
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
