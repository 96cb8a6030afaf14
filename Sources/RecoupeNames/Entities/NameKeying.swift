import RecoupeCore
import RecoupeICU
import RecoupeText
/// A matching key for one word of a personal name: equal for the spellings of one name across
/// scripts and transliteration conventions ("Dartchiev", "Darchiev", "Дарчиев"), different for
/// different names.
///
/// The entity linker only sees this protocol; `EntityRecognizer.makeNameKey` picks the
/// implementation (the transliteration engine's `NameKey` through `TransliterationNameKey`; the
/// self-contained `PhoneticNameKey` remains as a fallback). Implementations may hold ICU objects:
/// one per pipeline.
public protocol NameKeying: AnyObject {
    /// The key of one word of a name ("Dartchiev" → "darcev"), given the text's language when known.
    func key(_ word: String, language: String?) -> String
    /// The key of a given name: equal for equivalent given names (Alexandre = Aleksandr) when the
    /// implementation knows them; `key` otherwise.
    func givenNameKey(_ word: String, language: String?) -> String
}

extension NameKeying {
    public func givenNameKey(_ word: String, language: String?) -> String { key(word, language: language) }
}

/// The transliteration engine's matching key (`NameKey`, `Sources/RecoupeNames/Transliterate/`): French,
/// English and German conventions, Cyrillic through transliteration, homoglyphs through UTS #39
/// skeletons, and given names through the equivalence table of `Lexicons/names/given-names.tsv`.
/// The language is left to `NameKey` to guess per word: a French article may quote an English
/// spelling ("Alexander Darchiev").
///
/// Keys are memoised per distinct spelling (one table per pipeline, so per worker thread): a
/// novel asks for the same few hundred surnames tens of thousands of times, and a key through ICU
/// transliteration costs microseconds. The table is bounded; past the bound, keys are computed.
public final class TransliterationNameKey: NameKeying {
    private var keys: [String: String] = [:]
    private var givenKeys: [String: String] = [:]
    /// Distinct spellings remembered per table (a news archive's worth of names in a few MB).
    static let memoLimit = 50_000

    public init() {}

    public func key(_ word: String, language: String?) -> String {
        if let k = keys[word] { return k }
        let k = NameKey.key(for: word, language: nil)
        if keys.count < Self.memoLimit { keys[word] = k }
        return k
    }

    public func givenNameKey(_ word: String, language: String?) -> String {
        if let k = givenKeys[word] { return k }
        let k = GivenNames.shared.group(of: word, language: nil).map { "=" + $0 } ?? key(word, language: language)
        if givenKeys.count < Self.memoLimit { givenKeys[word] = k }
        return k
    }
}

/// A language-neutral phonetic key for names written in Latin or Cyrillic script.
///
/// Cyrillic goes to Latin through ICU (`Russian-Latin/BGN; Any-Latin; Latin-ASCII`), Latin loses its diacritics, then
/// the spellings that French, English and German newsrooms use for one Cyrillic letter collapse to
/// one form: tch/tsch/ch/sch/sh/zh → c, kh → h, ou → u, w → v, y/ï → i, ie → e, gu+e/i → g,
/// x → ks, doubled letters → one. Lossy on purpose (ч and ш share a key): names that collide
/// still need their other words to agree before two mentions are linked.
public final class PhoneticNameKey: NameKeying {
    private let toASCII: Transliterator?
    private var cache: [String: String] = [:]

    public init() {
        toASCII = try? Transliterator(id: "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower")
    }

    public func key(_ word: String, language: String?) -> String {
        // ASCII spellings are cheaper to recompute than to look up; only ICU's path is cached.
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return compute(word) }
        if let k = cache[word] { return k }
        let k = compute(word)
        if cache.count < 100_000 { cache[word] = k }
        return k
    }

    private func compute(_ word: String) -> String {
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        let latin: String
        if ascii {
            latin = word
        } else {
            latin = (try? toASCII?.transform(word)) ?? DiacriticFolding.fold(word.lowercased())
        }
        // Lower-case ASCII letters only.
        var s: [UInt8] = []
        s.reserveCapacity(latin.utf8.count)
        for b in latin.utf8 {
            if b >= 0x61 && b <= 0x7A { s.append(b) } else if b >= 0x41 && b <= 0x5A { s.append(b | 0x20) }
        }
        for (a, b) in Self.replacements { Self.replace(&s, a, b) }
        // gu before e/i is a hard g (Sergueï, Evgueni); j after a vowel is the glide й (Sergej).
        var t: [UInt8] = []
        t.reserveCapacity(s.count)
        for i in s.indices {
            let c = s[i]
            if c == UInt8(ascii: "u"), i > 0, s[i - 1] == UInt8(ascii: "g"), i + 1 < s.count,
               s[i + 1] == UInt8(ascii: "e") || s[i + 1] == UInt8(ascii: "i") { continue }
            if c == UInt8(ascii: "j"), i > 0, Self.isVowel(s[i - 1]) { t.append(UInt8(ascii: "i")); continue }
            t.append(c)
        }
        // Doubled letters → one, before and after ie → e ("Darchiyev" → darchiiev → darchiev → darchev).
        Self.collapse(&t)
        Self.replace(&t, Array("ie".utf8), Array("e".utf8))
        Self.collapse(&t)
        return String(decoding: t, as: UTF8.self)
    }

    private static let replacements: [([UInt8], [UInt8])] = [
        ("shch", "c"), ("tsch", "c"), ("tch", "c"), ("sch", "c"), ("ch", "c"), ("sh", "c"), ("zh", "c"), ("kh", "h"), ("ck", "k"),
        ("ph", "f"), ("qu", "k"), ("x", "ks"), ("w", "v"), ("ou", "u"), ("y", "i"), ("dj", "j"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    @inline(__always) private static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }

    private static func replace(_ s: inout [UInt8], _ from: [UInt8], _ to: [UInt8]) {
        guard s.count >= from.count, let f0 = from.first, s.contains(f0) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 2)
        var i = 0
        while i < s.count {
            if s[i] == f0, i + from.count <= s.count, s[i..<(i + from.count)].elementsEqual(from) {
                out.append(contentsOf: to)
                i += from.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        s = out
    }

    private static func collapse(_ s: inout [UInt8]) {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s where out.last != c { out.append(c) }
        s = out
    }
}
