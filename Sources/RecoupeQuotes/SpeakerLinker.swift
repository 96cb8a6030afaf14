import RecoupeCore

/// Links each quotation's speaker to an entity of the document, after `QuoteFinderRun.resolve`.
///
/// Developed on the Wikinews dev split, where most wrong speakers were one of four kinds:
/// 1. a description never linked to the entity it stands for ("le quotidien" → Le Figaro, "l'ONG" →
///    HRW, "le ministre du budget, Jérôme Cahuzac" → Cahuzac): a name in apposition, a mention inside the
///    phrase, else the most recent person (or organisation) mention that the text gave that description,
///    else the most recent one of that kind in the last paragraphs;
/// 2. a phrase that cannot speak taken as subject ("cet après-midi", a whole clause): dropped;
/// 3. a quotation with no cue that continues the previous speaker's words in the same or next
///    paragraph ("…, a précisé Febelfin. « C'est la responsabilité … »"): that speaker;
/// 4. a pronoun with no earlier speaker: the most recent person mention.
/// Issuers of documents are left as `resolve` made them.
struct SpeakerLinker {
    let doc: Document
    let t: QuoteTokens
    let m: SpeechCueMatcher
    /// Person and organisation mentions with a kb id, in text order.
    let agents: [EntityMention]

    init(doc: Document, t: QuoteTokens, m: SpeechCueMatcher) {
        self.doc = doc
        self.t = t
        self.m = m
        self.agents = doc.mentions.filter { ($0.label == .person || $0.label == .organization) && !$0.kbId.isEmpty }
            .sorted { $0.start < $1.start }
        var seen: [String: Int] = [:]
        self.mentionsSoFar = agents.map { a in seen[a.kbId, default: 0] += 1; return seen[a.kbId]! }
    }

    /// For each agent, how many mentions its entity has up to and including it (salience, in O(1)).
    let mentionsSoFar: [Int]

    /// How many agents a backward search looks through: a bound that keeps a document of one huge
    /// paragraph linear.
    static let searchReach = 200
    /// How far back (code points) an antecedent may be, whatever the paragraphs: the same distance
    /// in a short and a long document keeps the work per quotation constant.
    static let distanceReach = 4_000

    /// How far back (in paragraphs) an antecedent or a continued speaker may be.
    static let paragraphReach = 3

    static let organizationNouns: Set<String> = QuoteCueLexicon.set("fr/quote-organization-nouns")

