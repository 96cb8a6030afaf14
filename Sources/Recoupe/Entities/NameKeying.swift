/// A matching key for one word of a personal name: equal for the spellings of one name across
/// scripts and transliteration conventions ("Dartchiev", "Darchiev", "Дарчиев"), different for
/// different names.
///
/// The entity linker only sees this protocol, so the transliteration engine's key
/// (`Sources/Recoupe/Transliterate/`) replaces `PhoneticNameKey` in one line
/// (`EntityRecognizer.makeNameKey`). Implementations hold ICU objects: one per pipeline.
public protocol NameKeying: AnyObject {
    /// The key of one word of a name ("Dartchiev" → "darcev"), given the text's language when known.
    func key(_ word: String, language: String?) -> String
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
        if let k = cache[word] { return k }
        let k = compute(word)
        if cache.count < 100_000 { cache[word] = k }
        return k
    }

    private func compute(_ word: String) -> String {
        let ascii: String
        if word.unicodeScalars.allSatisfy({ $0.isASCII }) {
            ascii = word.lowercased()
        } else {
            ascii = (try? toASCII?.transform(word)) ?? DiacriticFolding.fold(word.lowercased())
        }
        var s = Array(ascii.unicodeScalars.filter { $0.properties.isAlphabetic && $0.isASCII }.map { Character($0) })
        func replace(_ from: String, _ to: String) {
            let f = Array(from), t = Array(to)
            var out: [Character] = []
            out.reserveCapacity(s.count)
            var i = 0
            while i < s.count {
                if i + f.count <= s.count, Array(s[i..<(i + f.count)]) == f {
                    out.append(contentsOf: t)
                    i += f.count
                } else {
                    out.append(s[i])
                    i += 1
                }
            }
            s = out
        }
        for (a, b) in [("shch", "c"), ("tsch", "c"), ("tch", "c"), ("sch", "c"), ("ch", "c"), ("sh", "c"), ("zh", "c"),
                       ("kh", "h"), ("ck", "k"), ("ph", "f"), ("qu", "k"), ("x", "ks"), ("w", "v"), ("ou", "u"),
                       ("y", "i"), ("dj", "j")] {
            replace(a, b)
        }
        // gu before e/i is a hard g (Sergueï, Evgueni).
        var t: [Character] = []
        for (i, c) in s.enumerated() {
            if c == "u", i > 0, s[i - 1] == "g", i + 1 < s.count, s[i + 1] == "e" || s[i + 1] == "i" { continue }
            // j after a vowel is the glide й (Sergej).
            if c == "j", i > 0, "aeiou".contains(s[i - 1]) { t.append("i"); continue }
            t.append(c)
        }
        s = t
        // Doubled letters → one, before and after ie → e ("Darchiyev" → darchiiev → darchiev → darchev).
        var single: [Character] = []
        for c in s where single.last != c { single.append(c) }
        s = single
        replace("ie", "e")
        // Doubled letters → one.
        var out = ""
        for c in s where out.last != c { out.append(c) }
        return out
    }
}
