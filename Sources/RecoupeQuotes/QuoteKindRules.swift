import RecoupeCore

/// Partial quotation or mention, for quoted words no cue attributes; and the news dateline dash.
///
/// Measured on the Wikinews dev split (`make eval-errors`): without a cue, a quotation used to be a
/// `mention` when short or not opening a clause, which called a third of the partial quotations of
/// news mentions ("il s'agit d'« un pas vers le franquisme »", "a nécessité « 100 millions d'euros »").
/// Now the evidence is named: words of someone are quoted where the sentence has a speaker (a person or
/// organisation mention, a subject pronoun, a verb of saying anywhere in it) or a "que" introduces them;
/// a mention is a title or name (capitalised, no sentence punctuation) or a scare-quoted word inside a
/// noun phrase of a sentence where nobody speaks.
extension QuoteFinderRun {
    func kindWithoutCue(quoteStart qs: Int, quoteEnd qe: Int, inner: Range<Int>, words: Int, opensClause: Bool,
                        endsUtterance: Bool) -> (Quote.Kind, String) {
        let before = qs > 0 && quoteTokens.paragraphOf[qs - 1] == quoteTokens.paragraphOf[qs] ? quoteTokens.norm(qs - 1) : nil
        let introducedByQue = QuoteWords.isQue(before)
        if isTitleOrName(quoteStart: qs, inner: inner, words: words, opensClause: opensClause, endsUtterance: endsUtterance) {
            return (.mention, "title or name")
        }
        if introducedByQue { return (.partial, "que before") }
        // "baptisée en Iran « nid d'espions »", "est baptisée « Europe »": a naming word shortly before.
        if ((qs - 3)..<qs).contains(where: { $0 >= 0 && Self.namingWords.contains(quoteTokens.norms[$0]) }) { return (.mention, "naming word before") }
        // A word or two in a noun phrase ("les « vraies » couleurs", "servaient de « mules »") is a
        // scare quote unless a verb of saying or "selon" stands in the sentence; longer quoted words
        // are someone's when the sentence has any speaker.
        if words <= 2 {
            if let e = speechEvidence(around: qs, end: qe, strong: true) { return (.partial, "speech in the sentence: \(e)") }
            // "Marc Guillemot a dû faire demi-tour après avoir entendu deux « bangs successifs »": a person
            // subject of the sentence reports what the quoted words describe.
            if personSubject(before: qs) { return (.partial, "person subject of the sentence") }
            // "Le parti écologiste pense qu'il s'agit de « propos isolés »": in the "que" clause of a
            // subject that can speak, the words are that subject's.
            return clauseOfSpeakingSubject(before: qs) ? (.partial, "que clause of a subject that speaks") : (.mention, "scare quote")
        }
        if let e = speechEvidence(around: qs, end: qe) { return (.partial, "speech in the sentence: \(e)") }
        if sentenceHasSpeakerMention(around: qs, end: qe) { return (.partial, "speaker in the sentence") }
        // News quotes a speaker named a sentence before or after ("Le maire a réagi. Il faut « … »"): the
        // issue's "a speaker named in the paragraph". Scare quotes and titles were decided above.
        if paragraphHasSpeakerMention(around: qs, end: qe) { return (.partial, "speaker in the paragraph") }
        // Eight words or more are no title, name or scare quote: someone's words, even unnamed.
        if words >= Self.longQuotation { return (.partial, "long quoted words") }
        if words <= 3 || !opensClause { return (.mention, "nobody speaks") }
        return (.partial, "a clause")
    }

    /// Quoted words from this many on are someone's, not a title or a scare quote.
    static let longQuotation = 8

    static let namingWords: Set<String> = QuoteCueLexicon.set("fr/quote-naming-words")

