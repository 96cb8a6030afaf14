/// Finds quotations, reported speech and their speakers (`quotes` layer).
///
/// 1. `QuoteMarkScanner` finds the spans quotation marks delimit (nesting, multi-paragraph «,
///    recovery at the paragraph end with a warning).
/// 2. Dialogue turns: a paragraph (or a sentence after a sentence end) opened by a dash — or –
///    is direct speech when it reads as dialogue (an incise "dit-il", first/second person words,
///    a question or exclamation, or a dialogue turn before it); list items are left alone.
/// 3. Incises split speech ("« Il fait chaud, dit-elle ; allons-y. »" gives two spans).
/// 4. Each quotation gets a kind (direct, partial, mention) and a cue: an incise, an inverted cue
///    after it ("», a indiqué le consulat", "a-t-il ajouté"), a verb of saying before it in the
///    sentence with its subject ("X a déclaré : « … »"), "selon X" / "d'après X", a colon ending
///    the previous paragraph, or the speaker of the quotation it continues.
/// 5. Reported speech without marks is `indirect`: "a déclaré que …", "selon X, …",
///    "…, a rapporté X.", with the content clause as span.
/// 6. Speakers resolve in text order: pronouns ("il", "-t-il") to the previous speaker, source
///    documents ("la déclaration", "cette source") to their issuer, and any phrase to the entity
///    mention (`doc.mentions`) it covers. Nothing is guessed: an unresolved speaker is null.
///
/// Cost: linear in the tokens, apart from cue searches bounded by the sentence.
public final class QuoteFinder: Stage {
    public let name = "quotes"
    public let requires: [Layer] = [.tokens, .sentences, .paragraphs]
    public let produces: [Layer] = [.quotes]

    let verbs: SpeechVerbLexicon

    public init(verbs: SpeechVerbLexicon = .shipped) {
        self.verbs = verbs
    }

    public func run(_ document: inout Document) throws {
        var warnings: [DocumentWarning] = []
        let paragraphs = document.paragraphs.isEmpty ? SentenceSplitter.paragraphs(document.scalars) : document.paragraphs
        let marked = QuoteMarkScanner().scan(document.scalars, paragraphs: paragraphs, warnings: &warnings)
        try Cancellation.check()
        if PressQuoteFinder.handles(document.source.language) {
            document.quotes = PressQuoteFinder(doc: document).find(marked: marked)
            document.warnings.append(contentsOf: warnings)
            return
        }
        var run = QuoteFinderRun(doc: document, verbs: verbs, marked: marked)
        document.quotes = run.find()
        document.warnings.append(contentsOf: warnings)
    }
}

/// One document's pass of `QuoteFinder`.
struct QuoteFinderRun {
    let doc: Document
    let t: QuoteTokens
    let m: SpeechCueMatcher
    var marked: [QuoteMarkScanner.Marked]
    /// `doc.mentions` by position: speaker lookups must not scan every mention (issue 18).
    let mentions: MentionIndex

    init(doc: Document, verbs: SpeechVerbLexicon, marked: [QuoteMarkScanner.Marked]) {
        self.doc = doc
        self.t = QuoteTokens(doc)
        self.m = SpeechCueMatcher(t: t, verbs: verbs)
        self.marked = marked
        self.mentions = MentionIndex(doc.mentions)
    }

    static let dashes: Set<Unicode.Scalar> = ["—", "–", "―"]
    /// How many tokens a cue search looks through, so a run-on "sentence" stays linear.
    static let reach = 120
    static let sentenceEnds: Set<String> = [".", "!", "?", "…", "...", "?!", "!?"]
    static let incisePunct: Set<String> = [",", "!", "?", "…", "...", ";", "?!", "!?"]
    static let inciseEnd: Set<String> = [",", ";", ".", "!", "?", "…", "...", ":"]

    /// A quotation before its speaker is resolved.
    struct Item {
        var start: Int, end: Int, contentStart: Int, contentEnd: Int
        var kind: Quote.Kind
        var cue: SpeechCueMatcher.Cue?
        /// Inherit the previous quotation's speaker (a continuation).
        var continues = false
        var confidence: Double
        /// Token where the speaker's cue sits, for ordering pronoun resolution.
        var anchor: Int
    }

    /// Top-level marked spans by their first and last code point, and the one enclosing each
    /// token (so lookups stay O(1) however many quotations a document has).
    var topLevelByStart: [Int: Int] = [:]
    var topLevelByEnd: [Int: Int] = [:]
    var enclosingTopLevel: [Int?] = []

