import CICU

/// UTS #39 confusable detection (uspoof): flags mixed-script names ("Dаrchiev" with a Cyrillic а)
/// and gives the skeleton under which confusable spellings compare equal.
public final class SpoofChecker {
    private let handle: OpaquePointer

    public init() throws {
        var status: Int32 = 0
        let h = cicu_spoof_open(&status)
        try ICUError.check(status, "uspoof_open")
        guard let h else { throw ICUError(status: 1, operation: "uspoof_open") }
        handle = h
    }

    deinit { cicu_spoof_close(handle) }

    public func skeleton(_ string: String) throws -> String {
        let src = Array(string.utf16)
        let out = try icuUTF16("uspoof_getSkeleton", initialCapacity: src.count * 2 + 8) { dst, cap, status in
            cicu_spoof_skeleton(handle, src, Int32(src.count), dst, cap, &status)
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// True when ICU's default checks flag the string (mixed scripts, invisible characters …).
    public func isSuspicious(_ string: String) throws -> Bool {
        let src = Array(string.utf16)
        var status: Int32 = 0
        let r = cicu_spoof_check(handle, src, Int32(src.count), &status)
        try ICUError.check(status, "uspoof_check2")
        return r != 0
    }
}
