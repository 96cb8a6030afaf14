import RecoupeICU
/// Where a document came from and how its bytes were read.
public struct DocumentSource: Codable, Hashable, Sendable {
    /// The input path as given (nil for stdin and JSON Lines input).
    public var path: String?
    /// Size of the raw input in bytes.
    public var byteCount: Int
    /// SHA-256 of the raw bytes, lower-case hex (what resume and the registry key on).
    public var sha256: String
    /// The encoding the bytes were decoded from ("UTF-8", "UTF-16LE", "windows-1252" …).
    public var encoding: String
    /// Whether a byte order mark was present (and stripped).
    public var hadBOM: Bool
    /// "LF", "CRLF", "CR", "mixed" or "none" (the text keeps them as they were).
    public var lineEndings: String
    /// Invalid byte sequences replaced by U+FFFD while decoding.
    public var replacements: Int
    /// The document language (BCP 47, e.g. "fr"), detected or given.
    public var language: String
    /// The publication date (ISO 8601) when metadata gave one.
    public var date: String?
    /// The outlet or feed name when metadata gave one.
    public var outlet: String?
    /// Headline, address and byline, when the article's front matter gave them.
    public var title: String?
    public var url: String?
    public var author: String?

    public init(path: String? = nil, byteCount: Int = 0, sha256: String = "", encoding: String = "UTF-8",
                hadBOM: Bool = false, lineEndings: String = "none", replacements: Int = 0, language: String = "fr", date: String? = nil, outlet: String? = nil) {
        self.path = path
        self.byteCount = byteCount
        self.sha256 = sha256
        self.encoding = encoding
        self.hadBOM = hadBOM
        self.lineEndings = lineEndings
        self.replacements = replacements
        self.language = language
        self.date = date
        self.outlet = outlet
    }

    enum CodingKeys: String, CodingKey {
        case path, byteCount = "bytes", sha256, encoding, hadBOM = "bom", lineEndings = "line_endings", replacements, language, date, outlet, title, url, author
    }
}

/// Something a stage noticed that a user should know (replacement characters, unbalanced quotes).
public struct DocumentWarning: Codable, Hashable, Sendable {
    /// The stage that raised it ("ingest", "quotes" …).
    public var stage: String
    /// A stable machine-readable code ("invalid-utf8", "unbalanced-quote" …).
    public var code: String
    public var message: String
    /// Where in the text, when it has a place.
    public var start: Int?
    public var end: Int?

    public init(stage: String, code: String, message: String, start: Int? = nil, end: Int? = nil) {
        self.stage = stage
        self.code = code
        self.message = message
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey { case stage, code, message, start, end }
}
