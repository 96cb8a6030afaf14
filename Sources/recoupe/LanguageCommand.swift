import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

/// `recoupe language`: build language profiles and run or evaluate language identification.
struct LanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Language identification: build n-gram profiles, identify or evaluate.",
        subcommands: [BuildProfile.self, Identify.self]
    )

    struct BuildProfile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build-profile",
            abstract: "Count character 1-3-grams of training text files into a profile (Lexicons/language/LANG.tsv)."
        )

        @Option(help: "BCP 47 language code of the text (fr, en, ru …).")
        var lang: String

        @Option(help: "ISO 15924 script of the language (Latn, Cyrl …).")
        var script: String

        @Option(help: "Where the text comes from and its licence (recorded in the profile).")
        var source: String

        @Option(help: "N-grams kept per order 1,2,3 (comma-separated).")
        var keep: String = "400,3000,8000"

        @Option(name: .shortAndLong, help: ArgumentHelp("Profile file to write.", valueName: "path"))
        var output: String

        @Argument(help: ArgumentHelp("UTF-8 training text files.", valueName: "path"))
        var files: [String]

        func validate() throws {
            if WritingScript(rawValue: script) == nil { throw ValidationError("Unknown script \(script) (use Latn, Cyrl, Grek …).") }
            if keep.split(separator: ",").compactMap({ Int($0) }).count != 3 { throw ValidationError("--keep needs three numbers, e.g. 400,3000,8000.") }
            if files.isEmpty { throw ValidationError("Give at least one training text file.") }
        }

        func run() throws {
            let texts = try files.lazy.map { try String(contentsOfFile: $0, encoding: .utf8) }
            let profile = LanguageProfile.build(language: lang, script: WritingScript(rawValue: script)!, source: source,
                                                texts: Array(texts), keep: keep.split(separator: ",").compactMap { Int($0) })
            try AtomicFile.write(Array(profile.serialized().utf8), to: output)
            FileHandle.standardError.write(Data("recoupe: \(lang): \(profile.counts.count) n-grams kept of \(profile.totals) counted\n".utf8))
        }
    }

    struct Identify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "identify",
            abstract: "Identify the language of files, or of each line with --lines; --expect scores the answers.",
            discussion: "With --expect, prints the accuracy and the confusions, and exits 1 below --min-accuracy."
        )

        @Argument(help: ArgumentHelp("UTF-8 text files.", valueName: "path"))
        var files: [String]

        @Flag(help: "Identify each line separately (lines with fewer than --min-letters letters are skipped).")
        var lines = false

        @Option(help: "Lines need at least this many letters.")
        var minLetters = 1

        @Option(help: "The language every file (or line) is in; prints accuracy instead of answers.")
        var expect: String?

        @Option(help: "With --expect: fail (exit 1) when the accuracy is below this fraction.")
        var minAccuracy: Double = 0

        @Option(help: "Folder with Recoupe's lexicons (default: the shipped ones).")
        var lexicons: String?

        func run() throws {
            let model = try LanguageModel.shipped(lexiconDirectory: lexicons)
            var total = 0, correct = 0
            var confusions: [String: Int] = [:]
            for path in files {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let units = lines ? text.split(whereSeparator: \.isNewline).map(String.init) : [text]
                for unit in units {
                    let guess = model.identify(unit)
                    guard guess.letters >= minLetters else { continue }
                    total += 1
                    if let expect {
                        if guess.language == expect { correct += 1 } else { confusions[guess.language, default: 0] += 1 }
                    } else {
                        let label = lines ? String(unit.prefix(60)) : path
                        print("\(guess.language)\t\(String(format: "%.3f", guess.confidence))\t\(label)")
                    }
                }
            }
            guard let expect else { return }
            let accuracy = total == 0 ? 0 : Double(correct) / Double(total)
            let wrong = confusions.sorted { $0.value > $1.value }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            print("\(expect)\t\(correct)/\(total)\t\(String(format: "%.2f%%", accuracy * 100))\t\(wrong)")
            if accuracy < minAccuracy { throw ExitCode(1) }
        }
    }
}
