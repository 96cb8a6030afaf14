import RecoupeCore
import RecoupeICU
/// Finds URLs, e-mail addresses and @handles / #hashtags, which ICU's word break cuts into
/// pieces, so the tokenizer keeps each whole. Ranges are UTF-16 offsets.
enum ProtectedSpans {
    struct Found {
        var start: Int
        var end: Int
        var kind: Token.Kind
    }

    static func find(in u: [UInt16]) -> [Found] {
        var out: [Found] = []
        let n = u.count
        var i = 0
        // One pass: each start is tested only where its trigger character occurs.
        while i < n {
            // Skip to the next trigger (h w H W @ #) through an unchecked buffer.
            i = u.withUnsafeBufferPointer { b in
                var j = i
                while j < n {
                    let c = b[j]
                    if c | 0x20 == 0x68 || c | 0x20 == 0x77 || c == 0x40 || c == 0x23 { break }
                    j += 1
                }
                return j
            }
            guard i < n else { break }
            let c = u[i]
            if c == 0x68 || c == 0x77 || c == 0x48 || c == 0x57, i == 0 || !isWordUnit(u[i - 1]) {  // h, w
                if let end = urlEnd(u, from: i) {
                    out.append(Found(start: i, end: end, kind: .url))
                    i = end
                    continue
                }
            }
            if c == 0x40 {  // @
                if i > 0, isEmailLocal(u[i - 1]), let (s, e) = email(u, at: i), s >= (out.last?.end ?? 0) {
                    out.append(Found(start: s, end: e, kind: .email))
                    i = e
                    continue
                }
                if i == 0 || !isWordUnit(u[i - 1]), let e = handleEnd(u, from: i + 1) {
                    out.append(Found(start: i, end: e, kind: .handle))
                    i = e
                    continue
                }
            }
            if c == 0x23, i == 0 || !isWordUnit(u[i - 1]), let e = handleEnd(u, from: i + 1) {  // #hashtag
                if !(CharacterClass.isASCIIDigit(u[i + 1])) {
                    out.append(Found(start: i, end: e, kind: .handle))
                    i = e
                    continue
                }
            }
            i += 1
        }
        return out
    }

    @inline(__always) static func isWordUnit(_ c: UInt16) -> Bool {
        CharacterClass.isLetter(c) || CharacterClass.isASCIIDigit(c) || c == 0x5F
    }

    @inline(__always) static func isEmailLocal(_ c: UInt16) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || CharacterClass.isASCIIDigit(c)
            || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
    }

    @inline(__always) static func isDomain(_ c: UInt16) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || CharacterClass.isASCIIDigit(c) || c == 0x2E || c == 0x2D
    }

    static func hasPrefix(_ u: [UInt16], _ i: Int, _ p: String) -> Bool {
        var j = i
        for c in p.utf16 {
            guard j < u.count else { return false }
            var x = u[j]
            if x >= 0x41 && x <= 0x5A { x += 0x20 }
            if x != c { return false }
            j += 1
        }
        return true
    }

    static func urlEnd(_ u: [UInt16], from i: Int) -> Int? {
        let body: Int
        if hasPrefix(u, i, "https://") { body = i + 8 }
        else if hasPrefix(u, i, "http://") { body = i + 7 }
        else if hasPrefix(u, i, "www.") { body = i + 4 }
        else { return nil }
        var j = body
        while j < u.count {
            let c = u[j]
            if CharacterClass.isSpace(c) || c == 0xAB || c == 0xBB || c == 0x22 || c == 0x3C || c == 0x3E
                || c == 0x201C || c == 0x201D { break }
            j += 1
        }
        // Trailing punctuation belongs to the sentence, not the address.
        while j > body, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x27, 0x2019].contains(u[j - 1]) { j -= 1 }
        guard j > body, isWordUnit(u[body]) else { return nil }
        return j
    }

    static func email(_ u: [UInt16], at: Int) -> (Int, Int)? {
        var s = at
        while s > 0, isEmailLocal(u[s - 1]) { s -= 1 }
        while s < at, !isWordUnit(u[s]) { s += 1 }  // no leading dot or dash
        var e = at + 1
        var dot = false
        while e < u.count, isDomain(u[e]) { if u[e] == 0x2E { dot = true }; e += 1 }
        while e > at + 1, u[e - 1] == 0x2E || u[e - 1] == 0x2D { e -= 1 }
        guard s < at, e > at + 1, dot, u[at + 1..<e].contains(0x2E) else { return nil }
        return (s, e)
    }

    static func handleEnd(_ u: [UInt16], from i: Int) -> Int? {
        var e = i
        while e < u.count, isWordUnit(u[e]) { e += 1 }
        return e > i ? e : nil
    }
}
