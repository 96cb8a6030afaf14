import RecoupeCore
import RecoupeText
import Foundation

/// Combining the tagger's mentions with the rules' (``NERMode``).
extension EntityRecognizer {
    /// Rules precise enough to overrule the tagger: lexicon names, organisation heads with their
    /// complement, organisation words and introducers ("Vortex Airlines", "la société Helios"), civilities
    /// and known given names.
    static let authoritativeRules: Set<String> = ["gazetteer", "org-head", "org-word", "org-introducer", "civility", "given-name"]

    /// The other rules' organisations (acronyms, capitalised runs) only
    /// fill the tokens the tagger leaves: their spans are often wider or narrower than the name. Their
    /// persons and places (title cues, appositions, place prepositions, capitalised sequences) reach
    /// the hybrid only as the tagger's features: on unseen news they cost more precision than they bring.
    static func fillsGaps(_ c: Candidate) -> Bool { c.label == .organization && !authoritativeRules.contains(c.rule) }

    /// An acronym that filled a gap of the tagger and that no organisation named in the document stands
    /// behind ("Organisation mondiale de la santé (OMS)" makes every "OMS" an alias): in the hybrid it is
    /// dropped after aliasing. Unvouched capitals are mostly no organisations in news ("AVC", "SMIC",
    /// "UTC", "PC"); the tagger, which reads the acronym rule as a feature, keeps those that are.
    /// An acronym the document spells out itself also stands (``spelledOutAcronyms(_:_:)``).
    static func isUnvouchedAcronym(_ c: Candidate) -> Bool { c.rule == "acronym" }

    /// The acronyms written in parentheses after a name that starts with their first letter: "la
    /// Fédération des tisserands du Rhône (FTRH)", even when the tagger cut that name short; not after
    /// common words ("accidents vasculaires cérébraux (AVC)", "salaire minimum … (SMIC)").
    func spelledOutAcronyms(_ cands: [Candidate], _ ctx: DocumentContext) -> Set<String> {
        var out: Set<String> = []
        for c in cands where c.rule == "acronym" {
            guard let open = ctx.prev(c.start), ctx.isPunct(open, "("), let initial = ctx.norm(c.start).first else { continue }
            var k = ctx.prev(open), steps = 0
            while let i = k, steps < 8 {
                if ctx.isWord(i), ctx.isCapitalized(i), !ctx.isSentenceStart(i), ctx.norm(i).first == initial { out.insert(ctx.norm(c.start)); break }
                k = ctx.prev(i); steps += 1
            }
        }
        return out
    }

    /// The tagger's spans as candidates (rule "model"; linking may add a lexicon id, not change the rule).
    static func modelCandidates(_ spans: [EntityTagger.Span]) -> [Candidate] {
        spans.map { s in
            var c = Candidate(start: s.start, end: s.end, label: s.label, entry: nil, rule: "model", confidence: s.confidence)
            c.modelConfidence = s.confidence
            return c
        }
    }

