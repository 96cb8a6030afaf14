import CICU

/// Unicode normalization and case operations from the system ICU.
///
/// Foundation on Linux bundles its own ICU (76) whose data disagrees with the system ICU 72 on a
/// few conformance lines; Recoupe uses the system ICU everywhere so results are reproducible.
public enum Normalizer {
    public enum Form: UInt32, Sendable, CaseIterable {
        case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3, nfkcCasefold = 4
    }

    public static func normalize(_ utf16: [UInt16], _ form: Form) throws -> [UInt16] {
        try utf16.withUnsafeBufferPointer { src in
            try icuUTF16("unorm2_normalize(\(form))", initialCapacity: src.count + src.count / 2 + 4) { dst, cap, status in
                cicu_normalize(cicu_normal_form(rawValue: form.rawValue), src.baseAddress, Int32(src.count), dst, cap, &status)
            }
        }
    }

    public static func normalize(_ string: String, _ form: Form) throws -> String {
        String(decoding: try normalize(Array(string.utf16), form), as: UTF16.self)
    }

    public static func isNormalized(_ utf16: [UInt16], _ form: Form) throws -> Bool {
        var status: Int32 = 0
        let r = cicu_is_normalized(cicu_normal_form(rawValue: form.rawValue), utf16, Int32(utf16.count), &status)
        try ICUError.check(status, "unorm2_isNormalized")
        return r != 0
    }

    /// Full default case folding (ß → ss, ﬁ → fi …).
    public static func foldCase(_ utf16: [UInt16]) throws -> [UInt16] {
        try utf16.withUnsafeBufferPointer { src in
            try icuUTF16("u_strFoldCase", initialCapacity: src.count + 8) { dst, cap, status in
                cicu_fold_case(src.baseAddress, Int32(src.count), dst, cap, &status)
            }
        }
    }

    public static func lowercased(_ string: String, locale: String = "fr") throws -> String {
        let src = Array(string.utf16)
        let out = try icuUTF16("u_strToLower", initialCapacity: src.count + 8) { dst, cap, status in
            cicu_to_lower(locale, src, Int32(src.count), dst, cap, &status)
        }
        return String(decoding: out, as: UTF16.self)
    }

    public static func uppercased(_ string: String, locale: String = "fr") throws -> String {
        let src = Array(string.utf16)
        let out = try icuUTF16("u_strToUpper", initialCapacity: src.count + 8) { dst, cap, status in
            cicu_to_upper(locale, src, Int32(src.count), dst, cap, &status)
        }
        return String(decoding: out, as: UTF16.self)
    }
}
