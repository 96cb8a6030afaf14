import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

/// `recoupe export`: annotated documents in other tools' formats (brat standoff for now).
///
/// A separate subcommand rather than an `annotate` format: brat needs the text beside each
/// `.ann` and a collection configuration, and exporting reads existing annotated JSON without
/// annotating again.
struct Export: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case brat }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export annotated documents for annotation tools (brat / INCEpTION standoff).",
        discussion: """
        Inputs are annotated JSON (.json, .jsonl) or raw articles (annotated first). For each \
        document, ID.txt and ID.ann are written to the output folder, with the collection's \
        annotation.conf and visual.conf: point brat at the folder, or import it into INCEpTION \
        as "brat" format.
        """
    )

    @Argument(help: ArgumentHelp("Annotated JSON documents or articles.", valueName: "input"))
    var inputs: [String]

    @Option(name: .long, help: "Export format: brat.")
    var format: Format = .brat

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var output: String

    @OptionGroup var annotation: AnnotationOptions

    func run() throws {
        let diagnostics = Diagnostics()
        let documents = try AnnotatedInputs.load(inputs, options: annotation, diagnostics: diagnostics)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        // The collection's configuration first: a bad document later must not leave it missing.
        try AtomicFile.write(Array(BratStandoff.annotationConfiguration.utf8), to: output + "/annotation.conf")
        try AtomicFile.write(Array(BratStandoff.visualConfiguration.utf8), to: output + "/visual.conf")
        // File names are unique and bounded (BratFileName); a document that cannot be written is
        // reported and the export goes on.
        var used: [String: String] = [:]
        var failed = 0
        for doc in documents {
            var name = BratFileName.name(for: doc.id)
            if let other = used[name], other != doc.id {
                name = BratFileName.name(for: doc.id + "\u{0}\(used.count)")
            }
            used[name] = doc.id
            do {
                let brat = BratStandoff(doc)
                try AtomicFile.write(Array(brat.text.utf8), to: output + "/" + name + ".txt")
                try AtomicFile.write(Array(brat.annotations.utf8), to: output + "/" + name + ".ann")
            } catch {
                failed += 1
                diagnostics.error("document \(doc.id.debugDescription): cannot export: \(error)")
            }
        }
        diagnostics.summary("exported \(documents.count - failed) of \(documents.count) document(s) to \(output)"
                            + (failed > 0 ? ", \(failed) failed" : ""))
        if failed > 0 { throw ExitCode(1) }
    }
}
