import Foundation
import RecoupeCore

/// Quotations in English and Russian news: marked quotes, their kind, cue and speaker.
///
/// `QuoteFinder` hands English, Russian and Ukrainian documents here (its French rules — incises,
/// "a-t-il ajouté", dialogue dashes — do not apply). Marks are found by the same
/// `QuoteMarkScanner` (“…”, "…", «…», „…“); each top-level quotation is then attributed by the
/// press patterns of the two languages:
/// - after the quote: `“…,” X said` / `“…,” said X` / `«…», — заявил X` / `«…», — заявили в X`;
/// - before it, in its sentence: `X said (that) … “…”`, `X заявил, что … «…»`,
///   `Как отметили в X, … «…»`, and the prepositions `According to X,` / `По словам X,`;
/// a quotation with a cue after it is `direct`, one inside the writer's sentence `partial`, a
/// short one without any cue a `mention`.
///
/// Speakers: the person or organisation mention (`doc.mentions`) at the subject or object place,
/// else the noun phrase there ("the Russian consulate in Istanbul", "генконсульстве России");
/// the speaker's `kb_id` comes from the mention it covers. Verbs of saying come from
/// `Lexicons/speech/en-forms.tsv`, `ru-forms.tsv` and `uk-forms.tsv` (the French `forms.tsv` format).
///
/// Cost: linear in the tokens; each quotation looks at its own sentence only.
struct EnglishRussianQuoteFinder {
    let doc: Document
    let quoteTokens: QuoteTokens
    let verbs: SpeechVerbLexicon
    let english: Bool
    /// `doc.mentions` by position (a scan per quotation was quadratic, issue 18).
    let mentions: MentionIndex

    static func handles(_ language: String) -> Bool { ["en", "ru", "uk"].contains(language) }

    /// The verbs of saying of a language (`Lexicons/speech/LANG-forms.tsv`; Russian's for other Cyrillic text).
    static func verbs(for language: String, lexiconDirectory: String?) throws -> SpeechVerbLexicon {
        let file = language == "en" || language == "uk" ? language : "ru"
        return try SpeechVerbLexicon.load(language: file, lexiconDirectory: lexiconDirectory)
    }

    init(doc: Document, verbs: SpeechVerbLexicon) {
        self.doc = doc
        quoteTokens = QuoteTokens(doc)
        english = doc.source.language == "en"
        self.verbs = verbs
        mentions = MentionIndex(doc.mentions)
    }

    static let englishDeterminers: Set<String> = QuoteCueLexicon.set("en/quote-determiners")
    static let englishSkippable: Set<String> = QuoteCueLexicon.set("en/quote-skippable")
    static let russianSkippable: Set<String> = QuoteCueLexicon.set("ru/quote-skippable")
    static let dashes: Set<String> = ["—", "–", "-", "―"]

