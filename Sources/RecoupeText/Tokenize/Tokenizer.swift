import RecoupeCore
import RecoupeICU
/// French tokenizer: ICU's word BreakIterator plus the French rules ICU lacks.
///
/// ICU (locale `fr`) gives word boundaries and rule statuses. On top of them, in one pass over
/// UTF-16 code units:
/// - white space never ends up inside a word (ICU 72 glues U+202F, ExtendNumLet, into words);
/// - elision is split: `L’ambassadeur` → `L’` + `ambassadeur`, `jusqu’à` → `jusqu’` + `à`,
///   while `aujourd’hui` and `presqu’île` stay whole;
/// - hyphenated compounds are kept whole (`peut-être`, `Saint-Pétersbourg`) and inversions
///   split as spaCy does (`a-t-il` → `a` + `-t-il`, `dit-elle` → `dit` + `-elle`);
/// - digit groups separated by a space, NBSP or NNBSP are one number (`1 500`);
/// - abbreviations keep their period (`M.`, `J.-C.`, `U.S.`), initials too (`A. Dartchiev`);
/// - URLs, e-mail addresses, @handles and #hashtags are single tokens;
/// - a missing space after a sentence (`proche.Les`) is split.
///
/// The rules follow `doc.source.language` (`LanguageRules`): elision and inversions are French
/// only; English splits contractions and possessives (`do` + `n't`, `Russia` + `'s`); Russian
/// and Ukrainian keep their own abbreviations (`г.`, `т.е.`) and hyphenated particles (`кто-то`).
///
/// The tokenizer fills spans, kinds and shapes; `TokenNormalizer` fills `norm`.
/// Cost: linear in the text; one ICU pass plus one Swift pass, no per-token allocation.
public final class Tokenizer: Stage {
    public let name = "tokenize"
    public let requires: [Layer] = [.text]
    public let produces: [Layer] = [.tokens]

    private let wordBreak: BreakIterator

    public init(locale: String = "fr") throws {
        wordBreak = try BreakIterator(.word, locale: locale)
    }

    public func run(_ document: inout Document) throws {
        let u = UTF16Transcoding.codeUnits(document.text)
        // Paragraphs in another language (a Russian quotation in a French article) get their rules.
        document.tokens = u.isEmpty ? [] : makeTokens(try pieces(u, LanguageRules.of(document.source.language), regions: Self.regions(of: document)), u)
    }

    /// A token under construction, in UTF-16 offsets (stored in 32 bits: a huge document holds
    /// two or three arrays of pieces at once while its rules run; 12 bytes each, not 24).
    struct Piece {
        private var start32: Int32
        private var end32: Int32
        var kind: Token.Kind
        var shape: Token.Shape

        init(start: Int, end: Int, kind: Token.Kind, shape: Token.Shape = []) {
            start32 = Int32(start); end32 = Int32(end); self.kind = kind; self.shape = shape
        }

        var start: Int {
            @inline(__always) get { Int(start32) }
            @inline(__always) set { start32 = Int32(newValue) }
        }
        var end: Int {
            @inline(__always) get { Int(end32) }
            @inline(__always) set { end32 = Int32(newValue) }
        }
    }

    /// Tokens of `text` under the rules of `language` (see `LanguageRules`).
    public func tokenize(_ text: String, language: String = "fr") throws -> [Token] {
        let u = UTF16Transcoding.codeUnits(text)
        if u.isEmpty { return [] }
        let pieces = try pieces(u, LanguageRules.of(language))
        return makeTokens(pieces, u)
    }

    func pieces(_ u: [UInt16], _ rules: LanguageRules = .french, regions: [RuleRegion] = []) throws -> [Piece] {
        let protected = ProtectedSpans.find(in: u)
        var raw: [Piece] = []
        try u.withUnsafeBufferPointer { units in
            // The iterator's own buffers: no boundary arrays allocated per document.
            try wordBreak.withBoundaries(units) { offsets, statuses in
                raw.reserveCapacity(offsets.count)
                var p = 0  // next protected span
                var cursor = 0  // everything before it is emitted
                for i in 1..<offsets.count {
                    var s = max(Int(offsets[i - 1]), cursor)
                    let e = Int(offsets[i])
                    let status = Int(statuses[i])
                    // A URL, address or handle overrides ICU's boundaries inside it.
                    while s < e, p < protected.count, protected[p].start < e {
                        let span = protected[p]
                        if s < span.start { splitSpaces(units, s, span.start, status, into: &raw) }
                        raw.append(Piece(start: span.start, end: span.end, kind: span.kind))
                        cursor = span.end
                        s = span.end
                        p += 1
                    }
                    if s < e { splitSpaces(units, s, e, status, into: &raw) }
                    cursor = max(cursor, e)
                }
            }
        }
        // Interrupted (SIGTERM, see `Cancellation`): stop between the passes of a huge document.
        try Cancellation.check()
        // The rules read code units through an unchecked buffer (they index it per character).
        var out = u.withUnsafeBufferPointer { applyLanguageRules(raw, $0, rules, regions: regions) }
        try Cancellation.check()
        markShapes(&out, u)
        try Cancellation.check()
        return out
    }

    /// Splits an ICU segment at white space and classifies the parts.
    @inline(__always)
    private func splitSpaces(_ u: UnsafeBufferPointer<UInt16>, _ s: Int, _ e: Int, _ status: Int, into out: inout [Piece]) {
        var a = s
        while a < e {
            let space = CharacterClass.isSpace(u[a])
            var b = a + 1
            while b < e, CharacterClass.isSpace(u[b]) == space { b += 1 }
            if space {
                if let last = out.last, last.kind == .space, last.end == a {
                    out[out.count - 1].end = b  // one run of white space, whatever ICU made of it
                } else {
                    out.append(Piece(start: a, end: b, kind: .space))
                }
            } else {
                out.append(Piece(start: a, end: b, kind: classify(u, a, b, status)))
            }
            a = b
        }
    }

    @inline(__always)
    private func classify(_ u: UnsafeBufferPointer<UInt16>, _ s: Int, _ e: Int, _ status: Int) -> Token.Kind {
        if WordBreakStatus.letter.contains(status) || WordBreakStatus.kana.contains(status) || WordBreakStatus.ideo.contains(status) {
            return .word
        }
        if WordBreakStatus.number.contains(status) { return .number }
        let c = u[s]
        if CharacterClass.isLetter(c) { return .word }
        if CharacterClass.isASCIIDigit(c) { return .number }
        guard let scalar = Unicode.Scalar(c) else { return .symbol }  // surrogate pair: emoji and the like
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punct
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark:
            return .word
        case .decimalNumber, .letterNumber, .otherNumber:
            return .number
        default:
            return .symbol
        }
    }
}
