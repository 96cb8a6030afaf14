import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText

/// The entities stage: fills `doc.mentions` (JSON `ents`) and `doc.entities`.
///
/// In order:
/// 1. lexicon names through the shared `Gazetteer` (leftmost-longest over token norms);
/// 2. organisations by head and complement ("ministère des Affaires étrangères de la Fédération de Russie");
/// 3. names outside the lexicon: capitalized sequences with cues — civilities (M., Mme), titles
///    and roles before or in apposition, given names, Cyrillic-origin surname shapes, place
///    prepositions — with sentence-initial capitals and headline case kept from flooding the output;
/// 4. linking: a person's spelling links to a lexicon entry when its name key (`NameKeyMemo`) equals
///    one of the entry's, in any script; surname-only mentions corefer to the earlier full mention;
///    unknown people get the corpus-wide id `name:<surname key>`;
/// 5. roles by apposition, preceding title or predicate, with modality (`RoleExtractor`).
///
/// Every mention carries its type, surface, offsets, confidence and the rule that fired.
public final class EntityRecognizer: Stage {
    public let name = "entities"
    public let requires: [Layer] = [.tokens, .norms, .sentences]
    public let produces: [Layer] = [.entities]

    public let gazetteer: Gazetteer
    let nameKey: NameKeyMemo
    let firstNames: Set<String>
    /// Rules, tagger or both (`--ner`); the tagger runs on French documents only.
    public let ner: NERMode
    let tagger: EntityTagger?
    /// Nominatives of Cyrillic names, per surface (``NominativeMemo``).
    let nominatives = NominativeMemo()

    /// The name key used for linking; swap the implementation here.
    public static func makeNameKey() -> NameKeyMemo { NameKeyMemo() }

    public init(options: Pipeline.Options = Pipeline.Options()) throws {
        gazetteer = try Gazetteer.cached(for: options)
        nameKey = Self.makeNameKey()
        firstNames = Self.cachedFirstNames(LexiconLocator.directory(for: options))
        ner = options.ner
        let model = options.ner == .rules ? nil : try NERModel.shipped(lexiconDirectory: LexiconLocator.directory(for: options))
        if options.ner == .model && model == nil {
            throw NERModel.LoadError(path: NERModel.relativePath, reason: "--ner model needs the model file under Lexicons/")
        }
        let names = firstNames
        tagger = model.map { EntityTagger(model: $0, firstNames: names) }
    }

    /// For tests and benchmarks: a recognizer over a given gazetteer.
    public init(gazetteer: Gazetteer, lexiconDirectory: String? = nil, ner: NERMode = .rules, model: NERModel? = nil) {
        self.gazetteer = gazetteer
        nameKey = Self.makeNameKey()
        firstNames = Self.cachedFirstNames(lexiconDirectory ?? LexiconLocator.shippedDirectory())
        self.ner = model == nil ? .rules : ner
        let names = firstNames
        tagger = model.map { EntityTagger(model: $0, firstNames: names) }
    }

    private static let firstNamesCache = SharedCache<String, Set<String>>()
    static func cachedFirstNames(_ dir: String?) -> Set<String> {
        firstNamesCache.value(for: dir ?? "") { FirstNames.table(lexiconDirectory: dir) }
    }

    /// Whether a normalised word is a given name of the lexicon ("Jean", "Gabrielle"), folded as the list is.
    func isGivenName(_ norm: String) -> Bool { firstNames.contains(DiacriticFolding.fold(norm)) }
    /// Whether token `i` is a given name of the lexicon.
    func isGivenName(_ i: Int, _ ctx: DocumentContext) -> Bool { isGivenName(ctx.norm(i)) }

    /// `cands` without the candidates at `offsets` (absorbed into a longer one).
    static func removing(_ offsets: Set<Int>, from cands: [Candidate]) -> [Candidate] {
        offsets.isEmpty ? cands : cands.enumerated().filter { !offsets.contains($0.offset) }.map(\.element)
    }

    /// A mention being built, over tokens `start..<end`.
    struct Candidate {
        var start: Int
        var end: Int
        var label: EntityMention.Label
        var entry: Int32?
        var rule: String
        var confidence: Double
        var kbId: String = ""
        var canonical: String = ""
        /// A capitalized word with no cue: kept only if linking finds it corefers with a person.
        var isDeferred = false
        /// Set on the tagger's mentions: linking keeps their rule ("model") and confidence.
        var modelConfidence: Double?

        /// A one-word name only the tagger found (no lexicon entry): the rules correct its type from context.
        var isOneWordFromTagger: Bool { entry == nil && modelConfidence != nil && end - start == 1 }
    }

