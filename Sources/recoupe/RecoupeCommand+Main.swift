#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser

extension RecoupeCommand {
    /// The entry point, so that usage errors exit with status 2 as the CLI contract says
    /// (swift-argument-parser's default is 64, EX_USAGE). Help and version still exit 0, and
    /// errors thrown by a command keep their own status (`ExitCode(1)` for failed inputs).
    static func main() {
        MallocTuning.keepFreedMemory()  // batch work: see MallocTuning
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                FileHandleStandardError.write(message + "\n")
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Writes to stderr without Foundation (one `write(2)`).
private enum FileHandleStandardError {
    static func write(_ s: String) {
        var bytes = Array(s.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            bytes = bytes.dropFirst(n)
        }
    }
}
