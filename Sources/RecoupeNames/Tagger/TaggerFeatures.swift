import Foundation
import RecoupeCore
import RecoupeText
/// A word type as the tagger sees it: the token's norm and its shape flags (sentence start left out,
/// since it belongs to the position, not the word). Features of a type are computed once and cached.
struct TokenType: Hashable {
    var norm: String
    var shape: UInt8

    init(norm: String, shape: UInt8) {
        self.norm = norm
        self.shape = shape
    }

    init(_ token: Token) {
        norm = token.norm
        shape = token.shape.rawValue & ~Token.Shape.sentenceStart.rawValue
    }

    // Hashing and equality by UTF-8 bytes: norms come out of the normalizer in NFC, so equal
    // bytes are equal words, and String's own hashing normalises non-ASCII text on every look-up
    // (a large share of the tagger's time on accented French words).
    static func == (a: TokenType, b: TokenType) -> Bool {
        guard a.shape == b.shape else { return false }
        var x = a.norm, y = b.norm
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(shape)
        var n = norm
        n.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Pseudo-words before a sentence's first token and after its last.
    static let before = TokenType(norm: "\u{2}", shape: 0xFF)
    static let after = TokenType(norm: "\u{3}", shape: 0xFF)
}

/// What Recoupe's rules said about a token (a lexicon hit and its label, a civility, a title …),
/// given to the tagger as features so that it learns how far to trust each rule.
struct RuleTag: Equatable {
    /// Index in ``TaggerFeatures/ruleNames`` plus one; 0 when no rule covers the token.
    var rule: UInt8 = 0
    var label: UInt8 = 0
    /// BILU position of the token in the rule's span (``EntityTagSet/Kind``).
    var kind: UInt8 = 0
    static let none = RuleTag()
}

/// Sparse hashed features of the NER tagger (feature set ``version``).
///
/// A token's features split in two. The **type** part depends only on the words at offsets −2…+2
/// (norm, prefixes and suffixes 1–4, shape, word pattern, cue-list memberships: given name,
/// Cyrillic surname shape, civility, role, nationality, organisation head …); its score is a sum of
/// per-type vectors computed once per distinct word (``typeHashes(_:slot:)``). The **context** part
/// (``contextHashes(_:_:_:_:into:)``) depends on the document: position in the sentence, capitalised
/// here but written in lower case elsewhere, headline case, the rules' spans around the token, the
/// norm bigram and the capitalisation pattern of the neighbours; a handful of hashes per token.
///
/// Hashes are 64-bit; the model keeps their low `bits` bits as the row of its weight table.
struct TaggerFeatures {
    static let version = "recoupe-ner-features-1"
    /// Offsets of the window, slot `i` being offset `i - 2`.
    static let window = 5
    /// Rule names known to the features (others map to "other").
    static let ruleNames = ["gazetteer", "org-head", "civility", "org-word", "given-name", "title-cue", "apposition", "surname-shape",
                            "org-introducer", "place-preposition", "place-noun", "capitalized-sequence", "deferred", "acronym", "other"]

    let firstNames: Set<String>

    // MARK: Hashing

    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always) static func template(_ slot: Int, _ kind: Int) -> UInt64 { UInt64(slot) << 56 | UInt64(kind) << 40 }

