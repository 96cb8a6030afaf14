/// Text from articles and ids, made literal in Markdown: no raw HTML, no links, no emphasis, no
/// broken table (issue 18, item 9: `compare --format md` copied `<script>`, `<img onerror>` and
/// `[x](javascript:…)` from article text into the report, and a `|` in an id split a row).
///
/// `escape` turns `&`, `<`, `>` into entities (so nothing is ever HTML), backslash-escapes the
/// punctuation that makes links, code, emphasis and table cells (CommonMark §2.4 allows it before
/// any ASCII punctuation), and puts line breaks on one line. `code` keeps an id as a code span
/// when it can hold it (no backtick or line break), `|` escaped as GFM tables require.
package enum MarkdownText {
    package static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out.append(" ")
            case "\\", "`", "*", "_", "[", "]", "|", "~", "!", "#", "(", ")":
                out.append("\\")
                out.append(c)
            default: out.append(c)
            }
        }
        return String(out)
    }

    package static func code(_ s: String) -> String {
        if s.isEmpty || s.unicodeScalars.contains(where: { $0 == "`" || $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return escape(s)
        }
        return "`" + s.replacingOccurrences(of: "|", with: "\\|") + "`"
    }
}
