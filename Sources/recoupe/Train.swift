import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

extension NERMode: ExpressibleByArgument {}

/// `recoupe train …`: train the statistical models Recoupe ships.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the NER tagger (see Lexicons/models/README.md).",
        subcommands: [NER.self, Speed.self]
    )

    struct NER: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ner",
            abstract: "Train the French NER tagger (averaged perceptron, BILOU, Viterbi) and write the model file.",
            discussion: """
            Training files: CoNLL (one token a line, TOKEN<TAB>TAG or INDEX<TAB>TOKEN<TAB>TAG, blank line between \
            sentences, BIO/IO/BILOU tags over PER, ORG, LOC, MISC) or JSON / JSON Lines documents \
            {"text", "ents": [{"start", "end", "label"}]} with code-point offsets; a folder is read file by file. \
            Deterministic for a given seed. Never train on WikiNEuRal (non-commercial; a measuring set) nor on the \
            Wikinews test split.
            """
        )

        @Option(name: .long, help: ArgumentHelp("A training file or folder (repeatable). PATH=LICENCE records the licence in the model header.", valueName: "path"))
        var train: [String] = []

        @Option(name: .long, help: ArgumentHelp("A held-out file scored after training and used to calibrate confidences (repeatable).", valueName: "path"))
        var heldout: [String] = []

        @Option(name: .shortAndLong, help: ArgumentHelp("Model file to write.", valueName: "path"))
        var output: String = "Lexicons/models/ner-fr.rcpm"

        @Option(name: .long, help: "Feature hash bits (the weight table has 2^bits rows).")
        var bits: Int = 19

        @Option(name: .long, help: "Passes over the training data.")
        var epochs: Int = 8

        @Option(name: .long, help: "Seed of the sentence shuffling.")
        var seed: UInt64 = 1

        func validate() throws {
            if train.isEmpty { throw ValidationError("Give at least one --train file.") }
            if !(10...22).contains(bits) { throw ValidationError("--bits must be in 10...22.") }
            if epochs < 1 { throw ValidationError("--epochs must be at least 1.") }
        }

        static func fileHash(_ path: String) -> String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
                return SHA256.hex(Array(names.map { "\($0):\(fileHash(path + "/" + $0))\n" }.joined().utf8))
            }
            return SHA256.hex(Array(FileManager.default.contents(atPath: path) ?? Data()))
        }

        func run() throws {
            let started = Date()
            func log(_ s: String) { FileHandle.standardError.write(Data((String(format: "[%6.1fs] ", Date().timeIntervalSince(started)) + s + "\n").utf8)) }
            let trainer = try NERTrainer(options: .init(bits: bits, epochs: epochs, seed: seed))
            var sources: [NERModel.TrainingSource] = []
            for spec in train {
                let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
                let path = parts[0]
                let texts = try NERTrainingData.read(path: path)
                let counts = try trainer.add(texts)
                sources.append(.init(name: (path as NSString).lastPathComponent, sha256: Self.fileHash(path), licence: parts.count > 1 ? parts[1] : "unspecified",
                                     documents: counts.documents, tokens: counts.tokens, entities: counts.entities))
                log("\(path): \(counts.documents) documents, \(counts.sentences) sentences, \(counts.tokens) tokens, \(counts.entities) entities")
            }
            let model = trainer.train(sources: sources, log: log)
            var notes: [String: String] = ["command": "recoupe train ner " + CommandLine.arguments.dropFirst(3).joined(separator: " ")]
            var samples: [(margin: Double, correct: Bool)] = []
            for path in heldout {
                let scores = try trainer.score(model, on: NERTrainingData.read(path: path))
                samples += scores.margins
                let lines = (0..<3).map { scores.line($0) } + [String(format: "micro PER/ORG/LOC F1=%.3f", scores.microF1)]
                notes["heldout " + (path as NSString).lastPathComponent] = lines.joined(separator: "; ")
                log("held out \(path) (model alone, exact spans):\n  " + lines.joined(separator: "\n  "))
            }
            model.setCalibration(NERTrainer.plattScaling(samples), notes: notes)
            log("calibration a=\(model.header.calibration[0]) b=\(model.header.calibration[1]) from \(samples.count) mentions")
            try model.write(to: output)
            log("wrote \(output)")
        }
    }

    struct Speed: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "speed", abstract: "Time the NER tagger alone on text files (one core).")

        @Argument(help: ArgumentHelp("Text files or a folder of .txt files.", valueName: "path"))
        var paths: [String]

        @Option(name: .long, help: "Passes over the texts.")
        var passes: Int = 2

        @Option(name: .long, help: "Only the first N bytes of each file (0: all).")
        var maxBytes: Int = 0

        func run() throws {
            var texts: [String] = []
            for p in paths {
                var isDir: ObjCBool = false
                let files = FileManager.default.fileExists(atPath: p, isDirectory: &isDir) && isDir.boolValue
                    ? try FileManager.default.contentsOfDirectory(atPath: p).filter { $0.hasSuffix(".txt") }.sorted().map { p + "/" + $0 } : [p]
                for f in files {
                    guard var t = try? String(contentsOfFile: f, encoding: .utf8) else { continue }
                    if maxBytes > 0, t.utf8.count > maxBytes { t = String(decoding: t.utf8.prefix(maxBytes), as: UTF8.self) }
                    texts.append(t)
                }
            }
            let t0 = Date()
            guard let model = try NERModel.shipped(lexiconDirectory: LexiconLocator.shippedDirectory()) else { throw ValidationError("no model file") }
            let load = Date().timeIntervalSince(t0)
            let r = try TaggerThroughput(texts: texts, model: model).measure(passes: passes)
            print(String(format: "model load %.3f s; tagger: %d bytes, %d tokens, %d mentions per pass, %.2f s, %.2f MB/s",
                         load, r.bytes, r.tokens, r.mentions, r.seconds, r.megabytesPerSecond))
        }
    }
}
