import RecoupeCore

/// Titles of works, products and programmes in quotation marks: no person, place or organisation inside.
extension EntityRecognizer {
    /// Whether a candidate lies inside a title in quotation marks: « Mario Kart », "Le Siècle de Louis
    /// XIV", "The Late Show with Stephen Colbert" name works, products or programmes, not people. A
    /// title here: at most 16 tokens between an opening and a closing mark, in one sentence, its first
    /// word capitalised and every other word capitalised or a short joining word (de, la, of, the …),
    /// so that a quotation ("« Je crois que Poutine viendra »") is never one. WikiNEuRal's validation
    /// set has about 300 such titles among its person errors; the Wikinews gold, no person so quoted.
    static func insideQuotedTitle(_ c: Candidate, _ ctx: DocumentContext) -> Bool {
        guard let (_, words) = quoted(around: c, ctx, steps: 12, maxLength: 16) else { return false }
        guard ctx.isWord(words.lowerBound), ctx.isCapitalized(words.lowerBound) else { return false }
        for i in words where !ctx.isCapitalized(i) {
            if ctx.isWord(i) ? !titleJoiners.contains(ctx.norm(i)) : !ctx.isPunct(i, ":,-'’") { return false }
        }
        return true
    }

    static let openingMarks: Set<String> = ["«", "\"", "“", "‹"], closingMarks: Set<String> = ["»", "\"", "”", "›"]

    /// Lower-case words a title may hold between its capitalised words.
    static let titleJoiners: Set<String> = ["de", "des", "du", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "à", "au", "aux", "en",
                                            "sur", "of", "the", "and", "in", "with", "on", "a", "an", "to", "for", "don", "dans"]

    /// The opening mark and the words between it and its closing mark around candidate `c`, in one sentence:
    /// each mark at most `steps` tokens from the candidate, at most `maxLength` words in all.
    static func quoted(around c: Candidate, _ ctx: DocumentContext, steps: Int, maxLength: Int) -> (open: Int, words: ClosedRange<Int>)? {
        var first = c.start, last = c.end - 1
        for _ in 0..<steps {
            guard let b = ctx.prev(first) else { return nil }
            if ctx.tokens[b].kind == .punct, openingMarks.contains(ctx.norm(b)) { break }
            first = b
        }
        guard let open = ctx.prev(first), openingMarks.contains(ctx.norm(open)) else { return nil }
        for _ in 0..<steps {
            guard let a = ctx.next(last) else { return nil }
            if ctx.tokens[a].kind == .punct, closingMarks.contains(ctx.norm(a)) { break }
            last = a
        }
        guard let close = ctx.next(last), closingMarks.contains(ctx.norm(close)), last - first < maxLength else { return nil }
        return (open, first...last)
    }

    /// "le film « Le Roi danse »", "la comédie "Super blonde"", "l'album "Thriller"": words in quotation marks
    /// right after a work noun or "intitulé" (`Lexicons/cues/fr/work-introducers.txt`) are a title, whatever their
    /// case; so are short ones in straight quotes around a name only the tagger read (``isShortTitle``). Every
    /// candidate inside becomes one MISC candidate over the quoted words (rule `work`). WikiNEuRal's validation
    /// set has about 200 person, place and organisation errors on a whole quoted title.
    func nameQuotedWorks(_ cands: inout [Candidate], _ deferred: inout [Candidate], _ ctx: DocumentContext) {
        var titles: [Range<Int>] = []
        for c in cands where !titles.contains(where: { $0.contains(c.start) }) {
            if let t = Self.quotedWork(around: c, ctx) { titles.append(t) }
        }
        guard !titles.isEmpty else { return }
        let inside = { (c: Candidate) in titles.contains { $0.lowerBound <= c.start && c.end <= $0.upperBound } }
        cands.removeAll(where: inside)
        deferred.removeAll(where: inside)
        for t in titles {
            cands.append(Candidate(start: t.lowerBound, end: t.upperBound, label: .misc, entry: nil, rule: "work", confidence: 0.7))
        }
    }

    /// The tokens between the quotation marks around `c` (at most 24, in one sentence) when they are a title:
    /// a work noun comes before them, or they are a short title in straight quotes around a tagger's name.
    static func quotedWork(around c: Candidate, _ ctx: DocumentContext) -> Range<Int>? {
        guard let (open, words) = quoted(around: c, ctx, steps: 16, maxLength: 24) else { return nil }
        return introducesWork(before: open, ctx) || isShortTitle(words, open: open, tagged: c, ctx) ? words.lowerBound..<(words.upperBound + 1) : nil
    }

    /// A work noun (and one nationality: "la série américaine « X »") or "intitulé" right before `open`.
    private static func introducesWork(before open: Int, _ ctx: DocumentContext) -> Bool {
        guard var noun = ctx.prev(open) else { return false }
        if FrenchCues.nationalities.contains(ctx.norm(noun)), let p = ctx.prev(noun) { noun = p }
        return FrenchCues.workIntroducers.contains(ctx.norm(noun))
    }

    /// Words in straight or curly double quotes (not guillemets, which French news keeps for quotations), at
    /// most 10 tokens opening on a capital and holding no sentence end, around a name only the tagger read
    /// (a lexicon name in quotes, `"Poutine ment"`, is kept): `dans " La Reine des neiges "`.
    private static func isShortTitle(_ words: ClosedRange<Int>, open: Int, tagged c: Candidate, _ ctx: DocumentContext) -> Bool {
        guard ctx.isPunct(open, "\"“"), c.entry == nil, c.modelConfidence != nil, words.count <= 10,
              ctx.isWord(words.lowerBound), ctx.isCapitalized(words.lowerBound) else { return false }
        return !words.contains { ctx.isPunct($0, ".!?;") }
    }
}
