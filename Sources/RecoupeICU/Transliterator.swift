import CICU

/// An ICU transliterator, built in (by ID) or from rule source (`Lexicons/translit/*.txt`).
///
/// Not thread-safe: ICU transliterators may keep state while transforming, so each task opens its
/// own (opening compiled rules is cheap next to compiling them; cache per thread if hot).
public final class Transliterator {
    private let handle: OpaquePointer
    public let id: String

    /// A built-in transform, e.g. "Russian-Latin/BGN", "Any-Latin", "Latin-ASCII".
    public init(id: String, reverse: Bool = false) throws {
        let u = Array(id.utf16)
        var status: Int32 = 0
        let h = cicu_translit_open(u, Int32(u.count), reverse ? 1 : 0, &status)
        try ICUError.check(status, "utrans_openU(\(id))")
        guard let h else { throw ICUError(status: 1, operation: "utrans_openU(\(id))") }
        handle = h
        self.id = id
    }

    /// A transform compiled from ICU rule source.
    public init(id: String, rules: String, reverse: Bool = false) throws {
        let u = Array(id.utf16)
        let r = Array(rules.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let h = cicu_translit_open_rules(u, Int32(u.count), r, Int32(r.count), reverse ? 1 : 0, &line, &offset, &status)
        try ICUError.check(status, "utrans_openU(\(id)) rules line \(line) offset \(offset)")
        guard let h else { throw ICUError(status: 1, operation: "utrans_openU(\(id))") }
        handle = h
        self.id = id
    }

    deinit { cicu_translit_close(handle) }

    public func transform(_ string: String) throws -> String {
        var buffer = Array(string.utf16)
        var capacity = buffer.count * 4 + 16
        while true {
            var work = buffer
            work.append(contentsOf: repeatElement(0, count: capacity - work.count))
            var length = Int32(buffer.count)
            var status: Int32 = 0
            let needed = cicu_translit_transform(handle, &work, &length, Int32(capacity), &status)
            if status == CICU_BUFFER_OVERFLOW {
                capacity = Int(needed) * 2 + 16
                buffer = Array(string.utf16)
                continue
            }
            try ICUError.check(status, "utrans_transUChars(\(id))")
            return String(decoding: work[0..<Int(length)], as: UTF16.self)
        }
    }
}
