import RecoupeCore

extension EntityRecognizer {
    /// A person of the tagger's right after a lower-case noun of a natural feature ("le fleuve Dniepr", "la rivière
    /// Oskil", or with "de": "la baie d'Hudson", "le détroit de Béring"; `Lexicons/cues/fr/geographic-heads.txt`,
    /// singular or plural) is a place (rule `geographic-head`); so is one after a place noun and "de" ("la ville
    /// côtière de Gangneung", "les communes de Dixinn": `Lexicons/cues/fr/place-nouns.txt`, singular or plural, one
    /// adjective between; rule `place-noun`, as the rules read it). Names of the lexicon keep their type.
    func relabelPersonsAfterPlaceWords(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        relabelTaggerNames(&cands, as: .location) { c in
            guard let p = ctx.prev(c.start), !ctx.isCapitalized(p) else { return nil }
            if Self.isGeographicHead(ctx.norm(p)) { return "geographic-head" }
            guard Self.deForms.contains(ctx.norm(p)), var noun = ctx.prev(p), !ctx.isCapitalized(noun) else { return nil }
            if Self.isGeographicHead(ctx.norm(noun)) { return "geographic-head" }
            if !Self.isPlaceNoun(ctx.norm(noun)), let a = ctx.prev(noun), !ctx.isCapitalized(a) { noun = a }
            return Self.isPlaceNoun(ctx.norm(noun)) ? "place-noun" : nil
        }
    }

    /// A person of the tagger's of two or more words that an English noun of places closes ("Central Park", "Phillip
    /// Island", "le Yankee Stadium") or opens ("Mount Vernon", "Port Moresby", "Fort Worth", "Cape Town":
    /// `Lexicons/cues/en/place-heads.txt`, `place-openers.txt`) is a place (rule `place-head`),
    /// unless its first word is a given name ("Michael Bay", "Stuart Hall").
    func relabelPersonsNamedAsPlaces(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        relabelTaggerNames(&cands, as: .location) { c in
            guard c.end - c.start >= 2, !isGivenName(c.start, ctx) else { return nil }
            let first = ctx.norm(c.start), last = ctx.norm(c.end - 1)
            return FrenchCues.englishPlaceHeads.contains(last) || FrenchCues.englishPlaceOpeners.contains(first) ? "place-head" : nil
        }
    }

    /// A place named after a lower-case noun of a natural feature holds that noun: "le lac Léman", "la mer
    /// Noire", "la baie d'Hudson", "le golfe de Gascogne" are places of two or more words, as the news gold and
    /// WikiNEuRal write them ("la ville de Lyon" stays "Lyon": a town is not named by its noun). The feature
    /// is another place than the name alone ("le détroit de Gibraltar"): a lexicon entry of the name no longer
    /// links it, linking keys it by its own words.
    func includeGeographicHeads(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        for i in cands.indices where cands[i].label == .location && !cands[i].isDeferred {
            // The tagger's "île de Sentosa" is Sentosa: a head that leaves its name alone (below) is left out.
            if !ctx.isCapitalized(cands[i].start), let de = ctx.next(cands[i].start), let name = ctx.next(de), name < cands[i].end,
               ctx.isCapitalized(name), Self.headLinks.contains(ctx.norm(de)), Self.isGeographicHead(ctx.norm(cands[i].start)),
               !Self.headJoinsName(ctx.norm(cands[i].start), through: ctx.norm(de)) {
                cands[i].start = name
                continue
            }
            guard var p = ctx.prev(cands[i].start) else { continue }
            // "à La Nouvelle-Orléans", "de La Rochelle": an article in capitals after a lower-case word is the
            // name's (after a quotation mark or a dateline's dash it opens a sentence: "« L'Italie a …").
            if ctx.isCapitalized(p), Self.articles.contains(ctx.norm(p)), let w = ctx.prev(p), ctx.isWord(w), !ctx.isCapitalized(w),
               !ctx.isHeadline(p), i == 0 || cands[i - 1].end <= p {
                cands[i].start = p
                continue
            }
            guard !ctx.isCapitalized(p) else { continue }
            if Self.headLinks.contains(ctx.norm(p)), let h = ctx.prev(p), !ctx.isCapitalized(h), Self.headJoinsName(ctx.norm(h), through: ctx.norm(p)) { p = h }
            guard Self.isGeographicHead(ctx.norm(p)), i == 0 || cands[i - 1].end <= p else { continue }
            cands[i].start = p
            if cands[i].entry != nil {
                (cands[i].entry, cands[i].kbId, cands[i].canonical, cands[i].rule) = (nil, "", "", "geographic-head")
            }
        }
    }

