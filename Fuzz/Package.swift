// swift-tools-version:6.0
// libFuzzer targets over Recoupe (issue 7), a package of its own so the main build is untouched.
// Built and run by run-fuzzers.sh (`make fuzz`): swift build -Xswiftc -sanitize=fuzzer,address.
import PackageDescription

let package = Package(
    name: "RecoupeFuzz",
    dependencies: [.package(name: "Recoupe", path: "../")],
    targets: [
        // Raw bytes → TextDecoder (BOMs, UTF-16 guess, invalid UTF-8, ICU charset detection).
        .executableTarget(name: "FuzzDecode", dependencies: [.product(name: "Recoupe", package: "Recoupe")]),
        // Bytes → decoded text → the whole standard pipeline, with the span invariants checked.
        .executableTarget(name: "FuzzTokenize", dependencies: [.product(name: "Recoupe", package: "Recoupe")]),
    ],
    swiftLanguageModes: [.v6]
)
