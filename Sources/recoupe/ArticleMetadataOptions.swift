import ArgumentParser
import Foundation
import Recoupe
import RecoupeCore

/// `--date` and `--outlet`: one article's publication date and outlet, for files without front
/// matter (they win over it). `annotate` takes them for a single input; `compare` once per input.
struct ArticleMetadataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Publication date of the article (YYYY-MM-DD): resolves \"jeudi\", \"3 mars\". With compare, once per input, in order.", valueName: "date"))
    var date: [String] = []

    @Option(name: .long, help: ArgumentHelp("Outlet that published the article. With compare, once per input, in order.", valueName: "name"))
    var outlet: [String] = []

    var given: Bool { !date.isEmpty || !outlet.isEmpty }

    func validate() throws {
        for d in date where !(d.count == 10 && CivilDate(iso: d) != nil) {
            throw ValidationError("--date \(d) is not a calendar date; write YYYY-MM-DD, e.g. 2025-03-20.")
        }
    }

    /// `annotate`: the flags name one article, so exactly one file (or -) must be given.
    func validate(singleInput paths: [String]) throws {
        guard paths.count == 1, date.count <= 1, outlet.count <= 1 else {
            throw ValidationError("--date and --outlet describe one article: give one file (or -), once each; for several articles write front matter in each file.")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("--date and --outlet describe one article, not the folder \(paths[0]); write front matter in each file.")
        }
    }

    /// `compare`: the i-th --date and --outlet go to the i-th input, which must be one article file.
    func validate(perInput inputs: [String]) throws {
        for (flag, values) in [("--date", date), ("--outlet", outlet)] where !values.isEmpty && values.count != inputs.count {
            throw ValidationError("\(flag) is given \(values.count) time(s) for \(inputs.count) inputs: give it once per input, in order.")
        }
    }

    var singleDate: String? { date.first }
    var singleOutlet: String? { outlet.first }
}