    /// The rules' candidates (lexicon, organisation heads, cued names, acronyms) and the deferred
    /// single words, before linking; the tagger also reads them as features.
    func ruleCandidates(_ document: Document, _ context: DocumentContext) -> (candidates: [Candidate], deferred: [Candidate]) {
        var candidates = gazetteerCandidates(document, context)
        candidates = organizationCandidates(document, context, existing: candidates)
        var deferred: [Candidate] = []
        candidates += nameCandidates(document, context, existing: candidates, deferred: &deferred)
        candidates += acronymCandidates(document, context, existing: candidates)
        return (candidates, deferred)
    }

    public func run(_ document: inout Document) throws {
        let context = DocumentContext(document)
        try Cancellation.check()
        var (candidates, deferred) = ruleCandidates(document, context)
        try Cancellation.check()
        let hybridTagged = tagger != nil && ner == .hybrid && document.source.language.hasPrefix("fr")
        if let tagger, document.source.language.hasPrefix("fr") {
            var spans = tagger.tag(context, rules: TaggerFeatures.ruleTags(candidates + deferred, tokenCount: document.tokens.count))
            if ner == .hybrid { spans.removeAll { vetoed($0, context) } }
            let people = (candidates + Self.modelCandidates(spans)).filter { $0.label == .person }
            (candidates, deferred) = Self.combine(rules: candidates, deferred: deferred, model: spans, mode: ner, tokenCount: document.tokens.count,
                                                  linksLater: deferredLinks(document, context, people: people),
                                                  readsAsName: { self.readsAsName($0, holding: $1, context) })
        }
        candidates.removeAll { $0.label == .person && Self.insideQuotedTitle($0, context) }
        deferred.removeAll { $0.label == .person && Self.insideQuotedTitle($0, context) }
        nameQuotedWorks(&candidates, &deferred, context)
        nameTeams(&candidates, context)
        candidates.sort { $0.start < $1.start }
        agreeCoordinatedTypes(&candidates, context)
        agreeListTypes(&candidates, context)
        relabelPersonsNamedAsPlaces(&candidates, context)
        relabelPlacesNamedAsPersons(&candidates, context)
        relabelPersonsAfterArticle(&candidates, context)
        relabelPersonsAfterPlaceWords(&candidates, context)
        nameBuildings(&candidates, &deferred, context)
        relabelPlacesHoldingOrganisationWords(&candidates, context)
        relabelPersonsHoldingOrganisationWords(&candidates, context)
        relabelPersonsAfterCompanyVerbs(&candidates, context)
        dropLoneOrganisationWords(&candidates, context)
        nameEvents(&candidates, context)
        relabelByDocument(&candidates, context)
        includeGeographicHeads(&candidates, context)
        includeGivenNames(&candidates, context)
        includeRegnalNumbers(&candidates, context)
        try Cancellation.check()
        link(&candidates, deferred: deferred, document, context)
        try Cancellation.check()
        candidates.sort { $0.start < $1.start }
        for i in candidates.indices { if let m = candidates[i].modelConfidence { candidates[i].rule = "model"; candidates[i].confidence = m } }
        aliasAcronyms(&candidates, context)
        if hybridTagged {
            let spelled = spelledOutAcronyms(candidates, context)
            candidates.removeAll { Self.isUnvouchedAcronym($0) && !spelled.contains(context.norm($0.start)) }
        }

        let tokens = document.tokens
        var mentions: [EntityMention] = []
        for c in candidates {
            let s = tokens[c.start].start, e = tokens[c.end - 1].end
            mentions.append(EntityMention(start: s, end: e, label: c.label, kbId: c.kbId, surface: document.surface(start: s, end: e),
                                          canonical: c.canonical, confidence: c.confidence, rule: c.rule))
        }
        let roles = RoleExtractor(document: document, context: context, mentions: candidates)
        for (i, c) in candidates.enumerated() where c.label == .person {
            let r = roles.rolesSplittingCoordination(of: i)
            (mentions[i].role, mentions[i].newRole) = (r.role, r.newRole)
            if !r.coordinated.isEmpty { mentions[i].coordinatedRoles = r.coordinated }
        }
        let taken = TakenSpans(mentions.flatMap { $0.allRoles.map { $0.start..<$0.end } })
        let roleWords = RoleExtractor.roleWords(of: mentions, context)
        for (i, role) in roles.descriptionRoles(taken: taken, entityOf: { mentions[$0].kbId }, roleWords: roleWords) where mentions[i].role == nil {
            mentions[i].role = role
        }
        document.mentions = mentions
        document.entities = Entity.table(of: mentions)
    }

