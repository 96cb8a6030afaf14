import RecoupeCore
/// Finds the spans that quotation marks delimit, paragraph by paragraph.
///
/// Handles « … » (with or without NBSP/NNBSP inside), “ … ”, „ … “, ‹ … ›, ‘ … ’ and straight
/// " … ", nested to any depth up to `maxDepth`. A « left open at the end of a paragraph continues
/// when the next paragraph reopens with « (the French convention for multi-paragraph quotations);
/// any other mark left open is closed at the paragraph end with a warning, and a closing mark with
/// nothing to close is reported and ignored. So a stray mark never swallows the rest of the text.
/// Cost: one pass over the text, O(n · depth).
struct QuoteMarkScanner {
    /// One delimited span. Offsets are code points; `end` includes the closing mark when there is one.
    struct Marked: Equatable {
        var start: Int
        var end: Int
        var contentStart: Int
        var contentEnd: Int
        /// 0 for a top-level quotation, 1 for a quotation inside it, …
        var depth: Int
        /// False when the paragraph ended before a closing mark (recovered).
        var closed: Bool
        /// Paragraph openings (reopening «) inside a multi-paragraph quotation.
        var reopenings: [Int] = []
    }

    static let maxDepth = 32

    private enum Mark { case guillemet, curly, low, single, curlySingle, straight }

    private struct Open {
        var mark: Mark
        var position: Int
        var reopenings: [Int] = []
    }

    func scan(_ s: [Unicode.Scalar], paragraphs: [Span], warnings: inout [DocumentWarning]) -> [Marked] {
        var out: [Marked] = []
        var stack: [Open] = []
        var depthWarned = false

        func isSpace(_ i: Int) -> Bool { i < 0 || i >= s.count || s[i].properties.isWhitespace }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < s.count && s[i].properties.isAlphabetic }

        func push(_ m: Mark, _ i: Int) {
            if stack.count >= Self.maxDepth {
                if !depthWarned {
                    warnings.append(DocumentWarning(stage: "quotes", code: "quote-too-deep",
                                                    message: "quotation marks nested deeper than \(Self.maxDepth); inner ones ignored", start: i, end: i + 1))
                    depthWarned = true
                }
                return
            }
            stack.append(Open(mark: m, position: i))
        }

        func emit(_ open: Open, depth: Int, end: Int, closed: Bool) {
            var cs = open.position + 1
            var ce = closed ? end - 1 : end
            while cs < ce, s[cs].properties.isWhitespace { cs += 1 }
            while ce > cs, s[ce - 1].properties.isWhitespace { ce -= 1 }
            out.append(Marked(start: open.position, end: end, contentStart: cs, contentEnd: ce, depth: depth,
                              closed: closed, reopenings: open.reopenings))
        }

        /// Closes the innermost open mark of one of `kinds`; marks opened inside it and left open are unbalanced.
        func close(_ kinds: [Mark], at i: Int) -> Bool {
            guard let k = stack.lastIndex(where: { kinds.contains($0.mark) }) else { return false }
            for inner in stack[(k + 1)...] {
                warnings.append(DocumentWarning(stage: "quotes", code: "unbalanced-quote",
                                                message: "quotation mark opened inside another and never closed", start: inner.position, end: inner.position + 1))
            }
            emit(stack[k], depth: k, end: i + 1, closed: true)
            stack.removeSubrange(k...)
            return true
        }

        func stray(_ i: Int) {
            warnings.append(DocumentWarning(stage: "quotes", code: "stray-closing-quote",
                                            message: "closing quotation mark with nothing open", start: i, end: i + 1))
        }

        for (pi, p) in paragraphs.enumerated() {
            var i = p.start
            // A paragraph reopening a « left open by the previous paragraph continues it.
            if let first = stack.first, first.mark == .guillemet, stack.count == 1, i < p.end, s[i] == "«" {
                stack[0].reopenings.append(i)
                i += 1
            }
            while i < p.end {
                let c = s[i]
                switch c {
                case "«":
                    push(.guillemet, i)
                case "»":
                    if !close([.guillemet], at: i) { stray(i) }
                case "‹":
                    push(.single, i)
                case "›":
                    if !close([.single], at: i) { stray(i) }
                case "„":
                    push(.low, i)
                case "“":
                    // “ closes a „ (German style) when one is open, else opens.
                    if let top = stack.last, top.mark == .low { _ = close([.low], at: i) } else { push(.curly, i) }
                case "”":
                    if !close([.curly, .low], at: i) {
                        // Some sites use ” on both sides.
                        if isSpace(i - 1) && !isSpace(i + 1) { push(.curly, i) } else { stray(i) }
                    }
                case "‘":
                    push(.curlySingle, i)
                case "’":
                    // An apostrophe unless it closes an open ‘ and no letter follows.
                    if !isLetter(i + 1), stack.contains(where: { $0.mark == .curlySingle }) { _ = close([.curlySingle], at: i) }
                case "\"":
                    if stack.contains(where: { $0.mark == .straight }), !isSpace(i - 1) || isSpace(i + 1) {
                        _ = close([.straight], at: i)
                    } else if !isSpace(i + 1), !isLetter(i - 1) {
                        push(.straight, i)
                    } else {
                        stray(i)
                    }
                default:
                    break
                }
                i += 1
            }
            guard !stack.isEmpty else { continue }
            // Multi-paragraph quotation: the next paragraph reopens with «.
            if stack.count == 1, stack[0].mark == .guillemet, pi + 1 < paragraphs.count, s[paragraphs[pi + 1].start] == "«" {
                continue
            }
            for (d, open) in stack.enumerated() {
                warnings.append(DocumentWarning(stage: "quotes", code: "unbalanced-quote",
                                                message: "quotation mark not closed before the paragraph end", start: open.position, end: open.position + 1))
                emit(open, depth: d, end: p.end, closed: false)
            }
            stack.removeAll()
        }
        return out.sorted { ($0.start, $0.depth) < ($1.start, $1.depth) }
    }
}
