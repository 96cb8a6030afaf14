import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

/// `recoupe compare`: puts sources side by side (see docs/compare.md).
struct Compare: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, md, html }

    static let configuration = CommandConfiguration(
        commandName: "compare",
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

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output (with --stories: a folder).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "Language of the HTML page: fr (default) or en.")
    var ui: PageLanguage = .fr

    @Flag(name: .long, help: "Group the inputs into stories (shared uncommon entities, dates within 3 days) and compare each story: -o DIR gets index.FORMAT and story-NNN.FORMAT.")
    var stories = false

    @OptionGroup var annotation: AnnotationOptions

    @OptionGroup var metadata: ArticleMetadataOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give the sources to compare.") }
        try metadata.validate(perInput: inputs)
        if stories && output == nil { throw ValidationError("--stories writes a folder of pages: give it with -o DIR.") }
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
        if stories, let output {
            try writeStories(documents, to: output, diagnostics: diagnostics)
            return
        }
        let comparison = SourceComparer().compare(documents)
        let bytes = try render(comparison, documents)
        if let output {
            try AtomicFile.write([UInt8](bytes), to: output)
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }

    func render(_ comparison: Comparison, _ documents: [Document]) throws -> Data {
        switch format {
        case .json: return try comparison.jsonData() + Data([0x0A])
        case .md: return Data(comparison.markdown().utf8)
        case .html: return Data(ComparisonPage(comparison: comparison, documents: documents, ui: ui).render().utf8)
        }
    }

    /// `--stories`: group, compare each story of two or more sources, write its page and the index.
    func writeStories(_ documents: [Document], to folder: String, diagnostics: Diagnostics) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let groups = StoryGrouper().stories(documents)
        var summaries: [StorySummary] = []
        let width = max(3, String(groups.count).count)
        for (n, group) in groups.enumerated() {
            let docs = group.map { documents[$0] }
            let id = "story-" + String(repeating: "0", count: width - String(n + 1).count) + String(n + 1)
            var comparison: Comparison? = nil
            if docs.count > 1 {
                let c = SourceComparer().compare(docs)
                try AtomicFile.write([UInt8](try render(c, docs)), to: folder + "/" + id + "." + format.rawValue)
                comparison = c
            }
            summaries.append(StorySummary(id: id, documents: docs, comparison: comparison))
            diagnostics.status("recoupe: compared \(n + 1) of \(groups.count) stories")
        }
        diagnostics.clearProgress()
        let index = StoryIndexPage(stories: summaries, documentCount: documents.count, pageExtension: format.rawValue)
        let bytes: Data
        switch format {
        case .html: bytes = Data(index.html().utf8)
        case .json, .md:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            bytes = try encoder.encode(summaries) + Data([0x0A])
        }
        try AtomicFile.write([UInt8](bytes), to: folder + "/index." + (format == .html ? "html" : "json"))
        diagnostics.summary("\(documents.count) documents, \(groups.count) stories (\(groups.filter { $0.count > 1 }.count) with several sources) in \(folder)")
    }
}

extension PageLanguage: ExpressibleByArgument {}