    mutating func indexMarks() {
        enclosingTopLevel = [Int?](repeating: nil, count: t.count)
        for (i, q) in marked.enumerated() where q.depth == 0 {
            topLevelByStart[q.start] = i
            topLevelByEnd[q.end] = i
            var k = t.index(atOrAfter: q.start)
            while k < t.count, t.tokens[k].start < q.end {
                if enclosingTopLevel[k] == nil { enclosingTopLevel[k] = i }
                k += 1
            }
        }
    }

    mutating func find() -> [Quote] {
        guard t.count > 0 else { return [] }
        var items: [Item] = []
        let turns = dialogueTurns()
        // Marks inside a dialogue turn are quotations within speech (turns and marks are both sorted).
        var ti = 0
        for i in marked.indices {
            while ti < turns.count, turns[ti].end < marked[i].start { ti += 1 }
            if ti < turns.count, turns[ti].start <= marked[i].start, marked[i].end <= turns[ti].end { marked[i].depth += 1 }
        }
        indexMarks()
        for turn in turns { items += segments(ofTurn: turn) }
        for (i, q) in marked.enumerated() {
            // Stopped early when interrupted; `Pipeline.run` then abandons the document.
            if i & 1023 == 0 && Cancellation.isRequested { return [] }
            items += classify(q)
        }
        if Cancellation.isRequested { return [] }
        items += indirectSpeech(excluding: items)
        if Cancellation.isRequested { return [] }
        items.sort { ($0.anchor, $0.start) < ($1.anchor, $1.start) }
        return resolve(items).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    // MARK: Dialogue

    struct Turn { var start: Int; var end: Int; var tokens: Range<Int> }

    func dialogueTurns() -> [Turn] {
        var turns: [Turn] = []
        var previousWasDialogue = false
        for (pi, pr) in t.paragraphRanges.enumerated() where !pr.isEmpty {
            var starts: [Int] = []
            for k in pr where isDash(k) && !t.isPunct(k + 1, "«") {
                let next = k + 1 < pr.upperBound && t.isPunct(k + 1, "-") && t.tokens[k + 1].start == t.tokens[k].end ? k + 2 : k + 1
                if k == pr.lowerBound || (t.isPunct(k - 1, PunctSets.sentenceEndGuillemetColon) && t.isCapitalized(next)) {
                    starts.append(k)
                }
            }
            guard !starts.isEmpty else { previousWasDialogue = false; continue }
            let colonBefore = pi > 0 && t.isPunct(t.paragraphRanges[pi - 1].upperBound - 1, ":")
            var any = false
            var previousTurnInParagraph = false
            for (n, a) in starts.enumerated() {
                let b = n + 1 < starts.count ? starts[n + 1] : pr.upperBound
                guard a + 1 < b else { continue }
                let range = a..<b
                // A colon alone also introduces lists ("Les points clés :\n– la levée …;"): a turn
                // after one must open like a sentence and end like one.
                let first = a + 1 < b && t.isPunct(a + 1, "-") ? a + 2 : a + 1
                let sentenceLike = first < b && t.isCapitalized(first) && t.isPunct(b - 1, Self.sentenceEnds)
                let firstPerson = range.contains { QuoteWords.dialogueWords.contains(t.norms[$0]) }
                let exclaims = t.isPunct(b - 1, PunctSets.exclamOrQuestion)
                let incise = range.contains { k in t.isPunct(k, Self.incisePunct) && m.invertedCue(at: k + 1, limit: b) != nil }
                let dialogue: Bool
                if a == pr.lowerBound {
                    dialogue = previousWasDialogue || (colonBefore && sentenceLike) || firstPerson || exclaims || incise
                } else {
                    // Inside a paragraph a dash after a sentence is a new turn, or the narrator's pause
                    // ("… ce souvenir. — Ce fut comme si …"): speech needs an incise, a colon before it,
                    // or an exclamation or question from someone.
                    dialogue = incise || t.isPunct(a - 1, ":") || exclaims || previousTurnInParagraph
                }
                previousTurnInParagraph = dialogue
                guard dialogue else { continue }
                any = true
                turns.append(Turn(start: t.tokens[a].start, end: t.tokens[b - 1].end, tokens: range))
            }
            previousWasDialogue = any && starts[0] == pr.lowerBound
        }
        return turns
    }

    private func isDash(_ k: Int) -> Bool {
        guard t.tokens[k].kind == .punct || t.tokens[k].kind == .symbol else { return false }
        let s = t.scalars[t.tokens[k].start]
        if Self.dashes.contains(s) { return true }
        // "--" or "- " as a dialogue dash.
        guard s == "-" else { return false }
        if t.tokens[k].end - t.tokens[k].start >= 2 { return true }
        // "--" split into two tokens by the tokenizer.
        if k + 1 < t.count, t.tokens[k + 1].start == t.tokens[k].end, t.scalars[t.tokens[k + 1].start] == "-" { return true }
        return t.tokens[k].end < t.scalars.count && t.scalars[t.tokens[k].end].properties.isWhitespace
    }

    /// An incise inside speech: the punctuation before it, the cue, and the token after it.
    struct Incise { var punct: Int; var cue: SpeechCueMatcher.Cue; var end: Int }

    func incises(in r: Range<Int>) -> [Incise] {
        var out: [Incise] = []
        var k = r.lowerBound
        while k < r.upperBound {
            defer { k += 1 }
            guard t.isPunct(k, Self.incisePunct), let cue = m.invertedCue(at: k + 1, limit: r.upperBound, loose: true) else { continue }
                        var e = cue.end
            while e < r.upperBound, !t.isPunct(e, Self.inciseEnd), e - cue.end < 40 { e += 1 }
            guard e >= r.upperBound || t.isPunct(e, Self.inciseEnd) else { continue }
            // The incise goes on over participle and manner phrases: "dit Rodolphe, se souvenant de …".
            while e < r.upperBound, t.isPunct(e, ","), continuesIncise(e + 1) {
                e += 1
                while e < r.upperBound, !t.isPunct(e, Self.inciseEnd) { e += 1 }
            }
            out.append(Incise(punct: k, cue: cue, end: e))
            k = e
        }
        return out
    }

    /// A phrase that still describes the speaker's act after a comma ("en souriant", "se levant").
    private func continuesIncise(_ k: Int) -> Bool {
        guard let w = t.norm(k), t.isWord(k), !t.isCapitalized(k) else { return false }
        if w.hasSuffix("ant"), w.count > 4, !QuoteWords.dialogueWords.contains(w) { return true }
        if ["se", "s'"].contains(w), let n = t.norm(k + 1), n.hasSuffix("ant") { return true }
        // "en s'adressant à Sarah, auprès de laquelle il alla …": a relative clause on the incise.
        if ["qui", "dont", "où", "auprès", "lequel", "laquelle", "lesquels", "lesquelles", "duquel", "près"].contains(w) { return true }
        return ["en", "avec", "tout", "puis", "sans"].contains(w) && !(t.norm(k + 1).map(QuoteWords.dialogueWords.contains) ?? false)
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
            if t.tokens[endTok].end > segContentStart {
                let e = t.tokens[endTok].end
                let ce = t.isPunct(endTok, PunctSets.commaSemicolon) || !Self.sentenceEnds.contains(t.norms[endTok]) ? t.tokens[endTok].start : e
                out.append(Item(start: segStart, end: e, contentStart: segContentStart, contentEnd: max(segContentStart, min(e, ce)),
                                kind: kind, cue: inc.cue, confidence: confidence, anchor: t.index(atOrAfter: segStart)))
            }
            cue = inc.cue
            let resume = inc.end + 1
            let canResume = inc.end < content.upperBound && (t.isPunct(inc.end, PunctSets.commaSemicolon) || resumeAfterSentenceEnd)
            guard canResume, resume < content.upperBound else { return out }
            segStart = t.tokens[resume].start
            segContentStart = segStart
        }
        if segStart < last {
            out.append(Item(start: segStart, end: last, contentStart: segContentStart, contentEnd: max(segContentStart, lastContentEnd),
                            kind: kind, cue: cue, confidence: confidence, anchor: t.index(atOrAfter: segStart)))
        }
        return out
    }

