import RecoupeCore
import RecoupeText
import Foundation

/// Throughput of the tagger alone (`recoupe train speed`, the `Benchmarks/` entry): documents are
/// tokenized and the rules run beforehand (``init(texts:model:options:)``); ``run()`` tags them all, on
/// the calling thread, with the per-type cache warm after the first pass.
public final class TaggerThroughput {
    public struct Result: Sendable {
        public var bytes: Int
        public var tokens: Int
        public var mentions: Int
        /// CPU time of the calling thread (a loaded machine inflates wall time, not this).
        public var seconds: Double
        public var megabytesPerSecond: Double { Double(bytes) / 1e6 / max(seconds, 1e-9) }
    }

    private var prepared: [(DocumentContext, [RuleTag])] = []
    private let tagger: EntityTagger
    /// UTF-8 bytes and tokens (space tokens included) of the prepared texts.
    public private(set) var bytes = 0, tokens = 0

    public init(texts: [String], model: NERModel, options: Pipeline.Options = Pipeline.Options(language: "fr")) throws {
        var rulesOnly = options
        rulesOnly.ner = .rules
        let recognizer = try EntityRecognizer(options: rulesOnly)
        let front = try NERTrainer.frontPipeline()
        for (i, t) in texts.enumerated() {
            let doc = try NERTrainer.document(LabeledText(id: "t\(i)", text: t, entities: []), front)
            let ctx = DocumentContext(doc)
            let (c, d) = recognizer.ruleCandidates(doc, ctx)
            prepared.append((ctx, TaggerFeatures.ruleTags(c + d, tokenCount: doc.tokens.count)))
            bytes += t.utf8.count
            tokens += doc.tokens.count
        }
        tagger = EntityTagger(model: model, firstNames: recognizer.firstNames)
    }

    /// Tags every prepared text once; returns the number of mentions.
    public func run() -> Int {
        var mentions = 0
        for (ctx, rules) in prepared { mentions += tagger.tag(ctx, rules: rules).count }
        return mentions
    }

    /// `passes` runs, timed in thread CPU time.
    public func measure(passes: Int) -> Result {
        var t0 = timespec(), t1 = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0)
        var mentions = 0
        for _ in 0..<passes { mentions = run() }
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1)
        let seconds = Double(t1.tv_sec - t0.tv_sec) + Double(t1.tv_nsec - t0.tv_nsec) / 1e9
        return Result(bytes: bytes * passes, tokens: tokens * passes, mentions: mentions, seconds: seconds)
    }
}
