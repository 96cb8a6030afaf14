import RecoupeCore
/// Matches the cues that attribute speech and the noun phrases that name speakers, on tokens.
///
/// - inverted cues after a quote or in an incise: "a indiqué le consulat", "indique la
///   déclaration", "a-t-il ajouté", "dit-elle", "demanda le marquis";
/// - a verb of saying before a quote with its subject: "Maria Zakharova, porte-parole …, a constaté";
/// - "selon X" and "d'après X".
struct SpeechCueMatcher {
    let quoteTokens: QuoteTokens
    let verbs: SpeechVerbLexicon

    /// A speaker as the text gives it: a phrase, or a pronoun to resolve.
    struct Candidate {
        var range: Range<Int>
        /// "il", "elle", … when the speaker is a pronoun.
        var pronoun: String?
    }

    struct Cue {
        /// The verb (or "selon", or "d'" + "après").
        var verb: Range<Int>
        var lemma: String
        var speaker: Candidate?
        /// One past the last token of the cue and its speaker.
        var end: Int
        /// A document named beside the cue ("dans un communiqué"), issued by the speaker.
        var document: Range<Int>?
    }

    static let commas: Set<String> = [","]
    static let timeWords: Set<String> = QuoteCueLexicon.set("fr/quote-time-words")
    /// Heads of "Pour le syndicat, « … »": who can hold a view.
    static let holders: Set<String> = QuoteCueLexicon.set("fr/quote-holders")

    /// Whether a phrase names someone who can speak: its head is capitalized (a name) or a
    /// person or organisation noun ("Le ministre", "la porte-parole"), not "la réunion".
    func canSpeak(_ r: Range<Int>) -> Bool {
        var head = r.lowerBound
        while head + 1 < r.upperBound, quoteTokens.has(head, .determiner) && !quoteTokens.isCapitalized(head) || quoteTokens.has(head, .article) { head += 1 }
        // "Le nouveau gouvernement": the noun after a title-like adjective.
        if head + 1 < r.upperBound, !quoteTokens.isCapitalized(head), QuoteWords.preNominalAdjectives.contains(quoteTokens.norms[head]) { head += 1 }
        return quoteTokens.isCapitalized(head) || Self.holders.contains(quoteTokens.norms[head])
    }

    func verbEntry(_ i: Int) -> SpeechVerbLexicon.Entry? {
        // The code first: most tokens are no verb of saying, and `isWord` reads the whole token.
        if quoteTokens.hasNoVerbEntry(i) { return nil }
        guard quoteTokens.isWord(i) else { return nil }
        return verbForm(i)
    }

    /// The entry of token `i`'s norm (`i` in range), from its precomputed code when there is one.
    @inline(__always) private func verbForm(_ i: Int) -> SpeechVerbLexicon.Entry? {
        guard let table = quoteTokens.table else { return verbs.entry(quoteTokens.norms[i]) }
        let n = quoteTokens.codes[i] >> QuoteWordCodes.entryShift
        if n == 0 { return nil }
        return n < QuoteWordCodes.overflow ? table.entries[Int(n) - 1] : verbs.entry(quoteTokens.norms[i])
    }

    /// A verb of saying used as a verb: not preceded by a determiner ("le juge", "la note").
    ///
    /// Asked at every token by `indirectSpeech`: a token whose code has no verb entry is turned away
    /// here, inlined in the caller, before the call (issue 16).
    @inline(__always) func isVerb(_ i: Int, allowIncise: Bool) -> SpeechVerbLexicon.Entry? {
        if quoteTokens.hasNoVerbEntry(i) { return nil }
        return isVerbEntry(i, allowIncise: allowIncise)
    }

