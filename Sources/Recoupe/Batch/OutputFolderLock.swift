#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock on an output folder, held for a run (issue 18, item 8: two runs into one
/// folder annotated the same inputs twice).
///
/// `flock` on the folder itself, so nothing is left in it: a plain run takes it exclusively;
/// `--shard` runs take it shared, since shards split the inputs between them and are meant to
/// run at once. A run that cannot have it is refused at once. The kernel drops the lock when the
/// process ends, even by SIGKILL.
public final class OutputFolderLock {
    /// The folder's descriptor (internal for tests).
    let fd: Int32

    public init(_ dir: String, shared: Bool) throws {
        fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw AtomicFile.WriteError(path: dir, reason: "cannot open: \(String(cString: strerror(errno)))") }
        if flock(fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0 {
            let e = errno
            close(fd)
            if e == EWOULDBLOCK {
                throw AtomicFile.WriteError(path: dir, reason: "in use by another recoupe run writing into it; wait for it to end (runs with --shard I/N may share a folder)")
            }
            throw AtomicFile.WriteError(path: dir, reason: "cannot lock: \(String(cString: strerror(e)))")
        }
    }

    // Unlocked explicitly before closing: a process another thread forks (tests and `Process`
    // spawn children) holds a copy of the descriptor until its exec, and `close` alone leaves the
    // lock held through that copy, so the next run into the folder was refused under load.
    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
