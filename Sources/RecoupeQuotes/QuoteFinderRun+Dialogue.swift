import RecoupeCore

/// Dialogue: turns introduced by a dash, their incises ("— Oui, dit-il, …") and segments.
extension QuoteFinderRun {
    struct Turn { var start: Int; var end: Int; var tokens: Range<Int> }

    func dialogueTurns() -> [Turn] {
        var turns: [Turn] = []
        var previousWasDialogue = false
        for (pi, pr) in quoteTokens.paragraphRanges.enumerated() where !pr.isEmpty {
            var starts: [Int] = []
            for k in pr where isDash(k) && !quoteTokens.isPunct(k + 1, "«") && !isDatelineDash(k, paragraph: pr) {
                let next = k + 1 < pr.upperBound && quoteTokens.isPunct(k + 1, "-") && quoteTokens.tokens[k + 1].start == quoteTokens.tokens[k].end ? k + 2 : k + 1
                if k == pr.lowerBound || (quoteTokens.isPunct(k - 1, PunctSets.sentenceEndGuillemetColon) && quoteTokens.isCapitalized(next)) {
                    starts.append(k)
                }
            }
            guard !starts.isEmpty else { previousWasDialogue = false; continue }
            let colonBefore = pi > 0 && quoteTokens.isPunct(quoteTokens.paragraphRanges[pi - 1].upperBound - 1, ":")
            var any = false
            var previousTurnInParagraph = false
            for (n, a) in starts.enumerated() {
                let b = n + 1 < starts.count ? starts[n + 1] : pr.upperBound
                guard a + 1 < b else { continue }
                let range = a..<b
                // A colon alone also introduces lists ("Les points clés :\n– la levée …;"): a turn
                // after one must open like a sentence and end like one.
                let first = a + 1 < b && quoteTokens.isPunct(a + 1, "-") ? a + 2 : a + 1
                let sentenceLike = first < b && quoteTokens.isCapitalized(first) && quoteTokens.isPunct(b - 1, Self.sentenceEnds)
                let firstPerson = range.contains { QuoteWords.dialogueWords.contains(quoteTokens.norms[$0]) }
                let exclaims = quoteTokens.isPunct(b - 1, PunctSets.exclamOrQuestion)
                let incise = range.contains { k in quoteTokens.isPunct(k, Self.incisePunct) && cues.invertedCue(at: k + 1, limit: b) != nil }
                let dialogue: Bool
                if a == pr.lowerBound {
                    dialogue = previousWasDialogue || (colonBefore && sentenceLike) || firstPerson || exclaims || incise
                } else {
                    // Inside a paragraph a dash after a sentence is a new turn, or the narrator's pause
                    // ("… ce souvenir. — Ce fut comme si …"): speech needs an incise, a colon before it,
                    // or an exclamation or question from someone.
                    dialogue = incise || quoteTokens.isPunct(a - 1, ":") || exclaims || previousTurnInParagraph
                }
                previousTurnInParagraph = dialogue
                guard dialogue else { continue }
                any = true
                turns.append(Turn(start: quoteTokens.tokens[a].start, end: quoteTokens.tokens[b - 1].end, tokens: range))
            }
            previousWasDialogue = any && starts[0] == pr.lowerBound
        }
        return turns
    }

    private func isDash(_ k: Int) -> Bool {
        guard quoteTokens.tokens[k].kind == .punct || quoteTokens.tokens[k].kind == .symbol else { return false }
        let s = quoteTokens.scalars[quoteTokens.tokens[k].start]
        if s == "—" || s == "–" || s == "―" { return true }  // `dashes`, compared without hashing
        // "--" or "- " as a dialogue dash.
        guard s == "-" else { return false }
        if quoteTokens.tokens[k].end - quoteTokens.tokens[k].start >= 2 { return true }
        // "--" split into two tokens by the tokenizer.
        if k + 1 < quoteTokens.count, quoteTokens.tokens[k + 1].start == quoteTokens.tokens[k].end, quoteTokens.scalars[quoteTokens.tokens[k + 1].start] == "-" { return true }
        return quoteTokens.tokens[k].end < quoteTokens.scalars.count && quoteTokens.scalars[quoteTokens.tokens[k].end].properties.isWhitespace
    }

    /// An incise inside speech: the punctuation before it, the cue, and the token after it.
    struct Incise { var punct: Int; var cue: SpeechCueMatcher.Cue; var end: Int }

    func incises(in r: Range<Int>) -> [Incise] {
        var out: [Incise] = []
        var k = r.lowerBound
        while k < r.upperBound {
            defer { k += 1 }
            guard quoteTokens.isPunct(k, Self.incisePunct), let cue = cues.invertedCue(at: k + 1, limit: r.upperBound, loose: true) else { continue }
                        var e = cue.end
            while e < r.upperBound, !quoteTokens.isPunct(e, Self.inciseEnd), e - cue.end < 40 { e += 1 }
            guard e >= r.upperBound || quoteTokens.isPunct(e, Self.inciseEnd) else { continue }
            // The incise goes on over participle and manner phrases: "dit Rodolphe, se souvenant de …".
            while e < r.upperBound, quoteTokens.isPunct(e, ","), continuesIncise(e + 1) {
                e += 1
                while e < r.upperBound, !quoteTokens.isPunct(e, Self.inciseEnd) { e += 1 }
            }
            out.append(Incise(punct: k, cue: cue, end: e))
            k = e
        }
        return out
    }

