/// Which recognizer finds names (`recoupe annotate --ner`).
public enum NERMode: String, Sendable, CaseIterable {
    /// Lexicons and hand-written cues only (Recoupe before the tagger).
    case rules
    /// The statistical tagger alone (its features still see the lexicons and cues); linking runs on its mentions.
    case model
    /// Lexicon matches and precise cues stay; the tagger decides boundaries and labels elsewhere (the default).
    case hybrid
}
