import RecoupeCore

/// Speakers: pronouns to the previous speaker, source documents to their issuer, phrases to the mention they cover.
extension QuoteFinderRun {
    func resolve(_ items: [Item]) -> [Quote] {
        var out: [Quote] = []
        out.reserveCapacity(items.count)
        var lastSpeaker: (speaker: Quote.Speaker, paragraph: Int)?
        var lastIssuer: Quote.Issuer?
        var lastQuote: (speaker: Quote.Speaker?, paragraph: Int)?
        for it in items {
            let paragraph = quoteTokens.paragraphOf[min(it.anchor, quoteTokens.count - 1)]
            var speaker: Quote.Speaker?
            var cueOut: Quote.Cue?
            if let cue = it.cue {
                let (a, b) = quoteTokens.span(cue.verb)
                cueOut = Quote.Cue(start: a, end: b, text: doc.surface(start: a, end: b), lemma: cue.lemma)
                if let cand = cue.speaker {
                    if let p = cand.pronoun {
                        if let last = lastSpeaker, paragraph - last.paragraph <= 3 {
                            let plural = p == "ils" || p == "elles"
                            let looksPlural = last.speaker.text.lowercased().hasPrefix("les ") || last.speaker.text.lowercased().hasPrefix("des ") || last.speaker.text.contains(" et ")
                            if ["il", "elle"].contains(p) || (plural && looksPlural) {
                                speaker = last.speaker
                                // An entity mention on the pronoun itself (coreference) wins.
                                if let k = mentionKB(cand.range) { speaker?.kbId = k }
                                // Agreement: "il"/"elle" after an organisation's words is the person named since
                                // ("Son parti lui reprochait … Antoni Pastor … Il fut exclu et déclara : « … »").
                                else if !plural, isOrganization(last.speaker), let person = recentPerson(before: cand.range.lowerBound, paragraph: paragraph) {
                                    speaker = person
                                }
                            }
                        } else if ["il", "elle"].contains(p), let np = previousSubject(before: cue.verb.lowerBound) {
                            // No earlier speaker: the subject of the sentence before ("Le ministre s'est
                            // exprimé devant les députés. « … », a-t-il lancé.").
                            var s = phraseSpeaker(np)
                            // The same agreement: "Son parti lui faisait grief … Estimant que « … », il vota contre"
                            // is the person named since, not the party.
                            if isOrganization(s), let person = recentPerson(before: cand.range.lowerBound, paragraph: paragraph) { s = person }
                            speaker = s
                            lastSpeaker = (s, paragraph)
                        }
                    } else {
                        var s = phraseSpeaker(cand.range)
                        if cues.isDocument(cand.range) {
                            let issuer = documentIssuer(cand.range) ?? (isDefinite(cand.range) ? lastIssuer ?? lastSpeaker.map { issuerOf($0.speaker) } : nil)
                            s.issuer = issuer
                            s.kbId = issuer?.kbId
                            if let issuer {
                                lastSpeaker = (Quote.Speaker(start: issuer.start, end: issuer.end, text: issuer.text, kbId: issuer.kbId), paragraph)
                            }
                        } else {
                            // "selon un sondage de l'Ifop", "un sondage publié dans le quotidien El País": a report
                            // speaks for the body named as its author or publisher.
                            if s.kbId == nil, cues.head(of: cand.range, isIn: Self.reportNouns), let issuer = documentIssuer(cand.range) ?? publisher(after: cand.range.upperBound),
                               issuer.kbId != nil {
                                s.issuer = issuer
                                s.kbId = issuer.kbId
                            }
                            lastSpeaker = (s, paragraph)
                            if cue.document != nil { lastIssuer = issuerOf(s) }
                        }
                        speaker = s
                    }
                }
            } else if it.continues, let lq = lastQuote, paragraph - lq.paragraph == 1 {
                speaker = lq.speaker
            }
            var confidence = it.confidence
            if it.cue != nil && speaker == nil { confidence *= 0.8 }
            out.append(Quote(start: it.start, end: it.end, contentStart: it.contentStart, contentEnd: it.contentEnd, kind: it.kind,
                             speaker: speaker, cue: cueOut, confidence: (confidence * 100).rounded() / 100,
                             segments: it.contentSegments.map { Quote.Segment(start: $0.lowerBound, end: $0.upperBound) },
                             rule: it.rule))
            if it.kind == .direct || it.kind == .partial { lastQuote = (speaker, paragraph) }
        }
        return out
    }

