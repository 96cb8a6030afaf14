/// The lines of a text read from a user's file, broken at LF, CR LF or a lone CR.
///
/// Why not `split(separator: "\n")`: in a Swift String "\r\n" is one Character, not equal to "\n", so a file
/// saved with Windows line ends was read as a single line (a name list as one name, a CoNLL file as one token).
///
/// One rule on UTF-8 bytes (`forEachRange(ofUTF8:)`) serves both strings and raw buffers: LF and CR are never part
/// of another UTF-8 sequence and always end a grapheme cluster, so splitting the bytes cuts where splitting
/// the Characters would.
public enum LineBreaks {
    /// Whether `c` ends a line: "\n", "\r\n" or "\r".
    @inlinable public static func isBreak(_ c: Character) -> Bool { c == "\n" || c == "\r\n" || c == "\r" }

    /// Calls `body` with the index range of each line of the UTF-8 `bytes`, without its break (CR LF is one
    /// break); empty lines are skipped when `omittingEmpty`, else every line is given, as `split` would
    /// (a text ending with a break has an empty last line; an empty text is one empty line).
    @inlinable public static func forEachRange<C: Collection<UInt8>>(
        ofUTF8 bytes: C, omittingEmpty: Bool = true, _ body: (Range<C.Index>) throws -> Void
    ) rethrows {
        var start = bytes.startIndex, i = start
        while i != bytes.endIndex {
            let b = bytes[i]
            guard b == 0x0A || b == 0x0D else { bytes.formIndex(after: &i); continue }
            if !omittingEmpty || start != i { try body(start..<i) }
            bytes.formIndex(after: &i)
            if b == 0x0D, i != bytes.endIndex, bytes[i] == 0x0A { bytes.formIndex(after: &i) }
            start = i
        }
        if !omittingEmpty || start != bytes.endIndex { try body(start..<bytes.endIndex) }
    }

    /// The lines of `text` without their breaks; empty lines kept unless `omittingEmpty`.
    public static func split<S: StringProtocol>(_ text: S, omittingEmpty: Bool = true) -> [S.SubSequence] {
        var lines: [S.SubSequence] = []
        forEachRange(ofUTF8: text.utf8, omittingEmpty: omittingEmpty) { lines.append(text[$0]) }
        return lines
    }
}
