import Foundation
import Testing

/// Package.swift lists, for every target, each of the package's targets its sources import. SwiftPM rebuilds a
/// target when a target it lists changes; one reached only through another (RecoupeCore through RecoupeText) was
/// left compiled against an old struct layout by an incremental build, and `annotate --registry` crashed.
@Suite("Package.swift: direct dependencies")
struct ManifestDependencyTests {
    @Test func everyImportedTargetIsListed() throws {
        let whole = try String(contentsOfFile: Repo.path("Package.swift"), encoding: .utf8)
        // The targets, not the products (which name some of them too).
        let manifest = whole[try #require(whole.range(of: "\n    targets: ["), "no targets section").upperBound...]
        let fm = FileManager.default
        let targets = try fm.contentsOfDirectory(atPath: Repo.path("Sources")).filter { !$0.hasPrefix(".") }
        #expect(targets.count > 5)
        for target in targets {
            // The target's declaration: from its name to the next target's.
            let name = try #require(manifest.range(of: "name: \"\(target)\""), "\(target) not declared")
            let rest = manifest[name.upperBound...]
            let next = [".target(", ".executableTarget(", ".testTarget("].compactMap { rest.range(of: $0)?.lowerBound }.min() ?? rest.endIndex
            let declaration = rest[..<next]
            for imported in try imports(of: target, fm) where imported != target && targets.contains(imported) {
                #expect(declaration.contains("\"\(imported)\""), "\(target) imports \(imported) but Package.swift does not list it")
            }
        }
    }

    func imports(of target: String, _ fm: FileManager) throws -> Set<String> {
        let dir = Repo.path("Sources/\(target)")
        var found = Set<String>()
        for case let file as String in fm.enumerator(atPath: dir)! where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                if let i = words.firstIndex(of: "import"), i + 1 < words.count, words[..<i].allSatisfy({ $0.hasPrefix("@") }) {
                    found.insert(String(words[i + 1]))
                }
            }
        }
        return found
    }
}
