import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

/// `recoupe names …`: name reconciliation. Subcommands are listed in `Names.subcommandList`
/// (add new ones there, e.g. `names report`).
struct Names: ParsableCommand {
    static let subcommandList: [ParsableCommand.Type] = [NamesCluster.self, NamesEval.self, NamesReport.self, NamesKey.self]
    static let configuration = CommandConfiguration(
        commandName: "names",
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

    @Flag(name: .long, help: ArgumentHelp("Cluster on person keys only, as before name parts (for comparing speed and results).", visibility: .hidden))
    var keysOnly = false

    func run() throws {
        let data: Data
        // Read in bounded chunks with the same limit and message as annotate (`/dev/zero` on stdin stops at 1 GiB).
        data = Data(try file.map { try FileReader.read($0) } ?? FileReader.readStandardInput())
        var text = String(decoding: data, as: UTF8.self)
        let rows = NamesCluster.rows(of: &text)
        let input = rows.map { (language: $0.lang == "-" ? nil : $0.lang, name: $0.name) }
        let ids = keysOnly
            ? NameClusterer().cluster(keys: input.map { NameKey.personKey(for: $0.name, language: $0.language) })
            : NameClusterer().cluster(input)
        // Written as bytes (what `"\(id)\t\(lang)\t\(name)\n"` appended to a String wrote, without an
        // interpolation per line).
        var out = [UInt8]()
        out.reserveCapacity(data.count + rows.count * 8)
        for (row, id) in zip(rows, ids) {
            out.append(contentsOf: String(id).utf8); out.append(0x09)
            out.append(contentsOf: row.lang.utf8); out.append(0x09)
            out.append(contentsOf: row.name.utf8); out.append(0x0A)
        }
        FileHandle.standardOutput.write(Data(out))
    }

    /// The LANG and NAME of each non-empty input line ("-" when a line has no tab), split on the text's UTF-8
    /// bytes at LF, CR LF or a lone CR by `LineBreaks.forEachRange` (splitting Characters was 4.5 % of `names
    /// cluster`); a tab is never part of another UTF-8 sequence either.
    static func rows(of text: inout String) -> [(lang: String, name: String)] {
        var rows = [(lang: String, name: String)]()
        text.withUTF8 { b in
            LineBreaks.forEachRange(ofUTF8: b) { line in
                var tab = line.lowerBound
                while tab < line.upperBound, b[tab] != 0x09 { tab += 1 }
                if tab < line.upperBound {
                    rows.append((String(decoding: UnsafeBufferPointer(rebasing: b[line.lowerBound..<tab]), as: UTF8.self),
                                 String(decoding: UnsafeBufferPointer(rebasing: b[(tab + 1)..<line.upperBound]), as: UTF8.self)))
                } else {
                    rows.append(("-", String(decoding: UnsafeBufferPointer(rebasing: b[line]), as: UTF8.self)))
                }
            }
        }
        return rows
    }
}

struct NamesKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print the matching key of each name (for inspection and timing).",
        discussion: """
        Input lines: LANG<TAB>NAME as for `names cluster`. Output: KEY<TAB>PERSONKEY<TAB>LANG<TAB>NAME, \
        KEY from NameKey.key(for:language:) and PERSONKEY from NameKey.personKey(for:language:).
        """
    )

    @Argument(help: ArgumentHelp("Input file (standard input when omitted).", valueName: "file"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("Key the input N times in memory on one thread and report keys/s on stderr instead of printing keys.", visibility: .hidden))
    var time: Int?

    func run() throws {
        let data = Data(try file.map { try FileReader.read($0) } ?? FileReader.readStandardInput())
        if let rounds = time {
            let rows = LineBreaks.split(String(decoding: data, as: UTF8.self)).map { raw -> (String?, String) in
                let parts = raw.split(separator: "\t", maxSplits: 1).map(String.init)
                return parts.count == 2 ? (parts[0] == "-" ? nil : parts[0], parts[1]) : (nil, parts[0])
            }
            var total = 0
            let t0 = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<rounds { for (l, n) in rows { total &+= NameKey.key(for: n, language: l).utf8.count } }
            let t1 = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<rounds { for (l, n) in rows { total &+= NameKey.personKey(for: n, language: l).surname.utf8.count } }
            let t2 = DispatchTime.now().uptimeNanoseconds
            let n = Double(rows.count * rounds)
            FileHandle.standardError.write(Data(String(format: "NameKey.key: %.0f keys/s; NameKey.personKey: %.0f keys/s (%d names x %d, checksum %d)\n",
                n / (Double(t1 - t0) / 1e9), n / (Double(t2 - t1) / 1e9), rows.count, rounds, total).utf8))
            return
        }
        var out = ""
        for raw in LineBreaks.split(String(decoding: data, as: UTF8.self)) {
            let parts = raw.split(separator: "\t", maxSplits: 1).map(String.init)
            let (lang, name) = parts.count == 2 ? (parts[0], parts[1]) : ("-", parts[0])
            let language = lang == "-" ? nil : lang
            out += NameKey.key(for: name, language: language) + "\t" + NameKey.personKey(for: name, language: language).key
            out += "\t\(lang)\t\(name)\n"
            if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out.removeAll(keepingCapacity: true) }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

struct NamesEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score `names cluster` on a gold list: pairwise precision, recall and F1.",
        discussion: """
        Input lines: ENTITY<TAB>LANG<TAB>NAME (same ENTITY = same person; LANG as for `names cluster`, \
        und also meaning unknown; lines starting with # are comments). The names are clustered as by \
        `names cluster`; pairs are scored as by scripts/translit/eval_names.py.
        """
    )

    @Argument(help: ArgumentHelp("Gold file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "Print up to N wrongly merged and N missed pairs.")
    var errors: Int = 0

    func run() throws {
        guard let d = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        let e = NameClusterEval(tsv: String(decoding: d, as: UTF8.self), keepErrors: errors)
        var out = ""
        for (a, b) in e.mergedPairs { out += "MERGED\t\(a)\t\(b)\n" }
        for (a, b) in e.missedPairs { out += "MISSED\t\(a)\t\(b)\n" }
        out += String(format: "names=%d entities=%d pairs: tp=%d fp=%d fn=%d precision=%.4f recall=%.4f f1=%.4f\n",
                      e.rows.count, e.entities, e.truePositives, e.falseMerges, e.missed, e.precision, e.recall, e.f1)
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