    /// One name, one type per document: a place guessed from a preposition alone ("décernée à Jafar
    /// Panahi") takes the type of the same words found as a person or organisation elsewhere.
    func relabelByDocument(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        func key(_ c: Candidate) -> String { (c.start..<c.end).filter { ctx.isWord($0) }.map { ctx.norm($0) }.joined(separator: " ") }
        var strong: [String: EntityMention.Label] = [:]
        for c in cands where c.label != .location && !c.isDeferred && (c.entry != nil || c.confidence >= 0.7) {
            strong[key(c)] = c.label
        }
        for i in cands.indices where cands[i].entry == nil && ["place-preposition", "place-noun"].contains(cands[i].rule) {
            if let label = strong[key(cands[i])] {
                cands[i].label = label
                cands[i].rule = "same-name"
            }
        }
    }

    /// "Organisation mondiale de la santé (OMS)", "Assistance publique-Hôpitaux de Paris (AP-HP)": an
    /// acronym in parentheses right after an organisation is that organisation, and so is every later
    /// bare use of it in the document. A lexicon id on either side wins.
    func aliasAcronyms(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        var aliases: [String: (kbId: String, canonical: String, entry: Int32?)] = [:]
        for i in cands.indices {
            let c = cands[i]
            if c.end - c.start == 1, c.label == .organization, let a = aliases[ctx.norm(c.start)], c.entry == nil || c.kbId == a.kbId {
                cands[i].kbId = a.kbId; cands[i].canonical = a.canonical; cands[i].entry = a.entry
                if c.rule == "acronym" { cands[i].rule = "acronym-alias"; cands[i].confidence = 0.85 }
                continue
            }
            guard i + 1 < cands.count, c.label == .organization, let open = ctx.next(c.end - 1), ctx.isPunct(open, "("),
                  cands[i + 1].start == ctx.next(open), cands[i + 1].end - cands[i + 1].start == 1,
                  let close = ctx.next(cands[i + 1].start), ctx.isPunct(close, ")"),
                  ctx.tokens[cands[i + 1].start].shape.contains(.allCaps) else { continue }
            var a = cands[i + 1]
            if c.entry == nil, a.entry != nil {
                cands[i].kbId = a.kbId; cands[i].canonical = a.canonical; cands[i].entry = a.entry
            } else if a.entry == nil || a.kbId != c.kbId {
                a.kbId = c.kbId; a.canonical = c.canonical; a.entry = c.entry; a.label = .organization
                a.rule = "acronym-alias"; a.confidence = max(a.confidence, 0.85)
                cands[i + 1] = a
            }
            aliases[ctx.norm(a.start)] = (cands[i].kbId, cands[i].canonical, cands[i].entry)
        }
    }

    // MARK: Lexicon

    func gazetteerCandidates(_ doc: Document, _ ctx: DocumentContext) -> [Candidate] {
        var out: [Candidate] = []
        for m in gazetteer.matches(in: doc) {
            // Later files override: prefer the last-loaded entry; people and organisations over
            // places when a title or civility precedes.
            var entry = m.entries.last!
            if ctx.hasPersonCue(before: m.tokenStart), let p = m.entries.last(where: { gazetteer.lexicon.entries[Int($0)].label == .person }) {
                entry = p
            }
            // A lone capitalized word at a sentence start that the text also writes in lower case is not this name.
            if m.tokenEnd - m.tokenStart == 1, ctx.isCommonWord(m.tokenStart) { continue }
            let e = gazetteer.lexicon.entries[Int(entry)]
            if e.label == .location, endsLongerName(at: m.tokenStart, ctx) { continue }
            let exact = m.entries.count == 1
            var start = m.tokenStart
            if e.label == .person, let g = givenNameOrInitial(before: m.tokenStart, ctx) {
                start = g
                // "Sandrine Rousseau" is a whole name, but not the lexicon's Jean-Jacques Rousseau: linking decides.
                let given = nameKey.givenNameKey(doc.surface(start: ctx.tokens[g].start, end: ctx.tokens[g].end), language: "fr")
                if !Self.isInitial(ctx.norm(g)), !givenNamesAgree(gazetteer.givenNameKeys(of: entry), [given]) {
                    out.append(Candidate(start: g, end: m.tokenEnd, label: .person, entry: nil, rule: "given-name", confidence: 0.85))
                    continue
                }
            }
            out.append(Candidate(start: start, end: m.tokenEnd, label: e.label, entry: entry, rule: "gazetteer",
                                 confidence: exact ? 0.95 : 0.85, kbId: e.id, canonical: e.canonical))
        }
        return out
    }

    /// "Tour de France", "Jeux de Barcelone", "Rangers du Texas": a place closing a capitalised name
    /// through "de" is part of that name (an event, a team, a body), not the place; the tagger decides.
    func endsLongerName(at i: Int, _ ctx: DocumentContext) -> Bool {
        guard let de = ctx.prev(i), ["de", "du", "des", "d'"].contains(ctx.norm(de)), let head = ctx.prev(de),
              ctx.isWord(head), ctx.isCapitalized(head), !ctx.isHeadline(head), !ctx.isCommonWord(head),
              // "le MGM de Las Vegas", "le sommet de l'OSCE d'Astana": an acronym's place is a place of its own.
              !ctx.tokens[head].shape.contains(.allCaps),
              // "Natif de Toronto, …", "Originaire de Lyon, …": a sentence's first word is capitalised whatever it is.
              !ctx.isSentenceStart(head) else { return false }
        return true
    }

