import Foundation
import Recoupe

/// The fixed text every benchmark runs on, and the counts a correct run must reproduce.
///
/// A sample of ELTeC-fra (public-domain French novels, `../shared/corpus/eltec-fra` beside the
/// repository, or `$RECOUPE_BENCH_CORPUS`): five whole novels, ~2.5 MB, chosen once and fixed so
/// that thresholds and expected counts stay comparable between runs. When the tokenizer or the
/// sentence rules change on purpose, update `Expected` (the benchmark prints the new counts).
enum BenchCorpus {
    static let files = [
        "FRA00101_Adam.txt",
        "FRA00501_Balzac.txt",
        "FRA01301_Flaubert.txt",
        "FRA02702_Maupassant.txt",
        "FRA04001_Verne.txt",
    ]

    /// Russian text for the Cyrillic paths (transliteration keys): a ruslit novel beside ELTeC.
    static let russianFile = "ru002.txt"

    /// Counts over the whole sample (see the type's comment).
    enum Expected {
        /// Gazetteer matches over the sample with 10,000 and 1,000,000 synthetic entries.
        static let gazetteerMatches10k = 10
        static let gazetteerMatches1M = 42
        /// NameKey over capitalised words: keys computed, distinct keys (French sample, Russian file).
        static let frenchNameKeys = 40_556
        static let frenchDistinctKeys = 2_928
        static let russianNameKeys = 2_558
        static let russianDistinctKeys = 695
        static let bytes = 2_459_679
        static let icuWords = 391_307
        static let tokens = 506_698
        static let sentences = 24_549
        static let jsonBytes = 45_689_115
        /// Entity mentions, date expressions and quotations found by the standard pipeline.
        static let mentions = 13_096
        static let dates = 522
        static let quotes = 5_653
        /// Mentions the NER tagger alone finds over the sample (`recoupe train speed` prints the same count;
        /// changes with Lexicons/models/ner-fr.rcpm).
        static let taggerMentions = 15_651
    }

    /// The corpus folder: `$RECOUPE_BENCH_CORPUS`, else `../shared/corpus/eltec-fra` next to the
    /// repository this file is in.
    static var directory: String {
        if let env = ProcessInfo.processInfo.environment["RECOUPE_BENCH_CORPUS"], !env.isEmpty { return env }
        let repo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/corpus/eltec-fra").path
    }

    /// Raw bytes of each sample file, loaded once.
    static let raw: [[UInt8]] = {
        files.map { name in
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                fatalError("""
                benchmark corpus missing: \(path)
                Put ELTeC-fra's plain1/ texts (GitHub COST-ELTeC/ELTeC-fra, folder plain1/) in \
                ../shared/corpus/eltec-fra beside the repository, or set RECOUPE_BENCH_CORPUS.
                """)
            }
            return [UInt8](data)
        }
    }()

    /// `ruslit/` beside the ELTeC folder (or `$RECOUPE_BENCH_RUSLIT`).
    static var russianDirectory: String {
        if let env = ProcessInfo.processInfo.environment["RECOUPE_BENCH_RUSLIT"], !env.isEmpty { return env }
        return URL(fileURLWithPath: directory).deletingLastPathComponent().appendingPathComponent("ruslit").path
    }

    /// The Russian file, tokenized (for its capitalised words).
    static let russian: Document = {
        let path = russianDirectory + "/" + russianFile
        guard let data = FileManager.default.contents(atPath: path) else {
            fatalError("benchmark corpus missing: \(path) (ruslit; set RECOUPE_BENCH_RUSLIT)")
        }
        var doc = try! DocumentReader().document(bytes: [UInt8](data), path: russianFile, id: russianFile, language: "ru")
        try! Tokenizer().run(&doc)
        return doc
    }()

    /// Capitalised word tokens (name candidates) of some documents, as strings.
    static func capitalizedWords(_ docs: [Document]) -> [String] {
        docs.flatMap { doc in
            doc.tokens.filter { $0.kind == .word && $0.shape.contains(.capitalized) }.map { doc.surface(of: $0) }
        }
    }

    static var totalBytes: Int { raw.reduce(0) { $0 + $1.count } }

    /// Decoded documents (no layers yet).
    static let documents: [Document] = {
        let reader = DocumentReader()
        return raw.enumerated().map { i, bytes in try! reader.document(bytes: bytes, path: files[i], id: files[i]) }
    }()

    /// Documents after the tokenizer.
    static let tokenized: [Document] = {
        let tokenizer = try! Tokenizer()
        return documents.map { var d = $0; try! tokenizer.run(&d); return d }
    }()

    /// Documents after tokenizer and normalizer.
    static let normalized: [Document] = {
        let normalizer = try! TokenNormalizer()
        return tokenized.map { var d = $0; try! normalizer.run(&d); return d }
    }()

    /// Each stage of the standard pipeline with the documents as it receives them (the output of
    /// the stages before it), for per-stage benchmarks of stages added over time.
    nonisolated(unsafe) static let stageInputs: [(stage: any Stage, input: [Document])] = {
        let stages = try! Pipeline.standard().stages
        var docs = documents
        var out: [(stage: any Stage, input: [Document])] = []
        for stage in stages {
            out.append((stage, docs))
            docs = docs.map { var d = $0; try! stage.run(&d); return d }
        }
        return out
    }()

    /// Fully annotated documents (the standard pipeline).
    static let annotated: [Document] = {
        let pipeline = try! Pipeline.standard()
        return documents.map { var d = $0; try! pipeline.run(&d); return d }
    }()
}
