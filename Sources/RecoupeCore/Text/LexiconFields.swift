/// The fields of a line of Recoupe's tab-separated lexicon files, split on UTF-8 bytes and trimmed on
/// Unicode scalars.
///
/// Why not `split(separator:)` on a `String` and Foundation's `trimmingCharacters(in: .whitespaces)`:
/// the first runs grapheme breaking over every character and the second bridges each field through
/// NSString; on the 295 lines of the given-name table the two cost 38 M instructions a process (issue 16).
/// The separators of these files (tab, "|", ",") are ASCII, never inside a UTF-8 sequence, and no
/// combining mark follows one in a lexicon, so cutting the bytes cuts where cutting the Characters did.
///
/// ```swift
/// for line in LineBreaks.split(text) {
///     let fields = LexiconFields.split(LexiconFields.trimmingSpaces(line), at: UInt8(ascii: "\t"))
/// }
/// ```
public enum LexiconFields {
    /// The pieces of `line` between the ASCII `separator` bytes, as `split(separator:omittingEmptySubsequences:)`
    /// gives them: an empty line is one empty piece unless `omittingEmpty`.
    public static func split(_ line: Substring, at separator: UInt8, omittingEmpty: Bool = false) -> [Substring] {
        precondition(separator < 0x80, "an ASCII separator never cuts a UTF-8 sequence")
        let bytes = line.utf8
        var pieces: [Substring] = []
        var start = bytes.startIndex, i = start
        while i != bytes.endIndex {
            if bytes[i] == separator {
                if !omittingEmpty || start != i { pieces.append(Substring(bytes[start..<i])) }
                start = bytes.index(after: i)
            }
            bytes.formIndex(after: &i)
        }
        if !omittingEmpty || start != bytes.endIndex { pieces.append(Substring(bytes[start..<bytes.endIndex])) }
        return pieces
    }

    /// `s` without the leading and trailing scalars `CharacterSet.whitespaces` holds: the tab and the space
    /// separators (Unicode Zs: the space, the no-break space, U+2000–U+200A, U+3000 …).
    public static func trimmingSpaces(_ s: Substring) -> Substring {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return s[s.endIndex...] }
        return Substring(scalars[first...last])
    }

    /// Whether `u` is a tab or a space separator (ASCII answered from the value).
    @inlinable public static func isSpace(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x80 ? u.value == 0x20 || u.value == 0x09 : u.properties.generalCategory == .spaceSeparator
    }
}