    func find(marked: [QuoteMarkScanner.Marked]) -> [Quote] {
        var out: [Quote] = []
        // A quotation inside another one is recorded without a cue of its own.
        for q in marked where q.depth > 0 {
            out.append(Quote(start: q.start, end: q.end, contentStart: q.contentStart, contentEnd: q.contentEnd, kind: .partial, confidence: 0.5))
        }
        for q in marked where q.depth == 0 && q.contentEnd > q.contentStart {
            let first = quoteTokens.index(atOrAfter: q.start)
            let last = quoteTokens.index(endingBy: q.end)  // one past the closing mark
            guard first < quoteTokens.count, last > first else { continue }
            let sentence = quoteTokens.sentenceRanges[quoteTokens.sentenceOf[first]]
            let startsSentence = first == sentence.lowerBound || (first > sentence.lowerBound && quoteTokens.norms[first - 1] == ":")
            var quote = Quote(start: q.start, end: q.end, contentStart: q.contentStart, contentEnd: q.contentEnd, kind: .partial, confidence: 0.8)
            if let (cue, speaker) = cueAfter(last, limit: sentence.upperBound) {
                quote.kind = startsSentence ? .direct : .partial
                quote.cue = cue
                quote.speaker = speaker
                if startsSentence { quote.confidence = 0.9 }
            } else if let (cue, speaker) = cueBefore(first, from: sentence.lowerBound) {
                quote.kind = startsSentence ? .direct : .partial
                quote.cue = cue
                quote.speaker = speaker
            } else {
                let words = quoteTokens.tokens[first..<last].filter { $0.kind == .word }.count
                quote.kind = startsSentence && words > 4 ? .direct : .mention
                quote.confidence = 0.6
            }
            out.append(quote)
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    // MARK: Cues

    private func isCue(_ k: Int) -> SpeechVerbLexicon.Entry? {
        guard k >= 0, k < quoteTokens.count, quoteTokens.tokens[k].kind == .word else { return nil }
        // "the report", "a claim": a determiner before a form makes it a noun.
        if k > 0, english, Self.englishDeterminers.contains(quoteTokens.norms[k - 1]) { return nil }
        return verbs.entry(quoteTokens.norms[k])
    }

    private func cue(_ k: Int, lemma: String, through end: Int? = nil) -> Quote.Cue {
        let s = quoteTokens.tokens[k].start, e = quoteTokens.tokens[(end ?? k + 1) - 1].end
        return Quote.Cue(start: s, end: e, text: doc.surface(start: s, end: e), lemma: lemma)
    }

    /// `“…,” X said`, `“…,” said X`, `«…», — заявил X`, `«…», — заявили в X`.
    private func cueAfter(_ k0: Int, limit: Int) -> (Quote.Cue, Quote.Speaker?)? {
        var k = k0
        while k < limit, quoteTokens.norms[k] == "," || Self.dashes.contains(quoteTokens.norms[k]) { k += 1 }
        guard k < limit, k > k0 || english else { return nil }
        if let v = isCue(k) {
            return (cue(k, lemma: v.lemma), speakerAfterVerb(k + 1, limit: limit))
        }
        // Speaker then verb: at most eight tokens, no punctuation between.
        var j = k
        while j < limit, j - k < 8, quoteTokens.tokens[j].kind == .word || quoteTokens.tokens[j].kind == .number {
            if let v = isCue(j), j > k {
                return (cue(j, lemma: v.lemma), speaker(k..<j))
            }
            j += 1
        }
        return nil
    }

    /// The nearest cue before the quote in its sentence: a preposition ("According to X,", "По
    /// словам X,") or a verb with its subject.
    private func cueBefore(_ first: Int, from start: Int) -> (Quote.Cue, Quote.Speaker?)? {
        var k = first - 1
        while k >= start {
            if let (cueEnd, lemma) = prepositionalCue(at: k), cueEnd <= first {
                var e = cueEnd
                while e < first, quoteTokens.norms[e] != "," { e += 1 }
                return (cue(k, lemma: lemma, through: cueEnd), speaker(cueEnd..<e))
            }
            if let v = isCue(k) {
                // "Как отметили в генконсульстве, …": the speaker follows the verb.
                if !english, k + 1 < first, ["в", "во", "у"].contains(quoteTokens.norms[k + 1]) || (k == start || ["как", "як"].contains(quoteTokens.norms[k - 1])) {
                    if let s = speakerAfterVerb(k + 1, limit: first) { return (cue(k, lemma: v.lemma), s) }
                }
                return (cue(k, lemma: v.lemma), subject(before: k, from: start))
            }
            k -= 1
        }
        return nil
    }

    /// "according to" / "по словам" / "по данным" at k: the end of the cue and its lemma.
    private func prepositionalCue(at k: Int) -> (Int, String)? {
        guard k + 1 < quoteTokens.count else { return nil }
        let pair = quoteTokens.norms[k] + " " + quoteTokens.norms[k + 1]
        switch pair {
        case "according to": return (k + 2, "according to")
        case "по словам": return (k + 2, "по словам")
        case "по данным": return (k + 2, "по данным")
        case "за словами": return (k + 2, "за словами")
        case "за даними": return (k + 2, "за даними")
        default: return nil
        }
    }

    // MARK: Speakers

    /// After an inverted verb: a mention right there, else "в X" (the institution speaking),
    /// else the next capitalized run.
    private func speakerAfterVerb(_ k0: Int, limit: Int) -> Quote.Speaker? {
        let k = k0
        if k < limit, ["в", "во", "у"].contains(quoteTokens.norms[k]) {
            var e = k + 1
            while e < limit, quoteTokens.tokens[e].kind == .word || quoteTokens.tokens[e].kind == .number { e += 1 }
            return e > k + 1 ? speaker(k + 1..<e) : nil
        }
        if let m = mention(startingAt: k) { return m }
        // "— отметил пресс-секретарь президента Дмитрий Песков": a title, then the person.
        var j = k
        while j < limit, j - k < 6, quoteTokens.tokens[j].kind == .word {
            if let m = mention(startingAt: j), m.kbId?.hasPrefix("per:") == true || mentions.starting(at: m.start).contains(where: { doc.mentions[$0].label == .person }) {
                return m
            }
            j += 1
        }
        var e = k
        while e < limit, quoteTokens.tokens[e].shape.contains(.capitalized) { e += 1 }
        if e > k { return speaker(k..<e) }
        // "said the Russian consulate": a determiner phrase.
        if english, k < limit, Self.englishDeterminers.contains(quoteTokens.norms[k]) {
            e = k + 1
            while e < limit, quoteTokens.tokens[e].kind == .word, e - k < 7 { e += 1 }
            return speaker(k..<e)
        }
        return nil
    }

    /// The subject of a verb at `verb`: a person or organisation mention ending right before it
    /// (time words skipped), else a determiner phrase ("The consulate"), else a capitalized run.
    private func subject(before verb: Int, from start: Int) -> Quote.Speaker? {
        var end = verb
        let skippable = english ? Self.englishSkippable : Self.russianSkippable
        while end - 1 > start, skippable.contains(quoteTokens.norms[end - 1]) || quoteTokens.tokens[end - 1].kind == .number { end -= 1 }
        if let m = mention(endingAt: end) { return m }
        if english {
            var s = end - 1
            while s > start, s > end - 7, quoteTokens.tokens[s].kind == .word, !Self.englishDeterminers.contains(quoteTokens.norms[s]) { s -= 1 }
            if s >= start, Self.englishDeterminers.contains(quoteTokens.norms[s]) { return speaker(s..<end) }
        }
        var s = end
        while s - 1 >= start, quoteTokens.tokens[s - 1].shape.contains(.capitalized) { s -= 1 }
        return s < end ? speaker(s..<end) : nil
    }

    /// A PER/ORG mention covering tokens that end at `end` (exclusive).
    private func mention(endingAt end: Int) -> Quote.Speaker? {
        guard end > 0 else { return nil }
        let e = quoteTokens.tokens[end - 1].end
        guard let m = mentions.ending(at: e).lazy.map({ doc.mentions[$0] }).last(where: { $0.label == .person || $0.label == .organization }) else { return nil }
        return Quote.Speaker(start: m.start, end: m.end, text: m.surface, kbId: m.kbId.isEmpty ? nil : m.kbId)
    }

    private func mention(startingAt k: Int) -> Quote.Speaker? {
        guard k < quoteTokens.count else { return nil }
        let s = quoteTokens.tokens[k].start
        guard let m = mentions.starting(at: s).lazy.map({ doc.mentions[$0] }).first(where: { $0.label == .person || $0.label == .organization }) else { return nil }
        return Quote.Speaker(start: m.start, end: m.end, text: m.surface, kbId: m.kbId.isEmpty ? nil : m.kbId)
    }

    /// A speaker phrase over tokens `r`, with the kb_id of the person or organisation in it.
    private func speaker(_ r: Range<Int>) -> Quote.Speaker? {
        guard !r.isEmpty else { return nil }
        let s = quoteTokens.tokens[r.lowerBound].start, e = quoteTokens.tokens[r.upperBound - 1].end
        let inside = mentions.inside(s, e).map { doc.mentions[$0] }
        let head = inside.last(where: { $0.label == .person }) ?? inside.first(where: { $0.label == .organization })
        return Quote.Speaker(start: s, end: e, text: doc.surface(start: s, end: e), kbId: head.map(\.kbId))
    }
}