    /// A person or place right after a lower-case noun of a street or building, itself after an article or a number,
    /// is that place, and the place holds the noun (rule `building-head`): "au lycée Jean-Moulin", "le pont Mathilde",
    /// "le musée Rodin", "12 rue Victor Hugo" (`Lexicons/cues/fr/building-heads.txt`; "en place", "sur place" name
    /// nothing). A lexicon person no longer links it ("la rue Victor Hugo" is no mention of Hugo), nor does an earlier
    /// person whose surname the name is ("le pont Mathilde" after "Mathilde de Rouen").
    func nameBuildings(_ cands: inout [Candidate], _ deferred: inout [Candidate], _ ctx: DocumentContext) {
        func head(before c: Candidate) -> Int? {
            guard let p = ctx.prev(c.start), ctx.isWord(p), !ctx.isCapitalized(p), FrenchCues.buildingHeads.contains(ctx.norm(p)),
                  let a = ctx.prev(p), Self.articlesAndDe.contains(ctx.norm(a)) || ctx.tokens[a].kind == .number else { return nil }
            return p
        }
        func building(_ c: Candidate, from p: Int) -> Candidate {
            var b = c
            (b.start, b.label, b.entry, b.kbId, b.canonical, b.rule, b.modelConfidence, b.isDeferred) =
                (p, .location, nil, "", "", "building-head", nil, false)
            b.confidence = max(b.confidence, 0.7)
            return b
        }
        // Candidates are in text order: the noun is free when the one before ends before it.
        for i in cands.indices where cands[i].label == .person || cands[i].label == .location {
            if let p = head(before: cands[i]), i == 0 || cands[i - 1].end <= p { cands[i] = building(cands[i], from: p) }
        }
        // A deferred surname's noun must lie outside every candidate ("le ministère de la Culture" holds lower-case words).
        let heads = deferred.indices.compactMap { k in deferred[k].label == .person ? head(before: deferred[k]).map { (k, $0) } : nil }
        guard !heads.isEmpty else { return }
        let spans = TakenSpans(cands.map { $0.start..<$0.end })
        var moved = Set<Int>()
        for (k, p) in heads where !spans.overlaps(p..<(p + 1)) {
            cands.append(building(deferred[k], from: p))
            moved.insert(k)
        }
        deferred = Self.removing(moved, from: deferred)
        cands.sort { $0.start < $1.start }
    }

    /// Whether a feature's noun, `link` ("de", "d'", "du") and a name are one name: "le golfe de Gascogne", "l'île
    /// du Nord". "Les îles de Java" are Java's islands: a plural noun takes its name only without a link; so does an
    /// island's with "de" ("l'île de Kyūshū" is Kyūshū: WikiNEuRal writes the name alone 28 times in 35).
    static func headJoinsName(_ head: String, through link: String) -> Bool {
        FrenchCues.geographicHeads.contains(head) && !(islandHeads.contains(head) && deForms.contains(link))
    }

    static let articles: Set<String> = ["la", "le", "les", "l'", "l’"]
    /// Nouns of islands, which take their name alone after "de" (``headJoinsName(_:through:)``).
    static let islandHeads: Set<String> = ["île", "presqu'île", "presqu’île"]
    /// "de" and its elided forms.
    static let deForms: Set<String> = ["de", "d'", "d’"]
    /// "de", "d'", "du" between a head noun and its name.
    static let headLinks: Set<String> = deForms.union(["du"])
    /// "de", "d'", "du", "des" between an event's noun and its place (``nameEvents(_:_:)``).
    static let eventLinks: Set<String> = headLinks.union(["des"])
    /// A given name takes neither ("le ministre de la Justice Alberto …"): ``firstNameBeforeInitial(_:_:)``.
    static let articlesAndDe: Set<String> = articles.union(eventLinks).union(["au", "aux"])

    /// A place followed or preceded by capitalised organisation words, or a place of the tagger's that holds one,
    /// is the organisation named after it: "Toronto FC", "le Toulouse Football Club", "le VfB Stuttgart", "le SG
    /// Dynamo Dresde" (the tagger and the lexicon read the city, the tagger sometimes with "Football" but not
    /// "Club"; an organisation of those words alone before the city joins it).
    func relabelPlacesHoldingOrganisationWords(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        func isOrganizationWord(_ k: Int) -> Bool { ctx.isWord(k) && ctx.isCapitalized(k) && Self.isOrganizationWord(k, ctx) }
        var absorbed: Set<Int> = []
        for i in cands.indices where cands[i].label == .location && !cands[i].isDeferred && !absorbed.contains(i) {
            var start = cands[i].start
            if let p = ctx.prev(start), isOrganizationWord(p) {
                if i > 0, cands[i - 1].end > p {
                    // "SG Dynamo" read apart from "Dresde": an organisation that starts with such a word.
                    let before = cands[i - 1]
                    if before.label == .organization, before.entry == nil, isOrganizationWord(before.start), !absorbed.contains(i - 1) {
                        absorbed.insert(i - 1)
                        start = before.start
                    }
                } else {
                    start = p
                    while let q = ctx.prev(start), isOrganizationWord(q), i == 0 || cands[i - 1].end <= q { start = q }
                }
            }
            var end = cands[i].end
            while let n = ctx.next(end - 1), isOrganizationWord(n) {
                // A candidate of those words alone ("Club", "FC") is taken in; any other stops the name.
                if i + 1 < cands.count, cands[i + 1].start <= n {
                    let next = cands[i + 1]
                    guard next.start == n, next.entry == nil, (next.start..<next.end).allSatisfy({ !ctx.isWord($0) || isOrganizationWord($0) }) else { break }
                    absorbed.insert(i + 1)
                    end = next.end
                } else {
                    end = n + 1
                }
            }
            let extended = end > cands[i].end || start < cands[i].start
            guard extended || cands[i].entry == nil && cands[i].modelConfidence != nil && cands[i].end - cands[i].start >= 2
                    && Self.holdsOrganizationWord((cands[i].start..<cands[i].end).filter { ctx.isWord($0) }, ctx) else { continue }
            (cands[i].start, cands[i].end) = (start, end)
            cands[i].label = .organization
            (cands[i].entry, cands[i].kbId, cands[i].canonical, cands[i].rule, cands[i].modelConfidence) = (nil, "", "", "org-word", nil)
        }
        cands = Self.removing(absorbed, from: cands)
    }