    /// A person of the tagger's takes in the initials and given names written right before it, which the
    /// tagger often leaves out: "A. J. Burnett", "H. G. Wells", "selon Corentin Louis Kervran", and the first
    /// name before a middle initial ("Wael B. Hallaq"). Only over words no other candidate holds.
    ///
    /// A place of the lexicon that is also a given name, alone right before such a one-word person, is the person's
    /// given name: "Victoria Azarenka", "Sofia Velikaya" (not after a place's preposition: "à Sofia").
    func includeGivenNames(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        var drop = Set<Int>()
        for i in cands.indices where cands[i].label == .person && cands[i].entry == nil && cands[i].modelConfidence != nil {
            if i > 0, case let place = cands[i - 1], place.label == .location, place.entry != nil, place.end == cands[i].start,
               place.end - place.start == 1, cands[i].end - cands[i].start == 1, givenNameOrInitial(before: cands[i].start, ctx) == place.start,
               !(ctx.prev(place.start).map { FrenchCues.placePrepositions.contains(ctx.norm($0)) } ?? false) {
                drop.insert(i - 1)
                cands[i].start = place.start
            }
            let floor = i > 0 ? cands[i - 1].end : 0
            while let p = givenNameOrInitial(before: cands[i].start, ctx) ?? firstNameBeforeInitial(cands[i].start, ctx), p >= floor {
                cands[i].start = p
            }
        }
        cands = Self.removing(drop, from: cands)
    }

    /// "Jean-Paul II", "Louis XIV", "Université Bordeaux II": a person or body takes the regnal or ordinal number
    /// after it, and a number found alone there is dropped.
    func includeRegnalNumbers(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        func isNumber(_ k: Int) -> Bool {
            ctx.isWord(k) && PersonName.isRegnalNumber(ctx.doc.surface(start: ctx.tokens[k].start, end: ctx.tokens[k].end))
        }
        var drop = Set<Int>()
        for i in cands.indices where cands[i].label == .person || cands[i].label == .organization {
            guard let n = ctx.next(cands[i].end - 1), isNumber(n), i + 1 == cands.count || cands[i + 1].start >= n else { continue }
            if i + 1 < cands.count, cands[i + 1].start == n {
                guard cands[i + 1].end == n + 1 else { continue }
                drop.insert(i + 1)
            }
            cands[i].end = n + 1
        }
        cands = Self.removing(drop, from: cands)
    }

    /// The capitalised word before a middle initial or a known given name: "Wael" in "Wael B. Hallaq",
    /// "Corentin" in "selon Corentin Louis Kervran" (not opening a sentence: "Hier Louis …").
    func firstNameBeforeInitial(_ i: Int, _ ctx: DocumentContext) -> Int? {
        let initial = Self.isInitial(ctx.norm(i))
        guard initial || isGivenName(i, ctx), let p = ctx.prev(i), ctx.isWord(p), ctx.isCapitalized(p),
              !ctx.isCommonWord(p), initial || !ctx.isSentenceStart(p), !Self.isInitial(ctx.norm(p)),
              !FrenchCues.civilities.contains(ctx.norm(p)), !FrenchCues.roles.contains(ctx.norm(p)) else { return nil }
        // A given name takes no article: "le ministre de la Justice Alberto Ruiz-Gallardón".
        if let a = ctx.prev(p), Self.articlesAndDe.contains(ctx.norm(a)) { return nil }
        return p
    }

    /// "b.", "j.": one letter and a period ("m." is the civility).
    static func isInitial(_ norm: String) -> Bool {
        let scalars = norm.unicodeScalars
        guard scalars.count == 2, scalars.last == ".", let f = scalars.first else { return false }
        return f.properties.isAlphabetic && f != "m" && f != "M"
    }

    /// The initial or known given name written right before a person the lexicon knows by surname:
    /// "B. Obama", "Angela Merkel" (the mention is the whole name, as the gold and readers take it).
    /// "M." is the civility, not an initial.
    func givenNameOrInitial(before i: Int, _ ctx: DocumentContext) -> Int? {
        guard let p = ctx.prev(i), ctx.isWord(p), ctx.isCapitalized(p) else { return nil }
        let n = ctx.norm(p)
        if Self.isInitial(n) { return p }
        if !ctx.isCommonWord(p), isGivenName(n) { return p }
        return nil
    }
}