    // Consuming: the quotations are updated in place, not copied (a novel has tens of thousands).
    func link(_ out: consuming [Quote]) -> [Quote] {
        var last: (speaker: Quote.Speaker, paragraph: Int, end: Int)?
        for i in out.indices where out[i].kind != .mention {
            let q = out[i]
            let paragraph = paragraphIndex(q.start)
            var speaker = q.speaker
            if let s = speaker, s.issuer == nil, !canSpeak(s) { speaker = nameOpeningClause(s) ?? apposedName(after: s) }
            if var s = speaker, s.issuer == nil, s.kbId == nil || s.kbId == "" {
                s.kbId = entity(for: s, before: q.start)
                // "la fédération des banques, Febelfin, « … »": a name in apposition names the speaker
                // better than the description, whether no entity stage linked it or the description
                // was linked through that very name.
                if !isName(s), let name = apposedName(after: s), s.kbId == nil || name.kbId == s.kbId { s = name }
                // "Pour Jérémie Zimmermann, « … » Le porte-parole du collectif … se félicite que « … »": a
                // description of a person right after a named person's words, nobody named between, is that person
                // (quoted words only: "Zelensky a déclaré que … Le porte-parole du Kremlin a affirmé que …" is another).
                if s.kbId == nil, q.kind != .indirect, !isName(s), let l = last, l.paragraph == paragraph, let kb = l.speaker.kbId, !kb.isEmpty,
                   isPersonSpeaker(l.speaker), let head = headNoun(tokens(of: s)), SpeechCueMatcher.holders.contains(head),
                   !Self.organizationNouns.contains(head), !personBetween(l.end, s.start) {
                    s.kbId = kb
                }
                speaker = s
            }
            // "Le Figaro annonce que … « … » le grand reporter, en évoquant une « source … »": a gerund's
            // subject is its main clause's, who spoke the sentence's previous quotation.
            if isGerund(q.cue), let l = last, l.speaker.kbId != nil, sentenceIndex(l.end - 1) == sentenceIndex(q.start) {
                speaker = l.speaker
            }
            // "a-t-il dit", "il a déclaré", "selon lui": the most recent person named since the last
            // speaker's words, else that speaker, else the most recent person.
            if let pronoun = pronounNearCue(q) ?? pronounBeforeColon(q) {
                let plural = Self.pluralPronouns.contains(t.norms[pronoun])
                let at = t.tokens[pronoun].start
                let since = last.map { $0.end } ?? 0
                if !plural, let body = bodyBefore(pronoun: pronoun), t.tokens[body.lowerBound].start >= since {
                    // "Le nouveau gouvernement s'est donné pour objectif … Il a cependant déclaré que « … »":
                    // a pronoun opening its sentence continues the body the sentence before opened with.
                    let (a, b) = t.span(body)
                    var s = Quote.Speaker(start: a, end: b, text: doc.surface(start: a, end: b), kbId: nil)
                    s.kbId = agents(overlapping: a, b).first { $0.start >= a && $0.end <= b }?.kbId ?? entity(for: s, before: q.start)
                    speaker = s
                } else if let recent = salient(before: at, since: since, label: plural ? .organization : .person) {
                    speaker = Quote.Speaker(start: recent.start, end: recent.end, text: recent.surface, kbId: recent.kbId)
                } else if let l = last, paragraph - l.paragraph <= Self.paragraphReach,
                          speaker?.kbId == nil || (!plural && l.speaker.kbId != speaker?.kbId && isPersonSpeaker(l.speaker)) {
                    // Nobody named since the last speaker's words: that speaker, also over the one
                    // `resolve` carried from further back ("Bruno Le Roux … trouvant le « procédé … ».
                    // « … », a-t-il affirmé").
                    speaker = l.speaker
                } else if speaker?.kbId == nil, let recent = mostRecent(before: at, label: plural ? .organization : .person, where: { !isComplement($0) }) {
                    speaker = Quote.Speaker(start: recent.start, end: recent.end, text: recent.surface, kbId: recent.kbId)
                }
            }
            // "Barack Obama : « … »" (a headline): the name before the colon.
            if speaker == nil, let named = nameBeforeColon(q.start) ?? subjectBeforeColon(q.start) {
                speaker = Quote.Speaker(start: named.start, end: named.end, text: named.surface, kbId: named.kbId)
            }
            if speaker == nil, q.kind != .indirect, let said = sayingSubject(before: q.start) {
                // "Le quotidien Le Figaro annonce que le journaliste … aurait été tué par « … »".
                speaker = Quote.Speaker(start: said.start, end: said.end, text: said.surface, kbId: said.kbId)
            }
            if speaker == nil, q.kind != .indirect, let np = subjectOfQueClause(before: q.start) {
                // "le parti écologiste pense qu'il s'agit de « propos isolés »".
                let (a, b) = t.span(np)
                var s = Quote.Speaker(start: a, end: b, text: doc.surface(start: a, end: b), kbId: nil)
                s.kbId = agents(overlapping: a, b).first { $0.start >= a && $0.end <= b }?.kbId ?? entity(for: s, before: q.start)
                speaker = s
            }
            if speaker == nil, q.cue == nil, q.kind != .indirect {
                if let subject = subjectOfSentenceBefore(q.start) {
                    // "Pour terminer, la porte-parole de la fédération a nuancé les chiffres. « … »": the words
                    // right after a sentence of the same paragraph are its subject's.
                    var s = Quote.Speaker(start: t.tokens[subject.lowerBound].start, end: t.tokens[subject.upperBound - 1].end,
                                          text: doc.surface(start: t.tokens[subject.lowerBound].start, end: t.tokens[subject.upperBound - 1].end), kbId: nil)
                    s.kbId = entity(for: s, before: q.start)
                    speaker = s
                } else if let l = last, paragraph - l.paragraph <= (l.speaker.kbId == nil && !isName(l.speaker) ? 0 : 1),
                          !personBetween(l.end, q.start) {
                    // A description carries within its paragraph only: a new paragraph of words after
                    // "a déclaré le ministre." may be anyone's.
                    speaker = l.speaker
                } else if let recent = mostRecent(before: q.start, label: .person, where: { paragraphIndex($0.start) >= paragraph - 1 && !isComplement($0) }) {
                    // Words with no cue after a paragraph that names one person: that person.
                    speaker = Quote.Speaker(start: recent.start, end: recent.end, text: recent.surface, kbId: recent.kbId)
                }
            }
            if speaker == nil, q.kind != .indirect, let guess = fallbackSpeaker(before: q.start, paragraph: paragraph, last: last) {
                speaker = guess
                out[i].confidence = Self.discounted(out[i].confidence, percent: 60)
            }
            out[i].speaker = speaker
            // A speaker carries over when linked, when it is a name no entity stage knew ("Febelfin"), or a
            // description of someone the text never names ("« … », a répondu la porte-parole de la
            // fédération. « … »").
            if let s = speaker, s.kbId != nil || isName(s) || (s.issuer == nil && !isPronoun(tokens(of: s)) && canSpeak(s)) {
                last = (s, paragraph, q.end)
            }
        }
        return headlineSpeakers(out)
    }

