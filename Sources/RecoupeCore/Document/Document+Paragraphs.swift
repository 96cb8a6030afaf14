extension Document {
    /// Paragraphs: non-empty lines, trimmed. The Sentences stage records them; Language and Quotes
    /// compute them when that stage has not run.
    public static func paragraphs(of scalars: [Unicode.Scalar]) -> [Span] {
        var out: [Span] = []
        var i = 0
        let n = scalars.count
        while i < n {
            while i < n, scalars[i].properties.isWhitespace { i += 1 }
            guard i < n else { break }
            var j = i
            while j < n, scalars[j] != "\n", scalars[j] != "\r", scalars[j] != "\u{2029}" { j += 1 }
            var e = j
            while e > i, scalars[e - 1].properties.isWhitespace { e -= 1 }
            out.append(Span(start: i, end: e))
            i = j
        }
        return out
    }
}
