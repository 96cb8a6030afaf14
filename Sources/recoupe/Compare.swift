import ArgumentParser
import Foundation
import Recoupe

/// `recoupe compare`: puts sources side by side (see docs/compare.md).
struct Compare: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, md, html }

    static let configuration = CommandConfiguration(
        abstract: "Compare sources: shared entities, roles, quotations, dates, numbers and divergences.",
        discussion: """
        Inputs are raw articles (.txt, .md; annotated first, as by `annotate`) or annotated JSON \
        (.json, .jsonl), files or folders. JSON is the reference output (documented in \
        docs/compare.md); md is a Markdown report; html is one self-contained page with the sources \
        side by side. Every item carries document ids and code-point offsets.
        """
    )

    @Argument(help: ArgumentHelp("Articles or annotated JSON documents (two or more sources).", valueName: "input"))
    var inputs: [String]

    @Option(name: .long, help: "Output format: json, md or html.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var annotation: AnnotationOptions

    @OptionGroup var metadata: ArticleMetadataOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give the sources to compare.") }
        try metadata.validate(perInput: inputs)
    }

    func run() throws {
        let diagnostics = Diagnostics()
        let documents = try AnnotatedInputs.load(inputs, options: annotation, diagnostics: diagnostics, metadata: metadata)
        guard !documents.isEmpty else { throw ValidationError("No document found in \(inputs.joined(separator: " ")).") }
        guard documents.count >= 2 else {
            throw ValidationError("Give two or more sources to compare (found one document in \(inputs.joined(separator: " "))).")
        }
        if Set(documents.map(\.id)).count < documents.count {
            throw ValidationError("Two inputs have the same document id; rename one (ids come from file names).")
        }
        let comparison = SourceComparer().compare(documents)
        let bytes: Data
        switch format {
        case .json: bytes = try comparison.jsonData() + Data([0x0A])
        case .md: bytes = Data(comparison.markdown().utf8)
        case .html: bytes = Data(ComparisonPage(comparison: comparison, documents: documents).render().utf8)
        }
        if let output {
            try AtomicFile.write([UInt8](bytes), to: output)
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }
}
