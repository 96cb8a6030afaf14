import RecoupeCore
/// The non-space tokens of a document with their sentence and paragraph, for the quotation stage.
///
/// Indices here are positions in `tokens` (spaces dropped), not `Token.id`s.
struct QuoteTokens {
    let tokens: NonSpaceTokens
    let norms: NonSpaceNorms
    /// Sentence index of each token (sentences that never cross a paragraph).
    let sentenceOf: SpanOfToken
    let paragraphOf: SpanOfToken
    /// Token ranges of the sentences and paragraphs.
    let sentenceRanges: [Range<Int>]
    let paragraphRanges: [Range<Int>]
    let scalars: [Unicode.Scalar]
    /// The word codes the tokens were looked up in (nil: none, `codes` is empty).
    let table: QuoteWordCodes?
    /// Each token's `QuoteWordCodes` code: its word classes and verb-of-saying entry, looked up once.
    let codes: [UInt32]

    init(_ doc: Document, codes table: QuoteWordCodes? = nil) {
        scalars = doc.scalars
        tokens = NonSpaceTokens(doc.tokens)
        norms = NonSpaceNorms(tokens: tokens)
        self.table = table
        if let table {
            var codes = [UInt32](repeating: 0, count: tokens.count)
            for i in tokens.indices { codes[i] = table.code(tokens[i].norm) }
            self.codes = codes
        } else {
            codes = []
        }
        let sentences = doc.sentences.isEmpty ? doc.paragraphs : doc.sentences
        (sentenceOf, sentenceRanges) = Self.assign(tokens, to: sentences)
        (paragraphOf, paragraphRanges) = Self.assign(tokens, to: doc.paragraphs)
    }

    private static func assign(_ tokens: NonSpaceTokens, to spans: [Span]) -> (SpanOfToken, [Range<Int>]) {
        var ranges = [Range<Int>](repeating: 0..<0, count: max(spans.count, 1))
        var s = 0
        for i in tokens.indices {
            let start = tokens[i].start
            while s + 1 < spans.count, start >= spans[s + 1].start { s += 1 }
            // Tokens arrive in order: a span's range opens at its first token and grows to its last.
            ranges[s] = ranges[s].isEmpty ? i..<(i + 1) : ranges[s].lowerBound..<(i + 1)
        }
        return (SpanOfToken(ranges), ranges)
    }

    var count: Int { tokens.count }

    /// First token starting at or after `offset` (count when none).
    func index(atOrAfter offset: Int) -> Int {
        tokens.partitionIndex { $0.start < offset }
    }

    /// One past the last token ending at or before `offset`.
    func index(endingBy offset: Int) -> Int {
        tokens.partitionIndex { $0.end <= offset }
    }

    /// Whether token `i` exists and its norm is in the word class `c` (the words of that
    /// `QuoteWordClass` list): `QuoteWords.X.contains(norms[i])` without hashing the norm.
    @inline(__always) func has(_ i: Int, _ c: QuoteWordClass) -> Bool {
        i >= 0 && i < codes.count && codes[i] & c.rawValue != 0
    }

    /// Whether token `i`'s code says its norm is no verb of saying: a bit test that turns most tokens away
    /// before the verb lexicon is asked (issue 16). False without codes (the lexicon is asked).
    @inline(__always) func hasNoVerbEntry(_ i: Int) -> Bool {
        i >= 0 && i < codes.count && codes[i] >> QuoteWordCodes.entryShift == 0
    }

    /// `isPunct(i, p)` for a punctuation word with its own class (`.comma`, `.closingGuillemet`): the
    /// class bit turns away the other tokens before the token is read. Only with codes (French).
    @inline(__always) func isPunct(_ i: Int, _ c: QuoteWordClass) -> Bool {
        has(i, c) && tokens[i].kind == .punct
    }

    func isPunct(_ i: Int, _ set: Set<String>) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && set.contains(norms[i])
    }

    /// `isPunct(i, [p])` without hashing: one string comparison.
    func isPunct(_ i: Int, _ p: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && norms[i] == p
    }

    func norm(_ i: Int) -> String? { i >= 0 && i < tokens.count ? norms[i] : nil }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isWordLike }

    func isCapitalized(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].shape.contains(.capitalized) }

    /// Code-point span of the token range.
    func span(_ r: Range<Int>) -> (start: Int, end: Int) { (tokens[r.lowerBound].start, tokens[r.upperBound - 1].end) }
}

