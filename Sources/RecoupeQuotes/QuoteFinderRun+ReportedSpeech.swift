import RecoupeCore

/// Reported speech without marks: "X a déclaré que …", "selon X, …".
extension QuoteFinderRun {
    /// "a déclaré que …", "selon X, …", "…, a rapporté X.", outside quotation marks and turns.
    func indirectSpeech(excluding speech: [Item]) -> [Item] {
        // Tokens inside direct speech (dialogue turns, attributed quotations) or inside marks.
        var covered = [Bool](repeating: false, count: quoteTokens.count)
        for q in speech where q.kind == .direct && (q.cue != nil || quoteTokens.scalars[q.start] != "«") {
            var k = quoteTokens.index(atOrAfter: q.start)
            while k < quoteTokens.count, quoteTokens.tokens[k].start < q.end { covered[k] = true; k += 1 }
        }
        for k in 0..<quoteTokens.count where !covered[k] {
            if let i = enclosingTopLevel(k), marked[i].start < quoteTokens.tokens[k].start { covered[k] = true }
        }
        func inSpeech(_ k: Int) -> Bool { covered[k] }
        var out: [Item] = []
        // The per-token checks below test words by their class bits (`.pour`, `.qui`, `.comma`,
        // `.closingGuillemet`): the French finder always has codes, and a String comparison per token
        // and rule was most of this loop's time (issue 16).
        for sr in quoteTokens.sentenceRanges where !sr.isEmpty {
            var k = sr.lowerBound
            var lastCue: SpeechCueMatcher.Cue?
            // "Selon X, …" / "D'après X, …" opening the sentence (after "Toujours", "Mais" …).
            var s0 = sr.lowerBound
            while s0 < sr.upperBound, quoteTokens.has(s0, .connector) { s0 += 1 }
            // ("De l'avis de X, …": its "de" is also a connector's first word, as in "de plus".)
            if let c = cues.accordingTo(at: s0, limit: sr.upperBound) ?? (s0 > sr.lowerBound ? cues.accordingTo(at: sr.lowerBound, limit: sr.upperBound) : nil),
               !inSpeech(c.verb.lowerBound) {
                var e = c.end
                if let d = c.document { e = d.upperBound }
                // "D'après un responsable cité par le Washington Post, …"
                var skipped = 0
                while e < sr.upperBound, !quoteTokens.isPunct(e, ","), quoteTokens.isWord(e), skipped < 10 { e += 1; skipped += 1 }
                if quoteTokens.isPunct(e, ","), e + 1 < sr.upperBound {
                    // "Selon François Dubet, sociologue …, une personne …": the source's apposition is no report.
                    let from = c.speaker.flatMap { $0.pronoun == nil ? appositionOfSource($0.range, from: e + 1, sentence: sr) : nil }.map { $0 + 1 } ?? (e + 1)
                    let end = contentEnd(from: from, sentence: sr)
                    if let x = item(cue: c, content: from..<end) { out.append(x) }
                    lastCue = c
                }
            }
            // "Pour le procureur, …" opening the sentence, or after a headline's colon ("France : pour Montebourg, …"):
            // a view held by someone who can hold one.
            if let p = viewOpening(in: sr), !inSpeech(p), let c = cues.forHolder(at: p, quoteStart: sr.upperBound),
               quoteTokens.isPunct(c.end, ","), c.end + 1 < sr.upperBound {
                let end = contentEnd(from: c.end + 1, sentence: sr)
                // A clause that opens with a quotation ("Pour X, « … »") is that quotation's, attributed by its own
                // "Pour X" cue; a clause of the writer's keeps its quoted words ("le nucléaire est une « filière
                // d'avenir »"). A short phrase before a colon ("Pour l'association, l'April : « … »") is an
                // apposition, not a view.
                let quoted = enclosingTopLevel(c.end + 1) != nil
                if !quoted, end - c.end > 3, let x = item(cue: c, content: (c.end + 1)..<end) { out.append(x) }
                lastCue = c
                k = max(k, end)
            }
            while k < sr.upperBound {
                defer { k += 1 }
                if inSpeech(k) { continue }
                // "le Medef, pour qui …": the view of the name or body just before.
                if quoteTokens.has(k, .pour), quoteTokens.has(k + 1, .qui), k + 2 < sr.upperBound, k > sr.lowerBound,
                   quoteTokens.isCapitalized(k - 1) || SpeechCueMatcher.holders.contains(quoteTokens.norms[k - 1]) || SpeakerLinker.organizationNouns.contains(quoteTokens.norms[k - 1]) {
                    // The speaker is that noun with its determiner ("le patronat"), or the name.
                    let from = k - 2 >= sr.lowerBound && QuoteWords.opensNounPhrase(quoteTokens.norms[k - 2]) ? k - 2 : k - 1
                    let c = SpeechCueMatcher.Cue(verb: k..<(k + 2), lemma: "pour qui", speaker: SpeechCueMatcher.Candidate(range: from..<k, pronoun: nil), end: k + 2)
                    // "pour qui, selon ses sources, …" is taken by the "selon" rule.
                    if !quoteTokens.isPunct(k + 2, ",") {
                        let end = contentEnd(from: k + 2, sentence: sr)
                        if end > k + 2, let x = item(cue: c, content: (k + 2)..<end) { out.append(x) }
                        lastCue = c
                        k = max(k, end - 1)
                        continue
                    }
                }
                // ", selon X." closing the sentence.
                if quoteTokens.isPunct(k, .comma), let c = cues.accordingTo(at: k + 1, limit: sr.upperBound),
                   c.end >= sr.upperBound || quoteTokens.isPunct(c.end, Self.sentenceEnds) || appositionCloses(after: c.end, sentence: sr)
                    || coordinationCloses(after: c.end, sentence: sr),
                   k > sr.lowerBound {
                    if let cs = clauseStart(before: k, sentence: sr), let x = item(cue: c, content: cs..<k) { out.append(x) }
                    continue
                }
                // "Les prix vont augmenter, selon la Banque de France, dans les prochains mois": the source as an incise
                // inside the reported sentence, which runs on past it (kept inside, as in quotations; not a segment).
                if quoteTokens.isPunct(k, .comma), k > sr.lowerBound, let c = cues.accordingTo(at: k + 1, limit: sr.upperBound),
                   let sp = c.speaker, sp.pronoun != nil || canReport(sp.range) {
                    let e = c.document?.upperBound ?? c.end
                    let end = quoteTokens.isPunct(e, ",") && e + 1 < sr.upperBound ? contentEnd(from: e + 1, sentence: sr) : e
                    // "Le gouvernement, selon Le Monde, a déclaré que …": the verb after it reports, not the incise.
                    if end > e + 1, !((e + 1)..<end).contains(where: { cues.isVerb($0, allowIncise: true) != nil }),
                       let cs = clauseStart(before: k, sentence: sr) {
                        if var x = item(cue: c, content: cs..<end) {
                            x.segments = segments(of: x, around: k..<(e + 1))
                            out.append(x)
                        }
                        lastCue = c
                        k = max(k, end - 1)
                        continue
                    }
                }
                // "81 % des sondés s'y opposent selon un sondage." (no comma): the clause before it, also when a main
                // clause is coordinated after the source ("… selon un sondage publié dans El País, et beaucoup …").
                if quoteTokens.has(k, .accordingStart), quoteTokens.isWord(k - 1), k - 1 > sr.lowerBound, let c = cues.accordingTo(at: k, limit: sr.upperBound),
                   let sp = c.speaker, sp.pronoun == nil, canReport(sp.range),
                   let e = sentenceEnd(after: c.document?.upperBound ?? c.end, sentence: sr, maxWords: 6, orCoordination: true) {
                    if let cs = clauseStart(before: k, sentence: sr), k - cs >= 4, let x = item(cue: c, content: cs..<k) { out.append(x) }
                    k = e - 1
                    continue
                }
                // "car selon eux, …", "pour qui, selon ses sources, …": the clause after it.
                if quoteTokens.has(k - 1, .midAccording) || (quoteTokens.has(k - 1, .comma) && quoteTokens.has(k - 2, .qui)),
                   let c = cues.accordingTo(at: k, limit: sr.upperBound) {
                    let e = c.document?.upperBound ?? c.end
                    if quoteTokens.isPunct(e, ","), e + 1 < sr.upperBound {
                        let end = contentEnd(from: e + 1, sentence: sr)
                        if end > e + 1, let x = item(cue: c, content: (e + 1)..<end) { out.append(x) }
                        lastCue = c
                        k = max(k, end - 1)
                        continue
                    }
                }
                // "Il semblerait que la bousculade ait été provoquée « par un feu … » a-t-il précisé.": a clause of the
                // writer's ending in quoted words, then an inverted cue with its pronoun and no comma.
                if k > sr.lowerBound, quoteTokens.isPunct(k - 1, .closingGuillemet), let c = cues.invertedCue(at: k, limit: sr.upperBound), c.speaker?.pronoun != nil,
                   c.end >= sr.upperBound || quoteTokens.isPunct(c.end, Self.sentenceEnds),
                   let cs = clauseStart(before: k, sentence: sr), enclosingTopLevel(cs) == nil, k - cs >= 4 {
                    if let x = item(cue: c, content: cs..<k) { out.append(x) }
                    lastCue = c
                    k = c.end - 1
                    continue
                }
                // "…, a rapporté le Département d'État." (no quotation before it).
                if quoteTokens.isPunct(k, .comma), let c = cues.invertedCue(at: k + 1, limit: sr.upperBound) {
                    // "Les dirigeants, qui …, se sont félicités du résultat": an object, not an inverted subject.
                    if let sp = c.speaker, sp.pronoun == nil, c.document == nil, !canReport(sp.range) { continue }
                    // "…, prônant le bilan du président sortant": a present participle and its object, no inversion.
                    if c.speaker?.pronoun == nil, quoteTokens.norms[c.verb.lowerBound].hasSuffix("ant") { continue }
                    // "« … », a-t-il écrit sur Telegram, ajoutant que …": the cue governs what follows.
                    guard c.end >= sr.upperBound || quoteTokens.isPunct(c.end, PunctSets.sentenceEndOrComma)
                            || addressCloses(after: c.end, sentence: sr) || descriptionCloses(after: c.end, sentence: sr) else {
                        lastCue = c
                        k = c.end - 1
                        continue
                    }
                    guard let cs = clauseStart(before: k, sentence: sr) else {
                        lastCue = c
                        k = c.end - 1
                        continue
                    }
                    let quotedClause = enclosingTopLevel(cs).map { marked[$0].end >= quoteTokens.tokens[k - 1].end } ?? false
                    var end = k
                    if !quotedClause, k - cs >= 3 {
                        // "Contrairement à tous les discours, appuie-t-il, le français est classé …": an incise inside
                        // the reported sentence, which runs on past it (the gold keeps the incise inside, as in quotations).
                        if let rest = runsOnAfterIncise(c, sentence: sr) { end = rest }
                        if var x = item(cue: c, content: cs..<end) {
                            if end > c.end { x.segments = segments(of: x, around: k..<(c.end + 1)) }
                            out.append(x)
                        }
                        lastCue = c
                    } else {
                        lastCue = c
                    }
                    k = max(c.end, end) - 1
                    continue
                }
                // "a déclaré (jeudi) (à l'AFP) que …"
                // "a fait savoir que …", "fait remarquer que …": "faire" (a cue only in incises) with its complement;
                // the subject is that of "faire".
                let lemma: String
                var v = k
                if quoteTokens.has(k, .causative), k > sr.lowerBound, cues.verbEntry(k - 1)?.lemma == "faire" {
                    lemma = "faire " + quoteTokens.norms[k]
                    v = k - 1
                } else if let e = cues.isVerb(k, allowIncise: false) {
                    lemma = e.lemma
                } else {
                    continue
                }
                // "n'a déclaré que trois cas": restrictive "ne … que", not a reported clause.
                if ((v - 3)..<v).contains(where: { $0 >= sr.lowerBound && (quoteTokens.norms[$0] == "ne" || quoteTokens.norms[$0] == "n'") }) { continue }
                // "pour exiger que …": a purpose, not a report.
                if quoteTokens.norms[k] == lemma, quoteTokens.norm(k - 1) == "pour" { continue }
                let contentStart: Int
                if let q = complementizer(after: k, limit: sr.upperBound), q + 1 < sr.upperBound {
                    contentStart = q + 1
                } else if let j = reportedInfinitive(after: k, lemma: lemma, limit: sr.upperBound) {
                    contentStart = j
                } else {
                    continue
                }
                let participle = quoteTokens.norms[k].hasSuffix("ant")
                var speaker: SpeechCueMatcher.Candidate?
                var document: Range<Int>?
                if participle, quoteTokens.isPunct(k - 1, ",") {
                    // "…, ajoutant que": the speaker of the cue before it.
                    speaker = lastCue?.speaker
                } else if participle, quoteTokens.norm(v - 1) == "en", let shared = sharedSubject(ofVerbAt: k, quoteStart: contentStart) {
                    // "Lors de son discours …, le premier ministre Jean-Marc Ayrault a revu … en affirmant que …": a
                    // gerund's subject is its main clause's, not the phrase opening the sentence.
                    speaker = shared
                } else if let (subject, named) = cues.subject(ofVerbAt: v, floor: sr.lowerBound, mentions: mentions) {
                    (speaker, document) = (subject, named)
                }
                let cue = SpeechCueMatcher.Cue(verb: v..<(k + 1), lemma: lemma, speaker: speaker, end: k + 1, document: document)
                var end = contentEnd(from: contentStart, sentence: sr)
                // "Estimant que « … », il vota contre": a participle opening the sentence reports up to the comma
                // before the main clause.
                if participle, quoteTokens.norms[k] != lemma, v == s0,
                   let comma = (contentStart..<end).first(where: { quoteTokens.isPunct($0, ",") && enclosingTopLevel($0) == nil }) {
                    end = comma
                }
                guard end > contentStart else { continue }
                // "a estimé que « … »": the quotation itself carries the attribution.
                if let i = topLevelByStart[quoteTokens.tokens[contentStart].start], marked[i].end == quoteTokens.tokens[end - 1].end {
                    lastCue = cue
                    continue
                }
                if let x = item(cue: cue, content: contentStart..<end) { out.append(x) }
                lastCue = cue
            }
        }
        return out
    }