    static func hash(_ template: UInt64, _ s: Substring.UnicodeScalarView) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for u in s { h = (h ^ UInt64(u.value)) &* 0x100_0000_01B3 }
        return mix(h ^ template)
    }

    @inline(__always) static func hash(_ template: UInt64, _ v: UInt64) -> UInt64 { mix(template ^ mix(v)) }

    // MARK: Type features

    /// Cue-list memberships of a norm, as bits.
    func cueBits(_ norm: String) -> UInt32 {
        let folded = DiacriticFolding.fold(norm)
        var bits = Self.listBits[norm] ?? 0
        if firstNames.contains(folded) { bits |= 1 << 0 }
        if FrenchCues.hasSurnameShape(folded) { bits |= 1 << 1 }
        if norm.unicodeScalars.first?.properties.isAlphabetic == true { bits |= 1 << 13 }
        if EntityRecognizer.isAdjectiveLike(norm) { bits |= 1 << 14 }
        return bits
    }

    /// Bits 2…12 of ``cueBits(_:)`` — memberships of the norm itself in the cue lists — in one
    /// table, so that a new word costs one look-up instead of eleven.
    static let listBits: [String: UInt32] = {
        let lists: [(bit: UInt32, words: Set<String>)] = [
            (2, FrenchCues.civilities), (3, FrenchCues.roles), (4, FrenchCues.nationalities),
            (5, FrenchCues.organizationHeads), (6, FrenchCues.organizationWords.union(FrenchCues.companyForms)), (7, FrenchCues.organizationIntroducers),
            (8, FrenchCues.notNames), (9, FrenchCues.placePrepositions), (10, FrenchCues.placeNouns),
            (11, EntityRecognizer.particles), (12, EntityRecognizer.portfolioWords),
        ]
        var table: [String: UInt32] = [:]
        for (bit, words) in lists { for w in words { table[w, default: 0] |= 1 << bit } }
        return table
    }()

    /// "Aa-Aa", "0.0", "a'": letters, digits and other characters with runs collapsed, case from the shape.
    static func pattern(_ t: TokenType) -> UInt64 {
        var h: UInt64 = UInt64(t.shape)
        var last: UInt32 = 0xFFFF_FFFF
        var n = 0
        for u in t.norm.unicodeScalars {
            let c: UInt32 = u.isAlphabeticFast ? 1 : u.isNumericFast ? 2 : u.value
            if c != last { h = h &* 31 &+ UInt64(c); last = c; n += 1 }
            if n > 8 { break }
        }
        return h
    }

    /// Feature hashes of type `t` seen from `slot` (offset `slot - 2`).
    func typeHashes(_ t: TokenType, slot: Int) -> [UInt64] {
        typeHashes(t, slot: slot, cues: t.shape == 0xFF ? 0 : cueBits(t.norm), pattern: t.shape == 0xFF ? 0 : Self.pattern(t))
    }

    /// ``typeHashes(_:slot:)`` with the type's ``cueBits(_:)`` and ``pattern(_:)`` computed once for
    /// the five slots (the cue lists and Unicode properties are the costly part of a new word).
    func typeHashes(_ t: TokenType, slot: Int, cues: UInt32, pattern: UInt64) -> [UInt64] {
        var out: [UInt64] = []
        typeHashes(t, slot: slot, cues: cues, pattern: pattern, scalars: Self.scalars(of: t), into: &out)
        return out
    }

    /// The norm's code points, in an array: prefixes and suffixes are slices of it (walking a
    /// String's scalar view to each offset cost more than the hashing).
    static func scalars(of t: TokenType) -> [UInt32] { t.norm.unicodeScalars.map(\.value) }

    /// ``typeHashes(_:slot:cues:pattern:)`` written into `out` (emptied first), with the norm's
    /// ``scalars(of:)`` decoded once by the caller for the five slots: decoding them and allocating
    /// two arrays per slot was half the cost of a new word's vectors.
    func typeHashes(_ t: TokenType, slot: Int, cues: UInt32, pattern: UInt64, scalars v: [UInt32], into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(24)
        out.append(Self.hash(Self.template(slot, 1), v[...]))
        out.append(Self.hash(Self.template(slot, 10), UInt64(t.shape)))
        if t.shape == 0xFF { return }
        for b in 0..<16 where cues & (1 << UInt32(b)) != 0 { out.append(Self.hash(Self.template(slot, 20 + b), 1)) }
        if slot == 0 || slot == 4 { return }
        let n = v.count
        out.append(Self.hash(Self.template(slot, 14), pattern))
        if n >= 3 { out.append(Self.hash(Self.template(slot, 8), v[(n - 3)...])) }
        if slot != 2 { return }
        out.append(Self.hash(Self.template(slot, 0), 0))  // bias
        out.append(Self.hash(Self.template(slot, 11), UInt64(min(n, 10))))
        if n > 1 {
            for k in 1...min(4, n - 1) {
                out.append(Self.hash(Self.template(slot, 1 + k), v[..<k]))
                if k != 3 { out.append(Self.hash(Self.template(slot, 5 + k), v[(n - k)...])) }
            }
        }
    }

    /// ``hash(_:_:)`` of code points already decoded (the same value as over the scalar view).
    static func hash(_ template: UInt64, _ s: ArraySlice<UInt32>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for u in s { h = (h ^ UInt64(u)) &* 0x100_0000_01B3 }
        return mix(h ^ template)
    }

    /// The hash of a type's norm, for bigrams.
    static func normHash(_ t: TokenType) -> UInt64 { hash(template(9, 1), t.norm.unicodeScalars[...]) }

    // MARK: Context features

    /// The sentences of a document as lists of non-space token indices.
    static func sentences(_ ctx: DocumentContext) -> [[Int]] {
        var out: [[Int]] = []
        forEachSentence(ctx) { out.append($0) }
        return out
    }

    /// Each sentence's non-space token indices in turn, in one reused buffer: the whole list of
    /// lists took 41 MB for a 16 MB text (issue 18).
    static func forEachSentence(_ ctx: DocumentContext, _ body: ([Int]) throws -> Void) rethrows {
        var current: [Int] = []
        var sentence = -2
        for (i, t) in ctx.tokens.enumerated() where t.kind != .space {
            if ctx.sentenceOf[i] != sentence {
                if !current.isEmpty { try body(current) }
                current.removeAll(keepingCapacity: true)
                sentence = ctx.sentenceOf[i]
            }
            current.append(i)
        }
        if !current.isEmpty { try body(current) }
    }

    /// Per token, the rules' tag (their candidates do not overlap).
    static func ruleTags(_ candidates: [EntityRecognizer.Candidate], tokenCount: Int) -> [RuleTag] {
        var tags = [RuleTag](repeating: .none, count: tokenCount)
        for c in candidates where c.end > c.start {
            let r = UInt8((ruleNames.firstIndex(of: c.rule) ?? ruleNames.count - 1) + 1)
            let l = UInt8(EntityTagSet.labels.firstIndex(of: c.label) ?? 3)
            for i in c.start..<c.end {
                let k: EntityTagSet.Kind = c.end - c.start == 1 ? .unit : i == c.start ? .begin : i == c.end - 1 ? .last : .inside
                tags[i] = RuleTag(rule: r, label: l, kind: UInt8(k.rawValue))
            }
        }
        return tags
    }

    @inline(__always) static func capitalState(_ t: Token) -> UInt64 { capitalState(t.shape, t.kind) }
    /// From the token's fields, not the token: copying a `Token` retains its norm.
    @inline(__always) static func capitalState(_ shape: Token.Shape, _ kind: Token.Kind) -> UInt64 {
        shape.contains(.allCaps) ? 3 : shape.contains(.capitalized) ? 2 : kind == .word ? 1 : 4
    }

    /// Context feature hashes of position `k` of `sentence`; `normHashes[k]` is the norm hash of its token.
    func contextHashes(_ ctx: DocumentContext, _ sentence: [Int], _ k: Int, _ rules: [RuleTag], normHashes: [UInt64],
                       into out: inout [UInt64]) {
        let i = sentence[k]
        let tokens = ctx.tokens
        let shape = tokens[i].shape
        let cap = shape.contains(.capitalized)
        let lowerElsewhere = cap && ctx.lowercaseNorms.contains(tokens[i].norm)
        let headline = ctx.isHeadline(i)
        let position = UInt64(min(k, 3))
        let base = Self.template(7, 0)
        out.append(Self.hash(base | 1 << 32, position << 8 | (cap ? 2 : 0) | (lowerElsewhere ? 1 : 0)))
        if cap { out.append(Self.hash(base | 2 << 32, (lowerElsewhere ? 1 : 0) | (headline ? 2 : 0) | (k == 0 ? 4 : 0))) }
        let r = rules[i]
        if r.rule != 0 {
            out.append(Self.hash(base | 4 << 32, UInt64(r.rule) << 16 | UInt64(r.label) << 8 | UInt64(r.kind)))
            out.append(Self.hash(base | 5 << 32, UInt64(r.label) << 8 | UInt64(r.kind)))
        }
        if k > 0, rules[sentence[k - 1]].rule != 0 {
            let p = rules[sentence[k - 1]]
            out.append(Self.hash(base | 6 << 32, UInt64(p.label) << 8 | UInt64(p.kind) << 1 | (r.rule != 0 ? 1 : 0)))
        }
        if k + 1 < sentence.count, rules[sentence[k + 1]].rule != 0 {
            let p = rules[sentence[k + 1]]
            out.append(Self.hash(base | 7 << 32, UInt64(p.label) << 8 | UInt64(p.kind) << 1 | (r.rule != 0 ? 1 : 0)))
        }
        let cp = k > 0 ? Self.capitalState(tokens[sentence[k - 1]].shape, tokens[sentence[k - 1]].kind) : 0
        let cn = k + 1 < sentence.count ? Self.capitalState(tokens[sentence[k + 1]].shape, tokens[sentence[k + 1]].kind) : 0
        out.append(Self.hash(base | 8 << 32, cp << 8 | Self.capitalState(shape, tokens[i].kind) << 4 | cn))
        let prevNorm = k > 0 ? normHashes[k - 1] : 0x5EED
        out.append(Self.hash(base | 10 << 32, prevNorm ^ (normHashes[k] &* 0x9E37_79B9)))
        let nextNorm = k + 1 < sentence.count ? normHashes[k + 1] : 0xE0D
        out.append(Self.hash(base | 11 << 32, normHashes[k] ^ (nextNorm &* 0x9E37_79B9)))
    }
}
