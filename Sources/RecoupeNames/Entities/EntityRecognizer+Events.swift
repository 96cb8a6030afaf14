import RecoupeCore

extension EntityRecognizer {
    /// "la guerre de Corée", "la bataille de Verdun", "le traité de Versailles", "le festival interceltique de
    /// Lorient": a place of the tagger's or the lexicon's after a lower-case event noun (one lower-case
    /// qualifier may follow it) and "de"/"d'" names, with that noun, an event (MISC, rule `event`), not the
    /// place. An organisation named from a capitalised event noun ("le Festival d'Avignon") is the event too:
    /// the news gold and WikiNEuRal write festivals as MISC.
    func nameEvents(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        for i in cands.indices {
            if cands[i].label == .organization, cands[i].entry == nil, ctx.isCapitalized(cands[i].start),
               FrenchCues.eventHeads.contains(ctx.norm(cands[i].start)) {
                (cands[i].label, cands[i].rule, cands[i].modelConfidence) = (.misc, "event", nil)
                continue
            }
            guard cands[i].label == .location, let de = ctx.prev(cands[i].start), ["de", "d'", "d’"].contains(ctx.norm(de)),
                  var head = ctx.prev(de), ctx.isWord(head), !ctx.isCapitalized(head) else { continue }
            if !FrenchCues.eventHeads.contains(ctx.norm(head)), let h = ctx.prev(head), ctx.isWord(h), !ctx.isCapitalized(h) { head = h }
            guard FrenchCues.eventHeads.contains(ctx.norm(head)), i == 0 || cands[i - 1].end <= head else { continue }
            cands[i] = Candidate(start: head, end: cands[i].end, label: .misc, entry: nil, rule: "event", confidence: 0.7)
        }
    }
}
