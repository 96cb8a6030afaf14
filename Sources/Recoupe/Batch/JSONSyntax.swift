/// Checks that bytes are one well-formed JSON value (RFC 8259), without building it.
///
/// Resume uses it so that an output whose middle was zeroed or overwritten (a disk fault, a
/// stray `dd`) is redone instead of counted as done: the provenance at both ends can survive
/// such damage, a NUL byte in the middle cannot pass here (issue 18, item 8).
///
/// Cost: one pass over the bytes, no allocation beyond a nesting stack; nesting deeper than
/// `maxDepth` is refused.
public enum JSONSyntax {
    public static func isValid(_ b: [UInt8], maxDepth: Int = 512) -> Bool {
        b.withUnsafeBufferPointer { isValid($0, maxDepth: maxDepth) }
    }

    public static func isValid(_ b: UnsafeBufferPointer<UInt8>, maxDepth: Int = 512) -> Bool {
        var i = 0
        let n = b.count
        // Containers open: true for an object, false for an array.
        var stack: [Bool] = []
        @inline(__always) func skipSpace() { while i < n, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
        func string() -> Bool {
            guard i < n, b[i] == 0x22 else { return false }
            i += 1
            while i < n {
                let c = b[i]
                if c == 0x22 { i += 1; return true }
                if c < 0x20 { return false }
                if c == 0x5C {
                    i += 1
                    guard i < n else { return false }
                    switch b[i] {
                    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 1
                    case 0x75:
                        guard i + 4 < n else { return false }
                        for k in 1...4 where !isHex(b[i + k]) { return false }
                        i += 5
                    default: return false
                    }
                    continue
                }
                i += 1
            }
            return false
        }
        func number() -> Bool {
            let start = i
            if i < n, b[i] == 0x2D { i += 1 }
            guard i < n, isDigit(b[i]) else { return false }
            if b[i] == 0x30 { i += 1 } else { while i < n, isDigit(b[i]) { i += 1 } }
            if i < n, b[i] == 0x2E {
                i += 1
                guard i < n, isDigit(b[i]) else { return false }
                while i < n, isDigit(b[i]) { i += 1 }
            }
            if i < n, b[i] == 0x65 || b[i] == 0x45 {
                i += 1
                if i < n, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
                guard i < n, isDigit(b[i]) else { return false }
                while i < n, isDigit(b[i]) { i += 1 }
            }
            return i > start
        }
        func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard i + count <= n else { return false }
            for k in 0..<count where b[i + k] != word.utf8Start[k] { return false }
            i += count
            return true
        }
        /// An object member's name and its colon, then the space before the value.
        func memberName() -> Bool {
            guard string() else { return false }
            skipSpace()
            guard i < n, b[i] == 0x3A else { return false }
            i += 1
            skipSpace()
            return true
        }
        // A value, then what may follow it, until the outermost container closes.
        skipSpace()
        while true {
            // Expect a value.
            guard i < n else { return false }
            switch b[i] {
            case 0x7B, 0x5B:
                let object = b[i] == 0x7B
                stack.append(object)
                if stack.count > maxDepth { return false }
                i += 1
                skipSpace()
                if i < n, b[i] == (object ? 0x7D : 0x5D) {
                    stack.removeLast()
                    i += 1
                } else {
                    if object { guard memberName() else { return false } }
                    continue
                }
            case 0x22: guard string() else { return false }
            case 0x74: guard literal("true") else { return false }
            case 0x66: guard literal("false") else { return false }
            case 0x6E: guard literal("null") else { return false }
            default: guard number() else { return false }
            }
            // After a value: a comma, or the closing of containers.
            while true {
                skipSpace()
                guard let object = stack.last else {
                    return i == n
                }
                guard i < n else { return false }
                if b[i] == 0x2C {
                    i += 1
                    skipSpace()
                    if object { guard memberName() else { return false } }
                    break
                }
                guard b[i] == (object ? 0x7D : 0x5D) else { return false }
                stack.removeLast()
                i += 1
            }
        }
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 }
}
