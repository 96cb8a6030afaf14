import Foundation

/// Annotates many inputs in parallel with bounded memory.
///
/// `jobs` workers each own a `Pipeline` (ICU objects are per thread) and pull inputs in order.
/// Outputs go to files (written atomically) or, in input order, to a sink such as stdout; at most
/// `jobs * 4` finished documents wait for their turn, so memory follows the jobs, not the corpus.
public final class BatchRunner {
    public enum Output {
        /// One `NAME.json` per input under the folder, mirroring input folders.
        case directory(String)
        /// One JSON line per document, in input order.
        case lines((ArraySlice<UInt8>) -> Void)
    }

    /// A failed input, as reported on stderr and in `errors.jsonl`.
    public struct Failure: Sendable {
        public var path: String
        public var stage: String
        public var reason: String

        public init(path: String, stage: String, reason: String) {
            self.path = path
            self.stage = stage
            self.reason = reason
        }
    }

    public var jobs: Int
    public var options: Pipeline.Options
    public var reader = DocumentReader()
    /// Redo inputs whose output already exists.
    public var force = false
    /// Called (from any thread, serialized) for each failure as it happens.
    public var onFailure: ((Failure) -> Void)?
    /// Called (serialized) after each input, with the running totals.
    public var onProgress: ((BatchSummary) -> Void)?
    /// Set to stop after the documents in flight (SIGINT).
    public let cancelled = ManagedFlag()

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, options: Pipeline.Options = Pipeline.Options()) {
        self.jobs = max(1, jobs)
        self.options = options
    }

    /// Runs the batch; returns the summary and the failures.
    public func run(_ items: [InputCollector.Item], output: Output) throws -> (BatchSummary, [Failure]) {
        let start = Date()
        let lock = NSCondition()
        var summary = BatchSummary()
        var failures: [Failure] = []
        var next = 0
        var emitted = 0  // stdout mode: next index to write
        var finished: [Int: [UInt8]] = [:]
        let window = jobs * 4

        func fail(_ f: Failure) {
            failures.append(f)
            summary.errors += 1
            onFailure?(f)
        }

        // Pipelines are built up front so a configuration error stops the run before any work.
        let pipelines = try (0..<jobs).map { _ in try Pipeline.standard(options) }

        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            let pipeline = pipelines[worker]
            while true {
                lock.lock()
                if case .lines = output {
                    while next - emitted >= window && !cancelled.isSet { lock.wait() }
                }
                if next >= items.count || cancelled.isSet { lock.unlock(); return }
                let index = next
                next += 1
                lock.unlock()

                var result: [UInt8]? = nil
                var doneFacts: (bytes: Int, tokens: Int, sents: Int, warnings: Int)? = nil
                var failure: Failure? = nil
                var skipped = false
                var resumed = false

                switch items[index] {
                case .skipped:
                    skipped = true
                case .failed(let e):
                    failure = Failure(path: e.path, stage: "ingest", reason: e.reason)
                case .file(let path, let relative):
                    var target: String? = nil
                    if case .directory(let dir) = output {
                        target = Self.outputPath(dir: dir, relative: relative)
                    }
                    do {
                        let bytes = try FileReader.read(path, maxBytes: reader.maxBytes)
                        if let target, !force, Self.isDone(target, sha256: SHA256.hex(bytes)) {
                            resumed = true
                            break
                        }
                        var doc = try reader.document(bytes: bytes, path: path, id: Self.documentID(relative),
                                                      language: options.language ?? "fr")
                        try pipeline.run(&doc)
                        let json = DocumentJSON.encode(doc)
                        if let target {
                            try AtomicFile.write(json + [0x0A], to: target)
                        } else {
                            result = json
                        }
                        doneFacts = (bytes.count, doc.tokens.count, doc.sentences.count, doc.warnings.count)
                    } catch let e as IngestError {
                        failure = Failure(path: e.path, stage: "ingest", reason: e.reason)
                    } catch let e as StageError {
                        failure = Failure(path: path, stage: e.stage, reason: e.reason)
                    } catch let e as AtomicFile.WriteError {
                        failure = Failure(path: path, stage: "emit", reason: e.description)
                    } catch {
                        failure = Failure(path: path, stage: "annotate", reason: "\(error)")
                    }
                }

                lock.lock()
                if let f = failure { fail(f) }
                if skipped { summary.skipped += 1 }
                if resumed { summary.resumed += 1 }
                if let d = doneFacts {
                    summary.documents += 1
                    summary.bytes += d.bytes
                    summary.tokens += d.tokens
                    summary.sentences += d.sents
                    summary.warnings += d.warnings
                }
                if case .lines(let sink) = output {
                    finished[index] = result ?? []
                    while let bytes = finished.removeValue(forKey: emitted) {
                        if !bytes.isEmpty { sink(bytes[...]) }
                        emitted += 1
                    }
                    lock.broadcast()
                }
                summary.elapsed = Date().timeIntervalSince(start)
                onProgress?(summary)
                lock.unlock()
            }
        }
        summary.elapsed = Date().timeIntervalSince(start)
        return (summary, failures)
    }

    /// "sub/000_abb.txt" under "out" → "out/sub/000_abb.json".
    public static func outputPath(dir: String, relative: String) -> String {
        var rel = relative
        if let dot = rel.lastIndex(of: "."), !rel[dot...].contains("/") { rel = String(rel[..<dot]) }
        return (dir.hasSuffix("/") ? dir : dir + "/") + rel + ".json"
    }

    /// "sub/000_abb.txt" → "sub/000_abb".
    public static func documentID(_ relative: String) -> String {
        if let dot = relative.lastIndex(of: "."), !relative[dot...].contains("/") { return String(relative[..<dot]) }
        return relative
    }

    /// An output counts as done when it parses and records the same source hash and version.
    static func isDone(_ target: String, sha256: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: target),
              let p = DocumentJSON.provenance(data) else { return false }
        return p.sha256 == sha256 && p.version == RecoupeVersion.string
    }
}

/// A flag set from a signal handler or another thread and read by workers.
public final class ManagedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    public init() {}
    public var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    public func set() { lock.lock(); value = true; lock.unlock() }
}
