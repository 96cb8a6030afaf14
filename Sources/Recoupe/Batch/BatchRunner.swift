#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization
import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes

/// Annotates many inputs in parallel with bounded memory, resumably.
///
/// `jobs` workers each own a `Pipeline` (ICU objects are per thread) and pull work in order from
/// a source (a list of files, or JSON Lines read from stdin as they come). Outputs go to files,
/// written atomically, or to an ordered sink such as stdout: finished documents wait for their
/// turn in a reorder window of at most `jobs * 4` documents and `maxPendingBytes`, so memory
/// follows the jobs in flight, never the corpus.
///
/// ```swift
/// let runner = BatchRunner(jobs: 2)
/// let items = InputCollector().collect(["corpus"])
/// let (summary, failures) = try runner.run(items, output: .directory("out"))
/// ```
///
/// Resume: with a `.directory` output, an input whose output exists and records the same source
/// SHA-256 and pipeline version is skipped (counted as `resumed`) unless `force` is set.
/// Temporary files of dead runs (`NAME.json.tmp-PID-N`) are removed before the run starts.
/// Cancellation (`cancelled.set()`, from a SIGINT handler) stops handing out work; documents
/// in flight finish and are written.
public final class BatchRunner: @unchecked Sendable {
    public typealias Failure = BatchFailure

    public enum Output {
        /// One `NAME.json` per input under the folder, mirroring input folders.
        case directory(String)
        /// One JSON line per document, in input order. A throwing sink (stdout closed, disk
        /// full) stops the run: the failure is reported once, with stage "emit".
        case lines((ArraySlice<UInt8>) throws -> Void)
    }

