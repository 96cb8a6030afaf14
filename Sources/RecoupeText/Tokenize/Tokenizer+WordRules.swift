import RecoupeCore
import RecoupeICU
extension Tokenizer {
    /// Applies the word rules of `rules` to ICU's pieces, in one left-to-right pass, for every
    /// language: the shared ones (compounds, abbreviations, digit groups) always, French elision and
    /// clitic inversions only when `rules` turns them on (the default, `.french`).
    func applyWordRules(_ raw: UnsafeBufferPointer<Piece>, _ u: UnsafeBufferPointer<UInt16>, _ rules: LanguageRules = .french,
                        into out: inout [Piece]) {
        var i = 0
        while i < raw.count {
            var piece = raw[i]
            if piece.kind == .word {
                // Hyphenated compound: word (- word|number)+ with no spaces, merged then inversions split off.
                var j = i
                while j + 2 < raw.count, raw[j + 1].kind == .punct, raw[j + 1].end - raw[j + 1].start == 1,
                      CharacterClass.isHyphen(u[raw[j + 1].start]), raw[j + 1].start == raw[j].end,
                      raw[j + 2].start == raw[j + 1].end, raw[j + 2].kind == .word || raw[j + 2].kind == .number {
                    j += 2
                }
                if j > i {
                    piece.end = raw[j].end
                    piece.shape.insert(.hyphenated)
                    i = j + 1
                    appendSplittingElision(piece, u, elision: rules.splitsElision, into: &out)
                    if rules.splitsInversions { splitInversions(&out, u) }
                    continue
                }
                // Abbreviations and initials keep their period: "M.", "Mme.", "U.S.", "J.-C.".
                if let merged = abbreviationEnd(raw, i, u, rules) {
                    piece.end = raw[merged].end
                    i = merged + 1
                    out.append(piece)
                    continue
                }
            } else if piece.kind == .number {
                // Digit groups: "1 500", "2 000 000", "1 500,50".
                var j = i
                while rules.groupsDigitsWithSpaces, isDigitGroupStart(raw[j], u, first: j == i), j + 2 < raw.count, raw[j + 1].kind == .space,
                      raw[j + 1].end - raw[j + 1].start == 1, isGroupSeparator(u[raw[j + 1].start]),
                      raw[j + 2].kind == .number, isThreeDigitGroup(raw[j + 2], u) {
                    j += 2
                }
                if j > i {
                    piece.end = raw[j].end
                    out.append(piece)
                    i = j + 1
                    continue
                }
            }
            if piece.kind == .word {
                appendSplittingElision(piece, u, elision: rules.splitsElision, into: &out)
            } else {
                out.append(piece)
            }
            i += 1
        }
    }

    /// Splits elided prefixes ("l’", "qu’", "jusqu’") off the front of a word, repeatedly, and a
    /// missing space after a sentence ("proche.Les").
    private func appendSplittingElision(_ piece: Piece, _ u: UnsafeBufferPointer<UInt16>, elision: Bool = true, into out: inout [Piece]) {
        // Fast path: without an apostrophe or a period there is nothing to split (most words).
        var plain = true
        for k in piece.start..<piece.end where Self.mayElideOrGlue(u[k]) {
            plain = false
            break
        }
        if plain { out.append(piece); return }
        var p = piece
        while elision {
            var k = p.start
            while k < p.end, CharacterClass.isLetter(u[k]), k - p.start < 7 { k += 1 }
            guard k > p.start, k + 1 < p.end, CharacterClass.isApostrophe(u[k]), CharacterClass.isLetter(u[k + 1]) || CharacterClass.isASCIIDigit(u[k + 1]),
                  FrenchRules.elisionPrefixes.contains(lowerString(u, p.start, k)) else { break }
            out.append(Piece(start: p.start, end: k + 1, kind: .word, shape: [.elision]))
            p.start = k + 1
        }
        // "proche.Les": lower-case word, period, capitalised word, glued (a missing space).
        var k = p.start
        while k < p.end, u[k] != 0x2E { k += 1 }
        if k < p.end, k - p.start >= 2, k + 2 < p.end, CharacterClass.isLower(u[k - 1]), CharacterClass.isLower(u[k - 2]),
           CharacterClass.isUpper(u[k + 1]), CharacterClass.isLower(u[k + 2]), !p.shape.contains(.hyphenated) {
            out.append(Piece(start: p.start, end: k, kind: .word))
            out.append(Piece(start: k, end: k + 1, kind: .punct))
            appendSplittingElision(Piece(start: k + 1, end: p.end, kind: .word), u, elision: elision, into: &out)
            return
        }
        out.append(p)
    }

