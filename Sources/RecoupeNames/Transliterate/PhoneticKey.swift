import RecoupeCore
import RecoupeICU
import RecoupeText
/// The phonetic rewriting behind `NameKey`: one folded Latin word (lowercase ASCII bytes, markers
/// allowed) to a key over a reduced alphabet where the French, English and German spellings of one
/// Russian/Ukrainian sound meet.
///
/// Key alphabet: vowels `a e i o u`, consonants as letters, and the markers `C` (the hushing
/// consonants ч ш щ ж: tch, ch, sh, zh, j, tsch, sch), `H` (х: kh, German ch).
/// з, с and ц are merged (`s`): German writes з and с both "s" and ц "z", so a German "z" and an
/// English "z" only meet if they key alike (Jelzin = Yeltsin, Selenskyj = Zelensky, Nebensja =
/// Nebenzia whatever the guessed convention). г and Ukrainian h are merged (`g`). Then iotation and ё are levelled (ie → e, io → e inside a word, ye/je → e,
/// y/j/ï → i), doubled letters collapse, and French final -ine → -in.
///
/// ч, ш, щ and ж share one marker on purpose: French articles copy English spellings (a French
/// report writes "Darchiev" as well as "Dartchiev"), so "ch" cannot be trusted to be ш in French
/// text nor ч in English text; German "sch" is both ш and ж. Only German "ch" (= х) stays apart.
enum PhoneticKey {
    /// Spelling conventions, from the language of the text (or guessed per word).
    enum Convention { case french, english, german }

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o"), u = UInt8(ascii: "u")
    private static let C = UInt8(ascii: "C"), X = UInt8(ascii: "C"), H = UInt8(ascii: "H"), Q = UInt8(ascii: "s")

    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == a || b == e || b == i || b == o || b == u || b == UInt8(ascii: "y")
    }

    /// Guesses the convention of a folded word by its telltale letter groups.
    static func guess(_ w: [UInt8]) -> Convention {
        var score = (fr: 0, en: 0, de: 0)
        w.withUnsafeBufferPointer { addScores($0, &score) }
        return decide(score)
    }

    static func decide(_ score: (fr: Int, en: Int, de: Int)) -> Convention {
        if score.de > score.en && score.de > score.fr { return .german }
        return score.fr > score.en ? .french : .english
    }

    /// Adds a word's evidence for each convention (summed over the words of a name).
    static func addScores(_ w: UnsafeBufferPointer<UInt8>, _ score: inout (fr: Int, en: Int, de: Int)) {
        let n = w.count
        func at(_ k: Int, _ s: StaticString) -> Bool {
            let len = s.utf8CodeUnitCount
            guard k >= 0, k + len <= n else { return false }
            return s.withUTF8Buffer { p in
                for j in 0..<len where w[k + j] != p[j] { return false }
                return true
            }
        }
        func consonant(_ k: Int) -> Bool { k >= 0 && k < n && w[k] >= UInt8(ascii: "a") && w[k] <= UInt8(ascii: "z") && !isVowel(w[k]) }
        for k in 0..<n {
            switch w[k] {
            case UInt8(ascii: "w"): score.de += 2
            case UInt8(ascii: "s"):
                if at(k, "sch") { score.de += 2 } else if at(k, "sh") { score.en += 2 }
            case UInt8(ascii: "t"):
                if at(k, "tz") { score.de += 1 } else if at(k, "tch") { score.fr += 2 }
            case UInt8(ascii: "z"):
                if at(k, "zh") { score.en += 2 }
                else if at(k, "zk") { score.de += 2 }                                    // Donezk (-цк)
            case UInt8(ascii: "o"):
                if at(k, "ou") { score.fr += 2 }
            case UInt8(ascii: "j"):
                if k + 1 == n && k > 0 && isVowel(w[k - 1]) { score.de += 2 }    // Sergej, Syrskyj
                else if k + 1 < n && isVowel(w[k + 1]) && w[k + 1] != i { score.de += 1 }
            case UInt8(ascii: "y"): score.en += 1
            case UInt8(ascii: "g"):
                if at(k, "gue") || at(k, "gui") { score.fr += 1 }
            default: break
            }
        }
        if n >= 5, at(n - 3, "ine") { score.fr += 2 }
        if n >= 4, at(n - 2, "ow") || at(n - 2, "ew") { score.de += 2 }
    }

    /// The convention to apply to a word: the text's language when known, except that a German
    /// text quoting an English or French spelling (kh, sh, zh, ou, tch) is read as such.
    static func effective(_ conv: Convention?, _ w: [UInt8]) -> Convention {
        guard let conv else { return guess(w) }
        guard conv == .german else { return conv }
        let n = w.count
        var k = 0
        while k + 1 < n {
            let c = w[k], d = w[k + 1]
            if d == UInt8(ascii: "h"), c == UInt8(ascii: "k") || c == UInt8(ascii: "z") || (c == UInt8(ascii: "s") && (k == 0 || w[k - 1] != UInt8(ascii: "c"))) { return .english }
            if c == o, d == u { return .french }
            if c == UInt8(ascii: "t"), d == UInt8(ascii: "c") { return .french }
            k += 1
        }
        return .german
    }

    /// Rewrites one folded word (no separators inside) into `out`.
    static func rewrite(_ w: [UInt8], _ conv: Convention, into out: inout [UInt8]) {
        let start = out.count
        let n = w.count
        var k = 0
        @inline(__always) func peek(_ d: Int) -> UInt8 { k + d < n ? w[k + d] : 0 }
        @inline(__always) func has(_ s: StaticString) -> Bool {
            let len = s.utf8CodeUnitCount
            guard k + len <= n else { return false }
            return s.withUTF8Buffer { p in
                for j in 0..<len where w[k + j] != p[j] { return false }
                return true
            }
        }
        while k < n {
            let c = w[k]
            switch c {
            case UInt8(ascii: "s"):
                if has("schtsch") { out.append(X); out.append(C); k += 7 }
                else if has("shch") { out.append(X); out.append(C); k += 4 }
                else if has("sch") { out.append(X); k += 3 }
                else if has("sh") { out.append(X); k += 2 }
                else { out.append(UInt8(ascii: "s")); k += 1 }
            case UInt8(ascii: "t"):
                if has("tsch") { out.append(C); k += 4 }
                else if has("tch") { out.append(C); k += 3 }
                else if has("ts") || has("tz") { out.append(Q); k += 2 }
                else if has("th") { out.append(UInt8(ascii: "t")); k += 2 }
                else { out.append(c); k += 1 }
            case UInt8(ascii: "c"):
                if has("ch") {
                    switch conv {
                    case .french: out.append(X)
                    case .english: out.append(C)
                    case .german: out.append(H)
                    }
                    k += 2
                } else if has("cz") { out.append(C); k += 2 }
                else if has("ck") { out.append(UInt8(ascii: "k")); k += 2 }
                else {
                    let nx = peek(1)
                    out.append(nx == e || nx == i || nx == UInt8(ascii: "y") ? UInt8(ascii: "s") : UInt8(ascii: "k"))
                    k += 1
                }
            case UInt8(ascii: "k"):
                if peek(1) == UInt8(ascii: "h") { out.append(H); k += 2 } else { out.append(c); k += 1 }
            case UInt8(ascii: "z"):
                if peek(1) == UInt8(ascii: "h") { out.append(X); k += 2 }
                else { out.append(conv == .german ? Q : UInt8(ascii: "s")); k += 1 }
            case UInt8(ascii: "j"):
                // Word-final j after a vowel is й in every convention (Sergej, Syrskyj).
                let finalAfterVowel = k + 1 == n && k > 0 && isVowel(w[k - 1])
                out.append(conv == .german || finalAfterVowel ? i : X); k += 1
            case UInt8(ascii: "h"):
                out.append(UInt8(ascii: "g")); k += 1   // lone h: Ukrainian г (Olha = Olga)
            case UInt8(ascii: "g"):
                // French gu before e/i: Sergueï, Evgueni, Guennadi.
                if peek(1) == u, peek(2) == e || peek(2) == i || peek(2) == UInt8(ascii: "y") { out.append(c); k += 2 }
                else { out.append(c); k += 1 }
            case UInt8(ascii: "o"):
                if peek(1) == u { out.append(u); k += 2 } else { out.append(c); k += 1 }
            case UInt8(ascii: "x"):
                out.append(UInt8(ascii: "k")); out.append(UInt8(ascii: "s")); k += 1
            case UInt8(ascii: "p"):
                if peek(1) == UInt8(ascii: "h") { out.append(UInt8(ascii: "f")); k += 2 } else { out.append(c); k += 1 }
            case UInt8(ascii: "q"):
                out.append(UInt8(ascii: "k")); k += 1
                if peek(0) == u { k += 1 }
            case UInt8(ascii: "w"):
                out.append(UInt8(ascii: "v")); k += 1
            case UInt8(ascii: "y"):
                out.append(i); k += 1
            default:
                out.append(c); k += 1
            }
        }
        level(&out, from: start)
    }

    /// Levels iotation, ё and doubled letters in `out[start...]`.
    private static func level(_ out: inout [UInt8], from start: Int) {
        // Pass 1: collapse doubles (ii, ss, XX …) so that "iie" and "ie" look alike.
        var r = start
        var wi = start
        while r < out.count {
            let c = out[r]
            if wi > start, out[wi - 1] == c { r += 1; continue }
            out[wi] = c; wi += 1; r += 1
        }
        out.removeLast(out.count - wi)
        // Pass 2: ie → e everywhere; io → e inside a word; after C/X: i+vowel → vowel, o → e.
        r = start; wi = start
        while r < out.count {
            let c = out[r]
            let next: UInt8 = r + 1 < out.count ? out[r + 1] : 0
            let prev: UInt8 = wi > start ? out[wi - 1] : 0
            if c == o, next == u { r += 1; continue }                       // о+у: English Belousov = French Belooussov
            if c == i, next == e { r += 1; continue }                       // ie → e
            if c == i, next == o, wi > start { out[r + 1] = e; r += 1; continue } // io → e (Fiodor)
            if prev == C || prev == X {
                if c == i, next == a || next == u { r += 1; continue }      // чя/шю spellings
                if c == o { out[wi] = e; wi += 1; r += 1; continue }        // ё after hushing: Gorbatchev/Gorbatschow
            }
            if wi > start, out[wi - 1] == c { r += 1; continue }            // doubles created by the above
            out[wi] = c; wi += 1; r += 1
        }
        out.removeLast(out.count - wi)
        // Old -off for -ов (Rachmaninoff, Smirnoff) → -ov.
        if out.count - start >= 4, out[out.count - 1] == UInt8(ascii: "f"), out[out.count - 2] == o {
            out[out.count - 1] = UInt8(ascii: "v")
        }
        // French final -ine (Poutine, Eltsine) → -in.
        let len = out.count - start
        if len >= 5, out[out.count - 1] == e, out[out.count - 2] == UInt8(ascii: "n"), out[out.count - 3] == i {
            out.removeLast()
        }
    }
}
