#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore
import RecoupeRegistry

/// Options that change how documents are annotated (shared by `annotate`, `compare`, `bench`).
struct AnnotationOptions: ParsableArguments {
    @Option(name: .long, help: "Document language (fr, en, ru, uk); detected when omitted.")
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("An extra lexicon file (repeatable; later files override earlier ids).", valueName: "path"))
    var lexicon: [String] = []

    @Option(name: .long, help: ArgumentHelp("Who finds names: rules (lexicons and cues), model (the tagger), or hybrid (both; rules alone when no model file ships).", valueName: "mode"))
    var ner: NERMode = .hybrid

    /// Languages Recoupe has rules or a profile for; any other --lang was taken silently.
    static let languages = ["fr", "en", "de", "ru", "uk"]

    func validate() throws {
        if let lang, !Self.languages.contains(lang) {
            throw ValidationError("--lang \(lang) is not a language Recoupe knows; use one of \(Self.languages.joined(separator: ", ")) or omit it to detect.")
        }
    }

    var pipelineOptions: Pipeline.Options {
        Pipeline.Options(language: lang, lexicons: lexicon, ner: ner)
    }
}

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate files and folders of articles.",
        discussion: """
        Inputs are files, folders (recursive; .txt and .md) or - for standard input. Each input gives \
        one NAME.json under the output folder (folder structure mirrored), or one JSON line on standard \
        output with --stdout. A summary line ends the run.

        With -o, a rerun skips inputs whose output records the same source SHA-256 and pipeline \
        version (--force redoes them); failures are also appended to DIR/errors.jsonl.

        --jsonl-in reads JSON Lines {"id","text","date","source"} on standard input and writes one \
        annotated JSON line per input line, in order, on standard output (a bad line gives an \
        {"line":N,"error":…} line); this is the mode for Spark's RDD.pipe, Hadoop Streaming and GNU \
        parallel --pipe.

        Ctrl-C (SIGINT) or SIGTERM stops after the documents in flight and prints the summary; a \
        second one quits at once. Exit status: 0 when every input succeeded, 1 when some failed \
        (each named on stderr with its reason), 2 on usage errors, 130 when interrupted.
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to annotate (- for standard input).", valueName: "path"))
    var paths: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder for NAME.json files.", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Write JSON Lines to standard output instead of files.")
    var stdout = false

    @Flag(name: .long, help: "Read JSON Lines documents on standard input, write JSON Lines on standard output.")
    var jsonlIn = false

    @Option(name: .shortAndLong, help: "Parallel jobs (default: the number of cores; at most 4 × the cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Annotate only shard I of N (0 <= I < N), a stable subset chosen by hashing each file's relative path.", valueName: "I/N"))
    var shard: String?

    @Option(name: .long, help: ArgumentHelp("Refuse inputs larger than this many MiB (default 32; annotating takes about 70 times a document's size in memory).", valueName: "MB"))
    var maxMb: Int = 32

    @Flag(name: .long, help: "Redo inputs whose output already exists.")
    var force = false

    @Flag(name: .long, help: "Skip the fsync of each output (faster on many small files; still atomic, but a power cut may leave torn outputs, which a rerun redoes).")
    var noFsync = false

    @Flag(name: .shortAndLong, help: "Print only errors (no progress, no summary).")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print a line per document and every document warning.")
    var verbose = false

    @Option(name: .long, help: ArgumentHelp("Record every annotated document in this name registry (SQLite; created when missing).", valueName: "file"))
    var registry: String?

    @Option(name: .long, help: ArgumentHelp("Documents per registry transaction (also committed every second).", valueName: "N", visibility: .hidden))
    var registryBatch: Int = RegistryBatchRecorder.defaultMaxDocuments

    @OptionGroup var annotation: AnnotationOptions

    @OptionGroup var metadata: ArticleMetadataOptions

    func validate() throws {
        if metadata.given {
            if jsonlIn { throw ValidationError("--date and --outlet are for one article; JSON Lines records carry \"date\" and \"source\".") }
            try metadata.validate(singleInput: paths)
        }
        if jsonlIn {
            if !paths.isEmpty { throw ValidationError("--jsonl-in reads standard input: give no paths.") }
            if output != nil { throw ValidationError("--jsonl-in writes JSON Lines to standard output: -o does not apply.") }
            if shard != nil { throw ValidationError("--shard picks files of a folder; split the JSON Lines stream instead.") }
        } else {
            if paths.isEmpty { throw ValidationError("Give at least one file or folder (or - for standard input).") }
            if output == nil && !stdout { throw ValidationError("Choose an output: -o DIR or --stdout.") }
            if output != nil && stdout { throw ValidationError("-o and --stdout exclude each other.") }
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read only once.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if maxMb < 1 { throw ValidationError("--max-mb must be at least 1.") }
        if registryBatch < 1 { throw ValidationError("--registry-batch must be at least 1.") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes I/N with 0 <= I < N, e.g. 0/4.") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other.") }
        if force && output == nil { throw ValidationError("--force only applies with -o (resume is for output folders).") }
    }

    func run() throws {
        // Past `ulimit -f`, write() must fail with EFBIG (reported per file), not kill the run.
        signal(SIGXFSZ, SIG_IGN)
        let diagnostics = Diagnostics(quiet: quiet, verbose: verbose)
        // Each job holds a pipeline and a document in memory: more jobs than 4 × the cores only
        // add memory (`--jobs 100000` would build 100,000 pipelines).
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var jobs = jobs
        if jobs > Self.maxJobs(cores: cores) {
            diagnostics.warning("--jobs \(jobs) capped at \(Self.maxJobs(cores: cores)) (4 × \(cores) cores)")
            jobs = Self.maxJobs(cores: cores)
        }
        let runner = BatchRunner(jobs: jobs, options: annotation.pipelineOptions)
        runner.force = force
        var names: NameRegistry? = nil
        if let registry {
            do {
                names = try NameRegistry.open(registry)
            } catch {
                diagnostics.error("\(error)")
                throw ExitCode(1)
            }
        }
        // Documents are committed in batches of whole documents (one transaction per N documents
        // or per second); the last batch at the end of the run, interrupted or not.
        let recorder = names.map { RegistryBatchRecorder($0, maxDocuments: registryBatch) }
        if let names, let recorder, let registry {
            runner.onDocument = { doc in
                do { try recorder.add(doc) } catch { throw RegistryFileError(path: registry, reason: "\(error)") }
            }
            // Outputs already done are read back and recorded when the registry lacks them.
            runner.onResumed = { output, sha in
                do {
                    guard try !names.contains(sha256: sha) else { return }
                    try recorder.add(try DocumentJSON.decode(Data(contentsOf: URL(fileURLWithPath: output))))
                } catch let e as RegistryBatchError {
                    throw RegistryFileError(path: registry, reason: "\(e)")
                } catch {
                    throw RegistryFileError(path: registry, reason: "cannot record \(output): \(error)")
                }
            }
        }
        /// Commits the last batch and checkpoints the WAL, so the .sqlite file alone holds the data.
        func closeRegistry() -> Bool {
            guard let names, let recorder, let registry else { return true }
            var ok = true
            do { try recorder.finish() } catch { diagnostics.error("registry \(registry): \(error)"); ok = false }
            // A failed checkpoint loses nothing (the data stays in -wal until the next one).
            do { try names.checkpoint() } catch { diagnostics.error("registry \(registry): checkpoint failed: \(error)") }
            return ok
        }
        runner.durable = !noFsync
        runner.reader.maxBytes = maxMb << 20
        runner.reader.date = metadata.singleDate
        runner.reader.outlet = metadata.singleOutlet
        runner.errorLines = jsonlIn
        runner.truncateErrorLog = shard == nil
        runner.sharedFolder = shard != nil
        runner.onFailure = { diagnostics.error($0.description) }
        let undated = UndatedDocuments(shown: verbose ? Int.max : Self.undatedShown)
        runner.onWarnings = { name, warnings in
            // Lost bytes are always worth a line; the others only with --verbose, except the first
            // few documents whose dates need a publication date (a corpus without any would print
            // one line per file).
            for w in warnings where w.stage == "ingest" || verbose || (w.code == "no-anchor" && undated.show()) {
                diagnostics.warning("\(name): \(w.message)")
            }
        }
        runner.onProgress = { diagnostics.update($0) }
        if verbose {
            runner.onDone = { name, outcome in
                switch outcome {
                case .annotated(_, let f): diagnostics.note("annotated \(name) (\(f.tokens) tokens, \(f.sentences) sentences)")
                case .resumed: diagnostics.note("already done: \(name)")
                case .skipped, .failed, .abandoned: break
                }
            }
        }
        let watcher = InterruptWatcher { sig in
            runner.cancelled.set()
            diagnostics.warning("\(sig == SIGINT ? "interrupted" : "terminated"): finishing the documents in flight for up to \(Self.graceSeconds) s (again to quit now)")
            // A huge document in flight must not hold a SIGTERM (Kubernetes) for minutes: after the
            // grace time its stages stop at their next check and it is dropped, unwritten.
            DispatchQueue.global().asyncAfter(deadline: .now() + Self.graceSeconds) { runner.abandon.set() }
        }

        let out = StandardOutput()
        let result: (BatchSummary, [BatchFailure])
        do {
            if jsonlIn {
                let lines = LineReader(fd: 0, maxLineBytes: maxMb << 20)
                lines.beforeBlocking = { try? out.flush() }
                // One write per document: a consumer waiting for each answer (a pipe, Spark)
                // gets it as soon as it is in order, not when a buffer fills.
                result = try runner.run(output: .lines({ try out.writeLine($0); try out.flush() })) {
                    switch lines.next() {
                    case .text(let n, let bytes)?:
                        return bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) ? .skipped(path: "<stdin> line \(n)", reason: "blank line")
                            : .record(line: n, bytes: bytes)
                    case .tooLong(let n, let size)?:
                        return .badRecord(line: n, reason: "line of \(size) bytes is over --max-mb \(maxMb)")
                    case nil:
                        if let e = lines.readError { diagnostics.error(e.description) }
                        return nil
                    }
                }
            } else {
                var items: [InputCollector.Item] = []
                for p in paths {
                    if p == "-" { items.append(.file(path: "-", relative: "stdin")) } else { items += InputCollector().collect([p]) }
                }
                if let shard = shard.flatMap(Shard.init) { items = items.filter { shard.contains($0) } }
                for case .skipped(let path, let reason) in items { diagnostics.note("skipped \(path): \(reason)") }
                if diagnostics.showsProgress { diagnostics.progress = Self.totals(items) }
                result = try runner.run(items, output: output.map { .directory($0) } ?? .lines({ try out.writeLine($0) }))
            }
            try out.flush()
        } catch let e as AtomicFile.WriteError {
            diagnostics.clearProgress()
            diagnostics.error("output folder \(e.description)")
            _ = closeRegistry()
            throw ExitCode(1)
        } catch let e as StandardOutput.WriteError {
            diagnostics.clearProgress()
            diagnostics.error(e.description)
            _ = closeRegistry()
            throw ExitCode(1)
        }
        var (summary, _) = result
        diagnostics.clearProgress()
        if undated.hidden > 0 {
            diagnostics.warning("\(undated.hidden) more document(s) have dates that need a publication date (front matter date: or --date; --verbose lists them)")
        }
        let registryClosed = closeRegistry()
        if let e = runner.errorLog?.writeError { diagnostics.error(e) }
        if summary.cleanedTemporaryFiles > 0 {
            diagnostics.note("removed \(summary.cleanedTemporaryFiles) temporary file(s) left by an interrupted run")
        }
        if watcher.received != 0 { summary.interrupted = true }
        diagnostics.summary(summary.line)
        if watcher.received != 0 { throw ExitCode(128 + watcher.received) }
        if summary.errors > 0 || !registryClosed { throw ExitCode(1) }
    }

    static func maxJobs(cores: Int) -> Int { 4 * max(1, cores) }

    /// How many documents' no-anchor warnings are printed before they are only counted.
    static let undatedShown = 3

    /// How long the documents in flight may take to finish after SIGINT/SIGTERM.
    static let graceSeconds = 0.25

    /// Documents and bytes to do, for the progress display's ETA (one stat per file).
    static func totals(_ items: [InputCollector.Item]) -> ProgressLine {
        var bytes = 0
        for case .file(let path, _) in items where path != "-" {
            var st = stat()
            if stat(path, &st) == 0 { bytes += Int(st.st_size) }
        }
        return ProgressLine(totalDocuments: items.count, totalBytes: bytes)
    }
}

/// Counts documents whose relative dates had no publication date to resolve against, and says
/// whether this one's warning is still printed (workers call it concurrently).
final class UndatedDocuments: @unchecked Sendable {
    private let lock = NSLock()
    private let shown: Int
    private var count = 0

    init(shown: Int) { self.shown = shown }

    func show() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count <= shown
    }

    var hidden: Int {
        lock.lock()
        defer { lock.unlock() }
        return max(0, count - shown)
    }
}
