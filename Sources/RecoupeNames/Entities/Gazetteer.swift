import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText

/// A compiled lexicon: every name of every entry in one `PhraseMatcher` over token norms, plus
/// indexes of person-name keys for variant-aware linking.
///
/// Names are tokenized like document text and matched on their diacritic-folded norms; each
/// entry's sensitivity is checked on the candidates (case for acronyms such as "ONU", accents
/// when asked), and a capitalized name must be capitalized somewhere in the text ("Maison
/// Blanche", not "maison blanche"). Built once per set of lexicon files and shared read-only by
/// every worker (`Gazetteer.cached(for:)`); building is linear in the lexicon, matching is
/// independent of its size.
///
/// ```swift
/// let g = try Gazetteer.cached(for: Pipeline.Options())
/// for m in g.matches(in: doc) { print(doc.tokens[m.tokenStart].start, g.lexicon.entries[Int(m.entries[0])].id) }
/// ```
public final class Gazetteer: @unchecked Sendable {
    /// The compiled names of the entries, one row per name in columns (a million names: about 13
    /// bytes each; case and accent requirements, rare, kept aside by name).
    struct Patterns: Sendable {
        var entry: [Int32] = []
        /// Bit i set when token i of the name starts with a capital.
        var capitalMask: [UInt64] = []
        /// Typography-folded token surfaces of case-sensitive names.
        var surfaces: [Int32: [String]] = [:]
        /// Token norms with diacritics of accent-sensitive names.
        var norms: [Int32: [String]] = [:]
        var count: Int { entry.count }

        mutating func reserve(_ n: Int) {
            entry.reserveCapacity(n)
            capitalMask.reserveCapacity(n)
        }
    }

    /// A lexicon name found in a document: tokens `tokenStart..<tokenEnd`, the entries it names.
    public struct Match: Hashable, Sendable {
        public var tokenStart: Int
        public var tokenEnd: Int
        /// Lexicon entry indices, in lexicon order.
        public var entries: [Int32]
    }

    public let lexicon: Lexicon
    let matcher: PhraseMatcher
    let patterns: Patterns
    /// Surname key → PER entries with that surname (any script, any spelling in the lexicon).
    let surnameIndex: [String: [Int32]]
    /// PER entry → keys of its given names.
    let givenNameKeys: [Int32: Set<String>]
    /// Time spent building (or reading the compiled file), for reports.
    public let buildSeconds: Double
    /// Whether the tables were read from the compiled file of the derived-table cache.
    public let loadedFromCache: Bool

    public var patternCount: Int { patterns.count }
    public var nodeCount: Int { matcher.nodeCount }

