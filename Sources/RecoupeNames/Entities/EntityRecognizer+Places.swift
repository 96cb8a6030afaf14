import RecoupeCore

extension EntityRecognizer {
    /// A person of the tagger's right after a lower-case noun of a natural feature ("le fleuve Dniepr",
    /// "la rivière Oskil", "le volcan Sakurajima": `Lexicons/cues/fr/geographic-heads.txt`) is a place (rule
    /// `geographic-head`). Names of the lexicon keep their type.
    func relabelPersonsAfterGeographicHead(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        for i in cands.indices where cands[i].label == .person && cands[i].entry == nil && cands[i].modelConfidence != nil {
            guard let p = ctx.prev(cands[i].start), !ctx.isCapitalized(p), FrenchCues.geographicHeads.contains(ctx.norm(p)) else { continue }
            cands[i].label = .location
            cands[i].rule = "geographic-head"
            cands[i].modelConfidence = nil
        }
    }
}
