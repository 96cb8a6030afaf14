import Benchmark
import Foundation
import Recoupe

/// Pipeline construction (issue 16: ≤ 50 ms of CPU): what every `recoupe` process builds before its
/// first document — the gazetteer with its person-name keys, the given-name and place tables, the
/// language profiles, the NER model, then `Pipeline.standard` over them. The process-wide caches
/// would make every iteration after the first free, so each iteration builds the tables itself;
/// name keys come from `NameKeyStore.shared` as in the CLI (its file under the user's cache folder,
/// warm after the first iteration: the figure is a warm start, the common case).
func registerConstructionBenchmarks(thresholds: [BenchmarkMetric: BenchmarkThresholds]) {
    Benchmark("pipeline construction", configuration: .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 10, thresholds: thresholds
    )) { benchmark in
        let options = Pipeline.Options()
        guard let dir = LexiconLocator.directory(for: options) else {
            benchmark.error("no Lexicons/ folder"); return
        }
        for _ in benchmark.scaledIterations {
            let gazetteer = try Gazetteer(lexicon: Lexicon.load(options), nameKey: NameKeyMemo(store: .shared))
            let given = NameTable(shipped: "names/given-names.tsv")
            let places = NameTable(shipped: "names/places.tsv")
            let language = try LanguageModel.load(directory: dir + "/language")
            let model = try NERModel.load(path: dir + "/" + NERModel.relativePath)
            let pipeline = try Pipeline.standard(options)
            if gazetteer.patternCount == 0 || given.entries.isEmpty { benchmark.error("empty gazetteer or given-name table") }
            blackHole((gazetteer, given, places, language, model, pipeline))
        }
    }
}
