import RecoupeCore

extension EntityRecognizer {
    /// "la guerre de Corée", "la bataille de Verdun", "le traité de Versailles": a place of the tagger's or the
    /// lexicon's right after a lower-case event noun and "de"/"d'" names, with that noun, an event (MISC, rule
    /// `event`), not the place.
    func nameEvents(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        for i in cands.indices where cands[i].label == .location {
            guard let de = ctx.prev(cands[i].start), ["de", "d'", "d’"].contains(ctx.norm(de)), let head = ctx.prev(de),
                  !ctx.isCapitalized(head), FrenchCues.eventHeads.contains(ctx.norm(head)) else { continue }
            cands[i] = Candidate(start: head, end: cands[i].end, label: .misc, entry: nil, rule: "event", confidence: 0.7)
        }
    }
}