    /// Where the reported sentence ends when the inverted cue `c` is an incise inside it: a comma after the cue,
    /// and words after it that are no participle or coordination opening another report ("…, a-t-il dit,
    /// ajoutant que …"); nil when the cue ends the report.
    private func runsOnAfterIncise(_ c: SpeechCueMatcher.Cue, sentence sr: Range<Int>) -> Int? {
        guard quoteTokens.isPunct(c.end, ","), c.end + 1 < sr.upperBound, let w = quoteTokens.norm(c.end + 1),
              quoteTokens.isWord(c.end + 1), !w.hasSuffix("ant"), !QuoteWords.connectors.contains(w) else { return nil }
        let end = contentEnd(from: c.end + 1, sentence: sr)
        guard end > c.end + 1, !((c.end + 1)..<end).contains(where: { cues.isVerb($0, allowIncise: true) != nil }) else { return nil }
        return end
    }

    /// A French infinitive ending ("réintroduire", "payer", "finir", "recevoir"), on a word long enough to be a verb.
    static func looksInfinitive(_ w: String) -> Bool {
        w.count >= 5 && (w.hasSuffix("er") || w.hasSuffix("ir") || w.hasSuffix("re"))
    }

    static let timeNouns: Set<String> = QuoteCueLexicon.set("fr/quote-time-nouns")
    static let notComplementizer: Set<String> = QuoteCueLexicon.set("fr/quote-not-complementizers")
    static let addressPrepositions: Set<String> = QuoteCueLexicon.set("fr/quote-address-prepositions")