    /// The singular noun-phrase subject opening the sentence before the one holding token `a`
    /// (same or previous paragraph), for a pronoun with no earlier speaker.
    private func previousSubject(before a: Int) -> Range<Int>? {
        let si = quoteTokens.sentenceOf[min(a, quoteTokens.count - 1)]
        guard si > 0 else { return nil }
        let sr = quoteTokens.sentenceRanges[si - 1]
        guard !sr.isEmpty, quoteTokens.paragraphOf[min(a, quoteTokens.count - 1)] - quoteTokens.paragraphOf[sr.lowerBound] <= 1 else { return nil }
        var s0 = sr.lowerBound
        while s0 < sr.upperBound, let w = quoteTokens.norm(s0), QuoteWords.connectors.contains(w) { s0 += 1 }
        guard let np = cues.nounPhrase(from: s0, limit: sr.upperBound), np.upperBound < sr.upperBound, quoteTokens.isWord(np.upperBound),
              let first = quoteTokens.norm(np.lowerBound), !["les", "des", "ces", "leurs", "ses", "nos", "vos", "mes"].contains(first),
              !np.contains(where: { ["et", "ou"].contains(quoteTokens.norms[$0]) }), !quoteTokens.isCapitalized(np.upperBound) else { return nil }
        // It must be the subject (a verb-like word follows, not a preposition) and able to speak:
        // an entity mention, a name or a person/organisation noun ("La réunion" is none).
        guard let next = quoteTokens.norm(np.upperBound), !QuoteWords.prepositions.contains(next), next != "de" else { return nil }
        let (a0, b0) = quoteTokens.span(np)
        let entity = mentions.overlapping(a0, b0).contains { doc.mentions[$0].label == .person || doc.mentions[$0].label == .organization }
        return entity || cues.canSpeak(np) ? np : nil
    }

    /// A speaker whose span covers an organisation mention and no person, or a description whose
    /// head is an organisation noun ("Son parti", "le syndicat").
    private func isOrganization(_ s: Quote.Speaker) -> Bool {
        let labels = mentions.overlapping(s.start, s.end).map { doc.mentions[$0].label }
        if labels.contains(.person) { return false }
        if labels.contains(.organization) { return true }
        let words = s.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{a0}" }).map(String.init)
        let head = words.first { !QuoteWords.determiners.contains($0) && !QuoteWords.articles.contains($0) }
        return head.map(SpeakerLinker.organizationNouns.contains) ?? false
    }

    /// The last person mention (with an entity) before token `k`, in its paragraph or the one before,
    /// that is no complement of a preposition.
    private func recentPerson(before k: Int, paragraph: Int) -> Quote.Speaker? {
        guard k < quoteTokens.count else { return nil }
        let from = quoteTokens.tokens[quoteTokens.paragraphRanges[max(0, paragraph - 1)].lowerBound].start
        let to = quoteTokens.tokens[k].start
        guard from < to else { return nil }
        let people = mentions.inside(from, to).map { doc.mentions[$0] }.filter { $0.label == .person && !$0.kbId.isEmpty && !quoteTokens.isComplement(nameAt: $0.start) }
        guard let p = people.max(by: { $0.start < $1.start }) else { return nil }
        return Quote.Speaker(start: p.start, end: p.end, text: p.surface, kbId: p.kbId)
    }

    private func issuerOf(_ s: Quote.Speaker) -> Quote.Issuer {
        if let i = s.issuer { return i }
        return Quote.Issuer(start: s.start, end: s.end, text: s.text, kbId: s.kbId)
    }

