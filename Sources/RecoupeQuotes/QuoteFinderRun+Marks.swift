import RecoupeCore

/// Quotations in marks (« », “ ”): their kind, and the speech cue after, before or at a colon.
extension QuoteFinderRun {
    func classify(_ q: QuoteMarkScanner.Marked) -> [Item] {
        let qs = quoteTokens.index(atOrAfter: q.start)
        let qe = quoteTokens.index(endingBy: q.end)
        guard qs < qe else { return [] }
        let innerStart = qs + 1
        let innerEnd = q.closed ? qe - 1 : qe
        let words = (innerStart..<max(innerStart, innerEnd)).filter { quoteTokens.isWord($0) }.count
        let confidence = q.closed ? 1.0 : 0.5
        if q.depth > 0 {
            return [Item(start: q.start, end: q.end, contentStart: q.contentStart, contentEnd: q.contentEnd,
                         kind: words <= 4 ? .mention : .direct, cue: nil, confidence: 0.5 * confidence, anchor: qs,
                         rule: words <= 4 ? "nested, short" : "nested, a clause")]
        }
        let para = quoteTokens.paragraphOf[qs]
        let paraStart = quoteTokens.paragraphRanges[para].lowerBound
        let before = qs - 1 >= paraStart ? qs - 1 : nil
        var opensClause = before == nil || quoteTokens.isPunct(before!, PunctSets.clauseOpening)
        let afterColon = before.map { quoteTokens.isPunct($0, ":") } ?? false
        // "baptisé « … »", "le film « … »" name a thing; "s'est dite « … »" still reports speech, but
        // "est baptisée « Europe »" still names.
        let mentionCue = before.map { b in
            quoteTokens.isWord(b) && QuoteWords.mentionCues.contains(quoteTokens.norms[b])
                && (Self.namingWords.contains(quoteTokens.norms[b]) || !(quoteTokens.norm(b - 1).map { QuoteWords.auxiliaries.contains($0) } ?? false))
        } ?? false

        // Attribution.
        var cue: SpeechCueMatcher.Cue?
        var continues = false
        var viaIncise: [Item] = []
        if q.closed, innerStart < innerEnd {
            viaIncise = split(first: q.start, contentStart: q.contentStart, content: innerStart..<innerEnd, last: q.end,
                              lastContentEnd: q.contentEnd, resumeAfterSentenceEnd: true, kind: .direct, confidence: confidence * 0.9)
            if viaIncise.count <= 1 { viaIncise = [] }
        }
        if !mentionCue {
            cue = cueAfter(quoteEnd: qe) ?? cueBefore(quoteStart: qs) ?? (before == nil ? colonCue(beforeToken: qs) : nil)
            // A quotation opening a paragraph right after one that ended the previous paragraph.
            if cue == nil, before == nil, words > 3, para > 0 {
                let prev = quoteTokens.paragraphRanges[para - 1]
                let tail = max(prev.lowerBound, prev.upperBound - 2)..<prev.upperBound
                continues = tail.contains { quoteTokens.isPunct($0, PunctSets.closingQuote) }
            }
        }
        // "Selon X, « … »": the quotation is the clause "selon" attributes.
        // "Selon la fédération des banques, Febelfin, « … »": a name in apposition may stand between.
        if let c = cue, c.lemma == "selon" || c.lemma == "d'après" || c.lemma == "pour", let b = before, quoteTokens.isPunct(b, ","),
           c.end <= b, b - c.end <= 6, (c.end..<b).allSatisfy({ quoteTokens.isPunct($0, ",") || quoteTokens.isCapitalized($0) }) { opensClause = true }
        // "« Tout part ! »": an exclamation or a question is said, not a title.
        let endsUtterance = innerEnd > innerStart && quoteTokens.isPunct(innerEnd - 1, PunctSets.exclamOrQuestion)
        let sentenceEnd = quoteTokens.sentenceRanges[quoteTokens.sentenceOf[max(qs, qe - 1)]].upperBound
        let endsClause = qe >= sentenceEnd || quoteTokens.isPunct(qe, PunctSets.clauseEnd)
        var kind: Quote.Kind
        var rule: String
        let evidence = cue.map { "cue \($0.lemma)" } ?? (continues ? "continues the previous paragraph" : endsUtterance ? "exclamation or question" : "clause")
        if mentionCue {
            (kind, rule) = (.mention, "naming word before")
        } else if cue == nil && !continues && (words <= 3 || !opensClause) && !endsUtterance {
            (kind, rule) = kindWithoutCue(quoteStart: qs, quoteEnd: qe, inner: innerStart..<max(innerStart, innerEnd), words: words,
                                          opensClause: opensClause, endsUtterance: endsUtterance)
        } else if opensClause && (afterColon || endsClause || words > 6) {
            (kind, rule) = (.direct, evidence + (afterColon ? ", after a colon" : ", a clause of its own"))
        } else if isTitleOrName(quoteStart: qs, inner: innerStart..<max(innerStart, innerEnd), words: words, opensClause: opensClause,
                                endsUtterance: endsUtterance) {
            (kind, rule) = (.mention, evidence + ", title or name")
        } else {
            (kind, rule) = (.partial, evidence + ", inside the sentence")
        }
        if !viaIncise.isEmpty {
            for i in viaIncise.indices { viaIncise[i].kind = kind == .mention ? .direct : kind }
            var whole = unit(viaIncise)
            whole[0].rule = "incise, " + rule
            whole[0].start = q.start
            whole[0].end = q.end
            whole[0].contentStart = q.contentStart
            whole[0].contentEnd = q.contentEnd
            if whole[0].cue == nil { whole[0].cue = cue }
            return splitAtReopenings(whole, q.reopenings)
        }
        var conf = confidence * (cue != nil ? 0.9 : continues ? 0.6 : 0.5)
        if kind == .mention { conf = confidence * 0.6 }
        return splitAtReopenings([Item(start: q.start, end: q.end, contentStart: q.contentStart, contentEnd: q.contentEnd, kind: kind,
                                       cue: kind == .mention ? nil : cue, continues: continues && kind != .mention, confidence: conf, anchor: qs,
                                       rule: rule)],
                                 q.reopenings)
    }

