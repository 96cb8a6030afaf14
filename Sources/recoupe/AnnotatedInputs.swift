import ArgumentParser
import Foundation
import Recoupe

/// Inputs of `compare`, `names report` and `export`: annotated JSON (`.json`, `.jsonl`) read as
/// is, raw articles (`.txt`, `.md`) annotated first with the same options as `annotate`.
enum AnnotatedInputs {
    static func load(_ paths: [String], options: AnnotationOptions, diagnostics: Diagnostics) throws -> [Document] {
        var collector = InputCollector()
        collector.extensions = ["txt", "md", "json", "jsonl"]
        var pipeline: Pipeline? = nil
        var documents: [Document] = []
        let reader = DocumentReader()
        for item in collector.collect(paths) {
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
                    var doc = try reader.read(path: path)
                    if let lang = options.lang { doc.source.language = lang }
                    try pipeline!.run(&doc)
                    documents.append(doc)
                }
            }
        }
        return documents
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
