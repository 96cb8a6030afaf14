import Foundation
#if canImport(Glibc)
import Glibc
#endif
import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes

/// Writes a file atomically: a temporary file in the same folder, fsync, rename. A reader (or a
/// rerun after SIGKILL) sees either the old file or the whole new one, never half of one.
///
/// Temporary files are named `NAME.tmp-PID-N`; a killed run leaves its own behind, and
/// `removeStaleTemporaryFiles(under:)` deletes those whose process is gone (not those of a run
/// still going, such as another shard writing to the same folder).
public enum AtomicFile {
    static let temporaryMarker = ".tmp-"

    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Writes `bytes` (then a newline when `newline`, without copying a large buffer to add it).
    /// `sync: false` skips the fsync: still atomic for readers and against a killed process, but
    /// a power cut may leave an empty or torn output, which resume then redoes (its provenance
    /// does not parse).
    public static func write(_ bytes: [UInt8], to path: String, newline: Bool = false, sync: Bool = true) throws {
        try write(to: path, newline: newline, sync: sync) { sink in try sink(bytes) }
    }

    /// Writes what `produce` hands to its sink, piece by piece, with the same guarantees as
    /// ``write(_:to:newline:sync:)``: a large output never has to be whole in memory. When
    /// `produce` throws (an interruption), the temporary file is removed and nothing is renamed.
    public static func write(to path: String, newline: Bool = false, sync: Bool = true,
                             produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void) throws {
        try makeDirectories(parentOf: path)
        let tmp = path + temporaryMarker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 { throw WriteError(path: path, reason: "cannot create: \(String(cString: strerror(errno)))") }
        func put(_ part: [UInt8]) throws {
            var offset = 0
            while offset < part.count {
                let n = part.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, part.count - offset) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(path: path, reason: "write failed: \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }
        do {
            try produce(put)
            if newline { try put([0x0A]) }
        } catch {
            close(fd); unlink(tmp)
            throw error
        }
        if sync, fsync(fd) != 0 {
            let reason = String(cString: strerror(errno))
            close(fd); unlink(tmp)
            throw WriteError(path: path, reason: "fsync failed: \(reason)")
        }
        if close(fd) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw WriteError(path: path, reason: "close failed: \(reason)")
        }
        if rename(tmp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw WriteError(path: path, reason: "rename failed: \(reason)")
        }
    }

    /// Fails, naming the folder, when a file cannot be created in `dir` (read-only mount, no
    /// permission): checked once before a batch rather than once per document.
    public static func checkWritable(_ dir: String) throws {
        let probe = (dir.hasSuffix("/") ? dir : dir + "/") + ".recoupe-probe" + temporaryMarker + "\(getpid())-0"
        let fd = open(probe, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw WriteError(path: dir, reason: "cannot write in this folder: \(String(cString: strerror(errno)))") }
        close(fd)
        unlink(probe)
    }

    /// mkdir -p for the folder holding `path`.
    public static func makeDirectories(parentOf path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        try makeDirectories(String(path[..<slash]))
    }

    public static func makeDirectories(_ dir: String) throws {
        if dir.isEmpty { return }
        var st = stat()
        if stat(dir, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { return }
            throw WriteError(path: dir, reason: "exists and is not a folder")
        }
        if let slash = dir.lastIndex(of: "/"), slash != dir.startIndex { try makeDirectories(String(dir[..<slash])) }
        if mkdir(dir, 0o755) != 0, errno != EEXIST {
            throw WriteError(path: dir, reason: "cannot create folder: \(String(cString: strerror(errno)))")
        }
    }

    /// Deletes `*.tmp-PID-N` files under `dir` (recursively) whose process no longer runs;
    /// returns how many it removed.
    public static func removeStaleTemporaryFiles(under dir: String) -> Int {
        var removed = 0
        guard let d = opendir(dir) else { return 0 }
        var subdirectories: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var st = stat()
                isDirectory = lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            }
            if isDirectory { subdirectories.append(path); continue }
            guard let marker = name.range(of: temporaryMarker, options: .backwards),
                  let pid = Int32(name[marker.upperBound...].prefix { $0 != "-" }) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH, unlink(path) == 0 { removed += 1 }
        }
        closedir(d)
        for sub in subdirectories { removed += removeStaleTemporaryFiles(under: sub) }
        return removed
    }
}