    /// A multi-paragraph quotation stays one unit: each paragraph's stretch is a segment (the
    /// reopening mark « and the space after it are outside the content).
    func splitAtReopenings(_ items: [Item], _ reopenings: [Int]) -> [Item] {
        guard !reopenings.isEmpty else { return items }
        return items.map { item in
            var out = item
            var pieces: [Range<Int>] = []
            for seg in item.contentSegments {
                var start = seg.lowerBound
                for r in reopenings where start < r && r < seg.upperBound {
                    let last = quoteTokens.index(endingBy: r) - 1
                    guard last >= 0 else { continue }
                    let end = max(start, min(seg.upperBound, quoteTokens.tokens[last].end))
                    if end > start { pieces.append(start..<end) }
                    var cs = r + 1
                    while cs < seg.upperBound, quoteTokens.scalars[cs].properties.isWhitespace { cs += 1 }
                    start = min(cs, seg.upperBound)
                }
                if seg.upperBound > start { pieces.append(start..<seg.upperBound) }
            }
            out.segments = pieces.count > 1 ? pieces : item.segments
            return out
        }
    }

    /// "», a indiqué le consulat", "» dit-il", "», selon X", or an inverted cue ending the sentence.
    func cueAfter(quoteEnd qe: Int) -> SpeechCueMatcher.Cue? {
        guard qe < quoteTokens.count else { return nil }
        let sentenceEnd = quoteTokens.sentenceRanges[quoteTokens.sentenceOf[qe - 1]].upperBound
        let limit = max(sentenceEnd, quoteTokens.sentenceRanges[quoteTokens.sentenceOf[qe]].upperBound)
        var k = qe
        if quoteTokens.isPunct(k, ",") { k += 1 }
        if let c = cues.invertedCue(at: k, limit: limit) ?? cues.accordingTo(at: k, limit: limit) { return c }
        // A headline: "« Je ne suis pas candidat » : Jean Dupont dément".
        if quoteTokens.isPunct(qe, ":"), let np = cues.nounPhrase(from: qe + 1, limit: limit), let e = cues.isVerb(np.upperBound, allowIncise: false) {
            return SpeechCueMatcher.Cue(verb: np.upperBound..<(np.upperBound + 1), lemma: e.lemma,
                                        speaker: SpeechCueMatcher.Candidate(range: np, pronoun: nil), end: np.upperBound + 1)
        }
        // An inverted cue later in the sentence, ending it: "« … » concernant …, a indiqué le consulat."
        var j = qe
        while j < sentenceEnd, j - qe < Self.reach {
            if quoteTokens.isPunct(j, ","), let c = cues.invertedCue(at: j + 1, limit: sentenceEnd) ?? cues.accordingTo(at: j + 1, limit: sentenceEnd),
               c.end >= sentenceEnd || quoteTokens.isPunct(c.end, PunctSets.sentenceEndOrComma) {
                return c
            }
            if quoteTokens.isPunct(j, PunctSets.openingQuote) { break }
            j += 1
        }
        return nil
    }

