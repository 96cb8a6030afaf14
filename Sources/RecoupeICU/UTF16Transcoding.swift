/// UTF-16 code units of a string, for ICU.
///
/// `Array(string.utf16)` walks the string a code unit at a time through the generic collection
/// path (and builds breadcrumbs); this transcodes the native UTF-8 storage directly, which is
/// several times faster on whole documents. Swift strings hold valid UTF-8, so no checks are needed.
package enum UTF16Transcoding {
    package static func codeUnits(_ string: String) -> [UInt16] {
        var string = string
        return string.withUTF8 { utf8 in
            let n = utf8.count
            // A UTF-8 string never has more UTF-16 code units than bytes.
            return [UInt16](unsafeUninitializedCapacity: n) { out, count in
                var i = 0, o = 0
                let src = utf8.baseAddress!, dst = out.baseAddress!
                while i < n {
                    // Eight ASCII bytes at a time (most of a French text is ASCII).
                    while i + 8 <= n {
                        let word = UInt64(littleEndian: UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self))
                        if word & 0x8080_8080_8080_8080 != 0 { break }
                        for k in 0..<8 { dst[o + k] = UInt16(truncatingIfNeeded: word >> (8 * UInt64(k))) & 0xFF }
                        i += 8; o += 8
                    }
                    guard i < n else { break }
                    let v = UTF8Coding.decode(utf8, at: &i)
                    if v < 0x10000 {
                        out[o] = UInt16(truncatingIfNeeded: v)
                        o += 1
                    } else {
                        out[o] = UInt16(truncatingIfNeeded: 0xD800 + ((v - 0x10000) >> 10))
                        out[o + 1] = UInt16(truncatingIfNeeded: 0xDC00 + ((v - 0x10000) & 0x3FF))
                        o += 2
                    }
                }
                count = o
            }
        }
    }
}
