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

    /// A person of the tagger's after a place noun and "de" ("la ville côtière de Gangneung", "les communes de
    /// Dixinn", "l'île de Marinduque": `Lexicons/cues/fr/place-nouns.txt`, singular or plural, one adjective
    /// between) is a place (rule `place-noun`), as the rules read it. Names of the lexicon keep their type.
    func relabelPersonsAfterPlaceNoun(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        for i in cands.indices where cands[i].label == .person && cands[i].entry == nil && cands[i].modelConfidence != nil {
            guard let de = ctx.prev(cands[i].start), ["de", "d'", "d’"].contains(ctx.norm(de)), var noun = ctx.prev(de), !ctx.isCapitalized(noun) else { continue }
            if !Self.isPlaceNoun(ctx.norm(noun)), let p = ctx.prev(noun), !ctx.isCapitalized(p) { noun = p }
            guard Self.isPlaceNoun(ctx.norm(noun)) else { continue }
            cands[i].label = .location
            cands[i].rule = "place-noun"
            cands[i].modelConfidence = nil
        }
    }

    /// A place noun, or its plural ("communes", "quartiers").
    static func isPlaceNoun(_ norm: String) -> Bool {
        FrenchCues.placeNouns.contains(norm) || norm.hasSuffix("s") && FrenchCues.placeNouns.contains(String(norm.dropLast()))
    }
}
