// swift-tools-version:6.0
import PackageDescription

// The import graph is the architecture (DESIGN.md draws it):
//   CICU → RecoupeICU → RecoupeCore → RecoupeText → RecoupeNames ─┐
//                                   └→ RecoupeDates, RecoupeQuotes ─┴→ Recoupe → RecoupeRegistry → recoupe
// A lower target never imports a higher one; what two stages share lives in RecoupeCore.
// Linux only (no `platforms:`): the CLI and the batch runner call Glibc directly, and the system
// ICU is linked by name. Swift 6 language mode, complete concurrency checking, for every target.
let package = Package(
    name: "Recoupe",
    products: [
        .library(name: "Recoupe", targets: ["Recoupe"]),
        .library(name: "RecoupeRegistry", targets: ["RecoupeRegistry"]),
        .executable(name: "recoupe", targets: ["recoupe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The corpus-wide name registry (Sources/RecoupeRegistry): SQLite with WAL and migrations.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Article front matter (Sources/RecoupeText/Ingest/FrontMatter.swift): YAML.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // SHA-256 of every input (resume, registry): BoringSSL's, 13x the plain-Swift one we had
        // (Benchmarks/: 1.55 GB/s against 115 MB/s; docs/performance.md).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    // Every target lists each target it imports, not only the one that brings it in: SwiftPM rebuilds a target
    // when a module it lists changes, and with RecoupeCore reached only through RecoupeText an incremental build
    // kept RecoupeNames compiled against an old layout of EntityMention (a crash in `annotate --registry`;
    // swiftlang/swift#89636 describes the same through a re-export).
    targets: [
        // Thin C shim over the system ICU 72: Swift never sees <unicode/*.h> (see DESIGN.md).
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // One Swift type per ICU object (break iterator, normalizer, transliterator, ...).
        .target(name: "RecoupeICU", dependencies: ["CICU"]),
        // Document model, Stage/Pipeline, layers, JSON writer and reader, lexicon locator, and the
        // helpers more than one stage uses (paragraphs, mention insertion, diacritic folding).
        .target(name: "RecoupeCore", dependencies: ["RecoupeICU"]),
        // Text stages: ingest (decoding), language, tokenize, normalize, sentences.
        // Yams only for ingest's YAML front matter, Crypto only for its SHA-256.
        .target(name: "RecoupeText", dependencies: [
            "CICU", "RecoupeICU", "RecoupeCore", .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Names: transliteration and name keys, entity recognition (gazetteer, rules, linking).
        .target(name: "RecoupeNames", dependencies: ["RecoupeICU", "RecoupeCore", "RecoupeText"]),
        // Dates and quotes: stages over tokens, sentences and mentions.
        .target(name: "RecoupeDates", dependencies: ["RecoupeCore"]),
        .target(name: "RecoupeQuotes", dependencies: ["RecoupeCore"]),
        // The umbrella: the standard pipeline, batch runner, comparison, export; re-exports the above.
        .target(
            name: "Recoupe",
            dependencies: ["RecoupeICU", "RecoupeCore", "RecoupeText", "RecoupeNames", "RecoupeDates", "RecoupeQuotes"]
        ),
        // The corpus-wide name registry: the only target that links GRDB.
        .target(
            name: "RecoupeRegistry",
            dependencies: ["Recoupe", "RecoupeCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "recoupe",
            dependencies: [
                "Recoupe",
                "RecoupeCore",
                "RecoupeRegistry",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "RecoupeTests",
            dependencies: [
                "CICU", "RecoupeICU", "RecoupeCore", "RecoupeText", "RecoupeNames", "RecoupeDates",
                "RecoupeQuotes", "Recoupe", "RecoupeRegistry", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // Data read from the repository by path (Repo.path), not bundled: hand-annotated gold
            // files, test fixtures and the inputs the fuzzers found (see Fuzz/run-fuzzers.sh).
            exclude: ["Gold", "Fixtures", "Batch/FuzzRegressions"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
