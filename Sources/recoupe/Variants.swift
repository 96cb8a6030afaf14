import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

struct Variants: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "variants",
        abstract: "Spellings of a name under every transliteration scheme.",
        discussion: """
        From a Cyrillic name: its spellings under every scheme, deduplicated, each followed by the \
        schemes that give it. From a Latin spelling: its likely Cyrillic originals under the conventions \
        of --lang (fr: tch = ч, ch = ш; en: ch = ч, sh = ш; de: tsch = ч, sch = ш, w = в, j = й), likeliest \
        first, each followed by its spellings. Output: an original on its own line, then one \
        TAB SPELLING TAB SCHEMES line per spelling (schemes comma-separated).
        """
    )

    @Argument(help: "The name (Cyrillic or Latin).")
    var name: String

    @Option(name: .long, help: "Language of the spelling: fr, en, de, ru or uk.")
    var lang: String?

    @Option(name: .long, help: "Most Cyrillic originals to list for a Latin spelling.")
    var limit: Int = 5

    func validate() throws {
        if let lang, !["fr", "en", "de", "ru", "uk"].contains(lang) { throw ValidationError("--lang must be fr, en, de, ru or uk") }
    }

    func run() throws {
        let originals = NameVariants.variants(of: name, language: lang, limit: limit)
        // No result is an answer, not a usage error: no usage text, exit 1.
        if originals.isEmpty {
            FileHandle.standardError.write(Data("recoupe: no Cyrillic original found for '\(name)'\n".utf8))
            throw ExitCode(1)
        }
        var out = ""
        for o in originals {
            out += o.cyrillic + "\n"
            for s in o.spellings { out += "\t\(s.text)\t\(s.schemes.joined(separator: ","))\n" }
        }
        print(out, terminator: "")
    }
}
