import RecoupeCore
import RecoupeICU
extension Tokenizer {
    /// Shape flags from the surface (sentence starts are marked later by the sentence stage).
    func markShapes(_ pieces: inout [Piece], _ u: [UInt16]) {
        let latin1 = Self.latin1Classes
        u.withUnsafeBufferPointer { u in
            pieces.withUnsafeMutableBufferPointer { pieces in
                for idx in pieces.indices where pieces[idx].kind == .word || pieces[idx].kind == .number {
                    let p = pieces[idx]
                    // Most words are lower-case Latin-1 letters only: no flag to add, skip the counts.
                    var plain = true
                    for k in p.start..<p.end where u[k] >= 0x100 || latin1[Int(u[k])] != Self.plainLowerBits {
                        plain = false
                        break
                    }
                    if plain && p.end > p.start { continue }
                    var upper = 0, lower = 0, digits = 0, latin = 0, cyrillic = 0, greek = 0
                    var hyphen = false
                    var firstLetterUpper: Bool?
                    for k in p.start..<p.end {
                        let c = u[k]
                        // Latin-1 (nearly every code unit in French text) from one table lookup.
                        let bits = c < 0x100 ? latin1[Int(c)] : Self.classBits(c)
                        if bits & Self.digitBit != 0 { digits += 1; continue }
                        guard bits & Self.letterBit != 0 else {
                            if bits & Self.hyphenBit != 0 { hyphen = true }
                            continue
                        }
                        let isUp = bits & Self.upperBit != 0
                        if firstLetterUpper == nil { firstLetterUpper = isUp }
                        if isUp { upper += 1 } else { lower += 1 }
                        if bits & Self.latinBit != 0 { latin += 1 }
                        else if CharacterClass.isCyrillic(c) { cyrillic += 1 }
                        else if CharacterClass.isGreek(c) { greek += 1 }
                    }
                    var shape = pieces[idx].shape
                    if hyphen { shape.insert(.hyphenated) }
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
        }
    }

    static let digitBit: UInt8 = 1, letterBit: UInt8 = 2, upperBit: UInt8 = 4, latinBit: UInt8 = 8, hyphenBit: UInt8 = 16
    /// A lower-case Latin letter: letter and Latin, nothing else.
    static let plainLowerBits: UInt8 = letterBit | latinBit

    /// The `CharacterClass` tests markShapes needs, as bits.
    @inline(__always)
    static func classBits(_ c: UInt16) -> UInt8 {
        var b: UInt8 = 0
        if CharacterClass.isASCIIDigit(c) { b |= digitBit }
        if CharacterClass.isLetter(c) { b |= letterBit }
        if CharacterClass.isUpper(c) { b |= upperBit }
        if CharacterClass.isLatinLetter(c) { b |= latinBit }
        if CharacterClass.isHyphen(c) { b |= hyphenBit }
        return b
    }

    /// `classBits` for U+0000...U+00FF.
    static let latin1Classes: [UInt8] = (0..<256).map { classBits(UInt16($0)) }

    /// Converts pieces to tokens with code-point offsets. A single U+0020 after a token is its
    /// trailing white space, as in spaCy; every other white space run is a `.space` token.
    func makeTokens(_ pieces: [Piece], _ u: [UInt16]) -> [Token] {
        // A single space after a token is not one (about half the pieces): reserve for the tokens only,
        // since the array lives as long as the document.
        @inline(__always) func isTrailingSpace(_ n: Int) -> Bool {
            let p = pieces[n]
            return p.kind == .space && p.end - p.start == 1 && u[p.start] == 0x20 && n > 0
                && pieces[n - 1].kind != .space && pieces[n - 1].end == p.start
        }
        var count = 0
        for n in pieces.indices where !isTrailingSpace(n) { count += 1 }
        var tokens: [Token] = []
        tokens.reserveCapacity(count)
        // Without surrogates (nearly every text), code-unit offsets are code-point offsets.
        let bmpOnly = u.withUnsafeBufferPointer { !$0.contains { $0 >= 0xD800 && $0 <= 0xDFFF } }
        var unit = 0
        var scalar = 0
        for (n, p) in pieces.enumerated() {
            let start: Int
            if bmpOnly {
                start = p.start
                scalar = p.end
            } else {
                // Advance the scalar counter to p.start, counting surrogate pairs once.
                while unit < p.start {
                    if !(u[unit] >= 0xDC00 && u[unit] <= 0xDFFF) { scalar += 1 }
                    unit += 1
                }
                start = scalar
                while unit < p.end {
                    if !(u[unit] >= 0xDC00 && u[unit] <= 0xDFFF) { scalar += 1 }
                    unit += 1
                }
            }
            if isTrailingSpace(n) { continue }
            tokens.append(Token(id: tokens.count, start: start, end: scalar, kind: p.kind, norm: "", shape: p.shape))
        }
        return tokens
    }
}
