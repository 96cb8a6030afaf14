import RecoupeICU
/// One token of a document: a span of the text plus what later stages match on.
///
/// Like spaCy, a single U+0020 after a token is its trailing whitespace and not a token; every
/// other run of white space (newlines, NBSP, NNBSP, several spaces) is a `.space` token, so the
/// tokens and those single spaces rebuild the text exactly.
public struct Token: TextSpan, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case word, number, punct, symbol, space, url, email, handle

        /// Every kind, in the order of `index` (for lookup tables).
        static let allInIndexOrder: [Kind] = [.word, .number, .punct, .symbol, .space, .url, .email, .handle]

        /// A dense index for lookup tables (the JSON writer's pre-encoded kinds).
        @inline(__always) var index: Int {
            switch self {
            case .word: 0
            case .number: 1
            case .punct: 2
            case .symbol: 3
            case .space: 4
            case .url: 5
            case .email: 6
            case .handle: 7
            }
        }
    }

    /// Shape flags of the surface form.
    public struct Shape: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// First letter upper case, the rest lower case ("Moscou").
        public static let titleCase = Shape(rawValue: 1 << 0)
        /// Every letter upper case, at least two letters ("TASS", "ONU").
        public static let allCaps = Shape(rawValue: 1 << 1)
        /// Contains a digit.
        public static let hasDigit = Shape(rawValue: 1 << 2)
        /// An elided form ending in an apostrophe ("l’", "qu’").
        public static let elision = Shape(rawValue: 1 << 3)
        /// Contains a hyphen ("peut-être", "Saint-Pétersbourg").
        public static let hyphenated = Shape(rawValue: 1 << 4)
        /// First token of a sentence (set by the sentence stage).
        public static let sentenceStart = Shape(rawValue: 1 << 5)
        /// Letters from more than one script ("Dаrchiev" with a Cyrillic а): flagged, see SpoofChecker.
        public static let mixedScript = Shape(rawValue: 1 << 6)
        /// Starts with an upper-case letter (title case, all caps or mixed like "McCain").
        public static let capitalized = Shape(rawValue: 1 << 7)

        public var names: [String] {
            var out: [String] = []
            if contains(.titleCase) { out.append("title") }
            if contains(.allCaps) { out.append("upper") }
            if contains(.capitalized) { out.append("capitalized") }
            if contains(.hasDigit) { out.append("digit") }
            if contains(.elision) { out.append("elision") }
            if contains(.hyphenated) { out.append("hyphen") }
            if contains(.sentenceStart) { out.append("sent_start") }
            if contains(.mixedScript) { out.append("mixed_script") }
            return out
        }

        public init(names: [String]) {
            var s: Shape = []
            for n in names {
                switch n {
                case "title": s.insert(.titleCase)
                case "upper": s.insert(.allCaps)
                case "capitalized": s.insert(.capitalized)
                case "digit": s.insert(.hasDigit)
                case "elision": s.insert(.elision)
                case "hyphen": s.insert(.hyphenated)
                case "sent_start": s.insert(.sentenceStart)
                case "mixed_script": s.insert(.mixedScript)
                default: break
                }
            }
            self = s
        }
    }

    /// Index of the token in `Document.tokens`.
    // Stored as 32-bit offsets, read and written as `Int`: a token takes 32 bytes instead of 56, and
    // a document's token array is its largest structure (issue 18, item 3). A document stays far
    // below 2^31 code points (`--max-mb`).
    private var id32: Int32
    private var start32: Int32
    private var end32: Int32
    public var kind: Kind
    public var shape: Shape
    /// The matching form: NFC, case-folded, typography unified (see `TokenNormalizer`).
    public var norm: String

    /// Index of the token in `Document.tokens`.
    public var id: Int {
        @inline(__always) get { Int(id32) }
        @inline(__always) set { id32 = Int32(newValue) }
    }
    public var start: Int {
        @inline(__always) get { Int(start32) }
        @inline(__always) set { start32 = Int32(newValue) }
    }
    public var end: Int {
        @inline(__always) get { Int(end32) }
        @inline(__always) set { end32 = Int32(newValue) }
    }

    public init(id: Int, start: Int, end: Int, kind: Kind, norm: String, shape: Shape = []) {
        self.id32 = Int32(id)
        self.start32 = Int32(start)
        self.end32 = Int32(end)
        self.kind = kind
        self.shape = shape
        self.norm = norm
    }

    public var isWordLike: Bool { kind == .word || kind == .number }
}
