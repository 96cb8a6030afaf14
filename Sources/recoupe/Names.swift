import ArgumentParser
import Foundation
import Recoupe

/// `recoupe names …`: name reconciliation. Subcommands are listed in `Names.subcommandList`
/// (add new ones there, e.g. `names report`).
struct Names: ParsableCommand {
    static let subcommandList: [ParsableCommand.Type] = [NamesCluster.self]
    static let configuration = CommandConfiguration(
        abstract: "Reconcile the spellings of names across sources and languages.",
        subcommands: subcommandList
    )
}

struct NamesCluster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group name spellings that denote the same entity.",
        discussion: """
        Input lines: LANG<TAB>NAME, LANG in fr, en, de, ru, uk or - when unknown (a line without a tab \
        is a NAME of unknown language). Output: CLUSTER<TAB>LANG<TAB>NAME, one line per input line in \
        input order; equal CLUSTER numbers mean the same entity. Names are blocked on their keys \
        (see NameKey), so 100,000 names cluster in seconds.
        """
    )

    @Argument(help: ArgumentHelp("Input file (standard input when omitted).", valueName: "file"))
    var file: String?

    func run() throws {
        let data: Data
        if let file {
            guard let d = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let text = String(decoding: data, as: UTF8.self)
        var rows = [(lang: String, name: String)]()
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty { continue }
            if let tab = line.firstIndex(of: "\t") {
                rows.append((String(line[..<tab]), String(line[line.index(after: tab)...])))
            } else {
                rows.append(("-", String(line)))
            }
        }
        let ids = NameClusterer().cluster(rows.map { (language: $0.lang == "-" ? nil : $0.lang, name: $0.name) })
        var out = ""
        out.reserveCapacity(data.count + rows.count * 8)
        for (row, id) in zip(rows, ids) {
            out += "\(id)\t\(row.lang)\t\(row.name)\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