    /// `isVerb` past its code test.
    private func isVerbEntry(_ i: Int, allowIncise: Bool) -> SpeechVerbLexicon.Entry? {
        guard let e = verbEntry(i), allowIncise || !e.inciseOnly else { return nil }
        if quoteTokens.has(i - 1, .article) { return nil }
        // "Rappelons que …", "Notons que …": the writer's own imperative opening the sentence attributes nothing.
        if quoteTokens.norms[i].hasSuffix("ons"), quoteTokens.sentenceRanges[quoteTokens.sentenceOf[i]].lowerBound == i { return nil }
        // "À noter que …", "À rappeler que …": the writer's aside, an infinitive after "à" opening the sentence.
        if quoteTokens.norms[i] == e.lemma, quoteTokens.norm(i - 1) == "à", quoteTokens.sentenceRanges[quoteTokens.sentenceOf[i]].lowerBound == i - 1 { return nil }
        if isPassive(i) { return nil }
        return e
    }

    /// Whether the participle at `i` is passive ("les prisonniers sont maintenus dans « … »", "il a été
    /// annoncé que"): a form of "être" before it, adverbs skipped, that no reflexive precedes ("s'est dit").
    /// Its subject is what was said or done, not who spoke.
    func isPassive(_ i: Int) -> Bool {
        var j = i - 1
        while let w = quoteTokens.norm(j), QuoteWords.adverbs.contains(w) { j -= 1 }
        guard let aux = quoteTokens.norm(j), QuoteWords.passiveAuxiliaries.contains(aux) else { return false }
        let before = quoteTokens.norm(j - 1)
        return aux == "été" || (before != "se" && before != "s'")
    }

    /// An inverted cue starting at token `i` and ending before `limit`.
    func invertedCue(at start: Int, limit: Int, loose: Bool = false) -> Cue? {
        var i = start
        guard i < limit else { return nil }
        // "s'écria-t-il", "s'est exclamé le ministre"
        // Clitics before the verb: "lui répondit-il", "s'écria-t-elle", "me dit-il".
        while i < limit, i - start < 2, quoteTokens.has(i, .clitic) { i += 1 }
        let hadClitic = i > start
        guard i < limit, let n = quoteTokens.norm(i) else { return nil }
        // A: "a-t-il ajouté", "a-t-elle également souligné", "peut-on lire dans le communiqué"
        if quoteTokens.has(i, .auxiliary) || n == "peut", i + 2 < limit, let pron = quoteTokens.norm(i + 1).flatMap({ QuoteWords.invertedPronouns[$0] }) {
            let v = skipAdverbs(from: i + 2, limit: limit)
            if n == "peut", quoteTokens.norm(v) == "lire", let doc = documentPhrase(after: v + 1, limit: limit) ?? sourcePhrase(after: v + 1, limit: limit) {
                return Cue(verb: v..<(v + 1), lemma: "lire", speaker: Candidate(range: doc, pronoun: nil), end: doc.upperBound)
            }
            if let e = isVerb(v, allowIncise: true) {
                return Cue(verb: v..<(v + 1), lemma: e.lemma, speaker: Candidate(range: (i + 1)..<(i + 2), pronoun: pron), end: v + 1)
            }
        }
        // B: "dit-il", "ajoute-t-elle"
        if let e = verbEntry(i), i + 1 < limit, let pron = quoteTokens.norm(i + 1).flatMap({ QuoteWords.invertedPronouns[$0] }) {
            return Cue(verb: i..<(i + 1), lemma: e.lemma, speaker: Candidate(range: (i + 1)..<(i + 2), pronoun: pron), end: i + 2)
        }
        // C: "a (également) indiqué le consulat", D: "indique la déclaration"
        var v = i
        if quoteTokens.has(i, .auxiliary) {
            let w = skipAdverbs(from: i + 1, limit: limit)
            if w < limit, verbEntry(w) != nil { v = w }
        }
        guard let e = verbEntry(v) else { return nil }
        // A noun-phrase subject inverts only after a 3rd-person verb: not "vous me dites des bêtises".
        let form = quoteTokens.norms[v]
        if form.hasSuffix("ons") || form.hasSuffix("ez") || form.hasSuffix("tes") || (hadClitic && ["vous", "nous"].contains(quoteTokens.norms[start])) { return nil }
        var np = v + 1
        // "a déclaré jeudi le ministère", "a indiqué à l'AFP le ministère" are rare; adverbs only.
        while np < limit, let w = quoteTokens.norm(np) {
            if (w.hasSuffix("ment") && !quoteTokens.isCapitalized(np)) || quoteTokens.has(np, .timeWord) { np += 1; continue }
            // "a affirmé à Reuters un responsable", "explique à l'AFP Jean Dupont", "a déclaré sur TF1 le ministre"
            if ["à", "au", "aux", "sur"].contains(w), let next = addressee(from: np + 1, limit: limit) {
                np = next
                continue
            }
            break
        }
        guard var phrase = nounPhrase(from: np, limit: limit) ?? (loose ? afterManner(np, limit: limit) : nil) else {
            // In speech, "reprit-elle" is matched above; "dit d'un air las" names no one: still an incise.
            if loose, np < limit, let w = quoteTokens.norm(np), ["d'", "avec", "en", "sans", "tout", "alors", "encore"].contains(w) {
                return Cue(verb: v..<(v + 1), lemma: e.lemma, speaker: nil, end: np)
            }
            return nil
        }
        // "a déclaré le ministre de l'Économie, Bruno Le Maire.": the name in apposition.
        if quoteTokens.isPunct(phrase.upperBound, ","), let name = properName(from: phrase.upperBound + 1, limit: limit),
           name.upperBound >= limit || quoteTokens.isPunct(name.upperBound, PunctSets.afterSpeakerName) {
            phrase = name
        }
        var cue = Cue(verb: v..<(v + 1), lemma: e.lemma, speaker: Candidate(range: phrase, pronoun: nil), end: phrase.upperBound)
        cue.document = documentPhrase(after: phrase.upperBound, limit: limit)
        if let d = cue.document { cue.end = d.upperBound }
        return cue
    }