    /// - Parameters:
    ///   - nameKey: the name keys of the surname index (nil: keyed without a memo).
    ///   - caseForms: where the Russian case forms of Cyrillic names are kept across processes
    ///     (``DerivedStringStore/russianCaseForms``); nil: declined each time.
    public init(lexicon: Lexicon, nameKey: NameKeyMemo? = nil, caseForms: DerivedStringStore? = nil) throws {
        let t0 = Date()
        self.lexicon = lexicon
        let normalizer = try TokenNormalizer()
        var matcher = PhraseMatcher()
        // Most entries have one matched form: reserve for one name each (columns grow by doubling
        // past this; reserving for two held ~100 MB of empty slots on a million-name lexicon).
        matcher.reserve(patterns: lexicon.count)
        var patterns = Patterns()
        patterns.reserve(lexicon.count)
        var scratch: [UInt8] = []

        // Simple names are split and inserted at once; the rest are tokenized together afterwards.
        var wordIds: [String: UInt32] = [:]
        var surnames: [String: [Int32]] = [:]
        var surnameKeyCache: [String: String] = [:], givenKeyCache: [String: String] = [:]
        var given: [Int32: Set<String>] = [:]
        var complex: [(entry: Int32, text: String, sensitivity: LexiconEntry.Sensitivity)] = []
        func insert(_ entry: Int32, _ words: [String], _ sensitivity: LexiconEntry.Sensitivity) throws {
            guard !words.isEmpty, words.count <= 64 else { return }
            var ids: [UInt32] = []
            ids.reserveCapacity(words.count)
            var mask: UInt64 = 0
            for (w, word) in words.enumerated() {
                ids.append(try Self.tokenId(word, &matcher, &wordIds, &scratch, normalizer))
                if let f = word.unicodeScalars.first, ScalarClass.isUppercase(f) { mask |= 1 << UInt64(w) }
            }
            let p = Int32(patterns.count)
            if sensitivity.contains(.caseSensitive) { patterns.surfaces[p] = words.map(TypographyFolding.apply) }
            if sensitivity.contains(.accentSensitive) { patterns.norms[p] = try words.map { try normalizer.norm($0) } }
            matcher.insert(ids, payload: p)
            patterns.entry.append(entry)
            patterns.capitalMask.append(mask)
            // Person keys: surname (last word) → entries; entry → given-name keys (first word).
            // A person matched by its exact spelling (`accents` or `exact`) is not found by spelling variants either.
            if let nameKey, lexicon.entries[Int(entry)].label == .person, !sensitivity.contains(.accentSensitive) {
                let nameWords = words.filter(PersonName.isNameWord)
                guard let last = nameWords.last else { return }
                // Names repeat across entries (given names, common surnames): key each word once.
                var k: String
                if let cached = surnameKeyCache[last] { k = cached } else { k = nameKey.key(last, language: nil); surnameKeyCache[last] = k }
                // "Charles III": a regnal name is known by its given name and number, as linking keys it.
                if let regnal = PersonName.regnalKey(nameWords) { k = regnal }
                guard k.count >= 3 else { return }
                if surnames[k]?.last != entry { surnames[k, default: []].append(entry) }
                if nameWords.count >= 2 {
                    let first = nameWords[0]
                    let g: String
                    if let cached = givenKeyCache[first] { g = cached } else { g = nameKey.givenNameKey(first, language: nil); givenKeyCache[first] = g }
                    given[entry, default: []].insert(g)
                }
            }
        }
        for (i, e) in lexicon.entries.enumerated() {
            for (text, sens) in e.matchForms {
                for form in Self.variants(of: text, label: e.label, caseForms: caseForms) {
                    if let words = NameTokenizer.splitSimple(form) { try insert(Int32(i), words, sens) } else { complex.append((Int32(i), form, sens)) }
                }
            }
        }
        let complexTokens = try NameTokenizer.tokenize(complex.map(\.text))
        for (k, c) in complex.enumerated() { try insert(c.entry, complexTokens[k], c.sensitivity) }
        matcher.finalize()
        self.matcher = matcher
        self.patterns = patterns

        self.surnameIndex = surnames
        self.givenNameKeys = given
        self.buildSeconds = Date().timeIntervalSince(t0)
        self.loadedFromCache = false
    }

    /// A gazetteer of tables already built (read from the compiled file: `Gazetteer+Compiled.swift`).
    init(lexicon: Lexicon, matcher: PhraseMatcher, patterns: Patterns, surnameIndex: [String: [Int32]],
         givenNameKeys: [Int32: Set<String>], buildSeconds: Double, loadedFromCache: Bool) {
        self.lexicon = lexicon
        self.matcher = matcher
        self.patterns = patterns
        self.surnameIndex = surnameIndex
        self.givenNameKeys = givenNameKeys
        self.buildSeconds = buildSeconds
        self.loadedFromCache = loadedFromCache
    }

