import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cooperative cancellation of the document a thread is annotating.
///
/// `BatchRunner` workers install their run's flag with `Cancellation.install(_:)`; long
/// stages call `Cancellation.check()` between passes and every few thousand items, so a SIGTERM
/// with a 30 MB document in flight ends that document within about a second instead of after the
/// whole pipeline (issue 18, item 4). A thread with no flag installed (tests, `compare`) never
/// stops. A cancelled document is abandoned, never written: it throws `Cancellation.Cancelled`.
///
/// Cost: one thread-local read, plus a lock when a flag is installed; call it every ~1,000
/// tokens, not per token.
public enum Cancellation {
    /// Thrown inside a stage when the current thread's flag is set.
    public struct Cancelled: Error, CustomStringConvertible {
        public var description: String { "cancelled (interrupted)" }
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Makes `flag` this thread's cancellation flag (nil: none) and returns the previous one, to
    /// put back with `defer`. The caller keeps `flag` alive meanwhile.
    @discardableResult
    public static func install(_ flag: ManagedFlag?) -> ManagedFlag? {
        let previous = pthread_getspecific(key).map { Unmanaged<ManagedFlag>.fromOpaque($0).takeUnretainedValue() }
        pthread_setspecific(key, flag.map { UnsafeRawPointer(Unmanaged.passUnretained($0).toOpaque()) })
        return previous
    }

    /// True when this thread's document should be abandoned.
    public static var isRequested: Bool {
        guard let p = pthread_getspecific(key) else { return false }
        return Unmanaged<ManagedFlag>.fromOpaque(p).takeUnretainedValue().isSet
    }

    /// Throws `Cancelled` when this thread's document should be abandoned.
    public static func check() throws {
        if isRequested { throw Cancelled() }
    }
}

/// A flag set from a signal handler or another thread and read by workers.
public final class ManagedFlag: Sendable {
    private let value = Atomic<Bool>(false)
    public init() {}
    public var isSet: Bool { value.load(ordering: .acquiring) }
    public func set() { value.store(true, ordering: .releasing) }
}
