/// The one JSON string escaper (RFC 8259), shared by ``JSONWriter`` and the token fast path of
/// ``DocumentJSON``: `"`, `\` and the control characters are escaped (`\n`, `\r`, `\t`, else
/// `\u00XX`); every other byte of the UTF-8 is copied, so output is UTF-8, not ASCII.
enum JSONEscaping {
    /// The most bytes ``writeEscaped(_:to:)`` writes for `count` input bytes (every byte `\u00XX`).
    @inline(__always) static func maxEscapedCount(_ count: Int) -> Int { 6 * count }

    /// Writes `utf8` escaped (without the surrounding quotes) at `out`, which has room for
    /// ``maxEscapedCount(_:)`` bytes, and returns how many bytes it wrote. Runs of plain bytes are
    /// copied in bulk. Escaping is per byte, so a caller may split a long string anywhere.
    @inline(__always)
    static func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var o = 0, runStart = 0
        let n = utf8.count
        for i in 0..<n {
            let c = utf8[i]
            if c >= 0x20 && c != 0x22 && c != 0x5C { continue }
            if runStart < i { (out + o).update(from: utf8.baseAddress! + runStart, count: i - runStart); o += i - runStart }
            runStart = i + 1
            out[o] = 0x5C
            switch c {
            case 0x22: out[o + 1] = 0x22; o += 2
            case 0x5C: out[o + 1] = 0x5C; o += 2
            case 0x0A: out[o + 1] = 0x6E; o += 2
            case 0x0D: out[o + 1] = 0x72; o += 2
            case 0x09: out[o + 1] = 0x74; o += 2
            default:
                let hex: StaticString = "0123456789abcdef"
                out[o + 1] = 0x75; out[o + 2] = 0x30; out[o + 3] = 0x30
                out[o + 4] = hex.utf8Start[Int(c >> 4)]; out[o + 5] = hex.utf8Start[Int(c & 0xF)]
                o += 6
            }
        }
        if runStart < n { (out + o).update(from: utf8.baseAddress! + runStart, count: n - runStart); o += n - runStart }
        return o
    }
}