    /// A run of capitalized words with name particles ("Bruno Le Maire", "Charles de Gaulle").
    func properName(from i: Int, limit: Int) -> Range<Int>? {
        guard i < limit, quoteTokens.isCapitalized(i), !QuoteWords.determiners.contains(quoteTokens.norms[i]) || isTitleAbbreviation(i) else { return nil }
        var j = i
        while j < limit, quoteTokens.isCapitalized(j) || (["de", "d'", "du", "von", "van", "al", "ben", "ibn", "bin"].contains(quoteTokens.norms[j]) && quoteTokens.isCapitalized(j + 1))
            || (quoteTokens.norms[j] == "." && isTitleAbbreviation(j - 1)) { j += 1 }
        return j - i >= 2 || (j > i && quoteTokens.tokens[i].shape.contains(.titleCase)) ? i..<j : nil
    }

    /// After "à"/"sur": skips the addressee or channel ("à l'AFP", "à Reuters", "sur TF1") when a
    /// noun phrase follows it; returns where that noun phrase starts.
    func addressee(from i: Int, limit: Int) -> Int? {
        for length in 1...4 {
            let s = i + length
            // "a appelé à ce que les rebelles …" opens a clause, not an addressee.
            guard s < limit, (i..<s).allSatisfy({ quoteTokens.isWord($0) && !QuoteWords.isQue(quoteTokens.norms[$0]) }) else { return nil }
            let last = quoteTokens.norms[s - 1]
            guard QuoteWords.determiners.contains(quoteTokens.norms[i]) || quoteTokens.isCapitalized(i), !QuoteWords.determiners.contains(last) || last == "m." else { continue }
            if nounPhrase(from: s, limit: limit) != nil { return s }
        }
        return nil
    }

    /// The speaker after a manner phrase: "dit d'un air railleur *la jeune fille*".
    func afterManner(_ i: Int, limit: Int) -> Range<Int>? {
        guard let w = quoteTokens.norm(i), ["d'", "avec", "en", "sans"].contains(w) else { return nil }
        var k = i + 1
        while k < limit, k - i <= 5, quoteTokens.isWord(k) {
            if let w = quoteTokens.norm(k), ["la", "le", "les", "l'", "madame", "monsieur", "mademoiselle"].contains(w) || (quoteTokens.isCapitalized(k) && k > i + 1) {
                return nounPhrase(from: k, limit: limit)
            }
            k += 1
        }
        return nil
    }