    func segments(ofTurn turn: Turn) -> [Item] {
        let a = turn.tokens.lowerBound
        var first = a + 1
        while first < turn.tokens.upperBound, t.isPunct(first, "-"), t.tokens[first].start == t.tokens[first - 1].end { first += 1 }
        guard first < turn.tokens.upperBound else { return [] }
        let content = first..<turn.tokens.upperBound
        let cs = t.tokens[first].start
        var items = split(first: turn.start, contentStart: cs, content: content, last: turn.end, lastContentEnd: turn.end,
                          resumeAfterSentenceEnd: true, kind: .direct, confidence: 0.8)
        // No incise: a colon ending the previous paragraph may introduce it ("Il répondit :").
        if items.count == 1, items[0].cue == nil, let cue = colonCue(beforeToken: a) {
            items[0].cue = cue
        }
        return items
    }

    // MARK: Quotations in marks

    func classify(_ q: QuoteMarkScanner.Marked) -> [Item] {
        let qs = t.index(atOrAfter: q.start)
        let qe = t.index(endingBy: q.end)
        guard qs < qe else { return [] }
        let innerStart = qs + 1
        let innerEnd = q.closed ? qe - 1 : qe
        let words = (innerStart..<max(innerStart, innerEnd)).filter { t.isWord($0) }.count
        let confidence = q.closed ? 1.0 : 0.5
        if q.depth > 0 {
            return [Item(start: q.start, end: q.end, contentStart: q.contentStart, contentEnd: q.contentEnd,
                         kind: words <= 4 ? .mention : .direct, cue: nil, confidence: 0.5 * confidence, anchor: qs)]
        }
        let para = t.paragraphOf[qs]
        let paraStart = t.paragraphRanges[para].lowerBound
        let before = qs - 1 >= paraStart ? qs - 1 : nil
        var opensClause = before == nil || t.isPunct(before!, PunctSets.clauseOpening)
        let afterColon = before.map { t.isPunct($0, ":") } ?? false
        // "baptisé « … »", "le film « … »" name a thing; "s'est dite « … »" still reports speech.
        let mentionCue = before.map { b in
            t.isWord(b) && QuoteWords.mentionCues.contains(t.norms[b]) && !(t.norm(b - 1).map { QuoteWords.auxiliaries.contains($0) } ?? false)
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
                let prev = t.paragraphRanges[para - 1]
                let tail = max(prev.lowerBound, prev.upperBound - 2)..<prev.upperBound
                continues = tail.contains { t.isPunct($0, PunctSets.closingQuote) }
            }
        }
        // "Selon X, « … »": the quotation is the clause "selon" attributes.
        if let c = cue, c.lemma == "selon" || c.lemma == "d'après" || c.lemma == "pour", let b = before, t.isPunct(b, ","), c.end == b { opensClause = true }
        // "« Tout part ! »": an exclamation or a question is said, not a title.
        let endsUtterance = innerEnd > innerStart && t.isPunct(innerEnd - 1, PunctSets.exclamOrQuestion)
        let sentenceEnd = t.sentenceRanges[t.sentenceOf[max(qs, qe - 1)]].upperBound
        let endsClause = qe >= sentenceEnd || t.isPunct(qe, PunctSets.clauseEnd)
        var kind: Quote.Kind
        if mentionCue {
            kind = .mention
        } else if cue == nil && !continues && (words <= 3 || !opensClause) && !endsUtterance {
            kind = .mention
        } else if opensClause && (afterColon || endsClause || words > 6) {
            kind = .direct
        } else {
            kind = .partial
        }
        if !viaIncise.isEmpty {
            for i in viaIncise.indices { viaIncise[i].kind = kind == .mention ? .direct : kind }
            if let cue, viaIncise[0].cue == nil { viaIncise[0].cue = cue }
            return splitAtReopenings(viaIncise, q.reopenings)
        }
        var conf = confidence * (cue != nil ? 0.9 : continues ? 0.6 : 0.5)
        if kind == .mention { conf = confidence * 0.6 }
        return splitAtReopenings([Item(start: q.start, end: q.end, contentStart: q.contentStart, contentEnd: q.contentEnd, kind: kind,
                                       cue: kind == .mention ? nil : cue, continues: continues && kind != .mention, confidence: conf, anchor: qs)],
                                 q.reopenings)
    }

    /// A multi-paragraph quotation gives one span per paragraph (as AADS annotates them), each
    /// with the quotation's kind, cue and so speaker.
    func splitAtReopenings(_ items: [Item], _ reopenings: [Int]) -> [Item] {
        guard !reopenings.isEmpty else { return items }
        var out: [Item] = []
        for item in items {
            var piece = item
            for r in reopenings where piece.start < r && r < piece.end {
                let last = t.index(endingBy: r) - 1
                guard last >= 0 else { continue }
                var head = piece
                head.end = t.tokens[last].end
                head.contentEnd = max(head.contentStart, min(head.contentEnd, head.end))
                out.append(head)
                piece.start = r
                var cs = r + 1
                while cs < piece.end, t.scalars[cs].properties.isWhitespace { cs += 1 }
                piece.contentStart = min(cs, piece.contentEnd)
            }
            out.append(piece)
        }
        return out
    }

    /// "», a indiqué le consulat", "» dit-il", "», selon X", or an inverted cue ending the sentence.
    func cueAfter(quoteEnd qe: Int) -> SpeechCueMatcher.Cue? {
        guard qe < t.count else { return nil }
        let sentenceEnd = t.sentenceRanges[t.sentenceOf[qe - 1]].upperBound
        let limit = max(sentenceEnd, t.sentenceRanges[t.sentenceOf[qe]].upperBound)
        var k = qe
        if t.isPunct(k, ",") { k += 1 }
        if let c = m.invertedCue(at: k, limit: limit) ?? m.accordingTo(at: k, limit: limit) { return c }
        // A headline: "« Je ne suis pas candidat » : Jean Dupont dément".
        if t.isPunct(qe, ":"), let np = m.nounPhrase(from: qe + 1, limit: limit), let e = m.isVerb(np.upperBound, allowIncise: false) {
            return SpeechCueMatcher.Cue(verb: np.upperBound..<(np.upperBound + 1), lemma: e.lemma,
                                        speaker: SpeechCueMatcher.Candidate(range: np, pronoun: nil), end: np.upperBound + 1)
        }
        // An inverted cue later in the sentence, ending it: "« … » concernant …, a indiqué le consulat."
        var j = qe
        while j < sentenceEnd, j - qe < Self.reach {
            if t.isPunct(j, ","), let c = m.invertedCue(at: j + 1, limit: sentenceEnd) ?? m.accordingTo(at: j + 1, limit: sentenceEnd),
               c.end >= sentenceEnd || t.isPunct(c.end, PunctSets.sentenceEndOrComma) {
                return c
            }
            if t.isPunct(j, PunctSets.openingQuote) { break }
            j += 1
        }
        return nil
    }

    /// A verb of saying or "selon"/"d'après" before the quotation in its sentence.
    func cueBefore(quoteStart qs: Int) -> SpeechCueMatcher.Cue? {
        let floor = max(t.sentenceRanges[t.sentenceOf[qs]].lowerBound, qs - Self.reach)
        var k = qs - 1
        while k >= floor {
            defer { k -= 1 }
            // Another quotation of the same sentence: look past it ("a dénoncé « une honte » et « un scandale »").
            if t.isPunct(k, PunctSets.closingQuoteOrCurly) {
                let end = t.tokens[k].end
                guard let other = topLevelByEnd[end].map({ marked[$0] }) else { return nil }
                k = t.index(atOrAfter: other.start)
                continue
            }
            if let c = m.accordingTo(at: k, limit: qs) ?? m.forHolder(at: k, quoteStart: qs) { return c }
            if t.norm(k) == "après", t.norm(k - 1) == "d'", let c = m.accordingTo(at: k - 1, limit: qs) { return c }
            guard let e = m.isVerb(k, allowIncise: false) else { continue }
            if let n = t.norm(k - 1), n == "ne" || n == "n'" { continue }
            if let (subject, document) = m.subject(ofVerbAt: k, floor: floor, mentions: mentions) {
                return SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: subject, end: k + 1, document: document)
            }
            // "X, dans un communiqué, a déclaré …" with no subject found: an unknown speaker.
            return SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: nil, end: k + 1)
        }
        return nil
    }

    /// A cue in the sentence before `token` when that sentence ends with a colon ("Elle ajouta :").
    func colonCue(beforeToken a: Int) -> SpeechCueMatcher.Cue? {
        guard a > 0, t.isPunct(a - 1, ":") else { return nil }
        let sr = t.sentenceRanges[t.sentenceOf[a - 1]]
        // "répondit-elle :" or "X déclara :"
        for k in stride(from: a - 2, through: max(sr.lowerBound, a - Self.reach), by: -1) {
            if let c = m.invertedCue(at: k, limit: a - 1), c.speaker?.pronoun != nil { return c }
            if let e = m.isVerb(k, allowIncise: false) {
                if let (subject, document) = m.subject(ofVerbAt: k, floor: sr.lowerBound, mentions: mentions) {
                    return SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: subject, end: k + 1, document: document)
                }
                return SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: nil, end: k + 1)
            }
        }
        return nil
    }

    // MARK: Reported speech

    /// "a déclaré que …", "selon X, …", "…, a rapporté X.", outside quotation marks and turns.
    func indirectSpeech(excluding speech: [Item]) -> [Item] {
        // Tokens inside direct speech (dialogue turns, attributed quotations) or inside marks.
        var covered = [Bool](repeating: false, count: t.count)
        for q in speech where q.kind == .direct && (q.cue != nil || t.scalars[q.start] != "«") {
            var k = t.index(atOrAfter: q.start)
            while k < t.count, t.tokens[k].start < q.end { covered[k] = true; k += 1 }
        }
        for k in 0..<t.count where !covered[k] {
            if let i = enclosingTopLevel[k], marked[i].start < t.tokens[k].start { covered[k] = true }
        }
        func inSpeech(_ k: Int) -> Bool { covered[k] }
        var out: [Item] = []
        for sr in t.sentenceRanges where !sr.isEmpty {
            var k = sr.lowerBound
            var lastCue: SpeechCueMatcher.Cue?
            // "Selon X, …" / "D'après X, …" opening the sentence (after "Toujours", "Mais" …).
            var s0 = sr.lowerBound
            while s0 < sr.upperBound, let w = t.norm(s0), QuoteWords.connectors.contains(w) { s0 += 1 }
            if let c = m.accordingTo(at: s0, limit: sr.upperBound), !inSpeech(s0) {
                var e = c.end
                if let d = c.document { e = d.upperBound }
                // "D'après un responsable cité par le Washington Post, …"
                var skipped = 0
                while e < sr.upperBound, !t.isPunct(e, ","), t.isWord(e), skipped < 10 { e += 1; skipped += 1 }
                if t.isPunct(e, ","), e + 1 < sr.upperBound {
                    let end = contentEnd(from: e + 1, sentence: sr)
                    if let x = item(cue: c, content: (e + 1)..<end) { out.append(x) }
                    lastCue = c
                }
            }
            while k < sr.upperBound {
                defer { k += 1 }
                if inSpeech(k) { continue }
                // ", selon X." closing the sentence.
                if t.isPunct(k, ","), let c = m.accordingTo(at: k + 1, limit: sr.upperBound), c.end >= sr.upperBound || t.isPunct(c.end, Self.sentenceEnds),
                   k > sr.lowerBound {
                    if let cs = clauseStart(before: k, sentence: sr), let x = item(cue: c, content: cs..<k) { out.append(x) }
                    continue
                }
                // "…, a rapporté le Département d'État." (no quotation before it).
                if t.isPunct(k, ","), let c = m.invertedCue(at: k + 1, limit: sr.upperBound) {
                    // "« … », a-t-il écrit sur Telegram, ajoutant que …": the cue governs what follows.
                    guard c.end >= sr.upperBound || t.isPunct(c.end, PunctSets.sentenceEndOrComma) else {
                        lastCue = c
                        k = c.end - 1
                        continue
                    }
                    guard let cs = clauseStart(before: k, sentence: sr) else {
                        lastCue = c
                        k = c.end - 1
                        continue
                    }
                    let quotedClause = enclosingTopLevel[cs].map { marked[$0].end >= t.tokens[k - 1].end } ?? false
                    if !quotedClause, k - cs >= 3 {
                        if let x = item(cue: c, content: cs..<k) { out.append(x) }
                        lastCue = c
                    } else {
                        lastCue = c
                    }
                    k = c.end - 1
                    continue
                }
                // "a déclaré (jeudi) (à l'AFP) que …"
                guard let e = m.isVerb(k, allowIncise: false) else { continue }
                // "n'a déclaré que trois cas": restrictive "ne … que", not a reported clause.
                if ((k - 3)..<k).contains(where: { $0 >= sr.lowerBound && (t.norms[$0] == "ne" || t.norms[$0] == "n'") }) { continue }
                guard let q = complementizer(after: k, limit: sr.upperBound), q + 1 < sr.upperBound else { continue }
                var cue: SpeechCueMatcher.Cue
                if t.norms[k].hasSuffix("ant"), t.isPunct(k - 1, ",") {
                    // "…, ajoutant que": the speaker of the cue before it.
                    cue = SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: lastCue?.speaker, end: k + 1)
                } else if let (subject, document) = m.subject(ofVerbAt: k, floor: sr.lowerBound, mentions: mentions) {
                    cue = SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: subject, end: k + 1, document: document)
                } else {
                    cue = SpeechCueMatcher.Cue(verb: k..<(k + 1), lemma: e.lemma, speaker: nil, end: k + 1)
                }
                let end = contentEnd(from: q + 1, sentence: sr)
                guard end > q + 1 else { continue }
                // "a estimé que « … »": the quotation itself carries the attribution.
                if let i = topLevelByStart[t.tokens[q + 1].start], marked[i].end == t.tokens[end - 1].end {
                    lastCue = cue
                    continue
                }
                if let x = item(cue: cue, content: (q + 1)..<end) { out.append(x) }
                lastCue = cue
            }
        }
        return out
    }

    static let timeNouns: Set<String> = ["semaine", "mois", "année", "an", "jour", "matin", "soir", "veille", "lendemain", "week-end", "fois", "heure", "heures"]
    static let notComplementizer: Set<String> = ["ainsi", "alors", "tandis", "bien", "plus", "moins", "autant", "avant", "après", "dès", "parce",
                                                  "pendant", "sans", "pour", "afin", "même", "tant", "ce", "si", "sorte", "tel", "telle", "lors"]
    static let addressPrepositions: Set<String> = ["à", "au", "aux", "devant", "lors", "sur", "auprès", "pendant", "dans", "en", "lundi", "mardi",
                                                    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui"]

    /// The "que" of "a déclaré (jeudi) (à l'AFP) que …" after the verb at `k`. A direct object
    /// between them ("a déclaré la guerre que …") makes "que" a relative pronoun: no match.
    private func complementizer(after k: Int, limit: Int) -> Int? {
        var q = k + 1
        var inPhrase = false
        while q < limit, q - k <= 9 {
            let w = t.norms[q]
            if w == "que" || w == "qu'" {
                if let p = t.norm(q - 1), Self.notComplementizer.contains(p) { return nil }
                return q
            }
            if t.isPunct(q, ",") { q += 1; continue }
            guard t.isWord(q), m.verbEntry(q) == nil else { return nil }
            if Self.addressPrepositions.contains(w) || SpeechCueMatcher.timeWords.contains(w) || (w.hasSuffix("ment") && !t.isCapitalized(q)) {
                inPhrase = inPhrase || Self.addressPrepositions.contains(w)
            } else if QuoteWords.articles.contains(w) && !inPhrase {
                // Only a time phrase may stand there without a preposition ("la semaine dernière").
                guard (q + 1...q + 2).contains(where: { $0 < limit && Self.timeNouns.contains(t.norms[$0]) }) else { return nil }
            } else if !inPhrase && q == k + 1 && !t.isCapitalized(q) {
                return nil
            }
            q += 1
        }
        return nil
    }

    private func item(cue: SpeechCueMatcher.Cue, content: Range<Int>) -> Item? {
        guard !content.isEmpty else { return nil }
        let (a, b) = t.span(content)
        return Item(start: a, end: b, contentStart: a, contentEnd: b, kind: .indirect, cue: cue,
                    confidence: cue.speaker == nil ? 0.5 : 0.8, anchor: min(content.lowerBound, cue.verb.lowerBound))
    }

    /// Start of the clause that ends at `k`: the sentence start or after a colon.
    /// Nil past `4 * reach` tokens: a run-on text has no clause to report, and this keeps it linear.
    private func clauseStart(before k: Int, sentence sr: Range<Int>) -> Int? {
        var s = k - 1
        while s > sr.lowerBound, !t.isPunct(s - 1, PunctSets.colonSemicolon) {
            s -= 1
            if k - s > 4 * Self.reach { return nil }
        }
        return s
    }

    /// End (exclusive token index) of a content clause starting at `a`.
    private func contentEnd(from a: Int, sentence sr: Range<Int>) -> Int {
        var k = a
        while k < sr.upperBound, k - a < 4 * Self.reach {
            if t.isPunct(k, PunctSets.colonSemicolon) { break }
            if t.isPunct(k, "«") {
                // A quotation inside the clause belongs to it.
                if let q = topLevelByStart[t.tokens[k].start].map({ marked[$0] }) {
                    k = max(k + 1, t.index(endingBy: q.end))
                    continue
                }
            }
            if t.isPunct(k, ","), let w = t.norm(k + 1), QuoteWords.clauseEnders.contains(w) || m.invertedCue(at: k + 1, limit: sr.upperBound) != nil { break }
            k += 1
        }
        var e = min(k, sr.upperBound)
        while e > a, t.isPunct(e - 1, PunctSets.sentenceEndOrComma) { e -= 1 }
        return e
    }

    // MARK: Speakers

    func resolve(_ items: [Item]) -> [Quote] {
        var out: [Quote] = []
        var lastSpeaker: (speaker: Quote.Speaker, paragraph: Int)?
        var lastIssuer: Quote.Issuer?
        var lastQuote: (speaker: Quote.Speaker?, paragraph: Int)?
        for it in items {
            let paragraph = t.paragraphOf[min(it.anchor, t.count - 1)]
            var speaker: Quote.Speaker?
            var cueOut: Quote.Cue?
            if let cue = it.cue {
                let (a, b) = t.span(cue.verb)
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
                            }
                        } else if ["il", "elle"].contains(p), let np = previousSubject(before: cue.verb.lowerBound) {
                            // No earlier speaker: the subject of the sentence before ("Le ministre s'est
                            // exprimé devant les députés. « … », a-t-il lancé.").
                            speaker = phraseSpeaker(np)
                            lastSpeaker = (speaker!, paragraph)
                        }
                    } else {
                        var s = phraseSpeaker(cand.range)
                        if m.isDocument(cand.range) {
                            let issuer = documentIssuer(cand.range) ?? (isDefinite(cand.range) ? lastIssuer ?? lastSpeaker.map { issuerOf($0.speaker) } : nil)
                            s.issuer = issuer
                            s.kbId = issuer?.kbId
                            if let issuer {
                                lastSpeaker = (Quote.Speaker(start: issuer.start, end: issuer.end, text: issuer.text, kbId: issuer.kbId), paragraph)
                            }
                        } else {
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
                             speaker: speaker, cue: cueOut, confidence: (confidence * 100).rounded() / 100))
            if it.kind == .direct || it.kind == .partial { lastQuote = (speaker, paragraph) }
        }
        return out
    }

    /// The singular noun-phrase subject opening the sentence before the one holding token `a`
    /// (same or previous paragraph), for a pronoun with no earlier speaker.
    private func previousSubject(before a: Int) -> Range<Int>? {
        let si = t.sentenceOf[min(a, t.count - 1)]
        guard si > 0 else { return nil }
        let sr = t.sentenceRanges[si - 1]
        guard !sr.isEmpty, t.paragraphOf[min(a, t.count - 1)] - t.paragraphOf[sr.lowerBound] <= 1 else { return nil }
        var s0 = sr.lowerBound
        while s0 < sr.upperBound, let w = t.norm(s0), QuoteWords.connectors.contains(w) { s0 += 1 }
        guard let np = m.nounPhrase(from: s0, limit: sr.upperBound), np.upperBound < sr.upperBound, t.isWord(np.upperBound),
              let first = t.norm(np.lowerBound), !["les", "des", "ces", "leurs", "ses", "nos", "vos", "mes"].contains(first),
              !np.contains(where: { ["et", "ou"].contains(t.norms[$0]) }), !t.isCapitalized(np.upperBound) else { return nil }
        // It must be the subject (a verb-like word follows, not a preposition) and able to speak:
        // an entity mention, a name or a person/organisation noun ("La réunion" is none).
        guard let next = t.norm(np.upperBound), !QuoteWords.prepositions.contains(next), next != "de" else { return nil }
        let (a0, b0) = t.span(np)
        let entity = mentions.overlapping(a0, b0).contains { doc.mentions[$0].label == .person || doc.mentions[$0].label == .organization }
        return entity || m.canSpeak(np) ? np : nil
    }

    private func issuerOf(_ s: Quote.Speaker) -> Quote.Issuer {
        if let i = s.issuer { return i }
        return Quote.Issuer(start: s.start, end: s.end, text: s.text, kbId: s.kbId)
    }

    private func phraseSpeaker(_ r: Range<Int>) -> Quote.Speaker {
        let (a, b) = t.span(r)
        return Quote.Speaker(start: a, end: b, text: doc.surface(start: a, end: b), kbId: mentionKB(r))
    }

    /// The entity of the mention on the phrase's head: "Le consulat russe à Istanbul" is not
    /// Istanbul, "le porte-parole du Kremlin" is not the Kremlin, and coordinated subjects ("Les
    /// États-Unis et la Russie") are no single entity.
    private func mentionKB(_ r: Range<Int>) -> String? {
        guard !r.isEmpty, !mentions.isEmpty else { return nil }
        if r.contains(where: { t.norms[$0] == "et" || t.norms[$0] == "ou" }) { return nil }
        var head = r.lowerBound
        while head + 1 < r.upperBound, QuoteWords.articles.contains(t.norms[head]) || ["m", ".", "mme", "mlle", "dr", "pr", "tous", "toutes", "deux"].contains(t.norms[head]) { head += 1 }
        let h = t.tokens[head]
        let covering = mentions.covering(h.start).map { doc.mentions[$0] }.filter { $0.label != .date && !$0.kbId.isEmpty }
        if let best = covering.max(by: { ($0.end - $0.start) < ($1.end - $1.start) }) { return best.kbId }
        // A title before a name: "le président ukrainien Volodymyr Zelensky" (not "le porte-parole du Kremlin").
        let end = t.tokens[r.upperBound - 1].end
        guard let name = mentions.ending(at: end).lazy.map({ doc.mentions[$0] }).first(where: { $0.label == .person && !$0.kbId.isEmpty }) else { return nil }
        let between = r.filter { t.tokens[$0].start < name.start }
        guard between.allSatisfy({ !["de", "du", "des", "d'", "à", "au", "aux"].contains(t.norms[$0]) && !t.isCapitalized($0) || $0 == r.lowerBound }) else { return nil }
        return name.kbId
    }

    /// "le communiqué du Kremlin": the complement names the issuer.
    private func documentIssuer(_ r: Range<Int>) -> Quote.Issuer? {
        for k in r where ["de", "du", "des", "d'"].contains(t.norms[k]) {
            var a = k + 1
            while a < r.upperBound, t.isWord(a), QuoteWords.determiners.contains(t.norms[a]) { a += 1 }
            guard a < r.upperBound, t.isCapitalized(a) else { continue }
            let (s, e) = t.span((k + 1)..<r.upperBound)
            return Quote.Issuer(start: s, end: e, text: doc.surface(start: s, end: e), kbId: mentionKB((k + 1)..<r.upperBound))
        }
        return nil
    }

    private func isDefinite(_ r: Range<Int>) -> Bool {
        guard let w = t.norm(r.lowerBound) else { return false }
        return ["le", "la", "les", "l'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"].contains(w)
    }
}
