import RecoupeICU
/// Anything that covers a range of a document's text.
///
/// Offsets are **Unicode scalar (code point) indices** into `Document.text`, end-exclusive, so
/// Python's `text[start:end]` returns the surface, as in spaCy's `Doc.to_json()`.
public protocol TextSpan {
    /// First code point of the span.
    var start: Int { get }
    /// One past the last code point of the span.
    var end: Int { get }
}

/// A bare span of text (a sentence, a paragraph, a cue).
public struct Span: TextSpan, Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey { case start, end }

    public var isEmpty: Bool { start == end }
    public var length: Int { end - start }

    public func contains(_ other: some TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: some TextSpan) -> Bool { start < other.end && other.start < end }
}

extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isBefore` is false, given that it is true for a
    /// prefix of the array and false after (binary search); `count` when it is true for all.
    ///
    /// On spans in text order: `tokens.partitionIndex { $0.end <= offset }` is the first token
    /// ending after `offset`, `tokens.partitionIndex { $0.start < offset }` the first starting at or after it.
    /// Inlinable: unspecialised across modules, each probe went through the collection's protocol
    /// witnesses (a whole `Token` copied per probe in the quotation stage's hot searches).
    @inlinable package func partitionIndex(where isBefore: (Element) -> Bool) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if isBefore(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
