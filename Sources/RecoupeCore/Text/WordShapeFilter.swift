/// An exact pre-check before a `Set<String>` or dictionary look-up that runs for every word: for each
/// first UTF-8 byte, and for each last one, a bit per UTF-8 length (below 64) that some word of the set
/// has. A word whose (first byte, length) or (last byte, length) no word has is in no set built from
/// those words, so it is turned away without hashing it: hashing a String and probing the table (which
/// compares the strings of the occupied slots it meets) cost far more than a few array reads.
///
/// `mayContain` is true for every word of the set (no false negatives); words of 64 bytes or more
/// always pass, to be decided by the look-up itself. It is inlinable and reads the bytes through
/// `withUTF8`: as a call into this module, with `utf8.first` / `utf8.last`, it cost 150 instructions a word.
public struct WordShapeFilter: Sendable {
    @usableFromInline var firstByteLengths = [UInt64](repeating: 0, count: 256)
    @usableFromInline var lastByteLengths = [UInt64](repeating: 0, count: 256)
    @usableFromInline var holdsEmpty = false

    public init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words where w.utf8.count < 64 {
            guard let first = w.utf8.first, let last = w.utf8.last else { holdsEmpty = true; continue }
            firstByteLengths[Int(first)] |= 1 << UInt64(w.utf8.count)
            lastByteLengths[Int(last)] |= 1 << UInt64(w.utf8.count)
        }
    }

    /// False only when no word of the set has `w`'s first byte and length, or its last byte and length.
    @inlinable
    public func mayContain(_ w: String) -> Bool {
        var w = w
        return w.withUTF8 { mayContain(utf8: $0) }
    }

    /// `mayContain` on a word's UTF-8 bytes, for callers that read other bytes of it in the same pass.
    @inlinable
    public func mayContain(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n > 0 else { return holdsEmpty }
        guard n < 64 else { return true }
        let bit: UInt64 = 1 << UInt64(n)
        return firstByteLengths[Int(bytes[0])] & bit != 0 && lastByteLengths[Int(bytes[n - 1])] & bit != 0
    }
}

/// A `Set<String>` asked about every word of a text, behind its `WordShapeFilter`: `contains` answers
/// as the Set does, hashing only the words whose shape some member has.
public struct ShapeScreenedSet: Sendable {
    public let words: Set<String>
    @usableFromInline let filter: WordShapeFilter

    public init(_ words: Set<String>) {
        self.words = words
        filter = WordShapeFilter(words)
    }

    @inlinable
    public func contains(_ w: String) -> Bool { filter.mayContain(w) && words.contains(w) }
}
