import RecoupeICU
/// An ordered list of stages, checked once for their requirements.
///
/// ```swift
/// let pipeline = try Pipeline.standard()
/// var doc = Document(id: "seed", text: text)
/// try pipeline.run(&doc)
/// ```
public final class Pipeline {
    public let stages: [any Stage]

    /// Fails when a stage requires or rewrites a layer no earlier stage produces, or produces a
    /// layer an earlier stage already produced (it would overwrite it).
    public init(_ stages: [any Stage]) throws {
        var available: Set<Layer> = [.text]
        for stage in stages {
            for layer in stage.requires + stage.rewrites where !available.contains(layer) {
                throw StageError(stage: stage.name, document: "(pipeline)",
                                 reason: "requires layer '\(layer.rawValue)' which no earlier stage produces")
            }
            for layer in stage.produces where available.contains(layer) {
                throw StageError(stage: stage.name, document: "(pipeline)",
                                 reason: "produces layer '\(layer.rawValue)' which an earlier stage already produced")
            }
            available.formUnion(stage.produces)
        }
        self.stages = stages
    }

    public func run(_ document: inout Document) throws {
        for stage in stages {
            // A worker's run was interrupted (SIGTERM): abandon this document between stages, and
            // after a stage that stopped early (see `Cancellation`).
            try Cancellation.check()
            do {
                try stage.run(&document)
                try Cancellation.check()
            } catch let error as Cancellation.Cancelled {
                throw error
            } catch let error as StageError {
                throw error
            } catch {
                throw StageError(stage: stage.name, document: document.id, reason: "\(error)")
            }
            document.layers.append(contentsOf: stage.produces)
            if document.scalars.count >= Self.releaseMemoryAbove { FreeMemory.release() }
        }
    }

    /// Code points above which the stages' freed memory is handed back to the system after each
    /// stage (a few milliseconds; a large document's temporary tables are tens of megabytes).
    static let releaseMemoryAbove = 1 << 20
}