    /// Words before a "selon X," inside the sentence that open the clause it attributes ("car selon eux, …").
    static let beforeMidAccording: Set<String> = QuoteCueLexicon.set("fr/quote-mid-according")
    /// "savoir" of "faire savoir que", "remarquer" of "faire remarquer que".
    static let causativeComplements: Set<String> = QuoteCueLexicon.set("fr/quote-causative-complements")
    /// Verbs of wishing or demanding: "souhaitent être désignés" reports no statement.
    static let noInfinitiveReport: Set<String> = QuoteCueLexicon.set("fr/quote-no-infinitive-report")
    /// Auxiliaries of a perfect infinitive ("a affirmé avoir vu …", "dit être parti").
    static let infinitiveAuxiliaries: Set<String> = ["avoir", "être"]

    /// Whether a phrase can be the source of a report: someone who speaks ("le ministre", a name), a document
    /// ("un communiqué") or a body ("le gouvernement"); not "du résultat", "ces attaques".
    func canReport(_ r: Range<Int>) -> Bool {
        cues.canSpeak(r) || cues.isDocument(r) || r.contains { SpeakerLinker.organizationNouns.contains(quoteTokens.norms[$0]) || Self.reportNouns.contains(quoteTokens.norms[$0]) }
    }
    static let reportNouns: Set<String> = QuoteCueLexicon.set("fr/quote-report-nouns")

