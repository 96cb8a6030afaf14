import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
/// One unit of work for `BatchRunner`: a file to annotate, a JSON Lines record, or an input the
/// collector already judged (skipped, or failed with a reason naming it).
public enum BatchWork: Sendable {
    /// A file; `relative` is its path under the input folder, which names its output.
    case file(path: String, relative: String)
    /// One line of `--jsonl-in` input: `{"id", "text", "date", "source"}`; `line` is 1-based.
    case record(line: Int, bytes: [UInt8])
    /// A JSON Lines record that could not even be read (too long).
    case badRecord(line: Int, reason: String)
    case skipped(path: String, reason: String)
    case failed(IngestError)

    public init(_ item: InputCollector.Item) {
        switch item {
        case .file(let path, let relative): self = .file(path: path, relative: relative)
        case .skipped(let path, let reason): self = .skipped(path: path, reason: reason)
        case .failed(let e): self = .failed(e)
        }
    }
}
