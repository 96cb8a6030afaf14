import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore
import RecoupeRegistry

/// `recoupe names report`: every entity of a corpus with its spellings (standalone until it is
/// wired into the `names` group as its `report` subcommand).
struct NamesReport: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, json, md, csv }

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "List every entity met in a corpus with all its spellings, their counts and the documents they came from.",
        discussion: """
        Inputs are raw articles (annotated first) or annotated JSON, files or folders. With \
        --registry FILE the inputs are recorded into that SQLite registry first (inputs already \
        there, by sha256, are skipped) and the report covers everything it holds, earlier batches \
        included; without it the report covers the inputs alone. Formats: tsv and csv (one row per \
        spelling), json, md.
        """
    )

    @Argument(help: ArgumentHelp("Articles or annotated JSON documents (may be empty with --registry).", valueName: "input"))
    var inputs: [String] = []

    @Option(name: .long, help: ArgumentHelp("A registry file to add the inputs to and report from.", valueName: "file"))
    var registry: String?

    @Option(name: .long, help: "Output format: tsv, json, md or csv.")
    var format: Format = .tsv

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("A label for this batch, kept with each recorded document.", valueName: "name"))
    var batch: String?

    @OptionGroup var annotation: AnnotationOptions

    func validate() throws {
        if inputs.isEmpty && registry == nil { throw ValidationError("Give inputs, a --registry, or both.") }
    }

    func run() throws {
        let diagnostics = Diagnostics()
        let store = try registry.map { try NameRegistry.open($0) } ?? NameRegistry.inMemory()
        let documents = try AnnotatedInputs.load(inputs, options: annotation, diagnostics: diagnostics)
        for doc in documents { try store.record(doc, batch: batch) }
        let report = try store.report()
        let bytes: Data
        switch format {
        case .tsv: bytes = Data(report.tsv().utf8)
        case .csv: bytes = Data(report.csv().utf8)
        case .md: bytes = Data(report.markdown().utf8)
        case .json: bytes = try report.jsonData() + Data([0x0A])
        }
        if let output { try AtomicFile.write([UInt8](bytes), to: output) } else { FileHandle.standardOutput.write(bytes) }
    }
}