    /// The sentence end when only up to `maxWords` words stand between `i` and it; with `orCoordination`, also a comma
    /// before "et"/"mais" opening a coordinated clause.
    private func sentenceEnd(after i: Int, sentence sr: Range<Int>, maxWords: Int, orCoordination: Bool = false) -> Int? {
        var e = i
        while e < sr.upperBound, quoteTokens.isWord(e), e - i < maxWords { e += 1 }
        if orCoordination, quoteTokens.isPunct(e, ","), let w = quoteTokens.norm(e + 1), w == "et" || w == "mais" { return e }
        return e >= sr.upperBound || quoteTokens.isPunct(e, Self.sentenceEnds) ? e : nil
    }

    /// "affirment avoir découvert …", "a dit être prêt …": a perfect infinitive right after a verb of saying
    /// reports what was said; returns where it starts. Not after an infinitive ("pour affirmer avoir") or "ne".
    private func reportedInfinitive(after k: Int, lemma: String, limit: Int) -> Int? {
        guard quoteTokens.norms[k] != lemma, quoteTokens.norm(k - 1) != "à", !Self.noInfinitiveReport.contains(lemma) else { return nil }
        let j = cues.skipAdverbs(from: k + 1, limit: limit)
        guard j + 1 < limit, let w = quoteTokens.norm(j), Self.infinitiveAuxiliaries.contains(w), quoteTokens.isWord(j + 1) else { return nil }
        // "avoir la reconnaissance de …": "avoir" with an object, not a perfect infinitive.
        if w == "avoir", QuoteWords.opensNounPhrase(quoteTokens.norms[j + 1]) { return nil }
        return j
    }

