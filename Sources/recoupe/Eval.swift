import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

/// `recoupe eval`: annotates gold documents and scores the result (README, "Measuring quality").
struct Eval: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, json }

    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure Recoupe against hand-annotated gold: entities, quotations, speakers, roles, dates.",
        discussion: """
        GOLD is a folder of gold JSON files (Tests/RecoupeTests/Gold/wikinews-fr: the keys and code-point \
        offsets of Recoupe's output; split.tsv beside them), a folder of NAME.entities.tsv gold (the seeds), \
        a CoNLL file (.conll, .conllu, .bio; e.g. WikiNEuRal) or an AADS JSON file. Without --split, a gold \
        with dev/test splits is reported per split. --floors FILE (JSON: {"wikinews-fr/dev": {"ents.micro.f1": 0.8}, \
        "wikinews-fr/test": {…}}, keyed by the gold's folder or file name and the split, `all` without one) makes the run fail (exit 1) when a figure is below its floor.
        """
    )

    @Argument(help: ArgumentHelp("Gold folders or files.", valueName: "gold"))
    var gold: [String]

    @Option(name: .long, help: "Only this split (dev, test).")
    var split: String?

    @Option(name: .long, help: ArgumentHelp("Score only this layer (repeatable): ents, quotes, speakers, roles, dates.", valueName: "layer"))
    var layer: [Evaluator.Layer] = []

    @Option(name: .long, help: "Output format: md or json.")
    var format: Format = .md

    @Option(name: .long, help: "Errors listed per kind in the Markdown report.")
    var errors: Int = 5

    @Option(name: .long, help: ArgumentHelp("Fail when a figure is below its floor in this JSON file.", valueName: "file"))
    var floors: String?

    @Option(name: .long, help: ArgumentHelp("Score these annotations (ID.json: gold-shaped or Recoupe output) instead of running Recoupe.", valueName: "dir"))
    var predictions: String?

    @Option(name: .long, help: "Sentences per document for CoNLL gold.")
    var sentencesPerDocument: Int = 20

    @OptionGroup var annotation: AnnotationOptions

    func validate() throws {
        if gold.isEmpty { throw ValidationError("Give a gold folder or file.") }
        if let split, !["dev", "test"].contains(split) { throw ValidationError("--split is dev or test, not '\(split)'.") }
    }

    func run() throws {
        let floorTable: [String: [String: Double]]
        if let floors {
            guard let data = FileManager.default.contents(atPath: floors) else { throw ValidationError("cannot read \(floors)") }
            do { floorTable = try JSONDecoder().decode([String: [String: Double]].self, from: data) } catch {
                throw ValidationError("\(floors): not a floors file ({\"dev\": {\"metric\": floor}}): \(error)")
            }
        } else {
            floorTable = [:]
        }
        let pipeline = try Pipeline.standard(annotation.pipelineOptions)
        let evaluator = Evaluator(layers: layer.isEmpty ? Set(Evaluator.Layer.allCases) : Set(layer))
        var failures: [String] = []
        var reports: [EvalReport] = []
        for path in gold {
            let corpus: GoldCorpus
            do { corpus = try GoldCorpus.load(path, sentencesPerDocument: sentencesPerDocument) } catch let error as GoldCorpus.LoadError {
                throw ValidationError("\(error)")
            }
            let splits = Set(corpus.documents.compactMap(\.split))
            let parts: [(String, GoldCorpus)] = split.map { [($0, corpus.filtered(split: $0))] }
                ?? (splits.isSubset(of: ["dev", "test"]) && splits.count == 2
                    ? [("dev", corpus.filtered(split: "dev")), ("test", corpus.filtered(split: "test"))]
                    : [("all", corpus)])
            for (name, part) in parts {
                let report = try predictions.map { evaluator.score(part, predictions: try Predictions.load($0, for: part)) }
                    ?? evaluator.evaluate(part, pipeline: pipeline)
                reports.append(report)
                let floors = floorTable["\(corpus.name)/\(name)"] ?? floorTable[name] ?? [:]
                for (metric, value, floor) in report.belowFloors(floors) {
                    failures.append("\(report.corpus): \(metric) = \(value.map { String(format: "%.3f", $0) } ?? "not measured") is below its floor \(floor)")
                }
            }
        }
        switch format {
        case .md:
            print(reports.map { $0.markdown(examples: errors) }.joined(separator: "\n"), terminator: "")
        case .json:
            print("[" + (try reports.map { try $0.json() }).joined(separator: ",\n") + "]")
        }
        if !failures.isEmpty {
            for f in failures { FileHandle.standardError.write(Data("recoupe eval: \(f)\n".utf8)) }
            throw ExitCode(1)
        }
    }
}

extension Evaluator.Layer: ExpressibleByArgument {}
