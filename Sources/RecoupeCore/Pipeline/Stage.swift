import RecoupeICU
/// One step of the pipeline: reads some layers of a document and adds others.
///
/// As in CoreNLP's `Annotator`, each stage declares what it requires and produces; `Pipeline`
/// checks the order once when it is built, not per document. Stages may hold ICU objects, which
/// are not thread-safe: build one pipeline per worker.
public protocol Stage: AnyObject {
    /// Short stage name ("tokenize"), used in errors and benchmarks.
    var name: String { get }
    /// Layers that must exist before this stage runs.
    var requires: [Layer] { get }
    /// Layers this stage adds. A layer is produced once: a second producer would overwrite it.
    var produces: [Layer] { get }
    /// Layers an earlier stage produced that this stage also changes (the sentence splitter sets
    /// the tokens' `sentence_start` shape; the dates stage merges DATE mentions into the entities
    /// layer). They must exist before the stage runs, like `requires`.
    var rewrites: [Layer] { get }
    func run(_ document: inout Document) throws
}

extension Stage {
    /// Most stages only add layers.
    public var rewrites: [Layer] { [] }
}

/// The names of document layers, for ordering checks.
public enum Layer: String, Sendable, CaseIterable {
    case text, tokens, norms, sentences, paragraphs, language, entities, dates, quotes
}

/// A stage failure: which stage, which document, why.
public struct StageError: Error, CustomStringConvertible {
    public var stage: String
    public var document: String
    public var reason: String

    public var description: String { "\(document): \(stage): \(reason)" }
}