    private func phraseSpeaker(_ r: Range<Int>) -> Quote.Speaker {
        let (a, b) = quoteTokens.span(r)
        return Quote.Speaker(start: a, end: b, text: doc.surface(start: a, end: b), kbId: mentionKB(r))
    }

    /// The entity of the mention on the phrase's head: "Le consulat russe à Istanbul" is not
    /// Istanbul, "le porte-parole du Kremlin" is not the Kremlin, and coordinated subjects ("Les
    /// États-Unis et la Russie") are no single entity.
    private func mentionKB(_ r: Range<Int>) -> String? {
        guard !r.isEmpty, !mentions.isEmpty else { return nil }
        if r.contains(where: { quoteTokens.norms[$0] == "et" || quoteTokens.norms[$0] == "ou" }) { return nil }
        var head = r.lowerBound
        while head + 1 < r.upperBound, QuoteWords.articles.contains(quoteTokens.norms[head]) || ["m", ".", "mme", "mlle", "dr", "pr", "tous", "toutes", "deux"].contains(quoteTokens.norms[head]) { head += 1 }
        let h = quoteTokens.tokens[head]
        let covering = mentions.covering(h.start).map { doc.mentions[$0] }.filter { $0.label != .date && !$0.kbId.isEmpty }
        if let best = covering.max(by: { ($0.end - $0.start) < ($1.end - $1.start) }) { return best.kbId }
        // A title before a name: "le président ukrainien Volodymyr Zelensky" (not "le porte-parole du Kremlin").
        let end = quoteTokens.tokens[r.upperBound - 1].end
        guard let name = mentions.ending(at: end).lazy.map({ doc.mentions[$0] }).first(where: { $0.label == .person && !$0.kbId.isEmpty }) else { return nil }
        let between = r.filter { quoteTokens.tokens[$0].start < name.start }
        guard between.allSatisfy({ !["de", "du", "des", "d'", "à", "au", "aux"].contains(quoteTokens.norms[$0]) && !quoteTokens.isCapitalized($0) || $0 == r.lowerBound }) else { return nil }
        return name.kbId
    }

    /// "le communiqué du Kremlin": the complement names the issuer.
    private func documentIssuer(_ r: Range<Int>) -> Quote.Issuer? {
        for k in r where ["de", "du", "des", "d'"].contains(quoteTokens.norms[k]) {
            var a = k + 1
            while a < r.upperBound, quoteTokens.isWord(a), QuoteWords.determiners.contains(quoteTokens.norms[a]) { a += 1 }
            guard a < r.upperBound, quoteTokens.isCapitalized(a) else { continue }
            let (s, e) = quoteTokens.span((k + 1)..<r.upperBound)
            return Quote.Issuer(start: s, end: e, text: doc.surface(start: s, end: e), kbId: mentionKB((k + 1)..<r.upperBound))
        }
        return nil
    }

    /// The body or person right after a report's phrase, after "dans" or "par": "un sondage publié | dans le
    /// quotidien espagnol El País", "une étude réalisée | par l'Ifop". Nil unless a name with an entity ends it.
    private func publisher(after k: Int) -> Quote.Issuer? {
        guard let w = quoteTokens.norm(k), w == "dans" || w == "par",
              let np = cues.nounPhrase(from: k + 1, limit: quoteTokens.sentenceRanges[quoteTokens.sentenceOf[k]].upperBound) else { return nil }
        let (s, e) = quoteTokens.span(np)
        guard let named = mentions.ending(at: e).lazy.map({ self.doc.mentions[$0] })
            .first(where: { ($0.label == .organization || $0.label == .person) && !$0.kbId.isEmpty }) else { return nil }
        return Quote.Issuer(start: s, end: e, text: doc.surface(start: s, end: e), kbId: named.kbId)
    }

    private func isDefinite(_ r: Range<Int>) -> Bool {
        guard let w = quoteTokens.norm(r.lowerBound) else { return false }
        return ["le", "la", "les", "l'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"].contains(w)
    }
}
