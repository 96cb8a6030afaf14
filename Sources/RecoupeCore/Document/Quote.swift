import RecoupeICU
/// A quotation with its speaker and the cue that attributes it.
public struct Quote: TextSpan, Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// Direct speech: a whole quoted utterance.
        case direct
        /// A few quoted words inside the writer's own sentence (« mesures initiales concrètes »).
        case partial
        /// Reported speech ("a déclaré que …"): the span is the content clause.
        case indirect
        /// Guillemets around a title, a coined term or scare quotes: not speech.
        case mention
    }

    /// Who issued a source document that speaks ("la déclaration" → "Le consulat russe").
    public struct Issuer: Codable, Hashable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var kbId: String?

        public init(start: Int, end: Int, text: String, kbId: String?) {
            self.start = start
            self.end = end
            self.text = text
            self.kbId = kbId
        }

        enum CodingKeys: String, CodingKey { case start, end, text, kbId = "kb_id" }
    }

    /// Who said it: a span of the text and, when resolved, the entity id.
    ///
    /// The span is where the text names the speaker: the subject of the cue, or, for a pronoun
    /// ("a-t-il ajouté"), the earlier phrase it stands for. When the speaker is a source document
    /// ("indique la déclaration"), `issuer` is who issued it where the text says so, and `kbId`
    /// is the issuer's entity.
    public struct Speaker: Codable, Hashable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var kbId: String?
        public var issuer: Issuer?

        public init(start: Int, end: Int, text: String, kbId: String?, issuer: Issuer? = nil) {
            self.start = start
            self.end = end
            self.text = text
            self.kbId = kbId
            self.issuer = issuer
        }

        enum CodingKeys: String, CodingKey { case start, end, text, kbId = "kb_id", issuer }
    }

    /// The verb of saying or the preposition ("selon", "d'après") that attributes the quote.
    public struct Cue: Codable, Hashable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        /// The lemma ("déclarer", "selon").
        public var lemma: String

        public init(start: Int, end: Int, text: String, lemma: String) {
            self.start = start
            self.end = end
            self.text = text
            self.lemma = lemma
        }
    }

    /// Including the marks.
    public var start: Int
    public var end: Int
    public var contentStart: Int
    public var contentEnd: Int
    public var kind: Kind
    public var speaker: Speaker?
    public var cue: Cue?
    public var confidence: Double

    public init(start: Int, end: Int, contentStart: Int, contentEnd: Int, kind: Kind,
                speaker: Speaker? = nil, cue: Cue? = nil, confidence: Double) {
        self.start = start
        self.end = end
        self.contentStart = contentStart
        self.contentEnd = contentEnd
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey {
        case start, end, contentStart = "content_start", contentEnd = "content_end", kind, speaker, cue, confidence
    }
}