    /// A guessed speaker's confidence: `percent` of it, kept to two decimals like every confidence.
    static func discounted(_ confidence: Double, percent: Int) -> Double { (confidence * Double(percent)).rounded() / 100 }

    /// Quoted words still without a speaker, in a news text where words are someone's: the last linked
    /// speaker when nobody was named since (at most a paragraph back), else the person the article
    /// named most in the window before, else the organisation. Only entities: never a phrase.
    func fallbackSpeaker(before quoteStart: Int, paragraph: Int, last: (speaker: Quote.Speaker, paragraph: Int, end: Int)?) -> Quote.Speaker? {
        if let l = last, let kb = l.speaker.kbId, !kb.isEmpty, l.speaker.issuer == nil, paragraph - l.paragraph <= 1, !personBetween(l.end, quoteStart) {
            return l.speaker
        }
        guard let a = salient(before: quoteStart, since: 0, label: .person) ?? salient(before: quoteStart, since: 0, label: .organization) else { return nil }
        return Quote.Speaker(start: a.start, end: a.end, text: a.surface, kbId: a.kbId)
    }

    /// The person or organisation subject of a verb of saying whose "que" or colon clause holds the
    /// quotation, in its sentence: "Le quotidien Le Figaro annonce mardi que … par « … »".
    func sayingSubject(before quoteStart: Int) -> EntityMention? {
        let k = t.index(atOrAfter: quoteStart)
        guard k < t.count else { return nil }
        let sr = t.sentenceRanges[t.sentenceOf[k]]
        guard let verb = (sr.lowerBound..<k).first(where: { t.isWord($0) && !t.isCapitalized($0) && m.isVerb($0, allowIncise: false) != nil }),
              ((verb + 1)..<k).contains(where: { QuoteWords.isQue(t.norms[$0]) || t.isPunct($0, ":") }) else { return nil }
        let from = t.tokens[sr.lowerBound].start, to = t.tokens[verb].start
        return agents(overlapping: from, to).last { $0.start >= from && $0.end <= to && !isComplement($0) }
    }

    /// A headline's quoted words ("Banques belges piratées : « … »") with nobody named before them: the
    /// first speaker the article links after them to quoted words (a headline quotes words, not a
    /// report), else to any speech.
    func headlineSpeakers(_ quotes: [Quote]) -> [Quote] {
        var out = quotes
        for i in out.indices where out[i].speaker == nil && out[i].kind != .mention && out[i].kind != .indirect && paragraphIndex(out[i].start) == 0 {
            func linked(_ q: Quote) -> Bool { q.kind != .mention && q.speaker?.kbId.map { !$0.isEmpty } == true && q.speaker?.issuer == nil }
            guard let next = out[(i + 1)...].first(where: { linked($0) && $0.kind != .indirect }) ?? out[(i + 1)...].first(where: linked),
                  let s = next.speaker else { continue }
            out[i].speaker = s
            out[i].confidence = Self.discounted(out[i].confidence, percent: 50)
        }
        return out
    }

    /// Third-person subject pronouns as the tokenizer writes them, inverted forms included ("a-t-il", "dit-elle").
    static let subjectPronouns: Set<String> = ["il", "elle", "ils", "elles", "-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles"]
    /// Pronouns that stand for a group: an organisation rather than a person ("ont-ils dit", "selon eux").
    static let pluralPronouns: Set<String> = ["ils", "elles", "-ils", "-elles", "eux"]
    /// The pronouns `pronounBeforeColon` looks for: the rule was read off one person's words ("il avait alors lâché :").
    static let plainSingularPronouns: Set<String> = ["il", "elle"]

    /// A subject pronoun next to the cue ("il a déclaré", "a-t-il ajouté", "dit-elle", "selon lui").
    func pronounNearCue(_ q: Quote) -> Int? {
        guard let c = q.cue else { return nil }
        let k = t.index(atOrAfter: c.start)
        guard k < t.count else { return nil }
        let sentence = t.sentenceRanges[t.sentenceOf[k]]
        for j in stride(from: min(k + 1, sentence.upperBound - 1), through: max(sentence.lowerBound, k - 3), by: -1) where j != k {
            let w = t.norms[j]
            if Self.subjectPronouns.contains(w) { return j }
            if (w == "lui" || w == "eux") && j == k + 1 && c.text.lowercased() == "selon" { return j }
        }
        return nil
    }

