import ArgumentParser
import Foundation
import Recoupe

/// `recoupe lexicon …`: generate and check entity lexicons.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Generate or check entity lexicons.",
        subcommands: [Geography.self, Check.self]
    )

    struct Geography: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the countries, regions, capitals and cities lexicon generated from ICU/CLDR."
        )

        @Option(name: .shortAndLong, help: ArgumentHelp("Output file (standard output when omitted).", valueName: "path"))
        var output: String?

        func run() throws {
            let text = try GeographyLexicon.tsv()
            if let output { try AtomicFile.write(Array(text.utf8), to: output) } else { print(text, terminator: "") }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse lexicon files and compile them with the shipped ones; print counts and build time."
        )

        @Argument(help: ArgumentHelp("Extra lexicon files.", valueName: "path"))
        var paths: [String] = []

        func run() throws {
            let options = Pipeline.Options(lexicons: paths)
            let g = try Gazetteer.cached(for: options)
            print("entries: \(g.lexicon.count)  patterns: \(g.patternCount)  build: \(String(format: "%.3f", g.buildSeconds)) s  lexicons: \(LexiconLocator.shippedDirectory() ?? "(none)")")
        }
    }
}