    /// The matcher's id of a name word: ASCII words lower-cased directly, others normalized like
    /// document tokens (NFKC_Casefold, typography) and stripped of diacritics, once per distinct word.
    @inline(__always)
    static func tokenId(_ word: String, _ matcher: inout PhraseMatcher, _ cache: inout [String: UInt32], _ scratch: inout [UInt8],
                        _ normalizer: TokenNormalizer) throws -> UInt32 {
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        if ascii {
            // Lower-cased into a reused buffer and interned from its bytes: no String per word.
            scratch.removeAll(keepingCapacity: true)
            for b in word.utf8 { scratch.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            return scratch.withUnsafeBufferPointer { matcher.intern(utf8: $0) }
        }
        if let id = cache[word] { return id }
        let id = matcher.intern(DiacriticFolding.fold(try normalizer.norm(word)))
        cache[word] = id
        return id
    }

    /// The forms a name is matched under: itself and, for places, without a leading article
    /// ("Le Caire" is also "Caire" after "au").
    static func variants(of text: String, label: EntityMention.Label, caseForms: DerivedStringStore? = nil) -> [String] {
        // Russian names are matched in all their cases ("Сергеем Лавровым", "в Стамбуле").
        if RussianNameDeclension.isCyrillic(text) {
            guard let caseForms else { return RussianNameDeclension.matchForms(of: text, label: label) }
            return RussianNameDeclension.storedMatchForms(of: text, label: label, in: caseForms)
        }
        guard label == .location else { return [text] }
        for article in ["Le ", "La ", "Les ", "L'", "L’"] where text.hasPrefix(article) && text.count > article.count + 2 {
            return [text, String(text.dropFirst(article.count))]
        }
        return [text]
    }

    /// Lexicon names in the document, leftmost-longest, never across a line break or other space token.
    public func matches(in doc: Document) -> [Match] {
        let tokens = doc.tokens
        var ids = [UInt32?](repeating: nil, count: tokens.count)
        for (i, t) in tokens.enumerated() where t.kind != .space {
            ids[i] = matcher.id(of: DiacriticFolding.fold(t.norm))
        }
        let found = matcher.matches(ids) { m in self.accepted(m, tokens, doc) }
        return found.map { m in
            Match(tokenStart: m.start, tokenEnd: m.end, entries: Array(Set(m.payloads.map { patterns.entry[Int($0)] })).sorted())
        }
    }

    /// The patterns of a candidate whose case and accent requirements hold.
    private func accepted(_ m: PhraseMatcher.Match, _ tokens: [Token], _ doc: Document) -> [Int32] {
        m.payloads.filter { p in
            if let surfaces = patterns.surfaces[p] {
                for (k, s) in surfaces.enumerated() where TypographyFolding.apply(doc.surface(of: tokens[m.start + k])) != s { return false }
            }
            if let norms = patterns.norms[p] {
                for (k, n) in norms.enumerated() where tokens[m.start + k].norm != n { return false }
            }
            let capitalMask = patterns.capitalMask[Int(p)]
            if capitalMask != 0 {
                // A capital at a sentence start says nothing: "La réunion" is not "La Réunion".
                var informative = false, capitalized = false, initial = false
                for k in 0..<(m.end - m.start) where capitalMask & (1 << UInt64(k)) != 0 {
                    let shape = tokens[m.start + k].shape
                    if shape.contains(.sentenceStart) {
                        initial = initial || shape.contains(.capitalized)
                    } else {
                        informative = true
                        capitalized = capitalized || shape.contains(.capitalized)
                    }
                }
                if informative ? !capitalized : !initial { return false }
            }
            return true
        }.sorted()
    }

    /// PER entries whose surname has this key.
    public func people(withSurnameKey key: String) -> [Int32] { surnameIndex[key] ?? [] }

    /// Given-name keys of a PER entry.
    public func givenNameKeys(of entry: Int32) -> Set<String> { givenNameKeys[entry] ?? [] }
}

extension Gazetteer {
    private static let cache = SharedCache<String, Gazetteer>()

    /// The gazetteer for these options, built once per process and shared (workers call
    /// `Pipeline.standard` each; they all get this one).
    public static func cached(for options: Pipeline.Options) throws -> Gazetteer {
        let dir = LexiconLocator.directory(for: options) ?? ""
        let key = ([dir] + options.lexicons).joined(separator: "\u{1F}")
        return try cache.value(for: key) {
            var opts = options
            opts.lexiconDirectory = dir.isEmpty ? nil : dir
            // From the compiled file of the derived-table cache when it holds this gazetteer, else built and written there.
            return try compiled(opts, cache: DerivedTableCache.standard)
        }
    }

    /// A gazetteer of `count` synthetic entries ("Xabo Kelu Dirami" …), for benchmarks: names of
    /// one to four words drawn from a fixed syllable table, every tenth an organisation.
    public static func synthetic(count: Int, seed: UInt64 = 42) throws -> Gazetteer {
        var lexicon = Lexicon()
        lexicon.add(syntheticEntries(count: count, seed: seed))
        return try Gazetteer(lexicon: lexicon, nameKey: nil)
    }

    public static func syntheticEntries(count: Int, seed: UInt64 = 42) -> [LexiconEntry] {
        let syllables = ["ba", "ko", "ri", "mu", "tse", "la", "vo", "ni", "dar", "chi", "ev", "po", "sa", "ki", "lo", "ve",
                         "ra", "mi", "to", "zu", "an", "el", "or", "is", "gu", "fe", "do", "ne", "ta", "xo", "py", "qua"]
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        func word() -> String {
            var w = ""
            for _ in 0..<(2 + next() % 3) { w += syllables[next() % syllables.count] }
            return w.prefix(1).uppercased() + w.dropFirst()
        }
        var out: [LexiconEntry] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let words = (0..<(1 + next() % 4)).map { _ in word() }
            out.append(LexiconEntry(id: "syn:\(i)", label: i % 10 == 0 ? .organization : .person, canonical: words.joined(separator: " ")))
        }
        return out
    }
}