    /// The subject pronoun of a verb that is no cue, right before the colon that opens the quotation: "il
    /// avait alors lâché : « … »", "elle tranche : « … »" (the pronoun one to three words before the word the
    /// colon follows, no comma between).
    func pronounBeforeColon(_ q: Quote) -> Int? {
        guard q.cue == nil else { return nil }
        let k = t.index(atOrAfter: q.start)
        guard k >= 3, k < t.count, t.isPunct(k - 1, ":") else { return nil }
        let sentence = t.sentenceRanges[t.sentenceOf[k - 1]]
        for j in stride(from: k - 3, through: max(sentence.lowerBound, k - 5), by: -1) {
            if Self.plainSingularPronouns.contains(t.norms[j]) { return j }
            if t.isPunct(j, ",") { return nil }
        }
        return nil
    }

    /// Capitalised words (a name) right after the phrase and a comma, closed by punctuation:
    /// "le président de l'UFIP, Jean Louis Schilansky." → "Jean Louis Schilansky".
    func apposedName(after s: Quote.Speaker) -> Quote.Speaker? {
        let r = tokens(of: s)
        guard !r.isEmpty else { return nil }
        // An acronym in parentheses may stand between: "le président de l'Union … (Ufip), Jean Louis Schilansky".
        var comma = r.upperBound
        if t.isPunct(comma, "("), let close = (comma + 1..<min(t.count, comma + 6)).first(where: { t.isPunct($0, ")") }) { comma = close + 1 }
        guard t.isPunct(comma, ","), t.sentenceOf[comma] == t.sentenceOf[r.upperBound - 1] else { return nil }
        // "…, l'April :": an elided article before the name stays outside it.
        if t.norm(comma + 1) == "l'", t.isCapitalized(comma + 2) { comma += 1 }
        var e = comma + 1
        while e < t.count, e - comma <= 5, t.isWord(e), t.isCapitalized(e) || (["de", "d'", "du", "-"].contains(t.norms[e]) && e > comma + 1) { e += 1 }
        guard e > comma + 1, e < t.count, t.tokens[e].kind == .punct, t.isCapitalized(e - 1) else { return nil }
        let a = t.tokens[comma + 1].start, b = t.tokens[e - 1].end
        let kb = agents(overlapping: a, b).first { $0.start >= a && $0.end <= b }?.kbId
        return Quote.Speaker(start: a, end: b, text: doc.surface(start: a, end: b), kbId: kb)
    }

    /// "La Ligue arabe apporte la même conclusion : « … »": the person or organisation opening the
    /// sentence that a colon ends, when the verb is none of saying.
    func subjectBeforeColon(_ quoteStart: Int) -> EntityMention? {
        let k = t.index(atOrAfter: quoteStart)
        guard k >= 2, k < t.count, t.isPunct(k - 1, ":") else { return nil }
        let sr = t.sentenceRanges[t.sentenceOf[k - 1]]
        var s0 = sr.lowerBound
        while s0 < k - 1, t.isPunct(s0, ",") || QuoteWords.connectors.contains(t.norms[s0]) { s0 += 1 }
        let phraseStart = s0
        while s0 < k - 1, QuoteWords.determiners.contains(t.norms[s0]) || QuoteWords.articles.contains(t.norms[s0]) { s0 += 1 }
        guard s0 < k - 1 else { return nil }
        let at = t.tokens[s0].start, colon = t.tokens[k - 1].start
        if let a = agents(overlapping: at, at + 1).first, a.start == at, a.end <= colon { return a }
        // "Un rapport de la Ligue arabe apporte …": a document speaks for its issuer.
        guard let np = m.nounPhrase(from: phraseStart, limit: k - 1), m.isDocument(np) else { return nil }
        let (a, b) = t.span(np)
        return agents(overlapping: a, b).first { $0.start >= a && $0.end <= min(b, colon) }
    }

    /// The subject of the sentence that ends right before the quotation, in its paragraph: a noun phrase
    /// that can speak, opening the sentence (after an adverbial segment such as "Pour terminer,"), and
    /// followed by its verb ("la porte-parole de la fédération | a nuancé").
    func subjectOfSentenceBefore(_ quoteStart: Int) -> Range<Int>? {
        let k = t.index(atOrAfter: quoteStart)
        guard k > 0, k < t.count, t.paragraphOf[k - 1] == t.paragraphOf[k], t.sentenceOf[k - 1] != t.sentenceOf[k],
              t.isPunct(k - 1, QuoteFinderRun.sentenceEnds) else { return nil }
        let sr = t.sentenceRanges[t.sentenceOf[k - 1]]
        var s0 = sr.lowerBound
        if let w = t.norm(s0), QuoteWords.prepositions.contains(w) || QuoteWords.connectors.contains(w),
           let comma = (s0..<min(sr.upperBound, s0 + 5)).first(where: { t.isPunct($0, ",") }) { s0 = comma + 1 }
        guard let np = m.nounPhrase(from: s0, limit: sr.upperBound), np.upperBound < sr.upperBound,
              let next = t.norm(np.upperBound), QuoteWords.auxiliaries.contains(next) || m.verbs.entry(next) != nil else { return nil }
        let (a, b) = t.span(np)
        let s = Quote.Speaker(start: a, end: b, text: doc.surface(start: a, end: b), kbId: nil)
        return canSpeak(s) && !m.isDocument(np) ? np : nil
    }

