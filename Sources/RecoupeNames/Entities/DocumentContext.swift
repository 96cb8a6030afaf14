import RecoupeCore
import RecoupeICU
import RecoupeText
/// What the entity rules ask about a document's tokens, computed once per document: sentence of
/// each token, headline-case sentences, and the words the text also writes in lower case.
struct DocumentContext {
    let doc: Document
    let tokens: [Token]
    /// Sentence index of each token (-1 for space tokens outside sentences).
    let sentenceOf: SentenceOfToken
    /// Per sentence: written in headline or all-capital case (most words capitalized).
    let headline: [Bool]
    /// Norms of words the document writes without a capital somewhere, interned by their bytes (norms
    /// are NFC, so equal bytes are equal words): a `Set<String>` hashed every lower-case word of the text.
    let lowercaseNorms: TokenVocabulary

    init(_ doc: Document) {
        self.doc = doc
        tokens = doc.tokens
        var sentenceOf = [Int32](repeating: -1, count: doc.tokens.count)
        var s = 0
        for (i, t) in doc.tokens.enumerated() {
            while s < doc.sentences.count, doc.sentences[s].end <= t.start { s += 1 }
            if s < doc.sentences.count, doc.sentences[s].start <= t.start { sentenceOf[i] = Int32(s) }
        }
        self.sentenceOf = SentenceOfToken(sentenceOf)
        var words = [Int](repeating: 0, count: doc.sentences.count)
        var caps = [Int](repeating: 0, count: doc.sentences.count)
        var lower = TokenVocabulary()
        lower.reserve(1024)
        for (i, t) in doc.tokens.enumerated() where t.kind == .word {
            guard doc.scalars[t.start].isAlphabeticFast else { continue }
            if sentenceOf[i] >= 0 {
                words[Int(sentenceOf[i])] += 1
                if t.shape.contains(.capitalized) { caps[Int(sentenceOf[i])] += 1 }
            }
            if !t.shape.contains(.capitalized) { _ = lower.intern(t.norm) }
        }
        headline = zip(words, caps).map { w, c in w >= 4 && Double(c) >= 0.6 * Double(w) }
        lowercaseNorms = lower
    }

    func norm(_ i: Int) -> String { tokens[i].norm }
    func isCapitalized(_ i: Int) -> Bool { tokens[i].shape.contains(.capitalized) }
    func isSentenceStart(_ i: Int) -> Bool { tokens[i].shape.contains(.sentenceStart) }
    func isHeadline(_ i: Int) -> Bool { sentenceOf[i] >= 0 && headline[sentenceOf[i]] }
    func isWord(_ i: Int) -> Bool { tokens[i].kind == .word }
    func isPunct(_ i: Int, _ chars: String) -> Bool {
        tokens[i].kind == .punct && chars.unicodeScalars.contains(doc.scalars[tokens[i].start])
    }

    /// Previous non-space token in the same sentence.
    func prev(_ i: Int) -> Int? {
        var j = i - 1
        while j >= 0, tokens[j].kind == .space { j -= 1 }
        guard j >= 0, sentenceOf[j] == sentenceOf[i] else { return nil }
        return j
    }

    /// Next non-space token in the same sentence.
    func next(_ i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count, tokens[j].kind == .space { j += 1 }
        guard j < tokens.count, sentenceOf[j] == sentenceOf[i] else { return nil }
        return j
    }

    /// A capitalized word that is an ordinary word here: a function word, or a sentence-initial
    /// word the text also writes in lower case.
    func isCommonWord(_ i: Int) -> Bool {
        let n = norm(i)
        if FrenchCues.notNames.contains(n) { return true }
        if isSentenceStart(i) || isHeadline(i) { return lowercaseNorms.contains(n) }
        return false
    }

    /// A civility or a role word right before token i ("M. X", "le président X").
    func hasPersonCue(before i: Int) -> Bool {
        guard let p = prev(i) else { return false }
        let n = norm(p)
        return FrenchCues.civilities.contains(n) || FrenchCues.roles.contains(n)
    }
}

/// Sentence of each token in 32 bits, read as `Int`: one entry per token of the document, so 8
/// bytes each made 27 MB for a 16 MB text (issue 18).
struct SentenceOfToken {
    private let values: [Int32]
    init(_ values: [Int32]) { self.values = values }
    var count: Int { values.count }
    subscript(i: Int) -> Int { Int(values[i]) }
}
