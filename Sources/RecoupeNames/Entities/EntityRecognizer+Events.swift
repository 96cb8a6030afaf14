import RecoupeCore

extension EntityRecognizer {
    /// "la guerre de Corée", "la bataille de Verdun", "le traité de Versailles", "le festival interceltique de
    /// Lorient", "la guerre du Golfe": a place of the tagger's or the lexicon's after a lower-case event noun (one
    /// lower-case qualifier may follow it) and "de", "d'", "du", "des" or "de la" names, with that noun, an event
    /// (MISC, rule `event`), not the place. An organisation named from a capitalised event noun ("le Festival
    /// d'Avignon") is the event too: the news gold and WikiNEuRal write festivals as MISC.
    func nameEvents(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        var absorbed = Set<Int>()
        for i in cands.indices {
            if cands[i].label == .organization, cands[i].entry == nil, ctx.isCapitalized(cands[i].start),
               FrenchCues.eventHeads.contains(ctx.norm(cands[i].start)) {
                (cands[i].label, cands[i].rule, cands[i].modelConfidence) = (.misc, "event", nil)
                continue
            }
            guard cands[i].label == .location else { continue }
            if let (start, before) = sportEvent(endingWith: i, cands, ctx) {
                if let b = before { absorbed.insert(b) }
                cands[i] = Candidate(start: start, end: cands[i].end, label: .misc, entry: nil, rule: "event", confidence: 0.7)
                continue
            }
            guard var de = ctx.prev(cands[i].start) else { continue }
            // "la guerre du Viêt Nam", "la guerre d'indépendance des États-Unis", "le massacre de la Saint-Barthélemy".
            if ["la", "l'", "l’"].contains(ctx.norm(de)), let d = ctx.prev(de), ctx.norm(d) == "de" { de = d }
            guard Self.eventLinks.contains(ctx.norm(de)),
                  var head = ctx.prev(de), ctx.isWord(head), !ctx.isCapitalized(head) else { continue }
            if !FrenchCues.eventHeads.contains(ctx.norm(head)), let h = ctx.prev(head), ctx.isWord(h), !ctx.isCapitalized(h) { head = h }
            guard FrenchCues.eventHeads.contains(ctx.norm(head)), i == 0 || cands[i - 1].end <= head else { continue }
            cands[i] = Candidate(start: head, end: cands[i].end, label: .misc, entry: nil, rule: "event", confidence: 0.7)
        }
        cands = Self.removing(absorbed, from: cands)
    }

    /// "le Tour de l'Aude", "la Coupe d'Asie", "le Grand Prix de Monaco", "les Six jours de Grenoble": a race or a cup
    /// named after the place `cands[i]`, its head capitalised or after "Grand", "Petit", "Six"; not "circuit", a place.
    /// Returns where the event starts, and the candidate before that the event absorbs (the tagger's "[Grand Prix] de
    /// Monaco").
    private func sportEvent(endingWith i: Int, _ cands: [Candidate], _ ctx: DocumentContext) -> (start: Int, absorbs: Int?)? {
        guard var de = ctx.prev(cands[i].start) else { return nil }
        // "de l'Aude", "de la Manche": the article after "de" is the place's.
        if ["l'", "l’", "la"].contains(ctx.norm(de)), let d = ctx.prev(de) { de = d }
        guard Self.headLinks.contains(ctx.norm(de)), let head = ctx.prev(de), ctx.isWord(head),
              FrenchCues.sportEventHeads.contains(ctx.norm(head)), ctx.norm(head) != "circuit" else { return nil }
        var start = head
        if let h = ctx.prev(head), ctx.isWord(h), ctx.isCapitalized(h), ["grand", "petit", "six"].contains(ctx.norm(h)) { start = h }
        guard ctx.isCapitalized(start) else { return nil }
        if i == 0 || cands[i - 1].end <= start { return (start, nil) }
        return cands[i - 1].start >= start && cands[i - 1].end <= de ? (start, i - 1) : nil
    }
}