    /// Past adverbs between an auxiliary and its participle ("a-t-il encore ajouté").
    func skipAdverbs(from i: Int, limit: Int) -> Int {
        var k = i
        while k < limit, k - i < 2, let w = quoteTokens.norm(k), quoteTokens.isWord(k), !quoteTokens.isCapitalized(k),
              (w.hasSuffix("ment") && verbForm(k) == nil) || quoteTokens.has(k, .inciseAdverb) {
            k += 1
        }
        return k
    }

    /// "dans Le Monde", "sur son compte X": where a text can be read.
    func sourcePhrase(after i: Int, limit: Int) -> Range<Int>? {
        guard let w = quoteTokens.norm(i), w == "dans" || w == "sur" else { return nil }
        return nounPhrase(from: i + 1, limit: limit)
    }

    /// "dans un communiqué (de presse)", "dans sa déclaration" right at `i`.
    func documentPhrase(after i: Int, limit: Int) -> Range<Int>? {
        guard quoteTokens.norm(i) == "dans", let np = nounPhrase(from: i + 1, limit: limit), isDocument(np) else { return nil }
        return np
    }

    /// Whether a phrase's head noun is a document ("la déclaration", "un communiqué de presse").
    func isDocument(_ r: Range<Int>) -> Bool { head(of: r, isIn: QuoteWords.documentNouns) }

    /// Whether the phrase's first word after determiners and "même", "dernier", "nouveau" is in `nouns`.
    func head(of r: Range<Int>, isIn nouns: Set<String>) -> Bool {
        for k in r where quoteTokens.isWord(k) {
            let w = quoteTokens.norms[k]
            if QuoteWords.determiners.contains(w) || w == "même" || w == "dernier" || w == "dernière" || w == "nouveau" || w == "nouvelle" { continue }
            return nouns.contains(w)
        }
        return false
    }

    /// A noun phrase starting at `i`: a determiner or a capitalized word, then nouns, adjectives,
    /// names and "de …" complements, up to punctuation or a preposition other than de.
    func nounPhrase(from i: Int, limit: Int, maxLength: Int = 12) -> Range<Int>? {
        guard i < limit, quoteTokens.isWord(i), let first = quoteTokens.norm(i) else { return nil }
        if quoteTokens.has(i, .subjectPronoun) || ["ce", "c'", "cela", "ceci", "ça", "celui-ci", "celle-ci", "lui", "eux"].contains(first) { return nil }
        guard quoteTokens.has(i, .determiner) || quoteTokens.isCapitalized(i) else { return nil }
        guard !quoteTokens.has(i, .phraseStop) || quoteTokens.has(i, .determiner) else { return nil }
        var j = i + 1
        while j < limit, j - i < maxLength, let w = quoteTokens.norm(j) {
            // "M." split by the tokenizer before a lower-case word ("M. de Saint-Remy").
            if w == ".", quoteTokens.tokens[j].start == quoteTokens.tokens[j - 1].end, isTitleAbbreviation(j - 1) { j += 1; continue }
            guard quoteTokens.isWord(j) else { break }
            if w == "de" || w == "du" || w == "des" || w == "d'" {
                // "d'un air", "d'une voix": manner, not a complement of the name.
                guard quoteTokens.isWord(j + 1), j + 1 < limit, let next = quoteTokens.norm(j + 1), next != "un" && next != "une",
                      !quoteTokens.has(j + 1, .phraseStop) || quoteTokens.has(j + 1, .determiner) else { break }
                j += 1
                continue
            }
            if w == "en", quoteTokens.norm(j + 1) == "chef" { j += 2; continue }  // "le négociateur en chef"
            if w == "à" || w == "en" {  // "le consulat russe à Istanbul"
                guard j + 1 < limit, quoteTokens.isCapitalized(j + 1) else { break }
                j += 1
                continue
            }
            // A verb group ends the phrase: "Le ministre | s'est exprimé", "le consulat | a".
            if quoteTokens.has(j, .auxiliary) || ["ne", "n'", "y"].contains(w) { break }
            if quoteTokens.has(j, .phraseStop) && !(quoteTokens.has(j, .determiner) && j > i && ["de", "du", "des", "d'"].contains(quoteTokens.norms[j - 1])) { break }
            if verbForm(j) != nil, !quoteTokens.isCapitalized(j), !(j > i && quoteTokens.has(j - 1, .determiner)) { break }
            if quoteTokens.tokens[j].kind == .number, !(j > i && quoteTokens.isCapitalized(j - 1)) { break }
            j += 1
        }
        // No trailing "de", "la".
        while j > i + 1, let w = quoteTokens.norm(j - 1), quoteTokens.has(j - 1, .determiner) || ["de", "du", "des", "d'", "à", "en"].contains(w) { j -= 1 }
        return i..<j
    }

