import RecoupeCore

/// Sports teams: "les Rangers du Texas", "contre les Suns de Phoenix", "avec les Oilers d'Edmonton", "le Jazz
/// de l'Utah" name a club, not a place nor a person. WikiNEuRal's validation set has several hundred teams
/// among its organisation errors, read as places, persons, or not at all.
extension EntityRecognizer {
    /// A place (or a person of the tagger's) after "de"/"du"/"d'" whose name is preceded by a team word
    /// (``isTeamWord(_:_:_:)``) becomes, with that word, one organisation; so does a place that itself starts
    /// with such a word ("Rangers du Texas" labelled a place whole). A team neither found ("avec les Mariners
    /// de Seattle") is added. All rule `team`.
    func nameTeams(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        var absorbed: [Int] = []
        // The tagger also reads the place of a team as a person ("contre les Warriors de [Golden State]").
        for i in cands.indices where cands[i].label == .location || (cands[i].label == .person && cands[i].entry == nil && cands[i].modelConfidence != nil) {
            let c = cands[i]
            if c.end - c.start >= 3, c.entry == nil, isTeamWord(c.start, cands, ctx), let j = ctx.next(c.start), Self.teamJoiners.contains(ctx.norm(j)) {
                cands[i].label = .organization
                cands[i].rule = "team"
                cands[i].modelConfidence = nil
                continue
            }
            guard let p = Self.teamJoiner(before: c.start, ctx), let w = ctx.prev(p), isTeamWord(w, cands, ctx),
                  // The team word may be a one-word name of the tagger's ("les [Pistons] de [Détroit]"): it joins the team.
                  !cands.contains(where: { $0.start <= w && w < $0.end && !($0.start == w && $0.isOneWordFromTagger) }) else { continue }
            if let k = cands.firstIndex(where: { $0.start == w && $0.end == w + 1 }) { absorbed.append(k) }
            cands[i].start = w
            cands[i].label = .organization
            cands[i].rule = "team"
            cands[i].modelConfidence = nil
            cands[i].entry = nil
            cands[i].kbId = ""
            cands[i].canonical = ""
        }
        for k in absorbed.sorted(by: >) { cands.remove(at: k) }
        cands += unseenTeams(cands, ctx)
    }

    /// Teams no candidate touches: a team word, a joiner, then capitalised words ("les Mariners de Seattle",
    /// "des Diamondbacks de l'Arizona").
    func unseenTeams(_ cands: [Candidate], _ ctx: DocumentContext) -> [Candidate] {
        var out: [Candidate] = []
        // Asking every candidate for every capitalised word was quadratic (a 256 kB text of names and "de": 1.1
        // of its 1.9 s); the candidates' token ranges are asked in O(log n).
        let taken = TakenSpans(cands.map { $0.start..<$0.end })
        for w in ctx.tokens.indices where ctx.isCapitalized(w) {
            // Every joiner starts with "d": a byte test turns away most words before the set is hashed.
            guard let j = ctx.next(w), ctx.norm(j).utf8.first == UInt8(ascii: "d"), Self.teamJoiners.contains(ctx.norm(j)) else { continue }
            var k = j
            if ctx.norm(j) == "de", let a = ctx.next(j), ["la", "l'", "l’"].contains(ctx.norm(a)) { k = a }
            guard var last = ctx.next(k), ctx.isWord(last), ctx.isCapitalized(last) else { continue }
            // "des Nets de Brooklyn Reggie Evans": a given name starts the next name.
            while let n = ctx.next(last), ctx.isWord(n), ctx.isCapitalized(n), !isGivenName(n, ctx) { last = n }
            guard !taken.overlaps(w..<last + 1), isTeamWord(w, cands, ctx) else { continue }
            out.append(Candidate(start: w, end: last + 1, label: .organization, entry: nil, rule: "team", confidence: 0.7))
        }
        return out
    }

    /// A capitalised word that names a club before "de"/"du"/"d'": plural after "les"/"aux"/"des" ("les
    /// Rangers", "les Canadiens": not a place noun, but inhabitants may name a club), or after "le"/"l'"/"au"/
    /// "du" ("le Jazz"; not a race: "le Tour"); only in a sentence about sport
    /// (Lexicons/cues/fr/team-context-words.txt), so "partis des Sables d'Olonne" stays a place; not inside a
    /// lexicon name.
    func isTeamWord(_ w: Int, _ cands: [Candidate], _ ctx: DocumentContext) -> Bool {
        // A capitalised article belongs to a title ("« Les Aventures de Tintin »").
        guard ctx.isWord(w), ctx.isCapitalized(w), !ctx.isSentenceStart(w), let d = ctx.prev(w), !ctx.isCapitalized(d) else { return false }
        let article = ctx.norm(d)
        let plural = Self.pluralTeamArticles.contains(article), singular = Self.singularTeamArticles.contains(article)
        guard plural || singular else { return false }
        let n = ctx.norm(w)
        // Word checks first, the sentence scan and the candidate search last (rarely reached).
        return (singular || n.hasSuffix("s") || n.hasSuffix("x")) && n.count > 3
            && !FrenchCues.sportEventHeads.contains(n) && !FrenchCues.placeNouns.contains(n) && Self.aboutSport(w, ctx) && !cands.contains { $0.entry != nil && $0.start <= w && w < $0.end }
    }

    /// A sport word within 60 tokens before `w` or 60 after.
    static func aboutSport(_ w: Int, _ ctx: DocumentContext) -> Bool {
        var i = w
        for _ in 0..<60 { guard let p = ctx.prev(i) else { break }; i = p }
        for _ in 0..<120 {
            if FrenchCues.teamContextWords.contains(ctx.norm(i)) { return true }
            guard let n = ctx.next(i) else { break }
            i = n
        }
        return false
    }

    /// The "de"/"du"/"d'" before a team's place `s`, "de la"/"de l'" read as one ("des Diamondbacks de l'Arizona").
    static func teamJoiner(before s: Int, _ ctx: DocumentContext) -> Int? {
        guard var p = ctx.prev(s) else { return nil }
        if ["la", "l'", "l’"].contains(ctx.norm(p)), let q = ctx.prev(p), ctx.norm(q) == "de" { p = q }
        return teamJoiners.contains(ctx.norm(p)) ? p : nil
    }

    static let teamJoiners: Set<String> = ["de", "du", "d'", "d’"]
    static let pluralTeamArticles: Set<String> = ["les", "aux", "des"]
    static let singularTeamArticles: Set<String> = ["le", "l'", "l’", "au", "du"]
}
