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

        enum CodingKeys: String, CodingKey { case start, end, text, lemma }
    }

    /// A stretch of the quoted words: the content without its marks and without an incise
    /// ("« Moi, dit-il, j'ai … »" has two), or one per paragraph of a multi-paragraph quotation.
    public struct Segment: Codable, Hashable, Sendable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }

        enum CodingKeys: String, CodingKey { case start, end }
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
    /// The content spans in text order (one quotation per utterance: an incise or a paragraph
    /// break inside it separates segments, never quotations). One segment when nothing interrupts it.
    public var segments: [Segment]
    /// The evidence the kind was decided on ("cue after", "que before", "title", "scare quote", …).
    public var rule: String?

    public init(start: Int, end: Int, contentStart: Int, contentEnd: Int, kind: Kind,
                speaker: Speaker? = nil, cue: Cue? = nil, confidence: Double, segments: [Segment]? = nil, rule: String? = nil) {
        self.start = start
        self.end = end
        self.contentStart = contentStart
        self.contentEnd = contentEnd
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.confidence = confidence
        self.segments = segments ?? [Segment(start: contentStart, end: contentEnd)]
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case start, end, contentStart = "content_start", contentEnd = "content_end", kind, speaker, cue, confidence, segments, rule
    }

    /// Output of versions before `segments` and `rule` reads as one segment, the content.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let contentStart = try c.decode(Int.self, forKey: .contentStart)
        let contentEnd = try c.decode(Int.self, forKey: .contentEnd)
        self.init(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
                  contentStart: contentStart, contentEnd: contentEnd, kind: try c.decode(Kind.self, forKey: .kind),
                  speaker: try c.decodeIfPresent(Speaker.self, forKey: .speaker), cue: try c.decodeIfPresent(Cue.self, forKey: .cue),
                  confidence: try c.decode(Double.self, forKey: .confidence),
                  segments: try c.decodeIfPresent([Segment].self, forKey: .segments),
                  rule: try c.decodeIfPresent(String.self, forKey: .rule))
    }
}
