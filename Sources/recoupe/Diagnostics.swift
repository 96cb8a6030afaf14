#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Recoupe
import RecoupeCore

/// Messages to standard error, serialized across worker threads, and the progress display.
///
/// On a terminal a single progress line is redrawn in place (at most ten times a second) and
/// cleared before any other message; when stderr is a file or a pipe, nothing but errors,
/// warnings and the final summary is written. `--quiet` keeps only errors; `--verbose` adds a
/// line per document.
final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    let quiet: Bool
    let verbose: Bool
    /// Whether the progress line is drawn (stderr is a terminal and not quiet).
    let showsProgress: Bool
    var progress = ProgressLine()
    private var progressVisible = false
    private var lastDraw = 0.0

    init(quiet: Bool = false, verbose: Bool = false, terminal: Bool = isatty(2) != 0) {
        self.quiet = quiet
        self.verbose = verbose && !quiet
        self.showsProgress = terminal && !quiet
    }

    func error(_ message: String) { write("recoupe: error: \(message)\n") }
    func warning(_ message: String) { if !quiet { write("recoupe: warning: \(message)\n") } }
    func note(_ message: String) { if verbose { write("recoupe: \(message)\n") } }
    func summary(_ message: String) { if !quiet { write("recoupe: \(message)\n") } }

    /// Redraws the progress line (throttled); call with the running totals.
    func update(_ s: BatchSummary) {
        guard showsProgress else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date().timeIntervalSinceReferenceDate
        if now - lastDraw < 0.1 { return }
        lastDraw = now
        raw("\r\u{1B}[K" + progress.text(s))
        progressVisible = true
    }

    /// Redraws a free-form progress line ("annotated 120 of 3000 documents"), throttled like `update`.
    func status(_ text: String, force: Bool = false) {
        guard showsProgress else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date().timeIntervalSinceReferenceDate
        if now - lastDraw < 0.1 && !force { return }
        lastDraw = now
        raw("\r\u{1B}[K" + text)
        progressVisible = true
    }

    /// Removes the progress line (before the summary).
    func clearProgress() {
        lock.lock()
        if progressVisible { raw("\r\u{1B}[K"); progressVisible = false }
        lock.unlock()
    }

    private func write(_ s: String) {
        lock.lock()
        if progressVisible { raw("\r\u{1B}[K"); progressVisible = false; lastDraw = 0 }
        raw(s)
        lock.unlock()
    }

    private func raw(_ s: String) {
        var bytes = Array(s.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return }  // stderr gone: nothing better to do
            bytes = bytes.dropFirst(n)
        }
    }
}

/// Buffered standard output for JSON Lines, written with `write(2)` so that a full disk or a
/// closed pipe is an error the batch reports, not a crash.
final class StandardOutput: @unchecked Sendable {
    struct WriteError: Error, CustomStringConvertible {
        var reason: String
        var description: String { "standard output: \(reason)" }
    }

    private var buffer: [UInt8] = []
    private let lock = NSLock()
    private var failed: WriteError?

    func writeLine(_ bytes: ArraySlice<UInt8>) throws {
        lock.lock()
        defer { lock.unlock() }
        if let failed { throw failed }
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if buffer.count > 1 << 18 { try flushLocked() }
    }

    func flush() throws {
        lock.lock()
        defer { lock.unlock() }
        if let failed { throw failed }
        try flushLocked()
    }

    private func flushLocked() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                failed = WriteError(reason: String(cString: strerror(errno)))
                buffer.removeAll()
                throw failed!
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Turns SIGINT and SIGTERM into a call on a dispatch queue (not in signal context): the first
/// asks the batch to stop after the documents in flight, a second one exits at once.
final class InterruptWatcher: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var first: Int32 = 0
    /// The first signal received (0 when none); read from the main thread after the run.
    var received: Int32 { lock.lock(); defer { lock.unlock() }; return first }

    init(_ onFirst: @escaping (Int32) -> Void) {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [unowned self] in
                lock.lock()
                let again = first != 0
                if !again { first = sig }
                lock.unlock()
                if again { _exit(128 + sig) }
                onFirst(sig)
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for s in sources { s.cancel() }
    }
}
