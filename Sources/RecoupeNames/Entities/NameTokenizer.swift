import RecoupeCore
import RecoupeICU
import RecoupeText
/// Splits lexicon names into tokens exactly as `Tokenizer` splits document text, so a name and
/// its occurrence in a document give the same token sequence.
///
/// Names made only of letters, combining marks, hyphens and single spaces (nearly all of them)
/// are split at spaces; the Tokenizer would give the same tokens. The rest ("Département d'État",
/// "U.S. Army") go through the real Tokenizer in one batch: one text, one name per line.
enum NameTokenizer {
    /// Tokens of a name that needs no tokenizer, or nil.
    static func splitSimple(_ name: String) -> [String]? {
        // Words are sliced from the name, not rebuilt scalar by scalar (a million-name build spent
        // a tenth of its time appending scalars).
        var words: [String] = []
        let scalars = name.unicodeScalars
        var wordStart = scalars.startIndex
        var previousHyphen = true
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            if s == " " {
                if wordStart == i || previousHyphen { return nil }
                words.append(String(scalars[wordStart..<i]))
                previousHyphen = true
                i = scalars.index(after: i)
                wordStart = i
                continue
            }
            if s == "-" {
                if previousHyphen { return nil }
                previousHyphen = true
            } else if ScalarClass.isLetterOrMark(s) {
                previousHyphen = false
            } else {
                return nil
            }
            i = scalars.index(after: i)
        }
        if wordStart == scalars.endIndex || previousHyphen { return nil }
        words.append(String(scalars[wordStart...]))
        // Hyphenated clitic inversions (the Tokenizer splits "dit-elle"): let the Tokenizer decide.
        for w in words where w.unicodeScalars.contains("-") {
            let last = w.split(separator: "-").last.map { $0.lowercased() } ?? ""
            if FrenchRules.clitics.contains(last) { return nil }
        }
        return words
    }

    /// Tokens (surfaces) of each name, through the document Tokenizer.
    static func tokenize(_ names: [String]) throws -> [[String]] {
        guard !names.isEmpty else { return [] }
        let tokenizer = try Tokenizer()
        var out: [[String]] = []
        out.reserveCapacity(names.count)
        // Batches bound the size of one text.
        var start = 0
        while start < names.count {
            let end = min(names.count, start + 20_000)
            let text = names[start..<end].map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
            let scalars = Array(text.unicodeScalars)
            var current: [String] = []
            for t in try tokenizer.tokenize(text) {
                if t.kind == .space {
                    if scalars[t.start..<t.end].contains("\n") {
                        let lines = scalars[t.start..<t.end].filter { $0 == "\n" }.count
                        out.append(current)
                        current = []
                        for _ in 1..<max(1, lines) { out.append([]) }
                    }
                    continue
                }
                current.append(String(String.UnicodeScalarView(scalars[t.start..<t.end])))
            }
            out.append(current)
            start = end
        }
        return out
    }
}

/// Words of a personal name for keys: spaces split, initials and titles dropped.
enum PersonName {
    static let particles: Set<String> = ["de", "du", "des", "van", "von", "der", "den", "da", "di", "la", "le", "bin", "ben", "al", "el", "ibn"]

    /// A token of a name that counts for keys: two letters or more, not an initial ("A.") or a particle.
    static func isNameWord(_ w: String) -> Bool {
        guard w.utf8.count >= 2, w.utf8.last != UInt8(ascii: "."), w.utf8.last != UInt8(ascii: "'") else { return false }
        if w.utf8.count <= 4, particles.contains(w.lowercased()) { return false }
        return w.unicodeScalars.contains(where: ScalarClass.isLetter)
    }

    /// A regnal or ordinal number after a name: "II", "XIV", "Ier" ("Jean-Paul II", "Louis XIV", "François Ier",
    /// "Université Bordeaux II"); not "I" alone, which is also a letter.
    static func isRegnalNumber(_ w: String) -> Bool {
        if w == "Ier" || w == "Ire" || w == "Ière" { return true }
        let u = w.utf8
        guard u.count >= 2, u.count <= 7 else { return false }
        return u.allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "L") }
    }

    /// The key of a regnal name's words, its given name as written (folded) and its number ("jean-paul-ii",
    /// "louis-xiv"); nil when the words end in no number.
    static func regnalKey(_ words: [String]) -> String? {
        guard words.count >= 2, let number = words.last, isRegnalNumber(number) else { return nil }
        return DiacriticFolding.fold(words[words.count - 2].lowercased()) + "-" + number.lowercased()
    }

    /// The words of `name` split at spaces and no-break spaces: two letters or more, no final ".",
    /// no particle.
    static func words(_ name: String) -> [String] {
        // On scalars when no scalar can join a space or a "." into a larger character (no combining
        // mark, joiner or prepended sign: Latin, Greek and Cyrillic letters): the same words as the
        // Character split below, whose grapheme breaking, and a String of each word's letters built to
        // count them, cost 14,000 instructions a name (issue 16).
        guard name.unicodeScalars.allSatisfy(standsAlone) else { return wordsByCharacter(name) }
        var out: [String] = []
        for w in name.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }) {
            guard w.last != ".", w.lazy.filter(ScalarClass.isLetter).dropFirst().first != nil else { continue }
            let word = String(Substring(w))
            if !particles.contains(word.lowercased()) { out.append(word) }
        }
        return out
    }

    /// A scalar that is one character whatever stands beside it, for ``words(_:)``'s split.
    @inline(__always)
    private static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x300 || (0x370...0x482).contains(v) || (0x48A...0x52F).contains(v)
    }

    /// ``words(_:)`` on Characters, for names with combining marks or other scripts.
    static func wordsByCharacter(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init).filter { w in
            let letters = w.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            return letters >= 2 && !w.hasSuffix(".") && !particles.contains(w.lowercased())
        }
    }
}

/// Letter tests with an ASCII fast path (Unicode properties are slow to query in bulk).
enum ScalarClass {
    @inline(__always)
    static func isLetterOrMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }
}
