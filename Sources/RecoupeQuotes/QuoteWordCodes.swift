import RecoupeCore
/// Word classes of the quotation stage that a token's norm can belong to, as bits.
///
/// Each class is a closed list of `QuoteWords` (or a word list of the stage's rules); the rules test
/// a token's class through `QuoteTokens.has(_:_:)`, a bit test on a code looked up once per token,
/// instead of hashing the token's norm at every check (issue 16: most of the stage's time was
/// `Set<String>.contains` and dictionary lookups of the same norms, again and again).
struct QuoteWordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let auxiliary = Self(rawValue: 1 << 0)
    static let adverb = Self(rawValue: 1 << 1)
    static let connector = Self(rawValue: 1 << 2)
    static let preposition = Self(rawValue: 1 << 3)
    static let determiner = Self(rawValue: 1 << 4)
    static let article = Self(rawValue: 1 << 5)
    static let subjectPronoun = Self(rawValue: 1 << 6)
    static let phraseStop = Self(rawValue: 1 << 7)
    static let causative = Self(rawValue: 1 << 8)
    static let midAccording = Self(rawValue: 1 << 9)
    /// Clitics before an inverted verb ("*lui* répondit-il", "*s'*écria-t-elle").
    static let clitic = Self(rawValue: 1 << 10)
    /// First words of "selon X", "d'après X", "de l'avis de X".
    static let accordingStart = Self(rawValue: 1 << 11)
    static let monthName = Self(rawValue: 1 << 12)
    static let timeWord = Self(rawValue: 1 << 13)
    /// Adverbs skipped inside a verb group ("a *également* souligné").
    static let inciseAdverb = Self(rawValue: 1 << 14)
    /// Single words `QuoteFinderRun.indirectSpeech` tests at every position ("pour", "pour qui", ", qui
    /// selon", ", a rapporté", "» a-t-il précisé"): a bit test instead of a String comparison per token.
    static let pour = Self(rawValue: 1 << 15)
    static let qui = Self(rawValue: 1 << 16)
    static let comma = Self(rawValue: 1 << 17)
    static let closingGuillemet = Self(rawValue: 1 << 18)
}

/// One dictionary from a token norm to its `QuoteWordClass` bits and its verb-of-saying entry, built
/// once per `QuoteFinder` from the word lists and the speech-verb lexicon; `QuoteTokens` looks each
/// token up once. A code's low 20 bits are classes, its high 12 bits the entry number + 1 (0: not a
/// verb of saying; `overflow`: a lexicon with more entries than that, looked up by hash).
struct QuoteWordCodes: Sendable {
    static let entryShift: UInt32 = 20
    static let overflow: UInt32 = 0xFFF

