/// The one UTF-8 decoder and encoder for the hand-written fast paths over Swift strings
/// (scalars of a document, its surfaces, token norms, UTF-16 for ICU).
///
/// Swift strings hold valid UTF-8, so neither function checks its input: they must only be
/// given bytes of a `String` (or code points of valid scalars). Inlined across modules, so a
/// caller's loop compiles as if it were written in place.
package enum UTF8Coding {
    /// Decodes the code point that starts at byte `i` of valid UTF-8 and moves `i` past it.
    @inlinable @inline(__always)
    package static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
        let b = utf8[i]
        if b < 0x80 { i += 1; return UInt32(b) }
        if b < 0xE0 {
            defer { i += 2 }
            return UInt32(b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
        }
        if b < 0xF0 {
            defer { i += 3 }
            return UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
        }
        defer { i += 4 }
        return UInt32(b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
            | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
    }

    /// Writes the UTF-8 of code point `v` at `out[n...]` and returns how many bytes it wrote (1–4).
    @inlinable @inline(__always)
    package static func encode(_ v: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if v < 0x80 {
            out[n] = UInt8(truncatingIfNeeded: v)
            return 1
        }
        if v < 0x800 {
            out[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return 2
        }
        if v < 0x10000 {
            out[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            return 3
        }
        out[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
        out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
        out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
        out[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        return 4
    }
}
