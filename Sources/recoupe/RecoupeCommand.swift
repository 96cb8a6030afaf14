import ArgumentParser
import Recoupe
import RecoupeCore

/// Every command of the tree names itself (`commandName:`): without it ArgumentParser derives the name from
/// `String(describing: Self.self)`, whose first dynamic casts cost 16 M instructions a process (issue 16).
@main
struct RecoupeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recoupe",
        abstract: "Annotate news articles and reconcile names across sources.",
        discussion: """
        Recoupe reads articles (mostly French, with names from Cyrillic-script languages) and writes \
        annotated documents: tokens, sentences, entities, dates and quotations, with offsets into the \
        original text. See README.md for the JSON format.
        """,
        version: RecoupeVersion.string,
        subcommands: [Annotate.self, Translit.self, Variants.self, Names.self, LexiconCommand.self, Bench.self, Compare.self, Export.self, LanguageCommand.self, Eval.self, Train.self]
    )
}
