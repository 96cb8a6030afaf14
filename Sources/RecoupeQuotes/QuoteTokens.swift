import RecoupeCore
/// The non-space tokens of a document with their sentence and paragraph, for the quotation stage.
///
/// Indices here are positions in `tokens` (spaces dropped), not `Token.id`s.
struct QuoteTokens {
    let tokens: [Token]
    let norms: [String]
    /// Sentence index of each token (sentences that never cross a paragraph).
    let sentenceOf: [Int]
    let paragraphOf: [Int]
    /// Token ranges of the sentences and paragraphs.
    let sentenceRanges: [Range<Int>]
    let paragraphRanges: [Range<Int>]
    let scalars: [Unicode.Scalar]

    init(_ doc: Document) {
        scalars = doc.scalars
        tokens = doc.tokens.filter { $0.kind != .space }
        norms = tokens.map(\.norm)
        let sentences = doc.sentences.isEmpty ? doc.paragraphs : doc.sentences
        (sentenceOf, sentenceRanges) = Self.assign(tokens, to: sentences)
        (paragraphOf, paragraphRanges) = Self.assign(tokens, to: doc.paragraphs)
    }

    private static func assign(_ tokens: [Token], to spans: [Span]) -> ([Int], [Range<Int>]) {
        var of = [Int](repeating: 0, count: tokens.count)
        var ranges = [Range<Int>](repeating: 0..<0, count: max(spans.count, 1))
        var s = 0
        var firstOf = [Int](repeating: -1, count: ranges.count)
        var lastOf = [Int](repeating: -1, count: ranges.count)
        for (i, t) in tokens.enumerated() {
            while s + 1 < spans.count, t.start >= spans[s + 1].start { s += 1 }
            of[i] = s
            if firstOf[s] < 0 { firstOf[s] = i }
            lastOf[s] = i
        }
        for k in ranges.indices where firstOf[k] >= 0 { ranges[k] = firstOf[k]..<(lastOf[k] + 1) }
        return (of, ranges)
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
