import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

/// `recoupe lexicon …`: generate and check entity lexicons.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Generate or check entity lexicons.",
        subcommands: [Geography.self, Check.self]
    )

    struct Geography: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "geography",
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
        /// CPU time of this process (a loaded machine inflates wall time, not this).
        static func cpuSeconds() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }

        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Parse lexicon files and compile them with the shipped ones; print counts and build time."
        )

        @Argument(help: ArgumentHelp("Extra lexicon files.", valueName: "path"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("Instead: build a gazetteer of N synthetic entries and time building and matching the seeds.", valueName: "n"))
        var synthetic: Int?

        func run() throws {
            if let n = synthetic {
                let t0 = Date()
                var entries = Gazetteer.syntheticEntries(count: n)
                let t1 = Date()
                let c1 = Self.cpuSeconds()
                var lexicon = Lexicon()
                lexicon.add(entries)
                let sample = entries.prefix(500).map(\.canonical)
                entries = []  // the lexicon holds them now: a second array of a million entries is not the gazetteer's memory
                let g = try Gazetteer(lexicon: lexicon, nameKey: nil)
                let t2 = Date()
                let c2 = Self.cpuSeconds()
                // Matching: a French text of about 1 MB (the repository's seeds, repeated: found
                // beside the shipped Lexicons/, so this works outside the repository too; else
                // sentences made of the synthetic names).
                let seedDir = ["seeds", LexiconLocator.shippedDirectory().map { ($0 as NSString).deletingLastPathComponent + "/seeds" }]
                    .compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
                let seeds = try seedDir.map { dir in try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted().map { dir + "/" + $0 } } ?? []
                var base = try seeds.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined(separator: "\n\n")
                if base.isEmpty { base = sample.map { "Selon \($0), la réunion a eu lieu à Paris." }.joined(separator: " ") }
                let text = Array(repeating: base, count: max(1, 1_000_000 / max(1, base.utf8.count))).joined(separator: "\n\n")
                var doc = Document(id: "bench", text: text)
                try Tokenizer().run(&doc)
                try TokenNormalizer().run(&doc)
                try SentenceSplitter().run(&doc)
                let t3 = Date()
                let c3 = Self.cpuSeconds()
                let matches = g.matches(in: doc)
                let t4 = Date()
                let c4 = Self.cpuSeconds()
                let mb = Double(text.utf8.count) / 1e6
                print("synthetic entries: \(n)  patterns: \(g.patternCount)  trie nodes: \(g.nodeCount)")
                print(String(format: "generate %.3f s; build %.3f s wall, %.3f s CPU; match %.2f MB (%d tokens) in %.3f s wall, %.3f s CPU = %.1f MB/s CPU, %.0f tokens/s CPU, %d matches",
                             t1.timeIntervalSince(t0), t2.timeIntervalSince(t1), c2 - c1, mb, doc.tokens.count, t4.timeIntervalSince(t3), c4 - c3,
                             mb / (c4 - c3), Double(doc.tokens.count) / (c4 - c3), matches.count))
                return
            }
            let options = Pipeline.Options(lexicons: paths)
            let g = try Gazetteer.cached(for: options)
            print("entries: \(g.lexicon.count)  patterns: \(g.patternCount)  build: \(String(format: "%.3f", g.buildSeconds)) s  lexicons: \(LexiconLocator.shippedDirectory() ?? "(none)")")
        }
    }
}
