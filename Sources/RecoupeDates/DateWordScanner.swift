import RecoupeCore
/// What the date parsers share (`FrenchDateParser`, `EnglishRussianDateParser`): the document's non-space
/// words with their folded norms, adjacency across spaces, years, and the left-to-right scan that
/// takes the longest expression at each word and resumes after it.
///
/// Word indices `k` are positions in `words` (token indices of the non-space tokens).
protocol DateWordScanner {
    var doc: Document { get }
    /// Non-space token indices.
    var words: [Int] { get }
    /// Folded norms of `words` ("fevrier" for "février").
    var norms: [String] { get }
    /// The expression starting at word `k`, if any.
    func parse(at k: Int) -> DateMatch?
}

/// A date expression found over words `first...last`.
struct DateMatch {
    var first: Int  // word indices, inclusive
    var last: Int
    var expression: DateExpression
    var rule: String
}

extension DateWordScanner {
    typealias Found = DateMatch

    /// The non-space words of `doc` and their norms with diacritics folded.
    static func words(of doc: Document) -> (words: [Int], norms: [String]) {
        // Sized once (a filter grows by doubling: twice the memory at the peak for a long text).
        let count = doc.tokens.lazy.filter { $0.kind != .space }.count
        var words: [Int] = [], norms: [String] = []
        words.reserveCapacity(count)
        norms.reserveCapacity(count)
        for i in doc.tokens.indices where doc.tokens[i].kind != .space {
            words.append(i)
            norms.append(folded(doc.tokens[i].norm))
        }
        return (words, norms)
    }

    /// `DiacriticFolding.fold(norm)`, an ASCII word (most of them) answered here by a byte scan: the
    /// call into RecoupeCore, with its retains, cost ~190 instructions a word (issue 16).
    @inline(__always) private static func folded(_ norm: String) -> String {
        var bytes = norm
        let ascii = bytes.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count, utf8[i] < 0x80 { i += 1 }
            return i == utf8.count
        }
        return ascii ? norm : DiacriticFolding.fold(norm)
    }

    /// The norm of word k, or "" outside the document.
    func n(_ k: Int) -> String { k >= 0 && k < words.count ? norms[k] : "" }

    /// Whether words a...b are consecutive tokens (no space or line break between them).
    func isAdjacent(_ a: Int, _ b: Int) -> Bool { a >= 0 && b < words.count && words[b] == words[a] + (b - a) }

    /// A four-digit year 1000...2999.
    func year(_ s: String) -> Int? {
        guard s.count == 4, let v = Int(s), (1000...2999).contains(v) else { return nil }
        return v
    }

    /// Every expression, left to right, without overlaps.
    func findAll() -> [DateMatch] {
        var out: [DateMatch] = []
        var k = 0
        while k < words.count {
            if let f = parse(at: k) {
                out.append(f)
                k = f.last + 1
            } else {
                k += 1
            }
        }
        return out
    }

    /// Word indices → token indices.
    func tokenRange(_ f: DateMatch) -> (Int, Int) { (words[f.first], words[f.last]) }
}
