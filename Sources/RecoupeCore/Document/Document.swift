import RecoupeICU
/// An annotated document: one text, never rewritten, and layers of spans over it.
///
/// Modelled on spaCy's `Doc`: `text` is the decoded input exactly (only a BOM is stripped);
/// every layer holds code-point offsets into it, and normalized forms are token attributes.
///
/// ```swift
/// var doc = Document(id: "a", text: "L’ambassadeur est arrivé.")
/// try Pipeline.standard().run(&doc)
/// doc.surface(of: doc.tokens[0])   // "L’"
/// ```
///
/// Cost: `scalars` keeps the text as an array of code points (4 bytes each) so slicing by
/// offset is O(1).
public struct Document: Sendable {
    public var id: String
    public var source: DocumentSource
    /// The decoded source text.
    public let text: String
    /// `text` as code points, for O(1) slicing by offset.
    public let scalars: [Unicode.Scalar]

    public var tokens: [Token] = []
    /// Sentence spans (`sents` in JSON).
    public var sentences: [Span] = []
    /// Paragraph spans (text between blank-line or newline separators, trimmed).
    public var paragraphs: [Span] = []
    /// Paragraphs in another language than `source.language` (`languages` in JSON).
    public var languages: [LanguageSpan] = []
    /// Entity mentions (`ents` in JSON).
    public var mentions: [EntityMention] = []
    /// Each entity once, with its mentions (`entities` in JSON).
    public var entities: [Entity] = []
    /// Date expressions.
    public var dates: [DateMention] = []
    /// Quotations (`quotes` in JSON).
    public var quotes: [Quote] = []
    public var warnings: [DocumentWarning] = []
    /// Layers the pipeline has produced, in order.
    public var layers: [Layer] = []

    public init(id: String, text: String, source: DocumentSource = DocumentSource()) {
        self.id = id
        self.text = text
        self.scalars = Self.decodeScalars(text)
        self.source = source
    }

    /// `Array(text.unicodeScalars)`, decoded straight from the native UTF-8 (the generic path
    /// counts, then copies, a scalar at a time). Swift strings hold valid UTF-8.
    static func decodeScalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            let n = utf8.count
            return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
                var i = 0, o = 0
                while i < n {
                    let v = UTF8Coding.decode(utf8, at: &i)
                    out[o] = unsafeBitCast(v, to: Unicode.Scalar.self)  // valid: decoded from valid UTF-8
                    o += 1
                }
                count = o
            }
        }
    }

    /// The text a span covers.
    public func surface(of span: some TextSpan) -> String {
        surface(start: span.start, end: span.end)
    }

    public func surface(start: Int, end: Int) -> String {
        precondition(0 <= start && start <= end && end <= scalars.count, "span \(start)..<\(end) outside text of \(scalars.count)")
        // Encodes the code points straight into the string's storage: `UnicodeScalarView.append`
        // went through a generic slow path and cost a quarter of entity recognition.
        var byteCount = 0
        for i in start..<end { byteCount += UTF8.width(scalars[i]) }
        return scalars.withUnsafeBufferPointer { buffer in
            String(unsafeUninitializedCapacity: byteCount) { out in
                var n = 0
                for i in start..<end {
                    n += UTF8Coding.encode(buffer[i].value, into: out, at: n)
                }
                return n
            }
        }
    }

    /// Number of code points in `text`.
    public var length: Int { scalars.count }
}
