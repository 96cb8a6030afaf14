import RecoupeICU
/// A paragraph whose language differs from the document's (`languages` in JSON): a Russian
/// quotation paragraph in a French article, an English abstract.
public struct LanguageSpan: TextSpan, Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// BCP 47 code ("ru").
    public var language: String
    /// See `LanguageGuess.confidence`.
    public var confidence: Double

    public init(start: Int, end: Int, language: String, confidence: Double) {
        self.start = start
        self.end = end
        self.language = language
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey { case start, end, language, confidence }
}
