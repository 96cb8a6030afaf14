import Foundation
import Testing

/// Locates and reads the Unicode Character Database test files Debian's `unicode-data` installs
/// (`/usr/share/unicode/`, the break tests under `auxiliary/`; `NormalizationTest.txt` ships
/// bzip2-compressed and is read through `bzcat`).
enum UnicodeDataFile {
    static let directory = ProcessInfo.processInfo.environment["UNICODE_DATA_DIR"] ?? "/usr/share/unicode"

    /// Whether `name` (or `name.bz2`) is installed.
    static func isInstalled(_ name: String) -> Bool {
        let path = directory + "/" + name
        return FileManager.default.fileExists(atPath: path) || FileManager.default.fileExists(atPath: path + ".bz2")
    }

    /// Set in CI (`RECOUPE_REQUIRE_UNICODE_DATA=1`, see .ci/run): the conformance suites then run
    /// even without the files, and fail, instead of being reported as skipped.
    static let required = ProcessInfo.processInfo.environment["RECOUPE_REQUIRE_UNICODE_DATA"] == "1"

    /// A test trait: the test runs when the files are installed (or CI requires them), else it is
    /// reported as skipped with the reason.
    static func enabled(_ names: String...) -> ConditionTrait {
        .enabled(if: required || names.allSatisfy(isInstalled),
                 "\(names.joined(separator: ", ")) not in \(directory): apt-get install unicode-data")
    }

    /// The lines of `name` (e.g. "auxiliary/WordBreakTest.txt"), or nil when the file is absent.
    static func lines(_ name: String) -> [Substring]? {
        let path = directory + "/" + name
        if let data = FileManager.default.contents(atPath: path) {
            return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
        if FileManager.default.fileExists(atPath: path + ".bz2"), let data = bunzip(path + ".bz2") {
            return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
        print("""
            ************************************************************************
            MISSING: \(path). Install Debian's unicode-data 15.0 \
            (apt-get install unicode-data) to run the Unicode conformance tests.
            ************************************************************************
            """)
        return nil
    }

    private static func bunzip(_ path: String) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/bzcat")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch {
            print("SKIPPED: cannot run bzcat to read \(path): \(error)")
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }

    /// "0061 0301" → [U+0061, U+0301].
    static func scalars(_ field: Substring) -> [Unicode.Scalar] {
        field.split(separator: " ").map { Unicode.Scalar(UInt32($0, radix: 16)!)! }
    }
}
