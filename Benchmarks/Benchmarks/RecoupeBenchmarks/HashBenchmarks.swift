import Benchmark
import Crypto
import Foundation
import Recoupe
import RecoupeText

/// SHA-256 of the benchmark sample, what every ingested document costs. Issue 12 asked for
/// swift-crypto unless a benchmark showed Recoupe's plain-Swift SHA-256 faster; measured here on
/// 2026-12-03 it was 115 MB/s against swift-crypto's 1,555 MB/s (p50), so `RecoupeText.SHA256`
/// now wraps swift-crypto (docs/performance.md). This checks the wrapper costs nothing over it.
func registerHashBenchmarks(thresholds: [BenchmarkMetric: BenchmarkThresholds]) {
    let bytes = BenchCorpus.totalBytes
    let reference = BenchCorpus.raw.map { raw in Crypto.SHA256.hash(data: raw).map { String(format: "%02x", $0) }.joined() }
    Benchmark("SHA-256 (RecoupeText.SHA256, swift-crypto)") { benchmark in
        var digests: [String] = []
        timed(benchmark, bytes: bytes) { digests = BenchCorpus.raw.map { RecoupeText.SHA256.hex($0) } }
        expect(benchmark, "digests equal to Crypto.SHA256's", zip(digests, reference).filter { $0 == $1 }.count, reference.count)
    }
    Benchmark("SHA-256 (Crypto.SHA256 directly)") { benchmark in
        var digests: [Crypto.SHA256.Digest] = []
        timed(benchmark, bytes: bytes) { digests = BenchCorpus.raw.map { Crypto.SHA256.hash(data: $0) } }
        expect(benchmark, "digests", digests.count, reference.count)
    }
}