    /// A phrase that still describes the speaker's act after a comma ("en souriant", "se levant").
    private func continuesIncise(_ k: Int) -> Bool {
        guard let w = quoteTokens.norm(k), quoteTokens.isWord(k), !quoteTokens.isCapitalized(k) else { return false }
        if w.hasSuffix("ant"), w.count > 4, !QuoteWords.dialogueWords.contains(w) { return true }
        if ["se", "s'"].contains(w), let n = quoteTokens.norm(k + 1), n.hasSuffix("ant") { return true }
        // "en s'adressant à Sarah, auprès de laquelle il alla …": a relative clause on the incise.
        if ["qui", "dont", "où", "auprès", "lequel", "laquelle", "lesquels", "lesquelles", "duquel", "près"].contains(w) { return true }
        return ["en", "avec", "tout", "puis", "sans"].contains(w) && !(quoteTokens.norm(k + 1).map(QuoteWords.dialogueWords.contains) ?? false)
    }

    /// Splits speech at its incises. `first` is where the first segment starts (the mark or dash),
    /// `content` the tokens of the speech, `last` the end offset of the last segment.
    func split(first: Int, contentStart: Int, content: Range<Int>, last: Int, lastContentEnd: Int,
               resumeAfterSentenceEnd: Bool, kind: Quote.Kind, confidence: Double) -> [Item] {
        var out: [Item] = []
        var segStart = first
        var segContentStart = contentStart
        var cue: SpeechCueMatcher.Cue?
        for inc in incises(in: content) {
            // The span keeps the punctuation before the incise (as AADS does); the content drops it.
            let endTok = inc.punct
            if quoteTokens.tokens[endTok].end > segContentStart {
                let e = quoteTokens.tokens[endTok].end
                let ce = quoteTokens.isPunct(endTok, PunctSets.commaSemicolon) || !Self.sentenceEnds.contains(quoteTokens.norms[endTok]) ? quoteTokens.tokens[endTok].start : e
                out.append(Item(start: segStart, end: e, contentStart: segContentStart, contentEnd: max(segContentStart, min(e, ce)),
                                kind: kind, cue: inc.cue, confidence: confidence, anchor: quoteTokens.index(atOrAfter: segStart)))
            }
            cue = inc.cue
            let resume = inc.end + 1
            let canResume = inc.end < content.upperBound && (quoteTokens.isPunct(inc.end, PunctSets.commaSemicolon) || resumeAfterSentenceEnd)
            guard canResume, resume < content.upperBound else { return out }
            segStart = quoteTokens.tokens[resume].start
            segContentStart = segStart
        }
        if segStart < last {
            out.append(Item(start: segStart, end: last, contentStart: segContentStart, contentEnd: max(segContentStart, lastContentEnd),
                            kind: kind, cue: cue, confidence: confidence, anchor: quoteTokens.index(atOrAfter: segStart)))
        }
        return out
    }

    /// The pieces an incise separates, as one quotation: the span of all of them, the first incise's
    /// cue, and each piece's content as a segment.
    func unit(_ pieces: [Item]) -> [Item] {
        guard pieces.count > 1, var whole = pieces.first, let last = pieces.last else { return pieces }
        whole.end = last.end
        whole.contentEnd = last.contentEnd
        whole.segments = pieces.flatMap(\.contentSegments).filter { !$0.isEmpty }
        whole.cue = pieces.lazy.compactMap(\.cue).first
        return [whole]
    }

    func segments(ofTurn turn: Turn) -> [Item] {
        let a = turn.tokens.lowerBound
        var first = a + 1
        while first < turn.tokens.upperBound, quoteTokens.isPunct(first, "-"), quoteTokens.tokens[first].start == quoteTokens.tokens[first - 1].end { first += 1 }
        guard first < turn.tokens.upperBound else { return [] }
        let content = first..<turn.tokens.upperBound
        let cs = quoteTokens.tokens[first].start
        var items = unit(split(first: turn.start, contentStart: cs, content: content, last: turn.end, lastContentEnd: turn.end,
                               resumeAfterSentenceEnd: true, kind: .direct, confidence: 0.8))
        for i in items.indices { items[i].rule = "dialogue turn" }
        // No incise: a colon ending the previous paragraph may introduce it ("Il répondit :").
        if items.count == 1, items[0].cue == nil, let cue = colonCue(beforeToken: a) {
            items[0].cue = cue
        }
        return items
    }
}