    /// Merges the rules' candidates with the tagger's spans.
    ///
    /// - `.model`: the tagger's spans only (no deferred words).
    /// - `.hybrid`: first the tagger's spans that are wider than the rules' (``widerModelSpans``), then
    ///   the ``authoritativeRules``' candidates (lexicon names keep their label and
    ///   boundaries), then the deferred single words that linking will resolve (`linksLater`:
    ///   coreference, a lexicon surname key), then every tagger span that overlaps none of them and has
    ///   a confidence of at least ``hybridMinimumConfidence`` (headline-case sentences included), then
    ///   the other rules' organisations on the tokens left (``fillsGaps(_:)``). The other rules and deferred words reach
    ///   the hybrid only as the tagger's features.
    static func combine(rules: [Candidate], deferred: [Candidate], model: [EntityTagger.Span], mode: NERMode,
                        tokenCount: Int, linksLater: (Candidate) -> Bool = { _ in false },
                        readsAsName: (Candidate, [Candidate]) -> Bool = { _, _ in false }) -> (candidates: [Candidate], deferred: [Candidate]) {
        switch mode {
        case .rules: return (rules, deferred)
        case .model: return (modelCandidates(model), [])
        case .hybrid: break
        }
        var taken = [Bool](repeating: false, count: tokenCount)
        var out: [Candidate] = []
        func free(_ c: Candidate) -> Bool { !(c.start..<c.end).contains { taken[$0] } }
        func take(_ c: Candidate) { out.append(c); for i in c.start..<c.end { taken[i] = true } }
        let tagged = modelCandidates(model).filter { $0.confidence >= hybridMinimumConfidence($0) }
        let anchors = rules.filter { authoritativeRules.contains($0.rule) } + deferred.filter(linksLater)
        for c in widerModelSpans(tagged, anchors: anchors, readsAsName: readsAsName) where free(c) { take(c) }
        for c in rules where authoritativeRules.contains(c.rule) && free(c) { take(c) }
        let kept = deferred.filter { free($0) && linksLater($0) }
        for c in kept { for i in c.start..<c.end { taken[i] = true } }
        for c in tagged where free(c) { take(c) }
        for c in rules where fillsGaps(c) && free(c) { take(c) }
        return (out, kept)
    }

    /// The tagger's spans that hold a precise rule's candidate (or a deferred word that links) and reach
    /// past it, and read as a name (`readsAsName` of the span and the candidates it holds, ``readsAsName(_:holding:_:)``):
    /// "George Washington", "Amérique du Nord", "Nîmes Olympique", "Ligue nationale de hockey", "Lady Gaga",
    /// "Pierre Mendès France" over the lexicon's or the cues' "Washington", "Amérique", "Nîmes", "Ligue
    /// nationale", "Gaga", "Pierre Mendès". A lexicon or cue match inside a longer name is a part of it; the
    /// tagger reads the whole name. On WikiNEuRal validation such wider spans were right 369 times where the
    /// rule's was right 21; starting on a lower-case or function word ("de France", "la France", "capitale
    /// Kampala") they were not (35 / 40), and those are left to the rules. Not taken either: a span that
    /// cuts across a rule's candidate, or that holds two lexicon names ("l'Europe centrale Coulter", "Alger
    /// de Bordeaux" in a shipping list): two names side by side are not one.
    /// A deferred word (a surname linking finds a person for) is held only by a tagger person: "l'Europe
    /// centrale Coulter" is no organisation named after Coulter. The anchors are found through a token
    /// index, so the work stays linear in the document's length.
    static func widerModelSpans(_ tagged: [Candidate], anchors: [Candidate], readsAsName: (Candidate, [Candidate]) -> Bool) -> [Candidate] {
        guard !anchors.isEmpty, let last = anchors.map(\.end).max() else { return [] }
        var at = [[Int]](repeating: [], count: last)
        for (k, a) in anchors.enumerated() { for i in a.start..<a.end { at[i].append(k) } }
        return tagged.filter { m in
            guard m.end - m.start > 1, m.start < last else { return false }
            var seen = Set<Int>()
            var held: [Candidate] = []
            for i in m.start..<min(m.end, last) { for k in at[i] where seen.insert(k).inserted { held.append(anchors[k]) } }
            for a in held {
                guard m.start <= a.start && a.end <= m.end, a.end - a.start < m.end - m.start else { return false }
                if a.isDeferred && m.label != .person { return false }
            }
            return !held.isEmpty && held.count(where: { $0.entry != nil }) <= 1 && readsAsName(m, held)
        }
    }