/// Punctuation sets tested by the quote finder, built once (a set literal in a call is built on every call).
enum PunctSets {
    static let sentenceEndGuillemetColon: Set<String> = QuoteFinderRun.sentenceEnds.union(["»", ":"])
    static let exclamOrQuestion: Set<String> = ["?", "!", "…", "...", "?!", "!?"]
    static let commaSemicolon: Set<String> = [",", ";"]
    static let clauseOpening: Set<String> = QuoteFinderRun.sentenceEnds.union([":", "»", "—", "–", "(", "\""])
    static let closingQuote: Set<String> = ["»", "\""]
    static let clauseEnd: Set<String> = QuoteFinderRun.sentenceEnds.union([",", ";", ":"])
    static let sentenceEndOrComma: Set<String> = QuoteFinderRun.sentenceEnds.union([","])
    static let openingQuote: Set<String> = ["«", "\""]
    static let closingQuoteOrCurly: Set<String> = ["»", "\"", "”"]
    static let colonSemicolon: Set<String> = [":", ";"]
    static let afterSpeakerName: Set<String> = SpeechCueMatcher.commas.union([".", ";", "!", "?", "»"])
}

extension QuoteTokens {
    /// A name governed by a preposition, a few words back in its clause ("la politique linguistique du
    /// président José Ramón Bauzà", "appelle à voter pour Barack Obama", "cette édition du Vendée Globe"):
    /// no antecedent of a subject pronoun. "Pour X, …" opening a clause names a source and counts.
    func isComplement(nameAt offset: Int) -> Bool {
        let k = index(atOrAfter: offset)
        var j = k - 1
        // A capitalised word or an article right before the name ends the look-back: "le ministre de la
        // Justice Alberto Ruiz-Gallardón" (a name that took in its title's last word) keeps its "de" out.
        if j >= 0, ["la", "le", "l'", "les"].contains(norms[j]) { return false }
        while j >= 0, k - j <= 3, isWord(j), !isCapitalized(j) {
            let w = norms[j]
            if QuoteWords.complementPrepositions.contains(w) { return w != "pour" || isWord(j - 1) }
            j -= 1
        }
        return false
    }
}

/// The document's non-space tokens, read in place through 32-bit positions into `Document.tokens`:
/// a copy of the tokens cost 32 bytes per token, about 8 bytes per byte of a long text (issue 18).
struct NonSpaceTokens: RandomAccessCollection {
    private let all: [Token]
    private let positions: [Int32]

    init(_ all: [Token]) {
        self.all = all
        var positions: [Int32] = []
        positions.reserveCapacity(all.lazy.filter { $0.kind != .space }.count)
        for (i, t) in all.enumerated() where t.kind != .space { positions.append(Int32(i)) }
        self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }
    subscript(i: Int) -> Token { all[Int(positions[i])] }
}

/// The norms of `NonSpaceTokens`, read from the tokens (no second array of strings).
struct NonSpaceNorms: RandomAccessCollection {
    let tokens: NonSpaceTokens
    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }
    subscript(i: Int) -> String { tokens[i].norm }
}

/// The span (sentence or paragraph) of each token, by binary search over the spans' token ranges:
/// a table with an entry per token cost 4–8 bytes per token of a long text (issue 18).
struct SpanOfToken {
    /// One past the last token of each span that has tokens, and that span's index, in text order.
    private let ends: [Int32]
    private let spans: [Int32]

    /// `ranges` partition the tokens in order (empty ranges for spans without tokens).
    init(_ ranges: [Range<Int>]) {
        var ends: [Int32] = [], spans: [Int32] = []
        for (k, r) in ranges.enumerated() where !r.isEmpty {
            ends.append(Int32(r.upperBound))
            spans.append(Int32(k))
        }
        self.ends = ends
        self.spans = spans
    }

    /// The span of the last token (nil without tokens).
    var last: Int? { spans.last.map { Int($0) } }

    subscript(i: Int) -> Int {
        let k = ends.partitionIndex { Int($0) <= i }
        return k < spans.count ? Int(spans[k]) : 0
    }
}