    public var jobs: Int
    public var options: Pipeline.Options
    public var reader = DocumentReader()
    /// Redo inputs whose output already exists.
    public var force = false
    /// fsync each output before renaming it into place (see `AtomicFile.write`).
    public var durable = true
    /// With `.lines` output, write an error object for a failed input so that output line N
    /// still answers input line N (JSON Lines streaming: `{"line":N,"id":…,"error":{…}}`).
    public var errorLines = false
    /// `errors.jsonl` to append failures to (set by the caller; `run` sets it for directories
    /// when nil and `writeErrorLog` is true).
    public var errorLog: ErrorLog?
    public var writeErrorLog = true
    /// With `writeErrorLog`, start `errors.jsonl` afresh (false for sharded runs sharing a folder).
    public var truncateErrorLog = true
    /// The output folder is shared with other runs over other inputs (`--shard`): lock it shared,
    /// not exclusively (see `OutputFolderLock`).
    public var sharedFolder = false
    /// Most bytes of finished documents waiting for their turn in `.lines` mode.
    public var maxPendingBytes = 256 << 20
    /// Called (serialized) for each failure as it happens.
    public var onFailure: ((Failure) -> Void)?
    /// Called (serialized) for each annotated document that carries warnings.
    public var onWarnings: ((String, [DocumentWarning]) -> Void)?
    /// Called (serialized) after each input, with the running totals.
    public var onProgress: ((BatchSummary) -> Void)?
    /// Called from the worker thread with each annotated document, before its output is written
    /// (e.g. to record it in a `NameRegistry`); an error fails that input at stage "registry", so a
    /// rerun redoes it. Must be safe to call from several threads at once.
    public var onDocument: ((Document) throws -> Void)?
    /// Called from the worker thread for an input whose output is already done (resume), with
    /// the output's path and the source SHA-256, so a registry can record documents it lacks
    /// (issue 18, item 5); an error fails that input at stage "registry".
    public var onResumed: ((_ output: String, _ sha256: String) throws -> Void)?
    /// Called (serialized) when an input is done: its name and the outcome.
    public var onDone: ((String, BatchOutcome) -> Void)?
    /// Set to stop after the documents in flight (SIGINT).
    public let cancelled = ManagedFlag()
    /// Set to abandon the documents in flight too: stages check it (`Cancellation`) and the
    /// document is dropped unwritten (SIGTERM with a huge document in flight, after a grace time).
    public let abandon = ManagedFlag()

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, options: Pipeline.Options = Pipeline.Options()) {
        self.jobs = max(1, jobs)
        self.options = options
    }

    /// Runs over collected inputs, with no more workers than inputs (each worker builds a pipeline: one file
    /// annotated with two jobs built two).
    public func run(_ items: [InputCollector.Item], output: Output) throws -> (BatchSummary, [Failure]) {
        var index = 0
        return try run(output: output, workers: min(jobs, max(1, items.count))) {
            guard index < items.count else { return nil }
            index += 1
            return BatchWork(items[index - 1])
        }
    }

    /// Runs over work pulled from `next` (called one call at a time, under an input lock of its
    /// own, so it may block reading a stream); nil ends the input.
    public func run(output: Output, next: @escaping () -> BatchWork?) throws -> (BatchSummary, [Failure]) {
        try run(output: output, workers: jobs, next: next)
    }

    /// `run(output:next:)` with `workers` (at most `jobs`) in place of `jobs`.
    func run(output: Output, workers: Int, next: @escaping () -> BatchWork?) throws -> (BatchSummary, [Failure]) {
        let jobs = max(1, min(workers, self.jobs))
        let start = Date()
        var summary = BatchSummary()
        var folderLock: OutputFolderLock? = nil
        defer { withExtendedLifetime(folderLock) {} }
        if case .directory(let dir) = output {
            try AtomicFile.makeDirectories(dir)
            try AtomicFile.checkWritable(dir)
            folderLock = try OutputFolderLock(dir, shared: sharedFolder)
            summary.cleanedTemporaryFiles = AtomicFile.removeStaleTemporaryFiles(under: dir)
            if errorLog == nil, writeErrorLog {
                errorLog = ErrorLog(path: (dir.hasSuffix("/") ? dir : dir + "/") + "errors.jsonl", truncate: truncateErrorLog)
            }
        }
        // Pipelines are built up front so a configuration error stops the run before any work.
        let pipelines = try (0..<jobs).map { _ in try Pipeline.standard(options) }
        let state = RunState(summary: summary, output: output, next: next, pipelines: pipelines)
        let language = options.language ?? "fr"
        let window = jobs * 4

        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            let previousFlag = Cancellation.install(abandon)
            defer { Cancellation.install(previousFlag) }
            let pipeline = state.pipelines[worker]
            while true {
                state.lock.lock()
                if state.lines {
                    while (state.issued - state.emitted >= window || state.pendingBytes > maxPendingBytes) && !cancelled.isSet {
                        state.lock.wait()
                    }
                }
                if state.exhausted || cancelled.isSet { state.lock.unlock(); return }
                state.lock.unlock()

                // Input has its own lock: a worker waiting for the next stdin line must not stop
                // the others from writing out what they finished.
                // The output is claimed with the input, in input order: of two inputs that would write one
                // output, the first given keeps it whichever worker gets to the run state first.
                let taken = state.takeInput { work, targets in
                    guard case .file(let path, let relative) = work, case .directory(let dir) = state.output else { return (nil, nil) }
                    let t = Self.outputPath(dir: dir, relative: relative)
                    if let other = targets[t] {
                        return (nil, Failure(path: path, stage: "emit", reason: "same output \(t) as \(other); annotate it separately"))
                    }
                    targets[t] = path
                    return (t, nil)
                }

                state.lock.lock()
                guard let (work, index, target, collision) = taken else { state.exhausted = true; state.lock.broadcast(); state.lock.unlock(); return }
                state.issued += 1
                state.lock.unlock()

                var outcome = collision.map { BatchOutcome.failed($0) } ?? process(work, target: target, pipeline: pipeline, language: language)
                var line: [UInt8]? = nil
                if case .annotated(let json, _) = outcome, state.lines { line = json }
                if case .failed(let f) = outcome, state.lines, errorLines { line = Self.errorLine(f, work: work) }

                state.lock.lock()
                switch outcome {
                case .failed(let f): fail(f, state)
                case .skipped: state.summary.skipped += 1
                case .abandoned: break
                case .resumed(let bytes):
                    state.summary.resumed += 1
                    state.summary.resumedBytes += bytes
                case .annotated(_, let facts):
                    state.summary.documents += 1
                    state.summary.bytes += facts.bytes
                    state.summary.tokens += facts.tokens
                    state.summary.sentences += facts.sentences
                    state.summary.warnings += facts.warnings.count
                    if !facts.warnings.isEmpty { onWarnings?(facts.name, facts.warnings) }
                }
                if state.lines {
                    state.finished[index] = line ?? []
                    state.pendingBytes += line?.count ?? 0
                    while let bytes = state.finished.removeValue(forKey: state.emitted) {
                        state.pendingBytes -= bytes.count
                        state.emitted += 1
                        if bytes.isEmpty { continue }
                        if case .lines(let sink) = state.output {
                            do {
                                try sink(bytes[...])
                            } catch {
                                if !cancelled.isSet {
                                    fail(Failure(path: "<stdout>", stage: "emit", reason: "cannot write the output: \(error)"), state)
                                    cancelled.set()
                                }
                            }
                        }
                    }
                    state.lock.broadcast()
                }
                state.summary.elapsed = Date().timeIntervalSince(start)
                if case .annotated(_, let facts) = outcome { outcome = .annotated([], facts) }  // the JSON is written
                onDone?(work.name, outcome)
                onProgress?(state.summary)
                state.lock.unlock()
            }
        }
        summary = state.summary
        summary.elapsed = Date().timeIntervalSince(start)
        summary.interrupted = cancelled.isSet && !state.exhausted
        return (summary, state.failures)
    }

    /// Records a failure; called with `state.lock` held.
    private func fail(_ f: Failure, _ state: RunState) {
        state.failures.append(f)
        state.summary.errors += 1
        errorLog?.append(f)
        onFailure?(f)
    }

    /// Everything the workers of one `run` share, in one place. Each field says which lock guards
    /// it: `lock` (a condition variable: in `.lines` mode workers wait on it for the reorder window)
    /// or `inputLock`, which is separate so that a worker blocked reading stdin does not stop the
    /// others from writing out what they finished. `@unchecked Sendable` because of these locks:
    /// no mutable field is touched without its lock, and `pipelines[w]` is used by worker `w` only.
    private final class RunState: @unchecked Sendable {
        let lock = NSCondition()
        /// Under `lock`: running totals and failures.
        var summary: BatchSummary
        var failures: [Failure] = []
        /// Under `lock`: inputs taken, for the reorder window; true once the input is used up.
        var issued = 0
        var exhausted = false
        /// Under `lock`, `.lines` only: the next index to write, finished documents waiting for
        /// their turn, and their size.
        var emitted = 0
        var finished: [Int: [UInt8]] = [:]
        var pendingBytes = 0
        let inputLock = NSLock()
        /// Under `inputLock`: output path → input, so that two inputs never write one output (claimed in input order).
        private var targets: [String: String] = [:]
        /// Under `inputLock`: the input source, the input order (which output order follows), its end.
        private let next: () -> BatchWork?
        private var nextIndex = 0
        private var inputDone = false

        let output: Output
        let lines: Bool
        /// One pipeline per worker (stages hold ICU objects, which are not thread-safe).
        let pipelines: [Pipeline]

        init(summary: BatchSummary, output: Output, next: @escaping () -> BatchWork?, pipelines: [Pipeline]) {
            self.summary = summary
            self.output = output
            if case .lines = output { lines = true } else { lines = false }
            self.next = next
            self.pipelines = pipelines
        }

        /// The next input, its index in input order, and what `claim` (run under the input lock, with the
        /// claimed outputs) says of its output: the path to write, or the failure of a second claim; nil
        /// once the input is used up.
        func takeInput(claim: (BatchWork, inout [String: String]) -> (String?, Failure?)) -> (BatchWork, Int, String?, Failure?)? {
            inputLock.lock()
            defer { inputLock.unlock() }
            guard !inputDone, let work = next() else { inputDone = true; return nil }
            nextIndex += 1
            let (target, collision) = claim(work, &targets)
            return (work, nextIndex - 1, target, collision)
        }
    }

    /// Reads, annotates and (for a directory output) writes one input.
    private func process(_ work: BatchWork, target: String?, pipeline: Pipeline, language: String) -> BatchOutcome {
        switch work {
        case .skipped:
            return .skipped
        case .failed(let e):
            return .failed(Failure(path: e.path, stage: "ingest", reason: e.reason))
        case .badRecord(let line, let reason):
            return .failed(Failure(path: "<stdin>", line: line, stage: "input", reason: reason))
        case .record(let line, let bytes):
            let record: JSONLinesRecord
            do {
                record = try JSONLinesRecord(parsing: bytes, line: line)
            } catch {
                return .failed(Failure(path: "<stdin>", line: line, stage: "input", reason: "\(error)"))
            }
            var doc = reader.document(record: record, language: language)
            do {
                try pipeline.run(&doc)
            } catch is Cancellation.Cancelled {
                return .abandoned
            } catch let e as StageError {
                return .failed(Failure(path: "<stdin>", line: line, stage: e.stage, reason: "id \(record.id): \(e.reason)"))
            } catch {
                return .failed(Failure(path: "<stdin>", line: line, stage: "annotate", reason: "id \(record.id): \(error)"))
            }
            do { try onDocument?(doc) } catch {
                return .failed(Failure(path: "<stdin>", line: line, stage: "registry", reason: "id \(record.id): \(error)"))
            }
            let json = DocumentJSON.encode(doc)
            if Cancellation.isRequested { return .abandoned }
            return .annotated(json, Self.facts(doc, name: "<stdin> line \(line)", bytes: bytes.count))
        case .file(let path, let relative):
            // Messages call standard input "<stdin>" everywhere (it was "-", "stdin" or "<stdin>").
            let name = path == "-" ? FileReader.standardInputName : path
            do {
                // "-" is standard input, read whole as one document.
                var bytes = path == "-" ? try FileReader.readStandardInput(maxBytes: reader.maxBytes) : try FileReader.read(path, maxBytes: reader.maxBytes)
                let byteCount = bytes.count
                let sha = SHA256.hex(bytes)
                if let target, !force, Self.isDone(target, sha256: sha) {
                    do { try onResumed?(target, sha) } catch {
                        return .failed(Failure(path: name, stage: "registry", reason: "\(error)"))
                    }
                    return .resumed(bytes.count)
                }
                var doc = try reader.document(bytes: bytes, path: path == "-" ? nil : path, id: Self.documentID(relative),
                                              language: language, sha256: sha)
                bytes = []  // decoded: the raw input need not stay alive while the stages run
                try pipeline.run(&doc)
                do { try onDocument?(doc) } catch {
                    return .failed(Failure(path: name, stage: "registry", reason: "\(error)"))
                }
                let facts = Self.facts(doc, name: name, bytes: byteCount)
                if let target {
                    // Streamed into the temporary file: the JSON (16 bytes per byte of text) is never whole in memory.
                    try AtomicFile.write(to: target, newline: true, sync: durable) { sink in
                        try DocumentJSON.encode(doc, sink: sink)
                        try Cancellation.check()  // an interrupted encoding is incomplete: not renamed
                    }
                    return .annotated([], facts)
                }
                let json = DocumentJSON.encode(doc)
                try Cancellation.check()  // an interrupted encoding is incomplete
                return .annotated(json, facts)
            } catch is Cancellation.Cancelled {
                return .abandoned
            } catch let e as IngestError {
                return .failed(Failure(path: path == "-" ? name : e.path, stage: "ingest", reason: e.reason))
            } catch let e as StageError {
                return .failed(Failure(path: name, stage: e.stage, reason: e.reason))
            } catch let e as AtomicFile.WriteError {
                return .failed(Failure(path: name, stage: "emit", reason: "cannot write \(e.path): \(e.reason)"))
            } catch {
                return .failed(Failure(path: name, stage: "annotate", reason: "\(error)"))
            }
        }
    }

    private static func facts(_ doc: Document, name: String, bytes: Int) -> BatchOutcome.Facts {
        BatchOutcome.Facts(name: name, bytes: bytes, tokens: doc.tokens.count, sentences: doc.sentences.count, warnings: doc.warnings)
    }

    /// `{"line":3,"id":"a","error":{"path":…,"stage":"input","reason":…}}`, the output line of a failed record.
    static func errorLine(_ f: Failure, work: BatchWork) -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        switch work {
        case .record(let line, let bytes):
            w.key("line"); w.value(line)
            if let id = Self.recordID(bytes, line: line) { w.key("id"); w.value(id) }
        case .badRecord(let line, _):
            w.key("line"); w.value(line)
        case .file(let path, let relative):
            w.key("path"); w.value(path)
            w.key("id"); w.value(documentID(relative))
        case .skipped(let path, _): w.key("path"); w.value(path)
        case .failed(let e): w.key("path"); w.value(e.path)
        }
        w.key("error"); w.beginObject()
        w.key("stage"); w.value(f.stage)
        w.key("reason"); w.value(f.reason)
        w.endObject()
        w.endObject()
        return w.bytes
    }

    /// The id of a record, even one that failed after parsing (missing text, …).
    static func recordID(_ bytes: [UInt8], line: Int) -> String? {
        do { return try JSONLinesRecord(parsing: bytes, line: line).id } catch let e as JSONLinesRecord.Invalid { return e.id } catch { return nil }
    }

    /// "sub/000_abb.txt" under "out" → "out/sub/000_abb.json".
    public static func outputPath(dir: String, relative: String) -> String {
        (dir.hasSuffix("/") ? dir : dir + "/") + documentID(relative) + ".json"
    }

    /// "sub/000_abb.txt" → "sub/000_abb".
    public static func documentID(_ relative: String) -> String {
        if let dot = relative.lastIndex(of: "."), !relative[dot...].contains("/"), dot != relative.startIndex,
           relative[relative.index(before: dot)] != "/" {
            return String(relative[..<dot])
        }
        return relative
    }

    /// An output counts as done when it records the same source hash and pipeline version and
    /// is well-formed JSON throughout (a zeroed middle keeps the provenance at both ends).
    static func isDone(_ target: String, sha256: String) -> Bool {
        guard let bytes = try? FileReader.read(target), let p = OutputProvenance(bytes) else { return false }
        return p.sha256 == sha256 && p.version == RecoupeVersion.string && JSONSyntax.isValid(bytes)
    }
}

/// What became of one input.
public enum BatchOutcome: Sendable {
    public struct Facts: Sendable {
        public var name: String
        public var bytes: Int
        public var tokens: Int
        public var sentences: Int
        public var warnings: [DocumentWarning]
    }

    /// Annotated; the JSON when the caller writes it (`.lines`), empty once written.
    case annotated([UInt8], Facts)
    /// Its output was already there, same source and version; the input's size.
    case resumed(Int)
    case skipped
    case failed(BatchFailure)
    /// Interrupted mid-way (`BatchRunner.abandon`): nothing written, redone by the next run.
    case abandoned
}

extension BatchWork {
    /// The path or "<stdin> line N", for messages.
    var name: String {
        switch self {
        case .file(let path, _): return path == "-" ? FileReader.standardInputName : path
        case .record(let line, _), .badRecord(let line, _): return "<stdin> line \(line)"
        case .skipped(let path, _): return path
        case .failed(let e): return e.path
        }
    }
}

