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
            var command = try parseAsRoot(pathsNotOptions(Array(CommandLine.arguments.dropFirst())))
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

/// A file named like an option ("-dash.txt") was parsed as the flags -d -a -s -h and printed the
/// help: an argument starting with one "-" that names an existing file, before any "--", is
/// passed as "./-dash.txt".
func pathsNotOptions(_ arguments: [String]) -> [String] {
    var out: [String] = []
    var literal = false
    for a in arguments {
        if a == "--" { literal = true }
        if !literal, a.count > 2, a.hasPrefix("-"), !a.hasPrefix("--"), access(a, F_OK) == 0 {
            out.append("./" + a)
        } else {
            out.append(a)
        }
    }
    return out
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