    /// For "il"/"elle" opening its sentence, the description of a body ("Le nouveau gouvernement", "la
    /// fédération") that opens the sentence before in the same paragraph as its subject, when it agrees in
    /// gender and holds no person: the subject carries on, whoever was named inside that sentence.
    func bodyBefore(pronoun k: Int) -> Range<Int>? {
        let w = t.norms[k]
        guard w == "il" || w == "elle" else { return nil }
        let sr = t.sentenceRanges[t.sentenceOf[k]]
        var s0 = sr.lowerBound
        while s0 < k, QuoteWords.connectors.contains(t.norms[s0]) || t.isPunct(s0, ",") { s0 += 1 }
        guard s0 == k, let np = subjectOfSentenceBefore(t.tokens[sr.lowerBound].start), !t.isCapitalized(np.lowerBound + 1) || np.count == 1,
              let head = headNoun(np), Self.organizationNouns.contains(head) else { return nil }
        let (a, b) = t.span(np)
        guard !agents(overlapping: a, b).contains(where: { $0.label == .person }) else { return nil }
        let det = t.norms[np.lowerBound]
        let masculine = ["le", "un", "ce", "cet", "son", "notre", "votre", "leur"].contains(det)
        let feminine = ["la", "une", "cette", "sa"].contains(det)
        return (w == "il" && !feminine) || (w == "elle" && !masculine) ? np : nil
    }

    /// The noun phrase opening the short clause whose "que" holds the quotation, when it can speak:
    /// "le parti écologiste pense qu'il s'agit de « propos isolés »" (any verb: "pense", "juge", "craint").
    func subjectOfQueClause(before quoteStart: Int) -> Range<Int>? {
        let k = t.index(atOrAfter: quoteStart)
        guard k < t.count else { return nil }
        let sr = t.sentenceRanges[t.sentenceOf[k]]
        guard let que = (max(sr.lowerBound, k - 12)..<k).last(where: { QuoteWords.isQue(t.norms[$0]) }) else { return nil }
        var s0 = (sr.lowerBound..<que).last(where: { t.isPunct($0, ";") }).map { $0 + 1 } ?? sr.lowerBound
        while s0 < que, let w = t.norm(s0), QuoteWords.connectors.contains(w) || t.isPunct(s0, ",") { s0 += 1 }
        guard s0 < que, que - s0 <= 8, (s0..<que).allSatisfy({ t.isWord($0) }),
              let phrase = m.nounPhrase(from: s0, limit: que) else { return nil }
        // The phrase runs over its verb when nothing marks it ("le parti écologiste pense"): cut at the first
        // auxiliary or verb of saying, else at the word before "que" (the verb: "pense", "juge", "craint").
        let verb = ((s0 + 1)..<que).first(where: { QuoteWords.auxiliaries.contains(t.norms[$0]) || m.verbs.entry(t.norms[$0]) != nil }) ?? que - 1
        guard verb > s0, verb <= phrase.upperBound else { return nil }
        let np = s0..<verb
        let (a, b) = t.span(np)
        // A name, or a description of a person or a body ("le parti écologiste"; not "Le but de ce langage").
        if agents(overlapping: a, b).contains(where: { $0.start >= a && $0.end <= b }) { return np }
        guard let head = headNoun(np), Self.personNouns.contains(head) || Self.organizationNouns.contains(head) else { return nil }
        return m.isDocument(np) ? nil : np
    }

    /// A person or organisation mention ending right before the colon that opens the quotation.
    func nameBeforeColon(_ quoteStart: Int) -> EntityMention? {
        let k = t.index(atOrAfter: quoteStart)
        guard k >= 2, k < t.count, t.isPunct(k - 1, ":"), t.sentenceOf[k - 1] == t.sentenceOf[k] || t.paragraphOf[k - 1] == t.paragraphOf[k] else { return nil }
        let colonStart = t.tokens[k - 1].start
        return agents(overlapping: t.tokens[k - 2].start, colonStart).last.flatMap { $0.end == t.tokens[k - 2].end ? $0 : nil }
    }

