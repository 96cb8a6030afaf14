import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
/// Totals of a batch run, printed at the end and returned to callers.
public struct BatchSummary: Sendable {
    public var documents = 0
    public var skipped = 0
    public var resumed = 0
    public var bytes = 0
    public var tokens = 0
    public var sentences = 0
    public var warnings = 0
    public var errors = 0
    public var elapsed: Double = 0
    /// Bytes of the inputs skipped because their output was already done (for the ETA).
    public var resumedBytes = 0
    /// Temporary files of killed runs removed from the output folder before starting.
    public var cleanedTemporaryFiles = 0
    /// The run stopped early (SIGINT, or the output could not be written).
    public var interrupted = false

    public init() {}

    public var megabytesPerSecond: Double { elapsed > 0 ? Double(bytes) / 1_000_000 / elapsed : 0 }

    /// One line: "2 documents, 6.3 kB, 1214 tokens, 27 sentences, 0 warnings, 0 errors in 0.05 s (0.1 MB/s)".
    public var line: String {
        func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var parts = [counted(documents, "document"), formatBytes(bytes), counted(tokens, "token"),
                     counted(sentences, "sentence"), counted(warnings, "warning"), counted(errors, "error")]
        if resumed > 0 { parts.append("\(resumed) already done") }
        if skipped > 0 { parts.append("\(skipped) skipped") }
        if interrupted { parts.append("interrupted") }
        return parts.joined(separator: ", ") + " in \(format(elapsed, 2)) s (\(format(megabytesPerSecond, 2)) MB/s)"
    }

    func formatBytes(_ n: Int) -> String {
        if n < 1000 { return "\(n) B" }
        if n < 1_000_000 { return format(Double(n) / 1000, 1) + " kB" }
        if n < 1_000_000_000 { return format(Double(n) / 1_000_000, 1) + " MB" }
        return format(Double(n) / 1_000_000_000, 2) + " GB"
    }
}

func format(_ x: Double, _ digits: Int) -> String {
    var p = 1.0
    for _ in 0..<digits { p *= 10 }
    let r = (x * p).rounded() / p
    var s = "\(r)"
    if let dot = s.firstIndex(of: ".") {
        let decimals = s.distance(from: dot, to: s.endIndex) - 1
        if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
        s += "." + String(repeating: "0", count: digits)
    }
    return s
}
