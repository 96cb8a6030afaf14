// swift-tools-version:6.1
// Recoupe's benchmarks: a package of its own (as swift-nio's Benchmarks/), so that `swift build`
// and `swift test` at the repository root never build package-benchmark.
//
//   cd Benchmarks && swift package benchmark            # or: make bench (from the root)
//   swift package benchmark thresholds check            # compare with Thresholds/
import PackageDescription

// A path dependency's identity is its folder's name, which depends on where the repository was
// cloned ("recoupe", "main", "wt-bench" ...): derive it instead of spelling it.
let rootPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "recoupe"

let package = Package(
    name: "RecoupeBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../"),
        // The malloc interposer gives allocation counts; its other default trait (the Swift 6.3
        // runtime interposer) needs a package this toolchain's mirror does not carry.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        // Only for the SHA-256 comparison (HashBenchmarks.swift); the main package does not use it.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The floor the tokenizer is measured against: ICU's word BreakIterator alone, in C.
        .target(
            name: "ICUWordBreakReference",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .executableTarget(
            name: "RecoupeBenchmarks",
            dependencies: [
                .product(name: "Recoupe", package: rootPackage),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Crypto", package: "swift-crypto"),
                "ICUWordBreakReference",
            ],
            path: "Benchmarks/RecoupeBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