    // MARK: What can speak

    func tokens(of s: Quote.Speaker) -> Range<Int> { tokens(s.start, s.end) }

    /// The tokens from the first starting at or after `start` to the last starting before `end`.
    func tokens(_ start: Int, _ end: Int) -> Range<Int> {
        let a = t.index(atOrAfter: start)
        var b = a
        while b < t.count, t.tokens[b].start < end { b += 1 }
        return a..<b
    }

    /// Every word of the span capitalized ("Febelfin", "Valentine Sapounov").
    func isName(_ s: Quote.Speaker) -> Bool {
        let r = tokens(of: s)
        return !r.isEmpty && r.allSatisfy { !t.isWord($0) || t.isCapitalized($0) } && t.isWord(r.lowerBound)
    }

    func isPronoun(_ r: Range<Int>) -> Bool {
        r.count == 1 && ["il", "elle", "ils", "elles", "-t-il", "-t-elle", "-il", "-elle", "on"].contains(t.norms[r.lowerBound])
    }

    /// A name, a pronoun, or a short description whose head is a person or organisation noun.
    func canSpeak(_ s: Quote.Speaker) -> Bool {
        let r = tokens(of: s)
        guard !r.isEmpty else { return false }
        if isPronoun(r) { return true }
        guard r.count <= 10 else { return false }
        if m.isDocument(r) { return true }
        // A verb of saying or an auxiliary inside is a clause, not a phrase.
        if firstVerb(in: r) != nil { return false }
        if agents(overlapping: s.start, s.end).first != nil { return true }
        if r.allSatisfy({ t.tokens[$0].kind == .number || SpeechCueMatcher.timeWords.contains(t.norms[$0]) || QuoteWords.determiners.contains(t.norms[$0]) }) {
            return false
        }
        if m.canSpeak(r) { return true }
        // A description: a determiner, then a head that is no abstract noun ("Un ancien guide touristique",
        // "Des habitants"; not "Cette mesure", "Son initiative").
        // "De nombreux habitants" opens with a determiner too.
        let many = QuoteWords.isQuantifier(t.norms[r.lowerBound], next: t.norm(r.lowerBound + 1))
        guard let first = t.norm(r.lowerBound), QuoteWords.determiners.contains(first) || many, let head = headNoun(many ? (r.lowerBound + 2)..<r.upperBound : r) else { return false }
        return !Self.isAbstract(head)
    }

    func firstVerb(in r: Range<Int>) -> Int? {
        r.dropFirst().first { t.isWord($0) && !t.isCapitalized($0) && (m.verbs.entry(t.norms[$0]) != nil || QuoteWords.auxiliaries.contains(t.norms[$0])) }
    }

    /// A clause taken as subject ("Philippe Varin a cependant réfuté l'idée …"): the person or
    /// organisation named before its verb, else nobody.
    func nameOpeningClause(_ s: Quote.Speaker) -> Quote.Speaker? {
        let r = tokens(of: s)
        guard !r.isEmpty else { return nil }
        let verbStart = firstVerb(in: r).map { t.tokens[$0].start } ?? s.end
        let named = agents(overlapping: s.start, verbStart).filter { $0.start >= s.start && $0.end <= verbStart }
        guard let a = named.first(where: { $0.label == .person }) ?? named.first else { return nil }
        return Quote.Speaker(start: a.start, end: a.end, text: a.surface, kbId: a.kbId)
    }

    /// Head nouns of a description that can stand for one person: titles and roles, holders of views,
    /// and other nouns of persons ("le témoin", "son complice").
    static let personNouns: Set<String> = SpeechCueMatcher.holders.union(QuoteCueLexicon.set("fr/roles")).union(otherPersonNouns)
    /// `Lexicons/cues/fr/quote-person-nouns.txt`.
    static let otherPersonNouns: Set<String> = QuoteCueLexicon.set("fr/quote-person-nouns")

    static let abstractSuffixes: [String] = QuoteCueLexicon.words("fr/quote-abstract-suffixes")

    static func isAbstract(_ noun: String) -> Bool {
        guard !SpeechCueMatcher.holders.contains(noun), !organizationNouns.contains(noun) else { return false }
        return abstractSuffixes.contains { noun.hasSuffix($0) } || ["mesure", "initiative", "décision", "question", "loi", "texte", "réunion"].contains(noun)
    }

    // MARK: Linking