    /// The "que" of "a déclaré (jeudi) (à l'AFP) que …" after the verb at `k`. A direct object
    /// between them ("a déclaré la guerre que …") makes "que" a relative pronoun: no match.
    private func complementizer(after k: Int, limit: Int) -> Int? {
        var q = k + 1
        var inPhrase = false
        while q < limit, q - k <= 9 {
            let w = quoteTokens.norms[q]
            // "a appelé à ce que …"
            if w == "ce", quoteTokens.norm(q - 1) == "à", let n = quoteTokens.norm(q + 1), QuoteWords.isQue(n) { return q + 1 }
            // "précise tout de même que …"
            if w == "tout", quoteTokens.norm(q + 1) == "de", quoteTokens.norm(q + 2) == "même" {
                q += 3
                if QuoteWords.isQue(quoteTokens.norm(q)) { return q }  // not the "même que" of a comparison
                continue
            }
            if QuoteWords.isQue(w) {
                if let p = quoteTokens.norm(q - 1), Self.notComplementizer.contains(p) { return nil }
                return q
            }
            if quoteTokens.isPunct(q, ",") { q += 1; continue }
            guard quoteTokens.isWord(q), cues.verbEntry(q) == nil else { return nil }
            // "demandant aux clients de réintroduire les codes qu'ils utilisaient": "de" and an infinitive make the
            // verb an order; a "que" after the infinitive's object is a relative pronoun.
            // ("aux habitants de notre commune que", "de quatre pays que": determiners, not infinitives.)
            if w == "de" || w == "d'", let n = quoteTokens.norm(q + 1), !quoteTokens.isCapitalized(q + 1), !QuoteWords.opensNounPhrase(n),
               Self.looksInfinitive(n) { return nil }
            if Self.addressPrepositions.contains(w) || SpeechCueMatcher.timeWords.contains(w) || (w.hasSuffix("ment") && !quoteTokens.isCapitalized(q)) {
                inPhrase = inPhrase || Self.addressPrepositions.contains(w)
            } else if QuoteWords.articles.contains(w) && !inPhrase {
                // Only a time phrase may stand there without a preposition ("la semaine dernière").
                guard (q + 1...q + 2).contains(where: { $0 < limit && Self.timeNouns.contains(quoteTokens.norms[$0]) }) else { return nil }
            } else if !inPhrase && q == k + 1 && !quoteTokens.isCapitalized(q) {
                return nil
            }
            q += 1
        }
        return nil
    }

