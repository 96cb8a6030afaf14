/// The lines of a text read from a user's file, broken at LF, CR LF or a lone CR.
///
/// Why not `split(separator: "\n")`: in a Swift String "\r\n" is one Character, not equal to "\n", so a file
/// saved with Windows line ends was read as a single line (a name list as one name, a CoNLL file as one token).
public enum LineBreaks {
    /// Whether `c` ends a line: "\n", "\r\n" or "\r".
    @inlinable public static func isBreak(_ c: Character) -> Bool { c == "\n" || c == "\r\n" || c == "\r" }

    /// The lines of `text` without their breaks; empty lines kept unless `omittingEmpty`.
    public static func split<S: StringProtocol>(_ text: S, omittingEmpty: Bool = true) -> [S.SubSequence] {
        text.split(omittingEmptySubsequences: omittingEmpty, whereSeparator: isBreak)
    }
}