    /// "M", "Mme", "Dr" or an initial, before its period.
    func isTitleAbbreviation(_ k: Int) -> Bool {
        guard quoteTokens.isWord(k), quoteTokens.isCapitalized(k) else { return false }
        let w = quoteTokens.norms[k]
        return ["m", "mm", "mme", "mmes", "mlle", "dr", "pr", "mgr", "me"].contains(w) || w.unicodeScalars.count == 1
    }

    /// What may stand before a "pour" that opens a sentence: a sentence end, a closing guillemet, a headline's colon.
    private static let viewOpeners = QuoteFinderRun.sentenceEnds.union(["»", ":"])

    /// "Pour le syndicat, « … »" at `i`, the quotation starting at `quoteStart`.
    /// "Pour X, …" opening the sentence attributes its quoted words too ("Pour le collectif de défense des
    /// femmes, il s'agit d'« un pas vers le franquisme »"; "Pour l'association …, l'April : « … »").
    func forHolder(at i: Int, quoteStart: Int) -> Cue? {
        guard quoteTokens.norm(i) == "pour", var np = nounPhrase(from: i + 1, limit: quoteStart) else { return nil }
        // A headline's colon opens a sentence too ("Nucléaire : pour Montebourg, …").
        let opensSentence = quoteTokens.sentenceRanges[quoteTokens.sentenceOf[i]].lowerBound == i
            || quoteTokens.isPunct(i - 1, Self.viewOpeners)
        // "Pour la principale association de promotion et la défense du logiciel libre, …": a
        // coordination inside the phrase, up to the comma.
        if opensSentence, !quoteTokens.isPunct(np.upperBound, ","),
           let comma = (np.upperBound..<min(quoteStart, np.upperBound + 8)).first(where: { !quoteTokens.isWord($0) }),
           quoteTokens.isPunct(comma, ","), quoteTokens.norm(np.upperBound) == "et" { np = np.lowerBound..<comma }
        guard quoteTokens.isPunct(np.upperBound, ","), np.upperBound == quoteStart - 1 || opensSentence else { return nil }
        let headIsHolder = np.contains { Self.holders.contains(quoteTokens.norms[$0]) || SpeakerLinker.organizationNouns.contains(quoteTokens.norms[$0]) }
        let isName = quoteTokens.isCapitalized(np.lowerBound)
        guard headIsHolder || isName, !np.contains(where: { ["fois", "moment", "instant", "heure", "l'heure", "cela", "mémoire"].contains(quoteTokens.norms[$0]) }) else { return nil }
        return Cue(verb: i..<(i + 1), lemma: "pour", speaker: Candidate(range: np, pronoun: nil), end: np.upperBound)
    }

    /// "selon X" or "d'après X" at `i`.
    ///
    /// Asked at every token of a French text: the class bit is tested here, inlined in the caller, and
    /// only the few words that can start the cue pay for the call (issue 16).
    @inline(__always) func accordingTo(at i: Int, limit: Int) -> Cue? {
        guard quoteTokens.codes.isEmpty || quoteTokens.has(i, .accordingStart) else { return nil }
        return accordingTo(startingAt: i, limit: limit)
    }

