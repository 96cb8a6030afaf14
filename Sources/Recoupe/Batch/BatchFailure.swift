import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
/// A failed input, as reported on stderr and in `errors.jsonl`: which input, which stage, why.
public struct BatchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input path, or "<stdin>" for JSON Lines input.
    public var path: String
    /// The 1-based line of a JSON Lines record.
    public var line: Int?
    /// "ingest", "input" (a bad JSON Lines record), "emit", or a pipeline stage name.
    public var stage: String
    public var reason: String

    public init(path: String, line: Int? = nil, stage: String, reason: String) {
        self.path = path
        self.line = line
        self.stage = stage
        self.reason = reason
    }

    /// "corpus/a.txt: looks binary …" or "<stdin> line 3: …".
    public var description: String {
        (line.map { "\(path) line \($0)" } ?? path) + ": " + reason
    }

    /// One `errors.jsonl` line (no newline).
    public var json: [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.key("path"); w.value(path)
        if let line { w.key("line"); w.value(line) }
        w.key("stage"); w.value(stage)
        w.key("reason"); w.value(reason)
        w.endObject()
        return w.bytes
    }
}