    private func item(cue: SpeechCueMatcher.Cue, content: Range<Int>) -> Item? {
        guard !content.isEmpty else { return nil }
        let (a, b) = quoteTokens.span(content)
        // "Selon lui, « … »", "a précisé qu'en « … »": a clause mostly inside quotation marks is the
        // quotation's, which carries the attribution; it is kept only for its speaker, not output.
        let opensQuoted = content.prefix(5).contains { k in enclosingTopLevel(k).map { marked[$0].start >= a } ?? false }
        let mostlyQuoted = opensQuoted && quotedShare(a, b) * 2 >= b - a
        return Item(start: a, end: b, contentStart: a, contentEnd: b, kind: .indirect, cue: cue,
                    confidence: cue.speaker == nil ? 0.5 : 0.8, anchor: min(content.lowerBound, cue.verb.lowerBound),
                    rule: "reported clause, cue \(cue.lemma)", speakerOnly: mostlyQuoted)
    }

    /// The content of `x` without the incise on tokens `incise` (its commas included): the words before and after it.
    private func segments(of x: Item, around incise: Range<Int>) -> [Range<Int>] {
        let before = quoteTokens.tokens[incise.lowerBound - 1].end, after = quoteTokens.tokens[incise.upperBound].start
        return [x.contentStart..<max(x.contentStart, before), min(after, x.contentEnd)..<x.contentEnd].filter { !$0.isEmpty }
    }

    /// Code points of [a, b) inside top-level quotation marks (a quotation running past `b` counts up to `b`).
    private func quotedShare(_ a: Int, _ b: Int) -> Int {
        var inside = 0
        var k = quoteTokens.index(atOrAfter: a)
        while k < quoteTokens.count, quoteTokens.tokens[k].start < b {
            if let i = enclosingTopLevel(k) {
                inside += max(0, min(marked[i].end, b) - max(marked[i].start, a))
                k = quoteTokens.index(atOrAfter: marked[i].end)
                continue
            }
            k += 1
        }
        return inside
    }