    /// A verb of saying or "selon"/"d'après" before the quotation in its sentence.
    func cueBefore(quoteStart qs: Int) -> SpeechCueMatcher.Cue? {
        let floor = max(quoteTokens.sentenceRanges[quoteTokens.sentenceOf[qs]].lowerBound, qs - Self.reach)
        var k = qs - 1
        while k >= floor {
            defer { k -= 1 }
            // Another quotation of the same sentence: look past it ("a dénoncé « une honte » et « un scandale »").
            if quoteTokens.isPunct(k, PunctSets.closingQuoteOrCurly) {
                let end = quoteTokens.tokens[k].end
                guard let other = topLevelByEnd[end].map({ marked[$0] }) else { return nil }
                k = quoteTokens.index(atOrAfter: other.start)
                continue
            }
            if let c = cues.accordingTo(at: k, limit: qs) ?? cues.forHolder(at: k, quoteStart: qs) { return c }
            if quoteTokens.norm(k) == "après", quoteTokens.norm(k - 1) == "d'", let c = cues.accordingTo(at: k - 1, limit: qs) { return c }
            // "comme le rappelle HRW, « … »": the subject follows the verb (which "le" hides from `isVerb`).
            if quoteTokens.norm(k) == "comme", let l = quoteTokens.norm(k + 1), l == "le" || l == "l'", k + 3 < qs,
               let e = cues.verbEntry(k + 2), let np = cues.nounPhrase(from: k + 3, limit: qs) {
                return SpeechCueMatcher.Cue(verb: (k + 2)..<(k + 3), lemma: e.lemma, speaker: SpeechCueMatcher.Candidate(range: np, pronoun: nil), end: np.upperBound)
            }
            guard let e = cues.isVerb(k, allowIncise: false) else { continue }
            if let n = quoteTokens.norm(k - 1), n == "ne" || n == "n'" { continue }
            if let shared = sharedSubject(ofVerbAt: k, quoteStart: qs) {
                return SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: shared, end: k + 1)
            }
            if let (subject, document) = cues.subject(ofVerbAt: k, floor: floor, mentions: mentions) {
                return SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: subject, end: k + 1, document: document)
            }
            // "X, dans un communiqué, a déclaré …" with no subject found: an unknown speaker, unless the
            // verb shares the sentence's subject ("… et estimé que", "en ajoutant :").
            return SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: sharedSubject(ofVerbAt: k, quoteStart: qs), end: k + 1)
        }
        return nil
    }

    /// A cue in the sentence before `token` when that sentence ends with a colon ("Elle ajouta :").
    func colonCue(beforeToken a: Int) -> SpeechCueMatcher.Cue? {
        guard a > 0, quoteTokens.isPunct(a - 1, ":") else { return nil }
        let sr = quoteTokens.sentenceRanges[quoteTokens.sentenceOf[a - 1]]
        // "répondit-elle :" or "X déclara :"
        for k in stride(from: a - 2, through: max(sr.lowerBound, a - Self.reach), by: -1) {
            if let c = cues.invertedCue(at: k, limit: a - 1), c.speaker?.pronoun != nil { return c }
            if let e = cues.isVerb(k, allowIncise: false) {
                if let shared = sharedSubject(ofVerbAt: k, quoteStart: a) {
                    return SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: shared, end: k + 1)
                }
                if let (subject, document) = cues.subject(ofVerbAt: k, floor: sr.lowerBound, mentions: mentions) {
                    return SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: subject, end: k + 1, document: document)
                }
                return SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: sharedSubject(ofVerbAt: k, quoteStart: a), end: k + 1)
            }
        }
        return nil
    }

    /// The subject a verb of saying shares with its sentence when it has none of its own: a verb
    /// coordinated by "et" ("L'Association … a condamné le crime et estimé que « … »", "Il fut exclu et
    /// déclara alors : « … »") or a participle ("…, a précisé que « … » en ajoutant : « … »",
    /// "Estimant que « … », il vota contre"). The subject is the first person or organisation mention
    /// of the sentence before the verb, else a subject pronoun opening the sentence or the clause after
    /// the quotation; nil when the verb is neither coordinated nor a participle.
    func sharedSubject(ofVerbAt k: Int, quoteStart qs: Int) -> SpeechCueMatcher.Candidate? {
        let sr = quoteTokens.sentenceRanges[quoteTokens.sentenceOf[k]]
        var j = k - 1
        while j >= sr.lowerBound, let w = quoteTokens.norm(j), QuoteWords.auxiliaries.contains(w) || QuoteWords.adverbs.contains(w) { j -= 1 }
        let coordinated = quoteTokens.norm(j) == "et"
        let participle = quoteTokens.norms[k].hasSuffix("ant")
        guard coordinated || participle else { return nil }
        let floor = max(sr.lowerBound, k - Self.reach)
        var s0 = floor
        while s0 < k, let w = quoteTokens.norm(s0), QuoteWords.connectors.contains(w) || quoteTokens.isPunct(s0, ",") { s0 += 1 }
        if s0 < k, let w = quoteTokens.norm(s0), ["il", "elle", "ils", "elles"].contains(w) {
            return SpeechCueMatcher.Candidate(range: s0..<(s0 + 1), pronoun: w)
        }
        if floor < k {
            let (a, b) = quoteTokens.span(floor..<k)
            let agents = mentions.inside(a, b).map { doc.mentions[$0] }.filter { $0.label == .person || $0.label == .organization }
            if let first = agents.first(where: { $0.label == .person }) ?? agents.first {
                let r = quoteTokens.index(atOrAfter: first.start)..<quoteTokens.index(endingBy: first.end)
                if !r.isEmpty { return SpeechCueMatcher.Candidate(range: r, pronoun: nil) }
            }
            // No entity stage knew it: the noun phrase opening the sentence, when it can speak
            // ("L'Association des leaders religieux du Mali a condamné … et estimé que « … »").
            if let np = cues.nounPhrase(from: s0, limit: k), np.upperBound < k, cues.canSpeak(np) {
                return SpeechCueMatcher.Candidate(range: np, pronoun: nil)
            }
        }
        // "Estimant que « … », il vota contre": the subject follows the quotation.
        guard participle, k == sr.lowerBound || (k == sr.lowerBound + 1 && quoteTokens.norm(sr.lowerBound) == "en") else { return nil }
        var p = qs
        while p < sr.upperBound, p - qs < Self.reach, !quoteTokens.isPunct(p, PunctSets.closingQuote) { p += 1 }
        p += 1
        if p < sr.upperBound, quoteTokens.isPunct(p, ",") { p += 1 }
        if p < sr.upperBound, let w = quoteTokens.norm(p), ["il", "elle", "ils", "elles"].contains(w) {
            return SpeechCueMatcher.Candidate(range: p..<(p + 1), pronoun: w)
        }
        return nil
    }
}
