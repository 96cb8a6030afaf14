import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

struct Translit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translit",
        abstract: "Transliterate Cyrillic text, one output line per input line.",
        discussion: """
        Reads lines on standard input and writes each one transliterated under --scheme. Ukrainian \
        input (a line with і ї є ґ, or --lang uk) uses the scheme's Ukrainian rules where it has them. \
        Schemes and their sources: Lexicons/translit/README.md.
        """
    )

    @Option(name: .long, help: "Scheme name (see --list).")
    var scheme: String?

    @Flag(name: .long, help: "List the schemes and exit.")
    var list = false

    @Option(name: .long, help: "Source language: ru or uk (default: detected per line).")
    var lang: String?

    func validate() throws {
        if !list && scheme == nil { throw ValidationError("give --scheme NAME or --list") }
        if let scheme, TranslitScheme.named(scheme) == nil {
            throw ValidationError("unknown scheme '\(scheme)'; known: \(TranslitScheme.all.map(\.name).joined(separator: ", "))")
        }
        if let lang, !["ru", "uk"].contains(lang) { throw ValidationError("--lang must be ru or uk") }
    }

    func run() throws {
        if list {
            for s in TranslitScheme.all { print("\(s.name)\t\(s.summary)") }
            return
        }
        let s = TranslitScheme.named(scheme!)!
        var out = ""
        out.reserveCapacity(1 << 16)
        while let line = readLine(strippingNewline: true) {
            out += try Transliteration.transliterate(line, scheme: s, language: lang)
            out += "\n"
            if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out.removeAll(keepingCapacity: true) }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
