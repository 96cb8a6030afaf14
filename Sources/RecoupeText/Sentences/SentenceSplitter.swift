import RecoupeCore
import RecoupeICU
/// Sentences: ICU's sentence BreakIterator (`fr@ss=standard`, which knows "M." and the like)
/// snapped to token boundaries, then Recoupe's French rules:
/// - no break after an abbreviation or an initial ("M. Lavrov", "A. Dartchiev");
/// - closing marks (» ” ›) after a sentence end stay with the sentence they close;
/// - no break before a comma, semicolon or lower-case word ("« … », a indiqué le consulat");
/// - a break where a sentence lacks its space ("proche.Les", split by the tokenizer).
/// Sentences never cross a paragraph (a line break). Spans are trimmed of white space.
public final class SentenceSplitter: Stage {
    public let name = "sentences"
    public let requires: [Layer] = [.tokens]
    public let produces: [Layer] = [.sentences, .paragraphs]
    /// Sets the `sentenceStart` shape of the first word of each sentence.
    public let rewrites: [Layer] = [.tokens]

    let iterator: BreakIterator
    /// Iterators for other languages' sentence locales, opened on first use.
    var iterators: [String: BreakIterator] = [:]

    public init(locale: String = "fr@ss=standard") throws {
        iterator = try BreakIterator(.sentence, locale: locale)
    }

    public func run(_ document: inout Document) throws {
        document.paragraphs = Document.paragraphs(of: document.scalars)
        let tokens = document.tokens
        guard !tokens.isEmpty else { document.sentences = []; return }
        let scalars = document.scalars

        // ICU boundaries, converted to code-point offsets.
        let u = UTF16Transcoding.codeUnits(document.text)
        let rules = LanguageRules.of(document.source.language)
        // A flag per code-point offset (0...count): cheaper than hashing every offset into a Set.
        var icuBreaks = [Bool](repeating: false, count: scalars.count + 1)
        try u.withUnsafeBufferPointer { units in
            try iterator(for: rules).withBoundaries(units) { offsets, _ in
                var unit = 0, scalar = 0
                for o in offsets {
                    while unit < Int(o) {
                        if !(units[unit] >= 0xDC00 && units[unit] <= 0xDFFF) { scalar += 1 }
                        unit += 1
                    }
                    icuBreaks[scalar] = true
                }
            }
        }

        try Cancellation.check()  // between passes of a huge document (SIGTERM)
        // A candidate break before token i when ICU breaks anywhere in (end of i-1, start of i].
        var starts: [Int] = [0]
        var prevContent = -1  // last non-space token index
        for i in tokens.indices {
            let t = tokens[i]
            if t.kind == .space {
                // A line break is a paragraph break: always a sentence break.
                if prevContent >= 0, scalars[t.start..<t.end].contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" }) {
                    starts.append(i + 1)
                    prevContent = -1
                }
                continue
            }
            defer { prevContent = i }
            guard prevContent >= 0, starts.last! <= prevContent else { continue }
            let prev = tokens[prevContent]
            var icu = false
            for p in min(prev.end + 1, t.start)...t.start where icuBreaks[p] { icu = true; break }
            if !icu, prev.end == t.start, prev.kind == .punct, scalars[prev.start] == ".",
               t.shape.contains(.capitalized), prevContent > 0, tokens[prevContent - 1].kind == .word,
               tokens[prevContent - 1].end == prev.start {
                icu = true  // "proche.Les"
            }
            if !icu, prev.kind == .punct, scalars[prev.end - 1] == "…" || (prev.end - prev.start >= 3 && scalars[prev.end - 1] == "."),
               prev.end < t.start, t.shape.contains(.capitalized) {
                icu = true  // ICU does not end sentences at an ellipsis; French news does before a capital
            }
            if !icu, rules.language == "fr", prev.kind == .punct, prev.end - prev.start == 1, scalars[prev.start] == ".",
               prev.end < t.start, t.shape.contains(.capitalized), prevContent > 0, tokens[prevContent - 1].kind == .word,
               tokens[prevContent - 1].end == prev.start, Self.isPlainLowercaseWord(scalars[tokens[prevContent - 1].start..<prev.start]) {
                // ICU's French exceptions match word endings: "soins médicaux. En outre" was kept whole
                // (as if "aux." were the abbreviation); a plain lower-case word of five letters or more that
                // the tokenizer did not take as an abbreviation ends the sentence.
                icu = true
            }
            if !icu, rules.language != "fr", prev.kind == .word, prev.end < t.start, scalars[prev.end - 1] == "." {
                icu = true  // ICU suppresses "г." and "т.д."; isSentenceEnd decides
            }
            guard icu else { continue }
            if !isSentenceEnd(tokens, prevContent, scalars, rules, next: t, sentenceStart: starts.last!) { continue }
            if !canStartSentence(t, scalars) { continue }
            starts.append(i)
        }

