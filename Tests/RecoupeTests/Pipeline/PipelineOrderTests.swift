@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
import Testing

/// Stage contracts (`requires`, `produces`, `rewrites`) are checked when a pipeline is built: each
/// wrong order below is refused with the stage and the layer named, and the standard order passes.
@Suite("Pipeline: stage order")
struct PipelineOrderTests {
    /// A wrong order, the stage the check stops at, and the layer it names.
    struct WrongOrder: CustomTestStringConvertible, Sendable {
        var name: String
        var stages: @Sendable () throws -> [any Stage]
        var refusedStage: String
        var layer: Layer
        var testDescription: String { name }
    }

    static let wrongOrders: [WrongOrder] = [
        WrongOrder(name: "norms before tokens", stages: { [try TokenNormalizer(), try Tokenizer()] },
                   refusedStage: "normalize", layer: .tokens),
        WrongOrder(name: "sentences before tokens", stages: { [try SentenceSplitter(), try Tokenizer()] },
                   refusedStage: "sentences", layer: .tokens),
        WrongOrder(name: "entities before sentences",
                   stages: { [try Tokenizer(), try TokenNormalizer(), try EntityRecognizer(), try SentenceSplitter()] },
                   refusedStage: "entities", layer: .sentences),
        // QuoteFinder reads mentions (speakers): it must follow the entities stage.
        WrongOrder(name: "quotes before entities",
                   stages: { [try Tokenizer(), try TokenNormalizer(), try SentenceSplitter(), try QuoteFinder(), try EntityRecognizer()] },
                   refusedStage: "quotes", layer: .entities),
        // DateRecognizer merges DATE mentions into the entities layer; run before it, its mentions would be overwritten.
        WrongOrder(name: "dates before entities",
                   stages: { [try Tokenizer(), try TokenNormalizer(), try SentenceSplitter(), DateRecognizer(), try EntityRecognizer()] },
                   refusedStage: "dates", layer: .entities),
        // A layer produced twice: the second entities stage would drop the dates' mentions.
        WrongOrder(name: "entities produced twice",
                   stages: { [try Tokenizer(), try TokenNormalizer(), try SentenceSplitter(), try EntityRecognizer(), DateRecognizer(),
                              try EntityRecognizer()] },
                   refusedStage: "entities", layer: .entities),
        WrongOrder(name: "tokens produced twice", stages: { [try Tokenizer(), try Tokenizer()] },
                   refusedStage: "tokenize", layer: .tokens),
    ]

    @Test("a wrong order is refused, naming the stage and the layer", arguments: wrongOrders)
    func wrongOrderIsRefused(_ order: WrongOrder) throws {
        let stages = try order.stages()
        let error = try #require(throws: StageError.self) { try Pipeline(stages) }
        #expect(error.stage == order.refusedStage)
        #expect(error.reason.contains("'\(order.layer.rawValue)'"))
    }

    @Test("the standard pipeline satisfies every contract")
    func standardOrderPasses() throws {
        let pipeline = try Pipeline.standard()
        #expect(pipeline.stages.map(\.name) == ["language", "tokenize", "normalize", "sentences", "entities", "dates", "quotes"])
    }

    @Test("declared contracts: what each stage reads, writes and rewrites")
    func declaredContracts() throws {
        let splitter = try SentenceSplitter()
        #expect(splitter.rewrites == [.tokens])  // the sentence_start shape flag
        #expect(try QuoteFinder().requires.contains(.entities))
        #expect(DateRecognizer().requires.contains(.entities))
        #expect(DateRecognizer().rewrites == [.entities])  // DATE mentions merged into `mentions`
    }

    @Test("document layers are typed and recorded in order")
    func layersRecorded() throws {
        var doc = Document(id: "t", text: "Le président a déclaré : « Nous verrons. »")
        try Pipeline.standard().run(&doc)
        #expect(doc.layers == [.language, .tokens, .norms, .sentences, .paragraphs, .entities, .dates, .quotes])
    }
}
