import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
extension Document {
    /// Index of the first token ending after `offset` (tokens are sorted and do not overlap).
    func firstToken(endingAfter offset: Int) -> Int {
        tokens.partitionIndex { $0.end <= offset }
    }

    /// Norms of the word and number tokens inside `start..<end`, in order.
    ///
    /// Falls back to splitting on non-alphanumerics (lower-cased) when the document has no tokens.
    func wordNorms(start: Int, end: Int) -> [String] {
        guard !tokens.isEmpty else {
            return surface(start: start, end: end).lowercased()
                .split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "’" && $0 != "'" })
                .map(String.init)
        }
        var out: [String] = []
        var i = firstToken(endingAfter: start)
        while i < tokens.count, tokens[i].start < end {
            if tokens[i].isWordLike, tokens[i].start >= start { out.append(tokens[i].norm) }
            i += 1
        }
        return out
    }

    /// Stemmed content words of a span (function words and role modifiers left out).
    func contentWords(start: Int, end: Int) -> Set<String> {
        FrenchFunctionWords.contentStems(wordNorms(start: start, end: end))
    }

    /// The sentence holding `offset`, or nil when there is no sentence layer.
    func sentence(containing offset: Int) -> Span? {
        let lo = sentences.partitionIndex { $0.end <= offset }
        return lo < sentences.count && sentences[lo].start <= offset ? sentences[lo] : nil
    }
}
