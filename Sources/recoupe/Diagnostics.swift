import Foundation
import Recoupe

/// Messages to standard error, serialized across worker threads.
final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    var quiet = false
    var verbose = false

    func error(_ message: String) { write("recoupe: error: \(message)\n") }
    func note(_ message: String) { if verbose { write("recoupe: \(message)\n") } }
    func summary(_ message: String) { if !quiet { write("recoupe: \(message)\n") } }

    private func write(_ s: String) {
        lock.lock()
        FileHandle.standardError.write(Data(s.utf8))
        lock.unlock()
    }
}

/// Buffered standard output for JSON Lines.
final class StandardOutput: @unchecked Sendable {
    private var buffer: [UInt8] = []
    private let lock = NSLock()

    func writeLine(_ bytes: ArraySlice<UInt8>) {
        lock.lock()
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if buffer.count > 1 << 20 { flushLocked() }
        lock.unlock()
    }

    func flush() { lock.lock(); flushLocked(); lock.unlock() }

    private func flushLocked() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// `errors.jsonl`: one object per failed input (path, stage, reason).
enum ErrorLog {
    static func write(_ failures: [BatchRunner.Failure], to path: String) throws {
        var w = [UInt8]()
        for f in failures {
            var j = JSONWriter()
            j.beginObject()
            j.key("path"); j.value(f.path)
            j.key("stage"); j.value(f.stage)
            j.key("reason"); j.value(f.reason)
            j.endObject()
            w += j.bytes + [0x0A]
        }
        try AtomicFile.write(w, to: path)
    }
}
