#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes

/// `errors.jsonl` beside the outputs: one `{"path","line"?,"stage","reason"}` object per failed
/// input, appended as failures happen so a killed run keeps the ones it saw.
///
/// Each line goes out in one `write` on an `O_APPEND` descriptor, so shards running at once
/// (`--shard I/N` into one folder) interleave whole lines. A plain run starts the file afresh
/// (`truncate`); sharded runs append, because the other shards own the earlier lines.
public final class ErrorLog: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private var fd: Int32 = -1
    /// The first write error, reported once (the batch goes on: the errors are also on stderr).
    public private(set) var writeError: String?

    public init(path: String, truncate: Bool) {
        self.path = path
        if truncate { unlink(path) }
    }

    deinit { if fd >= 0 { close(fd) } }

    public func append(_ failure: BatchFailure) {
        lock.lock()
        defer { lock.unlock() }
        if fd < 0 {
            // Opened on the first failure: a clean run leaves no empty errors.jsonl behind.
            fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            if fd < 0 {
                if writeError == nil { writeError = "\(path): cannot open: \(String(cString: strerror(errno)))" }
                return
            }
        }
        let line = failure.json + [0x0A]
        let n = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n != line.count {
            let reason = n < 0 ? String(cString: strerror(errno)) : "short write (\(n) of \(line.count) bytes)"
            // Whole lines or nothing (a full disk, `ulimit -f`): take back the part that was written.
            if n > 0 {
                let end = lseek(fd, 0, SEEK_CUR)
                if end >= n { _ = ftruncate(fd, end - off_t(n)) }
            }
            if writeError == nil {
                writeError = "\(path): write failed: \(reason); failures from then on are only on standard error"
            }
        }
    }

    /// Reads an errors.jsonl back (for tests and tools).
    public static func read(_ path: String) -> [BatchFailure] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return data.split(separator: 0x0A).compactMap { line in
            guard let o = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let p = o["path"] as? String, let s = o["stage"] as? String, let r = o["reason"] as? String else { return nil }
            return BatchFailure(path: p, line: o["line"] as? Int, stage: s, reason: r)
        }
    }
}
