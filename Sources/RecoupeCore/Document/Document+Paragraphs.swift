extension Document {
    /// Paragraphs: non-empty lines, trimmed. The Sentences stage records them; Language and Quotes
    /// compute them when that stage has not run.
    public static func paragraphs(of scalars: [Unicode.Scalar]) -> [Span] {
        var out: [Span] = []
        // A raw buffer and code-point values: language identification and the sentence splitter each
        // split every document, and the checked subscripts cost more than the comparisons.
        scalars.withUnsafeBufferPointer { text in
            var i = 0
            let n = text.count
            while i < n {
                while i < n, text[i].isWhitespaceFast { i += 1 }
                guard i < n else { break }
                var j = i
                while j < n {
                    let v = text[j].value
                    if v == 0x0A || v == 0x0D || v == 0x2029 { break }  // \n, \r, paragraph separator
                    j += 1
                }
                var e = j
                while e > i, text[e - 1].isWhitespaceFast { e -= 1 }
                out.append(Span(start: i, end: e))
                i = j
            }
        }
        return out
    }
}
