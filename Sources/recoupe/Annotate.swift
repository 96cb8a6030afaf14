import ArgumentParser
import Foundation
import Recoupe

/// Options that change how documents are annotated (shared by `annotate`, `compare`, `bench`).
struct AnnotationOptions: ParsableArguments {
    @Option(name: .long, help: "Document language (fr, en, ru, uk); detected when omitted.")
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("An extra lexicon file (repeatable; later files override earlier ids).", valueName: "path"))
    var lexicon: [String] = []

    var pipelineOptions: Pipeline.Options {
        Pipeline.Options(language: lang, lexicons: lexicon)
    }
}

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate files and folders of articles.",
        discussion: """
        Inputs are files, folders (recursive; .txt and .md) or - for standard input. Each input gives \
        one NAME.json under the output folder (folder structure mirrored), or one JSON line on standard \
        output with --stdout. A summary line ends the run. Exit status: 0 when every input succeeded, \
        1 when some failed (each named on stderr with its reason), 2 on usage errors.
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to annotate (- for standard input).", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder for NAME.json files.", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Write JSON Lines to standard output instead of files.")
    var stdout = false

    @Option(name: .shortAndLong, help: "Parallel jobs (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Redo inputs whose output already exists.")
    var force = false

    @OptionGroup var annotation: AnnotationOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file or folder (or - for standard input).") }
        if output == nil && !stdout { throw ValidationError("Choose an output: -o DIR or --stdout.") }
        if output != nil && stdout { throw ValidationError("-o and --stdout exclude each other.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let diagnostics = Diagnostics()
        var items: [InputCollector.Item] = []
        var stdinDoc: [UInt8]? = nil
        for p in paths {
            if p == "-" { stdinDoc = try FileReader.readStandardInput() } else { items.append(contentsOf: InputCollector().collect([p])) }
        }
        for case .skipped(let path, let reason) in items { diagnostics.note("skipped \(path): \(reason)") }

        let runner = BatchRunner(jobs: jobs, options: annotation.pipelineOptions)
        runner.force = force
        var errorLog: [BatchRunner.Failure] = []
        runner.onFailure = { f in
            diagnostics.error("\(f.path): \(f.reason)")
            errorLog.append(f)
        }
        let out = StandardOutput()
        var (summary, _) = try runner.run(items, output: output.map { .directory($0) } ?? .lines({ out.writeLine($0) }))

        if let stdinDoc {
            do {
                let t0 = Date()
                var doc = try runner.reader.document(bytes: stdinDoc, path: nil, id: "stdin", language: annotation.lang ?? "fr")
                try Pipeline.standard(annotation.pipelineOptions).run(&doc)
                let json = DocumentJSON.encode(doc)
                if let output { try AtomicFile.write(json + [0x0A], to: output + "/stdin.json") } else { out.writeLine(json[...]) }
                summary.documents += 1
                summary.bytes += stdinDoc.count
                summary.tokens += doc.tokens.count
                summary.sentences += doc.sentences.count
                summary.elapsed += Date().timeIntervalSince(t0)
            } catch {
                diagnostics.error("<stdin>: \(error)")
                errorLog.append(.init(path: "<stdin>", stage: "annotate", reason: "\(error)"))
                summary.errors += 1
            }
        }
        out.flush()
        if let output, !errorLog.isEmpty { try ErrorLog.write(errorLog, to: output + "/errors.jsonl") }
        diagnostics.summary(summary.line)
        if summary.errors > 0 { throw ExitCode(1) }
    }
}