    /// "Selon François Dubet, sociologue français et professeur à l'Université Bordeaux II, …", "Selon son
    /// producteur, Michel Nouader, …": after a source opening the sentence, the comma that ends its apposition
    /// (a name's description, or a description's name: the other kind of phrase than the source), up to
    /// twelve tokens of words with no verb. A clause cannot open on a bare noun, so a lower-case word that
    /// is no determiner, pronoun, preposition or adverb starts a description.
    func appositionOfSource(_ source: Range<Int>, from a: Int, sentence sr: Range<Int>) -> Int? {
        guard !source.isEmpty, a < sr.upperBound, let first = quoteTokens.norm(a) else { return nil }
        var f = a
        while f < sr.upperBound, f - a <= 12, quoteTokens.isWord(f) { f += 1 }
        guard f > a, f + 1 < sr.upperBound, quoteTokens.isPunct(f, ","), hasNoVerb(a..<f) else { return nil }
        if quoteTokens.isCapitalized(source.lowerBound) {
            // A name, then its description.
            if quoteTokens.isCapitalized(a) { return nil }
            let opener = QuoteWords.opensNounPhrase(first) || QuoteWords.prepositions.contains(first) || QuoteWords.adverbs.contains(first)
                || QuoteWords.connectors.contains(first) || QuoteWords.subjectPronouns.contains(first) || SpeechCueMatcher.timeWords.contains(first)
                || QuoteWords.clauseOpeningPronouns.contains(first)
            let holder = QuoteWords.opensNounPhrase(first) && f - a >= 2 && SpeechCueMatcher.holders.contains(quoteTokens.norms[a + 1])
            return !opener || holder ? f : nil
        }
        // A description, then its name: capitalised words only, four at most.
        guard QuoteWords.opensNounPhrase(quoteTokens.norms[source.lowerBound]), f - a <= 4,
              (a..<f).allSatisfy({ quoteTokens.isCapitalized($0) || QuoteWords.nameLinks.contains(quoteTokens.norms[$0]) }) else { return nil }
        return f
    }

    /// ", selon Joseph Lhota, le président du MTA." / ", selon X, qui …": after the source named at the end
    /// of a sentence, a comma opens only its apposition or a relative clause (the report is before it).
    private func appositionCloses(after e: Int, sentence sr: Range<Int>) -> Bool {
        guard e + 1 < sr.upperBound, quoteTokens.isPunct(e, ","), let w = quoteTokens.norm(e + 1) else { return false }
        guard QuoteWords.determiners.contains(w) || w == "qui" else { return false }
        // An apposition is short; a long run after the comma is the clause the source is cited for
        // ("…, d'après le droit international, les responsables devront …").
        guard w == "qui" || sr.upperBound - e <= 12 else { return false }
        // No second report in the rest of the sentence ("…, selon lui, le ministre a dit que …").
        return !((e + 1)..<sr.upperBound).contains { cues.isVerb($0, allowIncise: false) != nil || QuoteWords.isQue(quoteTokens.norms[$0]) }
    }

    /// "…, indique une analyse de l'ADN effectuée par des chercheurs." / "…, explique Joechen Zaumseil le
    /// vice-président de L'Oréal.": the source's own description, up to ten words and no other report
    /// before the end of the sentence.
    private func descriptionCloses(after e: Int, sentence sr: Range<Int>) -> Bool {
        guard e < sr.upperBound, let end = sentenceEnd(after: e, sentence: sr, maxWords: 10) else { return false }
        return !(e..<end).contains { cues.verbEntry($0) != nil || QuoteWords.isQue(quoteTokens.norms[$0]) || quoteTokens.has($0, .auxiliary) }
    }

    /// ", selon les médias occidentaux et iraniens.": a coordinated end of the source, up to six words
    /// before the end of the sentence.
    private func coordinationCloses(after e: Int, sentence sr: Range<Int>) -> Bool {
        guard let w = quoteTokens.norm(e), w == "et" || w == "ou" else { return false }
        return sentenceEnd(after: e + 1, sentence: sr, maxWords: 6) != nil
    }

    /// "…, a révélé son avocate à l'AFP." / "…, a-t-il déclaré devant la presse, …": an addressee or place
    /// of up to five words after an inverted cue, then the end of the sentence or a comma.
    private func addressCloses(after e: Int, sentence sr: Range<Int>) -> Bool {
        guard e < sr.upperBound, let w = quoteTokens.norm(e), Self.addressPrepositions.contains(w) else { return false }
        var k = e + 1
        while k < sr.upperBound, k - e <= 5, quoteTokens.isWord(k) { k += 1 }
        return k >= sr.upperBound || quoteTokens.isPunct(k, PunctSets.sentenceEndOrComma)
    }

