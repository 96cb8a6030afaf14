import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
/// The progress display's text: "1234/5000 documents, 12.3/49.0 MB, 85.2 docs/s, 3.41 MB/s,
/// ETA 0:14, 2 errors". The ETA comes from bytes when the total is known (documents vary in
/// size far more than bytes per second does), else from documents; none for a stream.
public struct ProgressLine: Sendable {
    /// Inputs and bytes to do, when known (files; not `--jsonl-in`).
    public var totalDocuments: Int?
    public var totalBytes: Int?

    public init(totalDocuments: Int? = nil, totalBytes: Int? = nil) {
        self.totalDocuments = totalDocuments
        self.totalBytes = totalBytes
    }

    public func text(_ s: BatchSummary) -> String {
        let done = s.documents + s.resumed + s.skipped + s.errors
        var parts: [String] = []
        parts.append(totalDocuments.map { "\(done)/\($0) documents" } ?? "\(done) documents")
        let mb = Double(s.bytes) / 1_000_000
        parts.append(totalBytes.map { "\(format(mb, 1))/\(format(Double($0) / 1_000_000, 1)) MB" } ?? "\(format(mb, 1)) MB")
        if s.elapsed > 0 {
            parts.append("\(format(Double(done) / s.elapsed, 1)) docs/s")
            parts.append("\(format(s.megabytesPerSecond, 2)) MB/s")
        }
        if let eta = eta(s) { parts.append("ETA \(Self.clock(eta))") }
        parts.append("\(s.errors) error\(s.errors == 1 ? "" : "s")")
        return parts.joined(separator: ", ")
    }

    /// Seconds left, or nil when it cannot be estimated yet.
    public func eta(_ s: BatchSummary) -> Double? {
        guard s.elapsed > 0.5 else { return nil }
        if let totalBytes, s.bytes > 0 {
            // Resumed and failed inputs took no annotation time: rate over the bytes annotated.
            let left = max(0, totalBytes - s.bytes - s.resumedBytes)
            return Double(left) / (Double(s.bytes) / s.elapsed)
        }
        let done = s.documents + s.resumed + s.skipped + s.errors
        if let totalDocuments, done > 0 {
            return Double(max(0, totalDocuments - done)) / (Double(done) / s.elapsed)
        }
        return nil
    }

    /// 75 → "1:15", 3725 → "1:02:05".
    public static func clock(_ seconds: Double) -> String {
        let t = Int(seconds.rounded())
        let (h, m, sec) = (t / 3600, t / 60 % 60, t % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(sec))" : "\(m):\(two(sec))"
    }
}
