extension Tokenizer {
    /// Shape flags from the surface (sentence starts are marked later by the sentence stage).
    func markShapes(_ pieces: inout [Piece], _ u: [UInt16]) {
        for idx in pieces.indices where pieces[idx].kind == .word || pieces[idx].kind == .number {
            let p = pieces[idx]
            var upper = 0, lower = 0, digits = 0, latin = 0, cyrillic = 0, greek = 0
            var firstLetterUpper: Bool?
            for k in p.start..<p.end {
                let c = u[k]
                if CharacterClass.isASCIIDigit(c) { digits += 1; continue }
                guard CharacterClass.isLetter(c) else {
                    if CharacterClass.isHyphen(c) { pieces[idx].shape.insert(.hyphenated) }
                    continue
                }
                let isUp = CharacterClass.isUpper(c)
                if firstLetterUpper == nil { firstLetterUpper = isUp }
                if isUp { upper += 1 } else { lower += 1 }
                if CharacterClass.isLatinLetter(c) { latin += 1 }
                else if CharacterClass.isCyrillic(c) { cyrillic += 1 }
                else if CharacterClass.isGreek(c) { greek += 1 }
            }
            var shape = pieces[idx].shape
            if digits > 0 { shape.insert(.hasDigit) }
            if firstLetterUpper == true {
                shape.insert(.capitalized)
                if upper == 1 && lower > 0 { shape.insert(.titleCase) }
            }
            if upper >= 2 && lower == 0 { shape.insert(.allCaps) }
            if (latin > 0 ? 1 : 0) + (cyrillic > 0 ? 1 : 0) + (greek > 0 ? 1 : 0) > 1 { shape.insert(.mixedScript) }
            if p.end > p.start, CharacterClass.isApostrophe(u[p.end - 1]) { shape.insert(.elision) }
            pieces[idx].shape = shape
        }
    }

    /// Converts pieces to tokens with code-point offsets. A single U+0020 after a token is its
    /// trailing white space, as in spaCy; every other white space run is a `.space` token.
    func makeTokens(_ pieces: [Piece], _ u: [UInt16]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(pieces.count)
        var unit = 0
        var scalar = 0
        for (n, p) in pieces.enumerated() {
            // Advance the scalar counter to p.start, counting surrogate pairs once.
            while unit < p.start {
                if !(u[unit] >= 0xDC00 && u[unit] <= 0xDFFF) { scalar += 1 }
                unit += 1
            }
            let start = scalar
            while unit < p.end {
                if !(u[unit] >= 0xDC00 && u[unit] <= 0xDFFF) { scalar += 1 }
                unit += 1
            }
            if p.kind == .space, p.end - p.start == 1, u[p.start] == 0x20, n > 0, pieces[n - 1].kind != .space,
               pieces[n - 1].end == p.start {
                continue
            }
            tokens.append(Token(id: tokens.count, start: start, end: scalar, kind: p.kind, norm: "", shape: p.shape))
        }
        return tokens
    }
}
