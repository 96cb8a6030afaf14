import RecoupeCore
import RecoupeICU
import RecoupeText
/// Matching keys for name spellings: equal for the spellings of one name, different for different names.
///
/// ```swift
/// NameKey.key(for: "Dartchiev", language: "fr")      // "darCev"
/// NameKey.key(for: "Darchiyev", language: "en")      // "darCev"
/// NameKey.key(for: "Dartschijew", language: "de")    // "darCev"
/// NameKey.key(for: "Дарчиев", language: "ru")        // "darCev" (Cyrillic keys through transliteration)
/// NameKey.key(for: "Dаrchiev", language: nil)        // "darCev" (Cyrillic а homoglyph: UTS #39 skeleton)
/// NameKey.personKey(for: "Alexandre Dartchiev", language: "fr").key  // "=aleksandr darCev"
/// ```
///
/// - `key(for:language:)` keys a word or phrase (every word keyed, joined by one space). Robust to
///   diacritics (ï/i, ë/e), ie/e and ye/je/e, y/i/j, doubled consonants, and to the French
///   (tch, ch, j, ou, gu), English (ch, sh, zh, kh) and German (tsch, sch, ch, w, z, j) conventions.
///   `language` is "fr", "en", "de", "ru", "uk" or nil (the convention is then guessed from the
///   letters of the whole spelling). French and English spellings meet whatever the language says
///   (a French article may well write "Darchiev"); German "ch" (х) and "z" (ц) need "de" or a
///   German-looking spelling (w, sch, -ow).
/// - `personKey(for:language:)` keys a person name: titles and patronymics dropped, given names
///   through `NameTable.givenNames` (`Lexicons/names/given-names.tsv`: Alexandre = Aleksandr =
///   Alessandro), places through `NameTable.places`, the surname keyed with its gender-neutral stem
///   kept apart (Navalny / Navalnaïa share a stem, not a key: `NameClusterer` merges them only when
///   the given names agree).
///
/// Speed and threads: Latin input never calls ICU (folding tables are built once); Cyrillic input
/// goes through an ICU transliterator cached per thread; mixed-script words map their homoglyphs
/// with a table built once from ICU's confusable skeletons. All entry points are safe to call from
/// several threads at once.
public enum NameKey {
    /// The key of a word or phrase. Empty when the spelling has no letters.
    public static func key(for spelling: String, language: String?) -> String {
        var out = [UInt8]()
        out.reserveCapacity(spelling.utf8.count + 4)
        appendKey(of: spelling, language: language, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The key of each word of a phrase (what `key(for:)` joins with spaces).
    public static func wordKeys(for spelling: String, language: String?) -> [String] {
        key(for: spelling, language: language).split(separator: " ").map(String.init)
    }

    /// The structured key of a person name ("Alexandre Dartchiev", "Poutine, Vladimir", "V. Poutine").
    public static func personKey(for name: String, language: String?) -> PersonNameKey {
        PersonNameKey(name: name, language: language)
    }

    static func convention(for language: String?) -> PhoneticKey.Convention? {
        switch language?.lowercased() {
        case "fr": return .french
        case "en": return .english
        case "de": return .german
        default: return nil   // ru, uk (Cyrillic keys via BGN = English-like), "-" or unknown: guess per word
        }
    }

    /// Appends the key of `spelling` to `out` (words separated by one space).
    static func appendKey(of spelling: String, language: String?, into out: inout [UInt8]) {
        appendKey(of: spelling, language: language, convention: convention(for: language), into: &out)
    }

    /// The convention a spelling's key uses: the language's, or for an unknown language the one its
    /// letters point to (nil when it has non-Latin letters: those key word by word).
    static func guessConvention(of spelling: String, language: String?) -> PhoneticKey.Convention? {
        if let c = convention(for: language) { return c }
        return conventionScores(of: spelling).map(PhoneticKey.decide)
    }

    /// The French, English and German scores the words of `spelling` add up to (nil when it has non-Latin
    /// letters). A sum over words, so `PersonKeyMemo` may compute it word by word.
    static func conventionScores(of spelling: String) -> (fr: Int, en: Int, de: Int)? {
        var score = (fr: 0, en: 0, de: 0)
        var word = [UInt8]()
        for s in spelling.unicodeScalars {
            switch LatinFolding.fold(s) {
            case .bytes(let b): word.append(contentsOf: b)
            case .drop: continue
            case .separator:
                if !word.isEmpty { word.withUnsafeBufferPointer { PhoneticKey.addScores($0, &score) }; word.removeAll(keepingCapacity: true) }
            case .cyrillic, .other: return nil
            }
        }
        if !word.isEmpty { word.withUnsafeBufferPointer { PhoneticKey.addScores($0, &score) } }
        return score
    }

    /// Key of a word or phrase under a given convention (nil: the language's, else guessed).
    static func key(for spelling: String, language: String?, convention: PhoneticKey.Convention?,
                    separator: UInt8 = UInt8(ascii: " ")) -> String {
        var out = [UInt8]()
        out.reserveCapacity(spelling.utf8.count + 4)
        appendKey(of: spelling, language: language, convention: convention ?? NameKey.convention(for: language), into: &out)
        if separator != UInt8(ascii: " ") { for i in out.indices where out[i] == UInt8(ascii: " ") { out[i] = separator } }
        return String(decoding: out, as: UTF8.self)
    }

    static func appendKey(of spelling: String, language: String?, convention: PhoneticKey.Convention?, into out: inout [UInt8]) {
        var conv = convention
        // Folded words, end offsets into one buffer (no per-word allocation).
        var buffer = [UInt8]()
        buffer.reserveCapacity(spelling.utf8.count + 4)
        var ends = [Int]()
        ends.reserveCapacity(4)
        for s in spelling.unicodeScalars {
            let p = LatinFolding.packed(s)
            switch p & 0xFF {
            case 1:
                buffer.append(UInt8(truncatingIfNeeded: p >> 8))
            case 2, 3:
                buffer.append(UInt8(truncatingIfNeeded: p >> 8))
                buffer.append(UInt8(truncatingIfNeeded: p >> 16))
                if p & 0xFF == 3 { buffer.append(UInt8(truncatingIfNeeded: p >> 24)) }
            case 4:
                continue
            case 0:
                if buffer.count > (ends.last ?? 0) { ends.append(buffer.count) }
            default:
                out.removeAll(keepingCapacity: true)
                appendScriptKey(of: spelling, language: language, into: &out)
                return
            }
        }
        if buffer.count > (ends.last ?? 0) { ends.append(buffer.count) }
        if conv == nil {
            // Unknown language: one convention for the whole name, from the evidence of all its words.
            var score = (fr: 0, en: 0, de: 0)
            buffer.withUnsafeBufferPointer { b in
                var start = 0
                for e in ends { PhoneticKey.addScores(UnsafeBufferPointer(rebasing: b[start..<e]), &score); start = e }
            }
            conv = PhoneticKey.decide(score)
        }
        var start = 0
        var word = [UInt8]()
        word.reserveCapacity(buffer.count)
        for e in ends {
            word.removeAll(keepingCapacity: true)
            word.append(contentsOf: buffer[start..<e])
            flush(&word, conv, &out)
            start = e
        }
    }

    @inline(__always)
    static func flush(_ word: inout [UInt8], _ conv: PhoneticKey.Convention?, _ out: inout [UInt8]) {
        guard !word.isEmpty else { return }
        if !out.isEmpty { out.append(UInt8(ascii: " ")) }
        PhoneticKey.rewrite(word, PhoneticKey.effective(conv, word), into: &out)
        word.removeAll(keepingCapacity: true)
    }

    /// Slow path for words with non-Latin letters: a word mixing scripts maps its homoglyphs
    /// (Cyrillic а in "Dаrchiev") to Latin by confusable skeleton; a Cyrillic word is transliterated
    /// (Russian or Ukrainian BGN, cached per thread) and keyed with the English conventions.
    static func appendScriptKey(of spelling: String, language: String?, into out: inout [UInt8]) {
        let conv = convention(for: language)
        for w in splitWords(spelling) {
            var latin = 0, nonLatin = 0
            for s in w.unicodeScalars {
                switch LatinFolding.fold(s) {
                case .bytes: latin += 1
                case .cyrillic, .other: nonLatin += 1
                default: break
                }
            }
            var word = [UInt8]()
            if nonLatin == 0 {
                fold(w, into: &word)
                flush(&word, conv, &out)
            } else if latin > 0 {
                // Mixed script: homoglyphs to Latin; a letter without a Latin look-alike is transliterated.
                var latinized = ""
                for s in w.unicodeScalars {
                    switch LatinFolding.fold(s) {
                    case .cyrillic, .other:
                        if let l = Confusables.latin(for: s) { latinized.unicodeScalars.append(l) }
                        else { latinized += TransliteratorCache.toLatin(String(Character(s)), ukrainian: isUkrainian(language, w)) }
                    default:
                        latinized.unicodeScalars.append(s)
                    }
                }
                fold(latinized, into: &word)
                flush(&word, conv, &out)
            } else {
                let latinized = TransliteratorCache.toLatin(w, ukrainian: isUkrainian(language, w))
                // Transliteration may yield several words (rare): key each with English conventions.
                for part in splitWords(latinized) {
                    fold(part, into: &word)
                    flush(&word, .english, &out)
                }
            }
        }
    }

    static func isUkrainian(_ language: String?, _ word: String) -> Bool {
        if language?.lowercased() == "uk" { return true }
        return TranslitScheme.looksUkrainian(word)
    }

    /// Folds a word whose letters are Latin (others are dropped).
    static func fold(_ w: String, into word: inout [UInt8]) {
        for s in w.unicodeScalars {
            if case .bytes(let b) = LatinFolding.fold(s) { word.append(contentsOf: b) }
        }
    }

    /// Words of a spelling: runs of letters and dropped marks between separators.
    static func splitWords(_ s: String) -> [String] {
        var words = [String]()
        var cur = String.UnicodeScalarView()
        for sc in s.unicodeScalars {
            if case .separator = LatinFolding.fold(sc) {
                if !cur.isEmpty { words.append(String(cur)); cur = String.UnicodeScalarView() }
            } else {
                cur.append(sc)
            }
        }
        if !cur.isEmpty { words.append(String(cur)) }
        return words
    }
}