    /// The clitics `SpeechCueMatcher.invertedCue` skips before its verb.
    static let clitics: Set<String> = ["s'", "se", "lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "l'", "y", "en"]
    /// The words `SpeechCueMatcher.accordingTo` can start at.
    static let accordingStarts: Set<String> = ["selon", "d'", "d'après", "de"]
    /// The adverbs `SpeechCueMatcher.skipAdverbs` passes besides those in -ment.
    static let inciseAdverbs: Set<String> = ["également", "encore", "ensuite", "aussi", "alors", "enfin", "notamment", "d'ailleurs",
                                             "toutefois", "cependant", "pourtant", "déjà", "bien", "plus", "même"]

    /// Every class with the words it holds.
    static var classLists: [(QuoteWordClass, Set<String>)] {
        [(.auxiliary, QuoteWords.auxiliaries), (.adverb, QuoteWords.adverbs), (.connector, QuoteWords.connectors),
         (.preposition, QuoteWords.prepositions), (.determiner, QuoteWords.determiners), (.article, QuoteWords.articles),
         (.subjectPronoun, QuoteWords.subjectPronouns), (.phraseStop, QuoteWords.phraseStops),
         (.causative, QuoteFinderRun.causativeComplements), (.midAccording, QuoteFinderRun.beforeMidAccording),
         (.clitic, clitics), (.accordingStart, accordingStarts), (.monthName, QuoteWords.monthNames),
         (.timeWord, SpeechCueMatcher.timeWords), (.inciseAdverb, inciseAdverbs),
         (.pour, ["pour"]), (.qui, ["qui"]), (.comma, [","]), (.closingGuillemet, ["»"])]
    }

    private let codes: [String: UInt32]
    /// The lexicon's distinct entries; a code's entry number + 1 indexes them.
    let entries: [SpeechVerbLexicon.Entry]

    init(verbs: SpeechVerbLexicon) {
        var codes: [String: UInt32] = [:]
        for (c, words) in Self.classLists {
            for w in words { codes[w, default: 0] |= c.rawValue }
        }
        var number: [SpeechVerbLexicon.Entry: UInt32] = [:]
        var entries: [SpeechVerbLexicon.Entry] = []
        for (form, e) in verbs.forms {
            let n: UInt32
            if let known = number[e] {
                n = known
            } else if entries.count + 1 < Self.overflow {
                entries.append(e)
                n = UInt32(entries.count)
                number[e] = n
            } else {
                n = Self.overflow
            }
            codes[form, default: 0] |= n << Self.entryShift
        }
        self.codes = codes
        self.entries = entries
        bytes = ByteTable(codes)
    }

    /// The same codes keyed by UTF-8 bytes: a lookup per token hashed with `Hasher` (SipHash, plus
    /// String's normalization checks) cost ~470 instructions, most of the table's use.
    private let bytes: ByteTable

    /// The code of a norm (0: no class, no verb).
    func code(_ norm: String) -> UInt32 {
        if case .some(.some(let c)) = norm.utf8.withContiguousStorageIfAvailable({ bytes.code($0) }) { return c }
        return codes[norm] ?? 0
    }
}

/// An open-addressing table from UTF-8 bytes to codes (FNV-1a hash, linear probing).
///
/// String equality is canonical equivalence, byte equality is not: the two agree on NFC strings,
/// and token norms are NFC (NFKC_Casefold, `TokenNormalizer`). A word with a byte 0xCC or 0xCD
/// (the lead bytes of combining marks U+0300–U+037F) is left to the dictionary, and so is
/// everything when a key has one; the lists' words are checked NFC by `QuoteWordCodesTests`.
private struct ByteTable: Sendable {
    private var bytes: [UInt8] = []
    /// Key `k` is `bytes[keyStart[k]..<keyStart[k + 1]]`.
    private var keyStart: [Int32] = [0]
    private var values: [UInt32] = []
    /// Key number + 1 per slot, 0 for an empty slot.
    private var slots: [Int32]
    private let mask: Int
    private var usable = true

    init(_ codes: [String: UInt32]) {
        var capacity = 16
        while capacity < codes.count * 3 { capacity *= 2 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        // Any order: a lookup finds its key wherever probing placed it.
        for (word, code) in codes {
            let utf8 = Array(word.utf8)
            if utf8.contains(0xCC) || utf8.contains(0xCD) { usable = false }
            var s = Self.hash(utf8) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            bytes += utf8
            values.append(code)
            keyStart.append(Int32(bytes.count))
            slots[s] = Int32(values.count)
        }
    }

    @inline(__always) static func hash<C: Collection<UInt8>>(_ b: C) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The code of the word, 0 when absent; nil when the bytes cannot decide (see the type's note).
    func code(_ b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard usable else { return nil }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in b {
            if x == 0xCC || x == 0xCD { return nil }
            h = (h ^ UInt64(x)) &* 0x100_0000_01b3
        }
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let k = Int(slots[s])
            if k == 0 { return 0 }
            let a = Int(keyStart[k - 1]), e = Int(keyStart[k])
            if e - a == b.count {
                var i = 0
                while i < b.count, bytes[a + i] == b[i] { i += 1 }
                if i == b.count { return values[k - 1] }
            }
            s = (s + 1) & mask
        }
    }
}
