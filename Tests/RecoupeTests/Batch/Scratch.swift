import Foundation
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// A temporary folder for one test, removed when the value goes away.
final class ScratchFolder {
    let path: String

    init(_ label: String = "batch") {
        let base = FileManager.default.temporaryDirectory.path + "/recoupe-test-\(label)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    deinit {
        // Restore permissions a test may have taken away, so the folder can be removed.
        _ = try? ExternalCommand.run("chmod", ["-R", "u+rwx", path])
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ relative: String) -> String { path + "/" + relative }

    @discardableResult
    func write(_ relative: String, _ text: String) -> String { write(relative, Array(text.utf8)) }

    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) -> String {
        let p = file(relative)
        try! FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }

    func read(_ relative: String) -> Data? { FileManager.default.contents(atPath: file(relative)) }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: file(relative)) }

    /// Files under the folder, relative, sorted.
    func listing(_ relative: String = "") -> [String] {
        let root = relative.isEmpty ? path : file(relative)
        let e = FileManager.default.enumerator(atPath: root)
        var out: [String] = []
        while let next = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + next, isDirectory: &isDir), !isDir.boolValue { out.append(next) }
        }
        return out.sorted()
    }
}

/// The `recoupe` executable built beside the test bundle (`swift build` / `swift test` put both
/// in the same folder, also for the sanitizer scratch paths), else under the repository's
/// `.build/debug`.
enum RecoupeExecutable {
    static let path: String? = {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = (exe as NSString).deletingLastPathComponent
            // …/debug/RecoupePackageTests.xctest is a file on Linux; on macOS a bundle folder.
            if dir.hasSuffix(".xctest/Contents/MacOS") { dir = ((dir as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent }
            candidates.append(dir + "/recoupe")
        }
        candidates.append(Repo.path(".build/debug/recoupe"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// A suite trait: the suite runs when the executable is built, else it is reported as skipped.
    static let isBuilt = ConditionTrait.enabled(if: path != nil, "the recoupe executable is not built (swift build --product recoupe)")

    /// Runs `recoupe ARGS`; nil (after a loud message) when the executable is not built.
    static func run(_ arguments: [String], input: Data? = nil) throws -> ExternalCommand.Result? {
        guard let path else {
            print("SKIPPED: the recoupe executable is not built (run swift build first)")
            return nil
        }
        return try ExternalCommand.run(path, arguments, input: input)
    }
}

/// Reads an annotated JSON output back and checks every span slices its text.
func decodedOutput(_ data: Data?) throws -> Document? {
    guard let data else { return nil }
    let doc = try DocumentJSON.decode(data)
    assertSpansSlice(doc)
    return doc
}
