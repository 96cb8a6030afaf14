import CICU

/// A failed ICU call: the ICU error code, its name, and the call that failed.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let status: Int32
    public let operation: String

    public var description: String {
        "ICU \(operation) failed: \(String(cString: cicu_error_name(status))) (\(status))"
    }

    /// ICU warnings (negative codes) are successes.
    @inline(__always)
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws {
        if status > 0 { throw ICUError(status: status, operation: operation()) }
    }
}

/// Calls an ICU function that writes UTF-16 into a caller buffer, retrying once with the size
/// ICU asked for when the first buffer was too small.
@inline(__always)
func icuUTF16(
    _ operation: @autoclosure () -> String,
    initialCapacity: Int,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
) throws -> [UInt16] {
    var capacity = max(initialCapacity, 16)
    for _ in 0..<2 {
        var status: Int32 = 0
        var needed: Int32 = 0
        let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
            needed = body(buffer.baseAddress!, Int32(capacity), &status)
            count = (status <= 0 && Int(needed) <= capacity) ? Int(needed) : 0
        }
        if status == CICU_BUFFER_OVERFLOW || (status <= 0 && Int(needed) > capacity) {
            capacity = Int(needed) + 1
            continue
        }
        try ICUError.check(status, operation())
        return result
    }
    throw ICUError(status: CICU_BUFFER_OVERFLOW, operation: operation())
}

/// ICU and Unicode versions of the linked library (the conformance exclusions are keyed to them).
public enum ICUVersion {
    public static var icu: String {
        var buf = [CChar](repeating: 0, count: 32)
        cicu_icu_version(&buf, 32)
        return String(nulTerminated: buf)
    }

    public static var unicode: String {
        var buf = [CChar](repeating: 0, count: 32)
        cicu_unicode_version(&buf, 32)
        return String(nulTerminated: buf)
    }
}

extension String {
    /// The UTF-8 text of a C buffer that ICU filled, up to its first NUL.
    package init(nulTerminated buffer: [CChar]) {
        let end = buffer.firstIndex(of: 0) ?? buffer.endIndex
        self = String(decoding: buffer[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