    /// Whether a tagger span may replace the rules' narrower names it holds: it starts on a capitalised
    /// word that is no article or preposition ("La France", "Du Havre") and no civility ("M. Cloarec": the
    /// gold sets leave the civility out, as the civility rule does); and it does not merely add lower-case
    /// words after a lexicon name of several words ("le Département d'État américain": the lexicon's
    /// full name is the name, the adjective says which one), while a one-word lexicon match may grow so
    /// ("les Alpes françaises", "la Poste portugaise").
    func readsAsName(_ c: Candidate, holding held: [Candidate], _ ctx: DocumentContext) -> Bool {
        let first = ctx.norm(c.start)
        guard ctx.isWord(c.start), ctx.isCapitalized(c.start), !Self.phraseLinks.contains(first), !FrenchCues.civilities.contains(first) else { return false }
        return !held.contains { a in
            a.entry != nil && a.start == c.start && (a.start..<a.end).count(where: { ctx.isWord($0) }) >= 2
                && !(a.end..<c.end).contains { ctx.isWord($0) && ctx.isCapitalized($0) }
        }
    }

    /// One-word tagger spans the rules know are no names here: function and headline words ("État"
    /// in "secrétaire d'État"), portfolios ("au Numérique"), inhabitants ("aux Lyonnais"), century ordinals.
    func vetoed(_ s: EntityTagger.Span, _ ctx: DocumentContext) -> Bool {
        guard s.end - s.start == 1 else { return false }
        let n = ctx.norm(s.start)
        // "XIXème siècle": a century, which the dates stage reads.
        if let next = ctx.next(s.start), ctx.norm(next) == "siècle", CenturyOrdinal.number(n) != nil { return true }
        return FrenchCues.notNames.contains(n) || Self.isPortfolioOrInhabitants(n, after: ctx.prev(s.start).map { ctx.norm($0) } ?? "")
    }

    /// Whether linking will resolve a deferred word: its surname key is a lexicon person's, or the
    /// last word of a person candidate before it. Build once per document (``deferredLinks(_:_:people:)``):
    /// each person's last-word key is computed once, not once per deferred word.
    struct DeferredLinker {
        /// Surname key → the first token where a person candidate ends on it.
        var firstPersonStart: [String: Int] = [:]
    }

    func deferredLinks(_ doc: Document, _ ctx: DocumentContext, people: [Candidate]) -> (Candidate) -> Bool {
        var linker = DeferredLinker()
        for p in people {
            let k = key(doc.surface(start: ctx.tokens[p.end - 1].start, end: ctx.tokens[p.end - 1].end))
            linker.firstPersonStart[k] = min(linker.firstPersonStart[k] ?? .max, p.start)
        }
        return { [linker] c in
            let k = self.key(doc.surface(start: ctx.tokens[c.start].start, end: ctx.tokens[c.end - 1].end))
            if !self.gazetteer.people(withSurnameKey: k).isEmpty { return true }
            return (linker.firstPersonStart[k] ?? .max) < c.start
        }
    }

    /// The least confidence of a tagger span the hybrid adds (`RECOUPE_NER_MIN_CONFIDENCE` overrides it, for tuning).
    static let hybridMinimumConfidence: Double = ProcessInfo.processInfo.environment["RECOUPE_NER_MIN_CONFIDENCE"].flatMap(Double.init) ?? 0.3

    /// The least confidence of a one-word tagger organisation (`RECOUPE_NER_MIN_ORG_CONFIDENCE` overrides
    /// it): those of 0.3–0.5 were institution words alone ("président de la République", "présidente de
    /// la Commission", 0.49 and 0.43 on the news dev articles), not names. Longer spans keep the 0.3.
    static let hybridMinimumOrganizationConfidence: Double =
        ProcessInfo.processInfo.environment["RECOUPE_NER_MIN_ORG_CONFIDENCE"].flatMap(Double.init) ?? 0.5

    static func hybridMinimumConfidence(_ c: Candidate) -> Double {
        c.label == .organization && c.end - c.start == 1 ? max(hybridMinimumConfidence, hybridMinimumOrganizationConfidence) : hybridMinimumConfidence
    }
}