    /// `accordingTo(at:limit:)` past its class test.
    private func accordingTo(startingAt i: Int, limit: Int) -> Cue? {
        guard let n = quoteTokens.norm(i) else { return nil }
        var next = i + 1
        var lemma = "selon"
        if n == "selon" {
        } else if n == "d'", quoteTokens.norm(i + 1) == "après" {
            next = i + 2
            lemma = "d'après"
        } else if n == "d'après" {
            lemma = "d'après"
        } else if n == "de", quoteTokens.norm(i + 1) == "l'", quoteTokens.norm(i + 2) == "avis", let d = quoteTokens.norm(i + 3), d == "de" || d == "d'" {
            // "De l'avis de l'Américain Pete Selleck, …"
            next = i + 4
            lemma = "de l'avis de"
        } else {
            return nil
        }
        // "selon nos informations": the outlet itself, no speaker to attribute.
        if let w = quoteTokens.norm(next), ["nos", "notre"].contains(w) { return nil }
        guard let np = nounPhrase(from: next, limit: limit) else {
            if let p = quoteTokens.norm(next), ["lui", "elle", "eux", "elles"].contains(p) {
                return Cue(verb: i..<next, lemma: lemma, speaker: Candidate(range: next..<(next + 1), pronoun: p == "lui" ? "il" : p == "eux" ? "ils" : p), end: next + 1)
            }
            return nil
        }
        var cue = Cue(verb: i..<next, lemma: lemma, speaker: Candidate(range: np, pronoun: nil), end: np.upperBound)
        cue.document = documentPhrase(after: np.upperBound, limit: limit)
        return cue
    }

    /// A mention with that label inside [a, b) covering at least half of it. Indexed loop: fields
    /// are read in place (`contains(where:)` copied every mention, strings included); only the
    /// mentions inside the span are visited (a scan of all of them per verb was quadratic).
    static func hasMention(in index: MentionIndex, label: EntityMention.Label, within a: Int, _ b: Int) -> Bool {
        let mentions = index.mentions
        for i in index.inside(a, b) where mentions[i].label == label && mentions[i].start >= a && mentions[i].end <= b
            && mentions[i].end - mentions[i].start >= (b - a) / 2 {
            return true
        }
        return false
    }

    /// A segment that holds a clause of its own ("Météo France a relevé 27 degrés", before ", mais
    /// précise que") shares its subject with the cue: the words before its first auxiliary or verb of
    /// saying. Other segments are returned whole.
    func clauseSubject(_ seg: Range<Int>) -> Range<Int> {
        guard seg.count > 2 else { return seg }
        for x in (seg.lowerBound + 1)..<seg.upperBound where quoteTokens.isWord(x) && !quoteTokens.isCapitalized(x) {
            let w = quoteTokens.norms[x]
            if w == "se" || w == "s'" { continue }
            if quoteTokens.has(x, .auxiliary) || verbEntry(x) != nil { return seg.lowerBound..<x }
        }
        return seg
    }

