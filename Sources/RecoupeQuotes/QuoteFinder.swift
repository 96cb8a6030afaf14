import RecoupeCore
/// Finds quotations, reported speech and their speakers (`quotes` layer).
///
/// 1. `QuoteMarkScanner` finds the spans quotation marks delimit (nesting, multi-paragraph «,
///    recovery at the paragraph end with a warning).
/// 2. Dialogue turns: a paragraph (or a sentence after a sentence end) opened by a dash — or –
///    is direct speech when it reads as dialogue (an incise "dit-il", first/second person words,
///    a question or exclamation, or a dialogue turn before it); list items are left alone.
/// 3. One quotation per utterance: an incise ("« Il fait chaud, dit-elle ; allons-y. »") gives the
///    quotation its cue and splits its content into `segments`, never into two quotations; so does a
///    quotation reopened at each paragraph of a multi-paragraph speech.
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
    public let requires: [Layer] = [.tokens, .sentences, .paragraphs, .entities]  // speakers are mentions
    public let produces: [Layer] = [.quotes]

    let verbs: SpeechVerbLexicon
    let lexiconDirectory: String?
    /// The word classes and verbs of saying by norm, looked up once per token of a document.
    let codes: QuoteWordCodes

    /// Reads the French verbs of saying (`Lexicons/speech/forms.tsv`, see `SpeechVerbLexicon.load`).
    public init(options: Pipeline.Options = Pipeline.Options()) throws {
        lexiconDirectory = options.lexiconDirectory
        let (path, verbs) = try SpeechVerbLexicon.located(lexiconDirectory: options.lexiconDirectory)
        self.verbs = verbs
        // One table per verb file and process, shared by every worker's pipeline (17 M instructions to build).
        codes = Self.sharedCodes.value(for: path) { QuoteWordCodes(verbs: verbs) }
    }
    private static let sharedCodes = SharedCache<String, QuoteWordCodes>()

    public init(verbs: SpeechVerbLexicon, lexiconDirectory: String? = nil) {
        self.verbs = verbs
        self.lexiconDirectory = lexiconDirectory
        codes = QuoteWordCodes(verbs: verbs)
    }

    public func run(_ document: inout Document) throws {
        var warnings: [DocumentWarning] = []
        let paragraphs = document.paragraphs.isEmpty ? Document.paragraphs(of: document.scalars) : document.paragraphs
        let marked = QuoteMarkScanner().scan(document.scalars, paragraphs: paragraphs, warnings: &warnings)
        try Cancellation.check()
        if EnglishRussianQuoteFinder.handles(document.source.language) {
            let verbs = try EnglishRussianQuoteFinder.verbs(for: document.source.language, lexiconDirectory: lexiconDirectory)
            document.quotes = EnglishRussianQuoteFinder(doc: document, verbs: verbs).find(marked: marked)
            document.warnings.append(contentsOf: warnings)
            return
        }
        var run = QuoteFinderRun(doc: document, verbs: verbs, codes: codes, marked: marked)
        document.quotes = run.find()
        document.warnings.append(contentsOf: warnings)
    }
}

/// One document's pass of `QuoteFinder`.
struct QuoteFinderRun {
    let doc: Document
    /// The document's tokens with the lookups quotation rules need (norms, sentences, paragraphs).
    let quoteTokens: QuoteTokens
    /// Finds verbs of saying and the cue phrases around them.
    let cues: SpeechCueMatcher
    var marked: [QuoteMarkScanner.Marked]
    /// `doc.mentions` by position: speaker lookups must not scan every mention (issue 18).
    let mentions: MentionIndex

    init(doc: Document, verbs: SpeechVerbLexicon, codes: QuoteWordCodes, marked: [QuoteMarkScanner.Marked]) {
        self.doc = doc
        self.quoteTokens = QuoteTokens(doc, codes: codes)
        self.cues = SpeechCueMatcher(quoteTokens: quoteTokens, verbs: verbs)
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
        /// Content code-point ranges when an incise or a paragraph break interrupts the words; empty
        /// for one uninterrupted stretch (`contentStart..<contentEnd`).
        var segments: [Range<Int>] = []
        /// The evidence for `kind`, written as the quotation's `rule`.
        var rule: String?
        /// Reported speech that is mostly a quotation ("Selon lui, « … »"): it still names the speaker
        /// for the speaker pass, but the quotation carries the words, so it is not output.
        var speakerOnly = false

        /// The segments, one when nothing interrupts the content.
        var contentSegments: [Range<Int>] { segments.isEmpty ? [contentStart..<max(contentStart, contentEnd)] : segments }
    }

    /// Top-level marked spans by their first and last code point, and the one enclosing each
    /// token (so lookups stay O(1) however many quotations a document has).
    var topLevelByStart: [Int: Int] = [:]
    var topLevelByEnd: [Int: Int] = [:]
    /// Per token, the first top-level mark around it, −1 for none (32-bit: one per token of the document).
    private var enclosingMark: [Int32] = []
    func enclosingTopLevel(_ k: Int) -> Int? { enclosingMark[k] < 0 ? nil : Int(enclosingMark[k]) }

    mutating func indexMarks() {
        enclosingMark = [Int32](repeating: -1, count: quoteTokens.count)
        for (i, q) in marked.enumerated() where q.depth == 0 {
            topLevelByStart[q.start] = i
            topLevelByEnd[q.end] = i
            var k = quoteTokens.index(atOrAfter: q.start)
            while k < quoteTokens.count, quoteTokens.tokens[k].start < q.end {
                if enclosingMark[k] < 0 { enclosingMark[k] = Int32(i) }
                k += 1
            }
        }
    }

    mutating func find() -> [Quote] {
        guard quoteTokens.count > 0 else { return [] }
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
        let indirect = indirectSpeech(excluding: items)
        items.reserveCapacity(items.count + indirect.count)  // no doubling: a long text has one per sentence
        items += indirect
        if Cancellation.isRequested { return [] }
        items.sort { ($0.anchor, $0.start) < ($1.anchor, $1.start) }
        let speakerOnly = Set(items.filter(\.speakerOnly).map { $0.start..<$0.end })
        var quotes = resolve(items)
        items = []  // resolved: freed before the speaker pass
        quotes.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        let linked = SpeakerLinker(doc: doc, t: quoteTokens, m: cues).link(quotes)
        guard !speakerOnly.isEmpty else { return linked }
        // Reported clauses that are mostly a quotation ("Selon lui, « … »"): not output, but their speaker is the
        // quotation's when the quotation has no cue of its own or only a guess inside its own words.
        let isSpeakerOnly = { (q: Quote) in q.kind == .indirect && speakerOnly.contains(q.start..<q.end) }
        var out = linked.filter { !isSpeakerOnly($0) }
        // Both in text order: one pointer, so that a text with many of them stays linear.
        var j = 0
        for r in linked where isSpeakerOnly(r) {
            while j < out.count, out[j].start < r.start { j += 1 }
            var i = j
            while i < out.count, out[i].start < r.end, out[i].kind != .direct && out[i].kind != .partial { i += 1 }
            guard let s = r.speaker, i < out.count, out[i].start < r.end else { continue }
            let guessInside = out[i].speaker.map { $0.start >= out[i].start && $0.end <= out[i].end } ?? true
            if out[i].cue == nil || guessInside {
                out[i].speaker = s
                if out[i].cue == nil { out[i].cue = r.cue }
            }
        }
        return out
    }
}