        // Closing marks at a sentence start belong to the previous sentence.
        var spans: [Span] = []
        var shapes = document.tokens.map(\.shape)
        for (n, s0) in starts.enumerated() {
            var s = s0
            let e = n + 1 < starts.count ? starts[n + 1] : tokens.count
            while s < e, tokens[s].kind == .space { s += 1 }
            guard s < e else { continue }
            var last = e - 1
            while last > s, tokens[last].kind == .space { last -= 1 }
            spans.append(Span(start: tokens[s].start, end: tokens[last].end))
            shapes[s].insert(.sentenceStart)
        }
        spans = Self.attachClosingMarks(spans, tokens, scalars, &shapes)
        for i in document.tokens.indices { document.tokens[i].shape = shapes[i] }
        document.sentences = spans
    }

    /// Five or more lower-case letters and no abbreviation of the French list.
    static func isPlainLowercaseWord(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        guard w.count >= 5, w.allSatisfy({ $0.properties.isLowercase }) else { return false }
        return !FrenchRules.abbreviations.contains(String(String.UnicodeScalarView(w)))
    }

    /// A sentence can end after token `i` unless it is an abbreviation or an initial.
    private func isSentenceEnd(_ tokens: [Token], _ i: Int, _ scalars: [Unicode.Scalar], _ rules: LanguageRules = .french, next: Token? = nil, sentenceStart: Int = 0) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, scalars[t.end - 1] == "." else { return true }
        let word = String(String.UnicodeScalarView(scalars[t.start..<(t.end - 1)]))
        if word == "etc" { return true }
        if FrenchRules.abbreviations.contains(word) && rules.language == "fr" { return false }
        // Initials "A." and dotted acronyms "U.S." end sentences only at a paragraph end, save the
        // language's exceptions ("the U.S. The talks", "в 2024 г. Затем").
        // "В 2024 г. Дарчиев …": an abbreviation in the first few words opens the sentence.
        guard let next, tokens[sentenceStart..<i].filter({ $0.kind == .word }).count >= 3 else { return false }
        let previousIsNumber = i > 0 && tokens[i - 1].kind == .number
        return rules.endsSentence(afterAbbreviation: word, previousIsNumber: previousIsNumber,
                                  next: String(String.UnicodeScalarView(scalars[next.start..<next.end])))
    }

    private func canStartSentence(_ t: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        let c = scalars[t.start]
        if c == "," || c == ";" || c == ")" || c == "]" { return false }
        if t.kind == .word, c.properties.isLowercase { return false }
        return true
    }

    /// Moves » ” › ) that open a sentence span to the end of the previous one.
    static func attachClosingMarks(_ spans: [Span], _ tokens: [Token], _ scalars: [Unicode.Scalar], _ shapes: inout [Token.Shape]) -> [Span] {
        guard spans.count > 1 else { return spans }
        var out = spans
        // The non-space token starting at a code-point offset: a binary search over the tokens
        // (sorted by start), instead of a dictionary of every token built for a few lookups.
        func tokenAt(_ offset: Int) -> Int? {
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
            }
            var k = lo
            var found: Int? = nil
            while k < tokens.count, tokens[k].start == offset {
                if tokens[k].kind != .space { found = tokens[k].id }
                k += 1
            }
            return found
        }
        for n in 1..<out.count {
            var s = out[n].start
            var moved = false
            // A straight quote closes only when the previous sentence left one open.
            let straightOpen = scalars[out[n - 1].start..<out[n - 1].end].filter { $0 == "\"" }.count % 2 == 1
            while s < out[n].end, "»”›)]".unicodeScalars.contains(scalars[s]) || (scalars[s] == "\"" && straightOpen) {
                s += 1
                moved = true
                while s < out[n].end, scalars[s].properties.isWhitespace { s += 1 }
            }
            guard moved, !scalars[out[n - 1].start..<out[n].start].contains("\n") else { continue }
            // The closing marks join the previous sentence.
            var endPrev = s
            while endPrev > out[n - 1].end, scalars[endPrev - 1].properties.isWhitespace { endPrev -= 1 }
            if let old = tokenAt(out[n].start) { shapes[old].remove(.sentenceStart) }
            out[n - 1].end = endPrev
            out[n].start = s
            if let new = tokenAt(s) { shapes[new].insert(.sentenceStart) }
        }
        return out.filter { !$0.isEmpty }
    }
}
