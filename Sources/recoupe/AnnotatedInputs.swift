import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

/// Inputs of `compare`, `names report` and `export`: annotated JSON (`.json`, `.jsonl`) read as
/// is, raw articles (`.txt`, `.md`) annotated first with the same options as `annotate`.
enum AnnotatedInputs {
    /// `metadata`: `--date`/`--outlet` given once per input path, in order (compare).
    static func load(_ paths: [String], options: AnnotationOptions, diagnostics: Diagnostics,
                     metadata: ArticleMetadataOptions? = nil) throws -> [Document] {
        var collector = InputCollector()
        collector.extensions = ["txt", "md", "json", "jsonl"]
        var pipeline: Pipeline? = nil
        var documents: [Document] = []
        var reader = DocumentReader()
        let all = paths.map { collector.collect([$0]) }
        let total = all.reduce(0) { $0 + $1.count }
        for (n, input) in paths.enumerated() {
            let items = all[n]
            if let metadata, metadata.given {
                guard items.count == 1, case .file(let path, _)? = items.first, !path.hasSuffix(".json"), !path.hasSuffix(".jsonl") else {
                    throw InputError(description: "\(input): --date and --outlet apply to one article file each (.txt, .md), not to a folder or annotated JSON")
                }
                reader.date = metadata.date.isEmpty ? nil : metadata.date[n]
                reader.outlet = metadata.outlet.isEmpty ? nil : metadata.outlet[n]
            }
            try load(items, options: options, diagnostics: diagnostics, reader: reader, pipeline: &pipeline, into: &documents, total: total)
        }
        diagnostics.clearProgress()
        return documents
    }

    static func load(_ items: [InputCollector.Item], options: AnnotationOptions, diagnostics: Diagnostics, reader: DocumentReader,
                     pipeline: inout Pipeline?, into documents: inout [Document], total: Int) throws {
        for item in items {
            switch item {
            case .skipped(let path, let reason):
                diagnostics.note("skipped \(path): \(reason)")
            case .failed(let error):
                // An input that cannot be read is no usage error: exit 1, no usage text.
                throw InputError(description: "\(error)")
            case .file(let path, _):
                if path.hasSuffix(".json") {
                    documents.append(try decode(Data(contentsOf: URL(fileURLWithPath: path)), path))
                } else if path.hasSuffix(".jsonl") {
                    let data = try Data(contentsOf: URL(fileURLWithPath: path))
                    for (n, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
                        documents.append(try decode(Data(line), "\(path):\(n + 1)"))
                    }
                } else {
                    if pipeline == nil { pipeline = try Pipeline.standard(options.pipelineOptions) }
                    var doc: Document
                    do { doc = try reader.read(path: path) } catch let e as IngestError { throw InputError(description: e.description) }
                    if let lang = options.lang { doc.source.language = lang }
                    try pipeline!.run(&doc)
                    // As annotate does: lost bytes, front matter problems and unresolvable dates.
                    for w in doc.warnings where w.stage == "ingest" || w.code == "no-anchor" {
                        diagnostics.warning("\(path): \(w.message)")
                    }
                    documents.append(doc)
                }
            }
            // On a terminal only: a corpus of thousands of articles takes a while to annotate.
            diagnostics.status("recoupe: read \(documents.count) of about \(total) inputs")
        }
    }

    /// Reads one annotated document, naming the input when it is not one.
    static func decode(_ data: Data, _ place: String) throws -> Document {
        do { return try DocumentJSON.decode(data) } catch {
            throw InputError(description: "\(place): not an annotated Recoupe document (\(error))")
        }
    }

    /// An input that could not be read or decoded (exit status 1, not a usage error).
    struct InputError: Error, CustomStringConvertible {
        var description: String
    }
}
