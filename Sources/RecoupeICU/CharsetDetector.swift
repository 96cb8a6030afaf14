import CICU

/// ICU's charset detection and conversion (ucsdet, ucnv).
public enum Charset {
    public struct Detection: Sendable, Equatable {
        /// ICU's charset name, e.g. "UTF-8", "ISO-8859-1", "windows-1252".
        public var name: String
        /// ICU's confidence, 0-100.
        public var confidence: Int
    }

    /// The most likely charset of `bytes`, or nil when ICU has no candidate.
    public static func detect(_ bytes: UnsafeRawBufferPointer, declared: String? = nil) throws -> Detection? {
        var name = [CChar](repeating: 0, count: 64)
        var status: Int32 = 0
        let confidence = bytes.withMemoryRebound(to: CChar.self) { buf in
            cicu_detect_charset(buf.baseAddress, Int32(buf.count), declared, &name, 64, &status)
        }
        try ICUError.check(status, "ucsdet_detect")
        guard confidence >= 0 else { return nil }
        return Detection(name: String(nulTerminated: name), confidence: Int(confidence))
    }

    /// Decodes `bytes` in `charset` to UTF-16, replacing invalid sequences with U+FFFD and
    /// counting them.
    public static func decode(_ bytes: UnsafeRawBufferPointer, charset: String) throws -> (utf16: [UInt16], substitutions: Int) {
        var substitutions: Int32 = 0
        let out = try bytes.withMemoryRebound(to: CChar.self) { buf in
            try icuUTF16("ucnv_toUChars(\(charset))", initialCapacity: buf.count + 1) { dst, cap, status in
                cicu_convert_to_utf16(charset, buf.baseAddress, Int32(buf.count), dst, cap, &substitutions, &status)
            }
        }
        return (out, Int(substitutions))
    }
}
