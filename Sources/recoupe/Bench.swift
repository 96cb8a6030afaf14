import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore
#if canImport(Glibc)
import Glibc
#endif

/// `recoupe bench`: throughput of the real annotate path (read, decode, full pipeline, JSON
/// encode) on a corpus, with the JSON discarded instead of written, so the figure is Recoupe's
/// and not the disk's.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure end-to-end annotation throughput on a corpus.",
        discussion: """
        Runs what `recoupe annotate --stdout` runs (read, decode, pipeline, JSON encoding) on every \
        .txt/.md file under CORPUS, discarding the JSON. Prints documents/s, MB/s (of input bytes), \
        tokens/s, CPU time (user + system: CPU time / wall time = cores actually busy) and peak \
        resident memory as a table, or as one JSON object with --json. With \
        --repeat N the corpus is annotated N times and the fastest pass is reported. Default \
        corpus: ../shared/corpus/eltec-fra beside the repository (ELTeC-fra: GitHub \
        COST-ELTeC/ELTeC-fra, folder plain1/).
        """
    )

    @Argument(help: ArgumentHelp("A folder or file of texts (default: ../shared/corpus/eltec-fra).", valueName: "corpus"))
    var corpus: String?

    @Option(name: .shortAndLong, help: "Parallel jobs (default: 1).")
    var jobs: Int = 1

    @Option(name: .long, help: "Annotate the corpus this many times; report the fastest pass.")
    var `repeat`: Int = 1

    @Flag(name: .long, help: "Print one JSON object instead of the table.")
    var json = false

    @OptionGroup var annotation: AnnotationOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1.") }
    }

    func run() throws {
        guard let path = corpus ?? Self.defaultCorpus() else {
            throw ValidationError("""
            No corpus given and ../shared/corpus/eltec-fra not found. Give a folder of .txt files, e.g. \
            ELTeC-fra's plain1/ folder (GitHub COST-ELTeC/ELTeC-fra).
            """)
        }
        let items = InputCollector().collect([path])
        let files = items.filter { if case .file = $0 { return true } else { return false } }
        if files.isEmpty { throw ValidationError("\(path): no .txt or .md files to annotate.") }

        var best: BatchSummary? = nil
        var failures = 0
        for _ in 0..<`repeat` {
            let runner = BatchRunner(jobs: jobs, options: annotation.pipelineOptions)
            var discarded = 0
            let (summary, failed) = try runner.run(files, output: .lines({ discarded += $0.count }))
            failures = failed.count
            if best == nil || summary.elapsed < best!.elapsed { best = summary }
        }
        let result = BenchResult(corpus: path, jobs: jobs, summary: best!, failures: failures,
                                 peakRSSBytes: Self.peakRSSBytes(), cpuSeconds: Self.cpuSeconds() / Double(`repeat`))
        print(json ? result.json : result.table)
        if failures > 0 { throw ExitCode(1) }
    }

    /// `../shared/corpus/eltec-fra` relative to the current folder, then to the repository that
    /// holds this executable (`.build/<config>/recoupe`).
    static func defaultCorpus() -> String? {
        var candidates = [FileManager.default.currentDirectoryPath + "/../shared/corpus/eltec-fra"]
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let repo = exe.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(repo.deletingLastPathComponent().appendingPathComponent("shared/corpus/eltec-fra").path)
        var isDir: ObjCBool = false
        return candidates.first { FileManager.default.fileExists(atPath: $0, isDirectory: &isDir) && isDir.boolValue }
            .map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// The process's peak resident set size: VmHWM from /proc/self/status on Linux, which starts
    /// afresh at exec (getrusage's ru_maxrss survives exec, so a child of a large process — a
    /// Python script that loaded spaCy — would report its parent's peak); getrusage elsewhere.
    /// User + system CPU time of the process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func peakRSSBytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kB = Int(line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") {
            return kB * 1024
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}

/// One `recoupe bench` measurement.
struct BenchResult {
    var corpus: String
    var jobs: Int
    var summary: BatchSummary
    var failures: Int
    var peakRSSBytes: Int
    /// CPU seconds per pass (user + system, averaged over the passes): with several jobs,
    /// `cpuSeconds / seconds` is the parallelism actually obtained.
    var cpuSeconds: Double

    var seconds: Double { summary.elapsed }
    var documentsPerSecond: Double { seconds > 0 ? Double(summary.documents) / seconds : 0 }
    var megabytesPerSecond: Double { seconds > 0 ? Double(summary.bytes) / 1e6 / seconds : 0 }
    var tokensPerSecond: Double { seconds > 0 ? Double(summary.tokens) / seconds : 0 }

    var table: String {
        let rows: [(String, String)] = [
            ("corpus", corpus),
            ("jobs", "\(jobs)"),
            ("documents", "\(summary.documents)" + (failures > 0 ? " (\(failures) failed)" : "")),
            ("input", fixed(Double(summary.bytes) / 1e6, 1) + " MB"),
            ("tokens", "\(summary.tokens)"),
            ("sentences", "\(summary.sentences)"),
            ("time", fixed(seconds, 3) + " s"),
            ("CPU time", fixed(cpuSeconds, 3) + " s per pass (\(fixed(seconds > 0 ? cpuSeconds / seconds : 0, 2)) cores busy)"),
            ("documents/s", fixed(documentsPerSecond, 1)),
            ("MB/s", fixed(megabytesPerSecond, 2)),
            ("tokens/s", fixed(tokensPerSecond, 0)),
            ("peak RSS", fixed(Double(peakRSSBytes) / 1e6, 1) + " MB"),
        ]
        let width = rows.map(\.0.count).max()!
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }.joined(separator: "\n")
    }

    var json: String {
        var w = JSONWriter()
        w.beginObject()
        w.key("corpus"); w.value(corpus)
        w.key("jobs"); w.value(jobs)
        w.key("documents"); w.value(summary.documents)
        w.key("failures"); w.value(failures)
        w.key("bytes"); w.value(summary.bytes)
        w.key("tokens"); w.value(summary.tokens)
        w.key("sentences"); w.value(summary.sentences)
        w.key("seconds"); w.value(seconds)
        w.key("cpu_seconds"); w.value(cpuSeconds)
        w.key("documents_per_s"); w.value(documentsPerSecond)
        w.key("mb_per_s"); w.value(megabytesPerSecond)
        w.key("tokens_per_s"); w.value(Int(tokensPerSecond.rounded()))
        w.key("peak_rss_bytes"); w.value(peakRSSBytes)
        w.key("recoupe"); w.value(RecoupeVersion.string)
        w.key("icu"); w.value(ICUVersion.icu)
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    private func fixed(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }
}