    /// After a hyphenated compound was appended: splits trailing clitics ("a-t-il" → "a" + "-t-il",
    /// "donne-le-moi" → "donne" + "-le" + "-moi"), unless the compound is a known word.
    private func splitInversions(_ out: inout [Piece], _ u: UnsafeBufferPointer<UInt16>) {
        let piece = out[out.count - 1]
        // Part boundaries at hyphens.
        var parts: [(Int, Int)] = []
        var a = piece.start
        for k in piece.start..<piece.end where CharacterClass.isHyphen(u[k]) {
            parts.append((a, k))
            a = k + 1
        }
        parts.append((a, piece.end))
        guard parts.count >= 2 else { return }
        var cut = parts.count
        while cut > 1 {
            let (s, e) = parts[cut - 1]
            // Inversions are lower case; "Rostov-sur-le-Don" ends in a capital.
            guard !CharacterClass.isUpper(u[s]), FrenchRules.clitics.contains(lowerString(u, s, e)) else { break }
            cut -= 1
        }
        guard cut < parts.count else { return }
        // Known words first checked here, once a clitic ending was seen (most compounds have none).
        let whole = String(decoding: UnsafeBufferPointer(rebasing: u[piece.start..<piece.end]), as: UTF16.self).lowercased()
        if FrenchRules.cliticExceptions.contains(whole) { return }
        // Euphonic t: "a-t-il" keeps "-t-" with its pronoun.
        var firstClitic = cut
        if cut >= 2, lowerString(u, parts[cut - 1].0, parts[cut - 1].1) == "t" { firstClitic = cut - 1 }
        guard firstClitic >= 1 else { return }
        out.removeLast()
        let headEnd = parts[firstClitic - 1].1
        var head = Piece(start: piece.start, end: headEnd, kind: .word)
        if firstClitic > 1 { head.shape.insert(.hyphenated) }
        out.append(head)
        // "-t-il" is one token; other clitics one each.
        var k = firstClitic
        if firstClitic < cut {
            out.append(Piece(start: parts[firstClitic].0 - 1, end: parts[cut].1, kind: .word))
            k = cut + 1
        }
        while k < parts.count {
            out.append(Piece(start: parts[k].0 - 1, end: parts[k].1, kind: .word))
            k += 1
        }
    }

    /// Index of the last raw piece of an abbreviation starting at `i`, or nil.
    private func abbreviationEnd(_ raw: UnsafeBufferPointer<Piece>, _ i: Int, _ u: UnsafeBufferPointer<UInt16>, _ rules: LanguageRules) -> Int? {
        guard i + 1 < raw.count, isPeriod(raw[i + 1], u), raw[i + 1].start == raw[i].end else { return nil }
        let p = raw[i]
        // Only words as short as the longest abbreviation are looked up (no String otherwise).
        if p.end - p.start <= LanguageRules.longestAbbreviation {
            let word = String(decoding: UnsafeBufferPointer(rebasing: u[p.start..<p.end]), as: UTF16.self)
            if rules.isAbbreviation(word) { return i + 1 }
        }
        // Dotted acronyms ICU kept together ("U.S" + ".").
        if p.end - p.start >= 3, u[p.start + 1] == 0x2E, CharacterClass.isLetter(u[p.start]) { return i + 1 }
        // "J.-C.": letter . - letter .
        if p.end - p.start == 1, CharacterClass.isUpper(u[p.start]), i + 4 < raw.count,
           raw[i + 2].start == raw[i + 1].end, raw[i + 2].end - raw[i + 2].start == 1, CharacterClass.isHyphen(u[raw[i + 2].start]),
           raw[i + 3].kind == .word, raw[i + 3].end - raw[i + 3].start == 1, raw[i + 3].start == raw[i + 2].end,
           isPeriod(raw[i + 4], u), raw[i + 4].start == raw[i + 3].end {
            return i + 4
        }
        // Initials: one capital, period, space, capitalised word ("A. Dartchiev").
        if p.end - p.start == 1, CharacterClass.isUpper(u[p.start]), i + 3 < raw.count,
           raw[i + 2].kind == .space, raw[i + 3].kind == .word, CharacterClass.isUpper(u[raw[i + 3].start]) {
            return i + 1
        }
        return nil
    }

    /// An apostrophe or a period: the only characters that can start an elision or a glued
    /// sentence inside an ICU word.
    @inline(__always) static func mayElideOrGlue(_ c: UInt16) -> Bool {
        c == 0x2E || CharacterClass.isApostrophe(c)
    }

    @inline(__always) private func isPeriod(_ p: Piece, _ u: UnsafeBufferPointer<UInt16>) -> Bool {
        p.end - p.start == 1 && u[p.start] == 0x2E
    }

    @inline(__always) private func isGroupSeparator(_ c: UInt16) -> Bool {
        c == 0x20 || c == 0xA0 || c == 0x202F || c == 0x2009
    }

    /// The first group of a spaced number has 1-3 digits and nothing else.
    @inline(__always) private func isDigitGroupStart(_ p: Piece, _ u: UnsafeBufferPointer<UInt16>, first: Bool) -> Bool {
        guard p.kind == .number else { return false }
        if !first { return true }
        let n = p.end - p.start
        guard n >= 1, n <= 3 else { return false }
        for k in p.start..<p.end where !CharacterClass.isASCIIDigit(u[k]) { return false }
        return true
    }

    /// A following group: exactly three digits, optionally a decimal part ("500,50").
    @inline(__always) private func isThreeDigitGroup(_ p: Piece, _ u: UnsafeBufferPointer<UInt16>) -> Bool {
        guard p.end - p.start >= 3 else { return false }
        for k in p.start..<p.start + 3 where !CharacterClass.isASCIIDigit(u[k]) { return false }
        if p.end - p.start == 3 { return true }
        let c = u[p.start + 3]
        return c == 0x2C || c == 0x2E
    }

    @inline(__always) func lowerString(_ u: UnsafeBufferPointer<UInt16>, _ s: Int, _ e: Int) -> String {
        var allASCII = true
        for k in s..<e where u[k] >= 0x80 { allASCII = false; break }
        if allASCII {
            return String(unsafeUninitializedCapacity: e - s) { buf in
                for k in s..<e {
                    var c = u[k]
                    if c >= 0x41 && c <= 0x5A { c += 0x20 }
                    buf[k - s] = UInt8(c)
                }
                return e - s
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: u[s..<e]), as: UTF16.self).lowercased()
    }
}
