import Benchmark
import Crypto
import Foundation
import Recoupe
import RecoupeText

/// Recoupe's own SHA-256 (`Sources/RecoupeText/Ingest/SHA256.swift`, plain Swift) against
/// swift-crypto's (BoringSSL on Linux) over the benchmark sample, which is what every ingested
/// document costs. Issue 12 asks to use swift-crypto unless this shows the hand-written one faster.
func registerHashBenchmarks(thresholds: [BenchmarkMetric: BenchmarkThresholds]) {
    let bytes = BenchCorpus.totalBytes
    let expected = BenchCorpus.raw.map { RecoupeText.SHA256.hex($0) }
    Benchmark("SHA-256, Recoupe (plain Swift)") { benchmark in
        var digests: [String] = []
        timed(benchmark, bytes: bytes) { digests = BenchCorpus.raw.map { RecoupeText.SHA256.hex($0) } }
        expect(benchmark, "digests equal to swift-crypto's", zip(digests, cryptoDigests()).filter { $0 == $1 }.count, digests.count)
    }
    Benchmark("SHA-256, swift-crypto") { benchmark in
        var digests: [String] = []
        timed(benchmark, bytes: bytes) { digests = cryptoDigests() }
        expect(benchmark, "digests equal to Recoupe's", zip(digests, expected).filter { $0 == $1 }.count, expected.count)
    }
}

private func cryptoDigests() -> [String] {
    BenchCorpus.raw.map { raw in
        Crypto.SHA256.hash(data: raw).map { String(format: "%02x", $0) }.joined()
    }
}