    /// A title or a name in marks: "la vidéo « Collateral Murder »", "la version « Precise Pangolin »",
    /// capitalised, six words at most, no sentence punctuation, inside the sentence and not after "que".
    /// A verb of saying elsewhere in the sentence does not make it anyone's words: every such quotation
    /// of the news dev split is a mention (9 of 9), cue in its sentence or not.
    func isTitleOrName(quoteStart qs: Int, inner: Range<Int>, words: Int, opensClause: Bool, endsUtterance: Bool) -> Bool {
        guard !inner.isEmpty, words <= 6, !opensClause, !endsUtterance, quoteTokens.isCapitalized(inner.lowerBound) else { return false }
        guard !quoteTokens.isPunct(inner.upperBound - 1, Self.utteranceEnds) else { return false }
        return !(qs > 0 && quoteTokens.paragraphOf[qs - 1] == quoteTokens.paragraphOf[qs] && QuoteWords.isQue(quoteTokens.norm(qs - 1)))
    }

    /// Punctuation ending an utterance: a sentence end, "!" or "?".
    static let utteranceEnds: Set<String> = sentenceEnds.union(PunctSets.exclamOrQuestion)

    /// A verb of saying outside the marks, "selon"/"d'après", or a subject pronoun before the quotation,
    /// in the quotation's sentence.
    func sentenceHasSpeech(around qs: Int, end qe: Int) -> Bool { speechEvidence(around: qs, end: qe) != nil }

    /// What in the quotation's sentence says someone speaks: "verb dire", "selon", "pronoun il"; nil for nothing.
    /// `strong` asks for a verb of saying that is no incise-only verb ("faire") or "selon": a subject
    /// pronoun somewhere before says nothing of a word or two in scare quotes ("Il se veut une
    /// distribution orientée « grand public »").
    func speechEvidence(around qs: Int, end qe: Int, strong: Bool = false) -> String? {
        let sr = quoteTokens.sentenceRanges[quoteTokens.sentenceOf[qs]]
        let lo = max(sr.lowerBound, qs - Self.reach), hi = min(sr.upperBound, qe + Self.reach)
        for k in lo..<hi where k < qs || k >= qe {
            if let e = cues.isVerb(k, allowIncise: !strong) { return "verb \(e.lemma)" }
            if let w = quoteTokens.norm(k), w == "selon" || (w == "après" && quoteTokens.norm(k - 1) == "d'") { return "selon" }
            if !strong, k < qs, let w = quoteTokens.norm(k), ["il", "elle", "ils", "elles", "-t-il", "-t-elle"].contains(w), !isImpersonal(k) { return "pronoun \(w)" }
        }
        return nil
    }

    /// "Il apparaît que", "il faut", "il s'agit", "il n'y a": the "il" at `k` stands for nobody.
    func isImpersonal(_ k: Int) -> Bool {
        guard quoteTokens.norm(k) == "il" else { return false }
        var j = k + 1
        if let w = quoteTokens.norm(j), w == "ne" || w == "n'" || w == "s'" || w == "se" { j += 1 }
        return quoteTokens.norm(j).map { QuoteWords.impersonalVerbs.contains($0) } ?? false
    }

    /// A person mention opening a clause of the quotation's sentence before the quotation (at the
    /// sentence start or after a comma or a dash), as subjects are: "Dans l'après-midi, Marc Guillemot a …".
    /// Organisations do not count: "Nintendo a présenté une version « grand format »" names a product.
    func personSubject(before qs: Int) -> Bool {
        let sr = quoteTokens.sentenceRanges[quoteTokens.sentenceOf[qs]]
        let lo = max(sr.lowerBound, qs - Self.reach)
        guard lo < qs else { return false }
        let (a, b) = (quoteTokens.tokens[lo].start, quoteTokens.tokens[qs].start)
        for i in mentions.inside(a, b) {
            let mention = doc.mentions[i]
            guard mention.label == .person, mention.end <= b else { continue }
            let k = quoteTokens.index(atOrAfter: mention.start)
            if k == sr.lowerBound || quoteTokens.isPunct(k - 1, [",", "-", "–", "—"]) { return true }
        }
        return false
    }

