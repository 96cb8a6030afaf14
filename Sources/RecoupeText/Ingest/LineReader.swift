#if canImport(Glibc)
import Glibc
#endif
import RecoupeCore
import RecoupeICU

/// Reads newline-separated lines from a file descriptor as they arrive (JSON Lines on stdin), in
/// 64 KiB reads, without holding more than the current line.
///
/// `beforeBlocking` runs when no input is ready and the next `read` would wait: the JSON Lines
/// mode flushes its output there, so a producer that waits for answers before sending more
/// (an interactive pipe) is never stuck behind Recoupe's output buffer.
public final class LineReader {
    public enum Line: Equatable, Sendable {
        /// A line without its "\n"; `number` is 1-based.
        case text(number: Int, bytes: [UInt8])
        /// A line longer than `maxLineBytes`, dropped.
        case tooLong(number: Int, bytes: Int)
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0
    public var maxLineBytes: Int
    public var beforeBlocking: (() -> Void)?
    public private(set) var readError: IngestError?

    public init(fd: Int32, maxLineBytes: Int = FileReader.defaultMaxBytes) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
    }

    /// The next line, or nil at the end of input (or on a read error, kept in `readError`).
    public func next() -> Line? {
        var skipping = 0  // bytes of an over-long line already dropped
        var scanFrom = start
        while true {
            if let nl = buffer[scanFrom...].firstIndex(of: 0x0A) {
                lineNumber += 1
                defer { start = nl + 1 }
                if skipping > 0 || nl - start > maxLineBytes {
                    return .tooLong(number: lineNumber, bytes: skipping + nl - start)
                }
                return .text(number: lineNumber, bytes: Array(buffer[start..<nl]))
            }
            if atEnd {
                guard start < buffer.count || skipping > 0 else { return nil }
                lineNumber += 1
                defer { start = buffer.count }
                if skipping > 0 || buffer.count - start > maxLineBytes {
                    return .tooLong(number: lineNumber, bytes: skipping + buffer.count - start)
                }
                return .text(number: lineNumber, bytes: Array(buffer[start...]))
            }
            // Compact, then drop an over-long line's bytes instead of keeping them.
            if start > 0 { buffer.removeSubrange(0..<start); start = 0 }
            if buffer.count > maxLineBytes { skipping += buffer.count; buffer.removeAll(keepingCapacity: true) }
            scanFrom = buffer.count
            if let beforeBlocking, !inputReady() { beforeBlocking() }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                readError = FileReader.error("<stdin>", errno)
                atEnd = true
            } else if n == 0 {
                atEnd = true
            } else {
                buffer.append(contentsOf: chunk[0..<n])
            }
        }
    }

    private func inputReady() -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0
    }
}
