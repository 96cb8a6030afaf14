#if canImport(Glibc)
import Glibc
#endif

/// Writes a file atomically: a temporary file in the same folder, fsync, rename. A reader (or a
/// rerun after SIGKILL) sees either the old file or the whole new one, never half of one.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        try makeDirectories(parentOf: path)
        let tmp = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 { throw WriteError(path: path, reason: "cannot create: \(String(cString: strerror(errno)))") }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd); unlink(tmp)
                throw WriteError(path: path, reason: "write failed: \(reason)")
            }
            offset += n
        }
        if fsync(fd) != 0 {
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
}
