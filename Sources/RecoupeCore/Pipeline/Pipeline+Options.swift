import RecoupeICU
extension Pipeline {
    /// Options shared by every command that annotates.
    public struct Options: Sendable {
        /// Language when known ("fr"); nil to detect.
        public var language: String?
        /// Extra lexicon files (`--lexicon`), later ones overriding earlier ids.
        public var lexicons: [String]
        /// The folder with Recoupe's shipped lexicons.
        public var lexiconDirectory: String?
        /// Who finds names: rules, the tagger, or both (the default; rules alone when no model file ships).
        public var ner: NERMode

        public init(language: String? = nil, lexicons: [String] = [], lexiconDirectory: String? = nil, ner: NERMode = .hybrid) {
            self.language = language
            self.lexicons = lexicons
            self.lexiconDirectory = lexiconDirectory
            self.ner = ner
        }
    }
}
