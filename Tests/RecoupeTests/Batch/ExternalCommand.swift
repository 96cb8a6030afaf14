import Foundation

/// Runs a program to completion (reaping it) and captures its output: for tests that use a
/// system tool as the reference (`iconv`, `sha256sum`) or drive the built `recoupe` binary.
struct ExternalCommand {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: Data
        /// True when the process ended by a signal (`status` is then the signal number).
        var signalled: Bool
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Runs `executable` (a path, or a name looked up in /usr/bin and /bin) with `arguments`,
    /// feeding `input` on standard input.
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil,
                    environment: [String: String]? = nil, currentDirectory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: resolve(executable))
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : inp
        try process.run()
        // Feed stdin and drain both outputs concurrently so no pipe fills up and blocks the child.
        let group = DispatchGroup()
        let stdoutData = DataBox(), stderrData = DataBox()
        DispatchQueue.global().async(group: group) { stdoutData.data = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { stderrData.data = err.fileHandleForReading.readDataToEndOfFile() }
        if let input {
            DispatchQueue.global().async(group: group) {
                inp.fileHandleForWriting.write(input)
                try? inp.fileHandleForWriting.close()
            }
        }
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: stdoutData.data, stderr: stderrData.data,
                      signalled: process.terminationReason == .uncaughtSignal)
    }

    static func resolve(_ name: String) -> String {
        if name.contains("/") { return name }
        for dir in ["/usr/bin", "/bin", "/usr/local/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) {
            return dir + "/" + name
        }
        return "/usr/bin/" + name
    }

    static func exists(_ name: String) -> Bool { FileManager.default.isExecutableFile(atPath: resolve(name)) }
}

/// Output collected by one reader thread and read after `DispatchGroup.wait()`.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