    /// The subject of the verb at `v`, looking back no further than `floor`.
    ///
    /// Skips auxiliaries, adverbs and clitics, stops at a clause boundary (":", ";", quotation
    /// marks, "que"), splits what is left at commas, drops adverbial segments ("Cependant",
    /// "dans un communiqué", "Fin novembre 2024") and keeps a name in apposition over its title.
    /// Also returns the document named in a dropped segment ("dans un communiqué de presse").
    func subject(ofVerbAt v: Int, floor sentenceStart: Int, mentions: MentionIndex) -> (Candidate, document: Range<Int>?)? {
        let floor = max(sentenceStart, v - 60)
        var j = v - 1
        while j >= floor, let w = quoteTokens.norm(j), quoteTokens.has(j, .auxiliary) || quoteTokens.has(j, .adverb) || w == "-t-il" { j -= 1 }
        guard j >= floor else { return nil }
        var start = floor
        var k = j
        while k >= floor {
            let w = quoteTokens.norms[k]
            // "Le député (LFI) a qualifié …": a parenthesis stays in the subject.
            if quoteTokens.isPunct(k, ")"), let open = stride(from: k - 1, through: max(floor, k - 12), by: -1).first(where: { quoteTokens.isPunct($0, "(") }) {
                k = open - 1
                continue
            }
            // A lone hyphen is a dash: "26 juin 2012. - Le Parquet fédéral annonce que …" (a news dateline).
            if quoteTokens.tokens[k].kind == .punct && [":", ";", "«", "»", "\"", "(", ")", "—", "–", "-"].contains(w) { start = k + 1; break }
            if w == "que" || w == "qu'" || w == "lorsque" || w == "lorsqu'" || w == "quand" || w == "si" || w == "comme" { start = k + 1; break }
            k -= 1
        }
        guard start <= j else { return nil }
        // Relative "qui": the antecedent is before it, the noun phrase its nearest determiner opens
        // ("des représailles de l'organisation islamique, qui affirme" → "l'organisation islamique").
        if quoteTokens.norm(j) == "qui" {
            var a = j - 1
            if quoteTokens.isPunct(a, ",") { a -= 1 }
            guard a >= start else { return nil }
            var d = a
            while d > max(start, a - 8), quoteTokens.isWord(d), !quoteTokens.has(d, .determiner),
                  !quoteTokens.has(d, .auxiliary), verbEntry(d) == nil { d -= 1 }
            // "le ministre du redressement productif, qui": "du" opens a complement; the phrase opens before it.
            if d > start, d < a, ["du", "des"].contains(quoteTokens.norms[d]) || (quoteTokens.norms[d] == "la" && quoteTokens.norm(d - 1) == "de") {
                var e = d - 1
                while e > max(start, d - 8), quoteTokens.isWord(e), !quoteTokens.has(e, .determiner) || quoteTokens.norms[e] == "de",
                      !quoteTokens.has(e, .auxiliary), verbEntry(e) == nil { e -= 1 }
                if e >= start, quoteTokens.isWord(e), quoteTokens.has(e, .determiner), !["du", "des"].contains(quoteTokens.norms[e]) { d = e }
            }
            if d >= start, d < a, quoteTokens.isWord(d), quoteTokens.has(d, .determiner) {
                // "Arnaud Montebourg, le ministre …, qui a déclaré": the name the description is in apposition to.
                if d - 2 >= start, quoteTokens.isPunct(d - 1, ","),
                   let name = mentions.ending(at: quoteTokens.tokens[d - 2].end).first(where: { i in
                       [EntityMention.Label.person, .organization].contains(mentions.mentions[i].label) }) {
                    let n0 = quoteTokens.index(atOrAfter: mentions.mentions[name].start)
                    if n0 >= start, n0 <= d - 2 { return (Candidate(range: n0..<(d - 1), pronoun: nil), nil) }
                }
                return (Candidate(range: d..<(a + 1), pronoun: nil), nil)
            }
            j = a
        }
        if quoteTokens.isPunct(j, ",") { j -= 1 }
        guard start <= j else { return nil }
        // Comma segments.
        var segments: [Range<Int>] = []
        var s = start
        for x in start...j where quoteTokens.isPunct(x, ",") {
            if s < x { segments.append(s..<x) }
            s = x + 1
        }
        if s <= j { segments.append(s..<(j + 1)) }
        var document: Range<Int>?
        var kept: [Range<Int>] = []
        func opensWithQuantifier(_ seg: Range<Int>) -> Bool {
            QuoteWords.isQuantifier(quoteTokens.norms[seg.lowerBound], next: quoteTokens.norm(seg.lowerBound + 1))
        }
        for var seg in segments {
            while seg.count > 1, !opensWithQuantifier(seg), let w = quoteTokens.norm(seg.lowerBound), quoteTokens.has(seg.lowerBound, .connector), !quoteTokens.isCapitalized(seg.lowerBound + 1) || w == "et" || w == "mais" {
                seg = (seg.lowerBound + 1)..<seg.upperBound
            }
            guard let w = quoteTokens.norm(seg.lowerBound) else { continue }
            // "De nombreux habitants, témoins de la scène, ont déclaré": a quantifier, not a preposition.
            // An elided "d'" opens an adverbial too ("D'après …", "D'autre part, la direction a condamné").
            if !opensWithQuantifier(seg), QuoteWords.prepositions.contains(w) || w == "d'" {
                if w == "dans", let np = nounPhrase(from: seg.lowerBound + 1, limit: seg.upperBound), isDocument(np) { document = np }
                continue
            }
            if seg.count == 1 && (QuoteWords.connectors.contains(w) || !quoteTokens.isWord(seg.lowerBound)) { continue }
            // "Interrogé par Le Monde", "Invitée sur France Inter": a participle phrase.
            if seg.count > 1, let n = quoteTokens.norm(seg.lowerBound + 1), ["par", "sur", "à", "au", "dans", "en", "lors", "après", "devant"].contains(n),
               ["é", "ée", "és", "ées", "u", "ue", "i", "ie", "is"].contains(where: { w.hasSuffix($0) }) { continue }
            if seg.contains(where: { quoteTokens.tokens[$0].kind == .number || quoteTokens.has($0, .monthName) }) && !seg.contains(where: { quoteTokens.has($0, .subjectPronoun) }) {
                // "Fin novembre 2024", "Le 18 février": a date adverbial, unless a name follows it.
                if !seg.contains(where: { quoteTokens.isCapitalized($0) && !quoteTokens.has($0, .monthName) && $0 != seg.lowerBound }) { continue }
            }
            kept.append(seg)
        }
        guard !kept.isEmpty else { return nil }
        // A pronoun subject is the segment right before the verb.
        if let last = kept.last, last.count == 1, let w = quoteTokens.norm(last.lowerBound), QuoteWords.subjectPronouns.contains(w) {
            return (Candidate(range: last, pronoun: w == "j'" ? "je" : w), document)
        }
        // With entity mentions, the segment holding a person, else an organisation.
        for label in [EntityMention.Label.person, .organization] {
            for seg in kept {
                let (a, b) = quoteTokens.span(seg)
                if Self.hasMention(in: mentions, label: label, within: a, b) {
                    return (Candidate(range: seg, pronoun: nil), document)
                }
                // "Météo France a relevé 27 degrés à Nice, mais précise que": the subject of an earlier verb
                // that the cue shares.
                let sub = clauseSubject(seg)
                if sub != seg {
                    let (a, b) = quoteTokens.span(sub)
                    if Self.hasMention(in: mentions, label: label, within: a, b) { return (Candidate(range: sub, pronoun: nil), document) }
                }
            }
        }
        // A proper name in apposition ("Le porte-parole …, Tammy Bruce,") beats its title.
        if kept.count > 1, let name = kept.first(where: { seg in seg.allSatisfy { quoteTokens.isCapitalized($0) || ["de", "d'", "du", "von", "van", "al", "ben", "-"].contains(quoteTokens.norms[$0]) } && quoteTokens.isCapitalized(seg.lowerBound) }) {
            return (Candidate(range: name, pronoun: nil), document)
        }
        var head = clauseSubject(kept[0])
        if head.count > 14 { return nil }
        // "tous deux" etc. trailing a subject.
        while head.count > 1, let w = quoteTokens.norm(head.upperBound - 1), QuoteWords.adverbs.contains(w) { head = head.lowerBound..<(head.upperBound - 1) }
        guard let first = quoteTokens.norm(head.lowerBound), QuoteWords.determiners.contains(first) || quoteTokens.isCapitalized(head.lowerBound)
                || QuoteWords.subjectPronouns.contains(first) || opensWithQuantifier(head) else { return nil }
        return (Candidate(range: head, pronoun: nil), document)
    }
}
