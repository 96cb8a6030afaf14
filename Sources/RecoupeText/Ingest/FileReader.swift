#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import RecoupeCore
import RecoupeICU

/// Reads whole files with POSIX calls, so that every failure has its errno and names the file.
public enum FileReader {
    /// Files larger than this are refused (a document, not a corpus dump): 1 GiB by default.
    public static let defaultMaxBytes = 1 << 30

    public static func read(_ path: String, maxBytes: Int = defaultMaxBytes) throws -> [UInt8] {
        // O_NONBLOCK: opening a FIFO with no writer must not block; it is refused below.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { throw error(path, errno) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) != 0 { throw error(path, errno) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw IngestError(path: path, code: .isDirectory, reason: "is a directory") }
        if let kind = Self.specialKind(st.st_mode) {
            throw IngestError(path: path, code: .readFailed, reason: "is \(kind), not a regular file; give its contents on standard input (-) instead")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        if Int(st.st_size) > maxBytes {
            throw IngestError(path: path, code: .tooLarge,
                              reason: "is \(st.st_size) bytes, over the limit of \(maxBytes) (\(maxBytes >> 20) MiB; raise it with --max-mb)")
        }
        // Read straight into the result (no chunk copies); a file that grows while we read it
        // (a log being written) continues in chunks.
        let size = Int(st.st_size)
        var failure: Int32 = 0
        var out = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let n = Glibc.read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                if n == 0 { break }
                count += n
            }
        }
        if failure != 0 { throw error(path, failure) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw error(path, errno)
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
            if out.count > maxBytes {
                throw IngestError(path: path, code: .tooLarge, reason: "grew over the limit of \(maxBytes) bytes while reading")
            }
        }
        return out
    }

    /// Reads standard input to its end, in 64 KiB chunks, refusing it (with the message a file
    /// gets) as soon as it passes `maxBytes`: `annotate - < /dev/zero` must not grow without bound.
    public static func readStandardInput(maxBytes: Int = defaultMaxBytes) throws -> [UInt8] {
        var out = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw error(standardInputName, errno) }
            if n == 0 { break }
            if out.count + n > maxBytes {
                throw IngestError(path: standardInputName, code: .tooLarge,
                                  reason: "is over the limit of \(maxBytes) bytes (\(maxBytes >> 20) MiB; raise it with --max-mb)")
            }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// "a FIFO (named pipe)" and the like for files that are not regular files (a FIFO named on
    /// the command line blocked forever waiting for a writer).
    static func specialKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return nil
        }
    }

    /// How messages name standard input.
    public static let standardInputName = "<stdin>"

    static func error(_ path: String, _ code: Int32) -> IngestError {
        let message = String(cString: strerror(code))
        switch code {
        case ENOENT: return IngestError(path: path, code: .notFound, reason: "no such file (\(message))")
        case EACCES, EPERM: return IngestError(path: path, code: .permissionDenied, reason: "cannot read: permission denied")
        case EISDIR: return IngestError(path: path, code: .isDirectory, reason: "is a directory")
        case ELOOP: return IngestError(path: path, code: .symlinkLoop, reason: "symbolic link loop")
        default: return IngestError(path: path, code: .readFailed, reason: "read failed: \(message)")
        }
    }
}
