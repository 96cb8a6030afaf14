import Benchmark
import Foundation
import Recoupe

/// `names cluster` on synthetic spellings (issue 19): the full path (keys and name parts) beside
/// the keys-only path, interleaved, with the expected cluster counts of both.
enum NamesCorpus {
    /// The repository this file is in.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `count` spellings, seeded, as `scripts/names/synth_names.py` makes them: given names from
    /// `Lexicons/names/given-names.tsv`, surnames from the press list, some with a middle name, an
    /// initial, a particle or the family name first.
    static func synthetic(count: Int) -> [(language: String?, name: String)] {
        func rows(_ path: String) -> [[Substring]] {
            let text = (try? String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)) ?? ""
            return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }
        let given = rows("Lexicons/names/given-names.tsv").filter { $0.count > 2 }
            .flatMap { $0[2].split(separator: "|").map(String.init) }.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        let surnames = Set(rows("Tests/RecoupeTests/Fixtures/translit/names-eval.tsv").filter { $0.count > 2 }
            .compactMap { $0[2].split(separator: " ").last.map(String.init) }).sorted()
        precondition(!given.isEmpty && !surnames.isEmpty, "names benchmark: lexicon or press list missing under \(repository.path)")
        let particles = ["van", "de", "von", "van der", "al-"]
        let languages: [String?] = [nil, "fr", "en", "de", "ru"]
        var rng = SplitMix64(seed: 19)
        func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        return (0..<count).map { _ in
            let g = pick(given), s = pick(surnames)
            let r = Double(rng.next() % 1000) / 1000
            let name: String
            if r < 0.15 { name = "\(g) \(pick(given)) \(s)" }
            else if r < 0.25 { name = "\(g.prefix(1)). \(s)" }
            else if r < 0.32 { name = "\(g) \(pick(particles)) \(s)".replacingOccurrences(of: "- ", with: "-") }
            else if r < 0.40 { name = "\(s) \(g)" }
            else { name = "\(g) \(s)" }
            return (pick(languages), name)
        }
    }
}

func registerNameBenchmarks(thresholds: [BenchmarkMetric: BenchmarkThresholds]) {
    let names = NamesCorpus.synthetic(count: 100_000)
    let ratio = BenchmarkMetric.custom("% of keys-only time", polarity: .prefersSmaller, useScalingFactor: false)
    Benchmark("names cluster, 100k synthetic spellings", configuration: .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, ratio], warmupIterations: 0, maxDuration: .seconds(10), maxIterations: 3,
        thresholds: thresholds.filter { [.wallClock, .cpuTotal, .peakMemoryResident].contains($0.key) }
            .merging([ratio: .init(relative: [.p90: 20.0])]) { a, _ in a }
    )) { benchmark in
        let clusterer = NameClusterer()
        // Thread CPU time would miss the key workers; process CPU time of each path, best of two.
        var best = (full: Double.infinity, keys: Double.infinity)
        var clusters = (full: 0, keys: 0)
        for _ in 0..<2 {
            let t0 = processCPUSeconds()
            let full = clusterer.cluster(names)
            let t1 = processCPUSeconds()
            let keys = clusterer.cluster(keys: names.map { NameKey.personKey(for: $0.name, language: $0.language) })
            let t2 = processCPUSeconds()
            best.full = min(best.full, t1 - t0)
            best.keys = min(best.keys, t2 - t1)
            clusters = (Set(full).count, Set(keys).count)
        }
        benchmark.measurement(ratio, Int((100 * best.full / best.keys).rounded()))
        expect(benchmark, "clusters (keys and name parts)", clusters.full, NamesCorpus.Expected.clusters)
        expect(benchmark, "clusters (keys only)", clusters.keys, NamesCorpus.Expected.keyClusters)
    }
}

/// CPU time of the whole process (all threads).
func processCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

extension NamesCorpus {
    /// Cluster counts of the 100,000 synthetic spellings (change with the name tables and rules).
    enum Expected {
        static let clusters = 46_771
        static let keyClusters = 53_933
    }
}
