import RecoupeCore

extension EntityRecognizer {
    /// A person of the tagger's right after a lower-case noun of a natural feature ("le fleuve Dniepr",
    /// "la rivière Oskil", "le volcan Sakurajima": `Lexicons/cues/fr/geographic-heads.txt`) is a place (rule
    /// `geographic-head`); so is one after a place noun and "de" ("la ville côtière de Gangneung", "les
    /// communes de Dixinn": `Lexicons/cues/fr/place-nouns.txt`, singular or plural, one adjective between;
    /// rule `place-noun`, as the rules read it). Names of the lexicon keep their type.
    func relabelPersonsAfterPlaceWords(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        relabelTaggerPersons(&cands, as: .location) { c in
            guard let p = ctx.prev(c.start), !ctx.isCapitalized(p) else { return nil }
            if FrenchCues.geographicHeads.contains(ctx.norm(p)) { return "geographic-head" }
            guard ["de", "d'", "d’"].contains(ctx.norm(p)), var noun = ctx.prev(p), !ctx.isCapitalized(noun) else { return nil }
            if !Self.isPlaceNoun(ctx.norm(noun)), let a = ctx.prev(noun), !ctx.isCapitalized(a) { noun = a }
            return Self.isPlaceNoun(ctx.norm(noun)) ? "place-noun" : nil
        }
    }

    /// A place noun, or its plural ("communes", "quartiers").
    static func isPlaceNoun(_ norm: String) -> Bool { FrenchCues.contains(FrenchCues.placeNouns, singularOf: norm) }

    /// Gives `label` to each person of the tagger's (no lexicon entry) for which `rule` names a rule; the
    /// candidate then counts as that rule's, not the tagger's.
    func relabelTaggerPersons(_ cands: inout [Candidate], as label: EntityMention.Label, rule: (Candidate) -> String?) {
        for i in cands.indices where cands[i].label == .person && cands[i].entry == nil && cands[i].modelConfidence != nil {
            guard let name = rule(cands[i]) else { continue }
            cands[i].label = label
            cands[i].rule = name
            cands[i].modelConfidence = nil
        }
    }
}