    /// A person of the tagger's after a participle of publishing or making and "par" ("développé par Namco", "édité
    /// par Days of Wonder": `Lexicons/cues/fr/company-participles.txt`) is a company (rule `company-agent`), unless
    /// it opens with a given name ("développé par John Carmack").
    func relabelPersonsAfterCompanyVerbs(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        relabelTaggerNames(&cands, as: .organization) { c in
            guard let par = ctx.prev(c.start), ctx.norm(par) == "par", let verb = ctx.prev(par),
                  FrenchCues.companyParticiples.contains(ctx.norm(verb)), !isGivenName(c.start, ctx) else { return nil }
            return "company-agent"
        }
    }

    /// A person of the tagger's of two words or more that holds a company, club or media word is that body:
    /// "Air Algérie", "Vortex Airlines", "Kraftwerk Union" (rule `org-word`, as the rules read such a run); not
    /// when a given name opens it ("Gabrielle Union").
    func relabelPersonsHoldingOrganisationWords(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        relabelTaggerNames(&cands, as: .organization) { c in
            let words = (c.start..<c.end).filter { ctx.isWord($0) }
            guard words.count >= 2, !isGivenName(c.start, ctx) else { return nil }
            return Self.holdsOrganizationWord(words, ctx) ? "org-word" : nil
        }
    }

    /// A place of the tagger's of two words or more that opens with a given name and holds no place, organisation or
    /// English place word is a person ("face à Victoria Azarenka", "remplaçant Ciro Ferrara": the tagger reads
    /// names after "à", "face à" as places; rule `given-name`).
    func relabelPlacesNamedAsPersons(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        relabelTaggerNames(&cands, from: .location, as: .person) { c in
            let words = (c.start..<c.end).filter { ctx.isWord($0) }
            guard words.count >= 2, isGivenName(c.start, ctx), words.allSatisfy({ ctx.isCapitalized($0) }) else { return nil }
            let last = ctx.norm(c.end - 1)
            guard !FrenchCues.englishPlaceHeads.contains(last), !Self.holdsOrganizationWord(words, ctx),
                  !words.contains(where: { Self.isGeographicHead(ctx.norm($0)) || Self.isPlaceNoun(ctx.norm($0)) }) else { return nil }
            return "given-name"
        }
    }

    /// "le Club", "le Football": an organisation word alone is no name, though the tagger reads one (an all-capital
    /// one is: "FC").
    func dropLoneOrganisationWords(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        cands.removeAll { c in
            c.label == .organization && c.modelConfidence != nil && c.entry == nil && c.end - c.start == 1
                && !ctx.tokens[c.start].shape.contains(.allCaps) && FrenchCues.organizationWords.contains(ctx.norm(c.start))
        }
    }

    /// A place noun, or its plural ("communes", "quartiers").
    static func isPlaceNoun(_ norm: String) -> Bool { FrenchCues.contains(FrenchCues.placeNouns, singularOf: norm) }
    static func isGeographicHead(_ norm: String) -> Bool { FrenchCues.contains(FrenchCues.geographicHeads, singularOf: norm) }

    /// Gives `label` to each name of the tagger's of type `from` (persons unless said; no lexicon entry) for which
    /// `rule` names a rule; the candidate then counts as that rule's, not the tagger's.
    func relabelTaggerNames(_ cands: inout [Candidate], from: EntityMention.Label = .person, as label: EntityMention.Label,
                              rule: (Candidate) -> String?) {
        for i in cands.indices where cands[i].label == from && cands[i].entry == nil && cands[i].modelConfidence != nil {
            guard let name = rule(cands[i]) else { continue }
            cands[i].label = label
            cands[i].rule = name
            cands[i].modelConfidence = nil
        }
    }
}
