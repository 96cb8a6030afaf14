import Foundation
import Recoupe
import RecoupeCore

/// Records a run's documents in batches: one transaction per `maxDocuments` documents or per
/// `maxDelay` seconds, whichever comes first (issue 18, item 6: one transaction, and one fsync,
/// per document cost a third of the run).
///
/// A batch commits whole documents or none, so a process killed mid-way (SIGKILL) leaves only
/// whole documents; those of the lost batch whose outputs were written are recorded when a rerun
/// resumes them (`BatchRunner.onResumed`). Call `finish()` at the end of the run, also after
/// SIGINT/SIGTERM, to commit the last batch.
///
/// ```swift
/// let recorder = RegistryBatchRecorder(try NameRegistry.open("corpus.sqlite"))
/// runner.onDocument = { try recorder.add($0) }   // from any thread
/// try recorder.finish()
/// ```
public final class RegistryBatchRecorder: @unchecked Sendable {
    public let registry: NameRegistry
    public let maxDocuments: Int
    public let maxDelay: TimeInterval

    private let lock = NSLock()  // guards the fields below
    private var pending: [NameRegistry.PreparedDocument] = []
    private var oldest: Date?
    private var timerError: Error?
    private var timer: DispatchSourceTimer?
    /// Commits one batch at a time (the writer serializes them anyway; this keeps errors in order).
    private let commitLock = NSLock()

    /// Documents per transaction by default: past ~64 the gain is under 1% (docs/batch.md).
    public static let defaultMaxDocuments = 64

    public init(_ registry: NameRegistry, maxDocuments: Int = defaultMaxDocuments, maxDelay: TimeInterval = 1) {
        self.registry = registry
        self.maxDocuments = max(1, maxDocuments)
        self.maxDelay = maxDelay
        // Documents that wait (a slow document holds the next batch) are committed within maxDelay.
        let t = DispatchSource.makeTimerSource(queue: .global())
        t.schedule(deadline: .now() + maxDelay, repeating: maxDelay / 2)
        // Strong, not weak: a weak reference's side table outlives a process that exits while
        // dispatch still holds the cancelled handler (LeakSanitizer reported it). The cycle
        // recorder → timer → handler → recorder is broken by `finish()`.
        t.setEventHandler { self.commitIfDue() }
        t.resume()
        timer = t
    }

    deinit { timer?.cancel() }

    /// Queues a document (prepared on the caller's thread); commits the batch when it is full.
    /// A document the registry refuses throws `RegistryError` and joins no batch; a failed
    /// commit throws `RegistryBatchError` (no document of that batch was recorded).
    public func add(_ doc: Document) throws {
        let prepared = try registry.prepare(doc)
        let due: [NameRegistry.PreparedDocument]? = lock.withLock {
            if pending.isEmpty { oldest = Date() }
            pending.append(prepared)
            return pending.count >= maxDocuments ? take() : nil
        }
        if let due { try commit(due) }
    }

    /// Commits what is queued, stops the timer, and throws the first error a commit met
    /// (a timed one included).
    public func finish() throws {
        lock.withLock { timer?.setEventHandler(handler: nil); timer?.cancel(); timer = nil }
        commitLock.lock()
        defer { commitLock.unlock() }
        let rest = lock.withLock { take() }
        var failure: Error? = nil
        do { try commitLocked(rest) } catch { failure = error }
        if let e = lock.withLock({ timerError }) { throw e }
        if let failure { throw failure }
    }

    /// Queued documents not yet committed.
    public var pendingCount: Int { lock.withLock { pending.count } }

    private func take() -> [NameRegistry.PreparedDocument] {
        defer { pending = []; oldest = nil }
        return pending
    }

    private func commitIfDue() {
        commitLock.lock()
        defer { commitLock.unlock() }
        let due: [NameRegistry.PreparedDocument]? = lock.withLock {
            guard let oldest, Date().timeIntervalSince(oldest) >= maxDelay else { return nil }
            return take()
        }
        guard let due else { return }
        do { try commitLocked(due) } catch {
            lock.withLock { if timerError == nil { timerError = error } }
        }
    }

    private func commit(_ docs: [NameRegistry.PreparedDocument]) throws {
        commitLock.lock()
        defer { commitLock.unlock() }
        try commitLocked(docs)
    }

    private func commitLocked(_ docs: [NameRegistry.PreparedDocument]) throws {
        guard !docs.isEmpty else { return }
        do {
            _ = try registry.record(docs)
        } catch {
            throw RegistryBatchError(documents: docs.map(\.id), reason: "\(error)")
        }
    }
}

/// A batch the registry could not commit: none of its documents was recorded.
public struct RegistryBatchError: Error, CustomStringConvertible {
    public var documents: [String]
    public var reason: String
    public var description: String {
        "a batch of \(documents.count) document(s) was not recorded (\(reason)); rerun with -o to record those whose outputs were written"
    }
}