    func entity(for s: Quote.Speaker, before quoteStart: Int) -> String? {
        let r = tokens(of: s)
        guard !r.isEmpty else { return nil }
        // A person mention inside the phrase, else an organisation ("le président de PSA, Philippe Varin").
        let inside = agents(overlapping: s.start, s.end).filter { $0.start >= s.start && $0.end <= s.end }
        if let p = inside.first(where: { $0.label == .person }) { return p.kbId }
        // A name in apposition right after it: "le ministre du budget, Jérôme Cahuzac,".
        if r.upperBound < t.count, t.isPunct(r.upperBound, ","), r.upperBound + 1 < t.count {
            let next = t.tokens[r.upperBound + 1].start
            if let a = agents(overlapping: next, next + 1).first, a.start == next { return a.kbId }
        }
        // An organisation inside names the speaker unless the head is a person ("Le porte-parole du Kremlin").
        if let o = inside.first, o.start == s.start || headNoun(r).map(Self.organizationNouns.contains) ?? false { return o.kbId }
        let anchor = min(s.start, quoteStart)
        if isPronoun(r) {
            let w = t.norms[r.lowerBound]
            let plural = w.hasPrefix("ils") || w.hasPrefix("elles") || w == "-ils" || w == "-elles"
            return (mostRecent(before: anchor, label: plural ? .organization : .person, where: { !isComplement($0) })
                ?? mostRecent(before: anchor, label: plural ? .organization : .person))?.kbId
        }
        guard let head = headNoun(r) else { return nil }
        let label: EntityMention.Label = Self.organizationNouns.contains(head) ? .organization : .person
        // The entity the text described that way: "Sergueï Lavrov, le ministre …" then "le ministre"; the
        // name the noun is apposed to first ("avec son complice de toujours, Jean-Michel Larqué, Thierry
        // Roland …": the complice is Larqué, though Roland is named since and near the word).
        if let described = mostRecent(before: anchor, label: label, where: { apposedAs(head, $0) })
            ?? mostRecent(before: anchor, label: label, where: { describedAs(head, $0) }) { return described.kbId }
        // A bare definite description ("le ministre", "l'ONG") stands for the most recent entity of its
        // kind; one with a complement ("le porte-parole du Kremlin") names someone else.
        guard isDefinite(r), !r.contains(where: { ["de", "du", "des", "d'"].contains(t.norms[$0]) }) else { return nil }
        // Only a description of a person or a body stands for one: not "le droit international", "la
        // mythologie grecque"; and a group ("les prisonniers") is no one person.
        if label == .person {
            guard Self.personNouns.contains(head), !["les", "ces"].contains(t.norms[r.lowerBound]) else { return nil }
        }
        // Among those, the one the article names most (its protagonist), the most recent on a tie:
        // "Mais le premier ministre … a affirmé" is Ayrault, named four times, not Copé quoted in passing.
        return salient(before: anchor, since: 0, label: label)?.kbId
    }

    /// The first word after determiners and title-like adjectives ("le nouveau ministre" → ministre).
    func headNoun(_ r: Range<Int>) -> String? {
        for k in r where t.isWord(k) {
            let w = t.norms[k]
            if QuoteWords.determiners.contains(w) || QuoteWords.preNominalAdjectives.contains(w) && k + 1 < r.upperBound {
                continue
            }
            return w
        }
        return nil
    }

    func isDefinite(_ r: Range<Int>) -> Bool {
        guard let w = t.norm(r.lowerBound) else { return false }
        return ["le", "la", "les", "l'", "ce", "cet", "cette", "ces"].contains(w)
    }

    /// Whether `noun` is the mention's title or apposition: in the words right before it, up to a comma or
    /// straight on ("son complice de toujours, Jean-Michel Larqué", "le ministre Jean Dupont"), or right after
    /// it behind a comma ("Jean Dupont, le ministre de …"), within its clause.
    func apposedAs(_ noun: String, _ mention: EntityMention) -> Bool {
        guard let (a, b, sentence) = placed(mention) else { return false }
        var k = a - 1
        if k >= sentence.lowerBound, t.isPunct(k, ",") { k -= 1 }
        var steps = 0
        while k >= sentence.lowerBound, steps < 6, t.isWord(k) {
            if t.norms[k] == noun { return true }
            k -= 1; steps += 1
        }
        guard b < sentence.upperBound, t.isPunct(b, ",") else { return false }
        k = b + 1; steps = 0
        while k < sentence.upperBound, steps < 6, t.isWord(k) {
            if t.norms[k] == noun { return true }
            k += 1; steps += 1
        }
        return false
    }