    /// Start of the clause that ends at `k`: the sentence start or after a colon, past a dateline and an
    /// opening connector (``reportedClauseOpening(_:before:)``).
    /// Nil past `4 * reach` tokens: a run-on text has no clause to report, and this keeps it linear.
    private func clauseStart(before k: Int, sentence sr: Range<Int>) -> Int? {
        var s = k - 1
        while s > sr.lowerBound, !quoteTokens.isPunct(s - 1, PunctSets.colonSemicolon) {
            s -= 1
            if k - s > 4 * Self.reach { return nil }
        }
        return reportedClauseOpening(s, before: k)
    }

    /// The news dateline ("5 juillet 2012. - ") and a connector set off by a comma ("En effet, ", "Mais, ",
    /// "Toutefois, ") open the writer's sentence, not the words reported: on the news dev split they
    /// were the commonest boundary errors of clauses before an inverted cue (11 of 20).
    private func reportedClauseOpening(_ s: Int, before k: Int) -> Int {
        var s = s
        let pr = quoteTokens.paragraphRanges[quoteTokens.paragraphOf[s]]
        if let dash = (s..<min(k, s + 8)).first(where: { quoteTokens.isPunct($0, ["-", "–", "—"]) }), dash + 1 < k,
           isDatelineDash(dash, paragraph: pr) {
            s = dash + 1
        }
        if let comma = (s..<min(k, s + 4)).first(where: { quoteTokens.isPunct($0, ",") }), comma > s, comma + 1 < k,
           (s..<comma).allSatisfy({ quoteTokens.isWord($0) }) {
            let words = (s..<comma).lazy.map { self.quoteTokens.norms[$0] }
            if words.allSatisfy({ QuoteWords.connectors.contains($0) }) { s = comma + 1 }
        }
        return s
    }

    /// Whether a stretch holds no auxiliary, verb of saying, "que" or "qui": a subject with its appositions.
    private func hasNoVerb(_ r: Range<Int>) -> Bool {
        !r.contains { quoteTokens.has($0, .auxiliary) || cues.verbEntry($0) != nil || QuoteWords.isQue(quoteTokens.norms[$0]) || quoteTokens.norms[$0] == "qui" }
    }

    /// How many tokens a headline's lead may take before its colon ("Énergie en France : pour …").
    static let headlineLead = 12

    /// The "pour" of "Pour X, …" opening the sentence or following a headline's colon in its first words.
    private func viewOpening(in sr: Range<Int>) -> Int? {
        if quoteTokens.norm(sr.lowerBound) == "pour" { return sr.lowerBound }
        guard let colon = (sr.lowerBound..<min(sr.upperBound, sr.lowerBound + Self.headlineLead)).first(where: { quoteTokens.isPunct($0, ":") }) else { return nil }
        return quoteTokens.norm(colon + 1) == "pour" ? colon + 1 : nil
    }

    /// End (exclusive token index) of a content clause starting at `a`.
    private func contentEnd(from a: Int, sentence sr: Range<Int>) -> Int {
        var k = a
        while k < sr.upperBound, k - a < 4 * Self.reach {
            if quoteTokens.isPunct(k, PunctSets.colonSemicolon) { break }
            if quoteTokens.isPunct(k, "«") {
                // A quotation inside the clause belongs to it.
                if let q = topLevelByStart[quoteTokens.tokens[k].start].map({ marked[$0] }) {
                    k = max(k + 1, quoteTokens.index(endingBy: q.end))
                    continue
                }
            }
            if quoteTokens.isPunct(k, ","), let w = quoteTokens.norm(k + 1) {
                let inverted = cues.invertedCue(at: k + 1, limit: sr.upperBound) != nil
                // "selon l'AFP, le Conseil national syrien, principale coalition …, a appelé à ce que …": an
                // auxiliary after a subject with no verb yet is the clause's own verb, not an incise.
                let ownVerb = !inverted && ["a", "ont", "avait"].contains(w) && hasNoVerb(a..<k)
                if (QuoteWords.clauseEnders.contains(w) || inverted) && !ownVerb { break }
            }
            k += 1
        }
        var e = min(k, sr.upperBound)
        while e > a, quoteTokens.isPunct(e - 1, PunctSets.sentenceEndOrComma) { e -= 1 }
        return e
    }
}