    /// The quotation stands in the "que" clause of a short clause (the sentence, or its part after a
    /// semicolon) opened by a person or organisation mention or a description of someone ("Le parti pense qu'…").
    func clauseOfSpeakingSubject(before qs: Int) -> Bool {
        let sr = quoteTokens.sentenceRanges[quoteTokens.sentenceOf[qs]]
        guard let que = (max(sr.lowerBound, qs - Self.reach)..<qs).last(where: { QuoteWords.isQue(quoteTokens.norms[$0]) }) else { return false }
        // The clause opens the sentence or follows a semicolon ("… ; le parti écologiste pense qu'…").
        var s0 = (sr.lowerBound..<que).last(where: { quoteTokens.isPunct($0, ";") }).map { $0 + 1 } ?? sr.lowerBound
        while s0 < que, let w = quoteTokens.norm(s0), QuoteWords.connectors.contains(w) || quoteTokens.isPunct(s0, ",") { s0 += 1 }
        // A short clause of words only, opened by a name or "determiner + person or organisation noun".
        guard s0 < que, que - s0 <= 8, (s0..<que).allSatisfy({ quoteTokens.isWord($0) }) else { return false }
        let at = quoteTokens.tokens[s0].start
        let agent = mentions.overlapping(at, at + 1).contains { doc.mentions[$0].start == at && (doc.mentions[$0].label == .person || doc.mentions[$0].label == .organization) }
        let description = QuoteWords.determiners.contains(quoteTokens.norms[s0])
            && ((s0 + 1)...(s0 + 2)).contains { $0 < que && SpeechCueMatcher.holders.contains(quoteTokens.norms[$0]) }
        return agent || description
    }

    /// A person or organisation mention in the quotation's sentence, outside the marks.
    func sentenceHasSpeakerMention(around qs: Int, end qe: Int) -> Bool {
        let sr = quoteTokens.sentenceRanges[quoteTokens.sentenceOf[qs]]
        return hasSpeakerMention(in: max(sr.lowerBound, qs - Self.reach)..<min(sr.upperBound, qe + Self.reach), outside: qs, qe)
    }

    /// A person or organisation mention in the quotation's paragraph, outside the marks; bounded, so that
    /// a novel's page-long paragraph stays linear in its quotations.
    func paragraphHasSpeakerMention(around qs: Int, end qe: Int) -> Bool {
        let pr = quoteTokens.paragraphRanges[quoteTokens.paragraphOf[qs]]
        return hasSpeakerMention(in: max(pr.lowerBound, qs - 300)..<min(pr.upperBound, qe + 300), outside: qs, qe)
    }

    /// A person or organisation mention within tokens `r`, outside the quotation's tokens `qs..<qe`.
    /// Through the index: a scan of every mention per quotation made long documents quadratic.
    private func hasSpeakerMention(in r: Range<Int>, outside qs: Int, _ qe: Int) -> Bool {
        guard !r.isEmpty else { return false }
        let (a, b) = (quoteTokens.tokens[r.lowerBound].start, quoteTokens.tokens[r.upperBound - 1].end)
        let (inA, inB) = (quoteTokens.tokens[qs].start, quoteTokens.tokens[qe - 1].end)
        return mentions.inside(a, b).contains { i in
            let m = doc.mentions[i]
            return (m.end <= inA || m.start >= inB) && (m.label == .person || m.label == .organization)
        }
    }

    /// "2 juillet 2012. - Le plan …": the dash after a dateline opens the article, not a dialogue turn.
    func isDatelineDash(_ a: Int, paragraph pr: Range<Int>) -> Bool {
        guard a > pr.lowerBound, a - pr.lowerBound <= 6, quoteTokens.isPunct(a - 1, ".") else { return false }
        return (pr.lowerBound..<(a - 1)).allSatisfy { k in
            quoteTokens.tokens[k].kind == .number || QuoteWords.monthNames.contains(quoteTokens.norms[k]) || quoteTokens.norms[k] == "er"
                || (quoteTokens.norms[k].hasSuffix("er") && quoteTokens.norms[k].dropLast(2).allSatisfy(\.isNumber))
                || SpeechCueMatcher.timeWords.contains(quoteTokens.norms[k])
        }
    }
}