    /// Whether the text puts `noun` beside the mention (apposition or title, same sentence, a few words away),
    /// or a role of the mention contains it.
    func describedAs(_ noun: String, _ mention: EntityMention) -> Bool {
        // Whole words of the role: "ministre" is not "vice-ministre".
        for role in mention.allRoles
        where role.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" }).contains(where: { $0 == noun }) { return true }
        guard let (a, b, sentence) = placed(mention) else { return false }
        let lo = max(sentence.lowerBound, a - 6)
        let hi = min(sentence.upperBound, b + 8)
        return (lo..<hi).contains { t.norms[$0] == noun }
    }

    /// The mention's first token, the token after it and its sentence's token range; nil past the last token.
    private func placed(_ mention: EntityMention) -> (first: Int, after: Int, sentence: Range<Int>)? {
        let r = tokens(mention.start, mention.end)
        guard r.lowerBound < t.count else { return nil }
        return (r.lowerBound, r.upperBound, t.sentenceRanges[t.sentenceOf[r.lowerBound]])
    }

    func mostRecent(before offset: Int, label: EntityMention.Label, where ok: (EntityMention) -> Bool = { _ in true }) -> EntityMention? {
        let floor = paragraphIndex(offset) - Self.paragraphReach
        let end = firstAgent(atOrAfter: offset)
        var k = end - 1
        while k >= 0, end - k <= Self.searchReach {
            let a = agents[k]
            if offset - a.start > Self.distanceReach || paragraphIndex(a.start) < floor { return nil }
            if a.label == label, a.end <= offset, ok(a) { return a }
            k -= 1
        }
        return nil
    }

    /// The entity a pronoun most likely stands for: among those of `label` named in the window (since
    /// the last speaker's words, at most `paragraphReach` paragraphs back), the one the article has
    /// named most often so far, the most recent on a tie. News pronouns follow the protagonist more
    /// often than the last name read ("… le président José Ramón Bauzà, il déclara" is still Pastor).
    func salient(before offset: Int, since: Int, label: EntityMention.Label) -> EntityMention? {
        let floor = paragraphIndex(offset) - Self.paragraphReach
        var best: (count: Int, mention: EntityMention)?
        let end = firstAgent(atOrAfter: offset)
        var k = end - 1
        var seen = Set<String>()
        while k >= 0, end - k <= Self.searchReach {
            let a = agents[k]
            let count = mentionsSoFar[k]
            k -= 1
            if a.start < since || offset - a.start > Self.distanceReach || paragraphIndex(a.start) < floor { break }
            // The first one met going back is the entity's latest mention, with its count so far.
            guard a.label == label, a.end <= offset, !isComplement(a), seen.insert(a.kbId).inserted else { continue }
            if best == nil || count > best!.count { best = (count, a) }
        }
        return best?.mention
    }

    func isComplement(_ mention: EntityMention) -> Bool { t.isComplement(nameAt: mention.start) }

    /// A speaker that is a person mention, or a name no entity stage knew.
    func isPersonSpeaker(_ s: Quote.Speaker) -> Bool {
        if let a = agents(overlapping: s.start, s.end).first(where: { $0.start >= s.start && $0.end <= s.end }) { return a.label == .person }
        return isName(s)
    }

    /// A person named between two offsets (so a quotation after it is not the earlier speaker's).
    func personBetween(_ a: Int, _ b: Int) -> Bool {
        agents(overlapping: a, b).contains { $0.label == .person && $0.start >= a && $0.end <= b }
    }

    /// Index of the first agent starting at or after `offset` (binary search: linear scans per
    /// quotation made long documents quadratic).
    func firstAgent(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = agents.count
        while lo < hi { let mid = (lo + hi) / 2; if agents[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// Agents overlapping [a, b), in text order.
    func agents(overlapping a: Int, _ b: Int) -> ArraySlice<EntityMention> {
        var lo = firstAgent(atOrAfter: a)
        if lo > 0, agents[lo - 1].end > a { lo -= 1 }
        var hi = lo
        while hi < agents.count, agents[hi].start < b { hi += 1 }
        return agents[lo..<hi]
    }

    func sentenceIndex(_ offset: Int) -> Int {
        let k = t.index(atOrAfter: offset)
        return k < t.count ? t.sentenceOf[k] : (t.sentenceOf.last ?? 0)
    }

    /// "en évoquant", "en affirmant": a present participle after "en".
    func isGerund(_ cue: Quote.Cue?) -> Bool {
        guard let c = cue else { return false }
        let k = t.index(atOrAfter: c.start)
        guard k > 0, k < t.count, t.norms[k].hasSuffix("ant") else { return false }
        return t.norm(k - 1) == "en"
    }

    func paragraphIndex(_ offset: Int) -> Int {
        let k = t.index(atOrAfter: offset)
        return k < t.count ? t.paragraphOf[k] : (t.paragraphOf.last ?? 0)
    }
}
