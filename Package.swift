// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Recoupe",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Recoupe", targets: ["Recoupe"]),
        .executable(name: "recoupe", targets: ["recoupe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The corpus-wide name registry (Sources/Recoupe/Registry): SQLite with WAL and migrations.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
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
        .target(
            name: "Recoupe",
            dependencies: [
                "CICU",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "recoupe",
            dependencies: [
                "Recoupe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "RecoupeTests",
            dependencies: ["Recoupe", "CICU"],
            // Data read from the repository by path (Repo.path), not bundled: hand-annotated gold
            // files, test fixtures and the inputs the fuzzers found (see Fuzz/run-fuzzers.sh).
            exclude: ["Gold", "Fixtures", "Batch/FuzzRegressions"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
