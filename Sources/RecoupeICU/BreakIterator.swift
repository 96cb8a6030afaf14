import CICU

/// An ICU break iterator (character, word, line or sentence) for one locale.
///
/// Opens in `init`, closes in `deinit`. Not thread-safe: ICU break iterators keep per-text state,
/// so each task uses its own. Cost: opening is ~10-50 µs (ICU caches the rule data); a pass is
/// linear in the text.
public final class BreakIterator {
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    private let handle: OpaquePointer
    private var text: [UInt16] = []
    public let kind: Kind?
    public let locale: String

    public init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        let handle = cicu_break_open(cicu_break_kind(rawValue: UInt32(kind.rawValue)), locale, &status)
        try ICUError.check(status, "ubrk_open(\(kind), \(locale))")
        guard let handle else { throw ICUError(status: 1, operation: "ubrk_open(\(kind), \(locale))") }
        self.handle = handle
        self.kind = kind
        self.locale = locale
    }

    /// A break iterator from ICU rule source (for tests and custom segmentations).
    public init(rules: String) throws {
        let utf16 = Array(rules.utf16)
        var status: Int32 = 0
        let handle = cicu_break_open_rules(utf16, Int32(utf16.count), &status)
        try ICUError.check(status, "ubrk_openRules")
        guard let handle else { throw ICUError(status: 1, operation: "ubrk_openRules") }
        self.handle = handle
        self.kind = nil
        self.locale = ""
    }

    /// Reusable output buffers for `withBoundaries` (one iterator per worker), kept between calls
    /// only up to `retainedCapacity` entries: a huge document's buffers (8 bytes per code unit for
    /// words) are freed when its pass ends, not held while its later stages run (issue 18, item 3).
    private var offsetBuffer: UnsafeMutablePointer<Int32>? = nil
    private var statusBuffer: UnsafeMutablePointer<Int32>? = nil
    private var bufferCapacity = 0
    static let retainedCapacity = 1 << 20

    deinit {
        cicu_break_close(handle)
        offsetBuffer?.deallocate()
        statusBuffer?.deallocate()
    }

    /// Like `boundaries`, without allocating: `body` gets the boundaries and statuses in the
    /// iterator's own buffers, valid only during the call. For per-document hot paths.
    public func withBoundaries<R>(_ utf16: UnsafeBufferPointer<UInt16>,
                                  _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) throws -> R) throws -> R {
        var status: Int32 = 0
        cicu_break_set_text(handle, utf16.baseAddress, Int32(utf16.count), &status)
        try ICUError.check(status, "ubrk_setText")
        // A retry reruns ICU's whole pass, so size for the worst case where boundaries are dense:
        // word (and character) boundaries come every 1.4 code units in French prose (each space
        // is a segment), and never more than one per unit. Sentences are sparse: guess, retry once.
        var wanted = kind == .word || kind == .character || kind == .line ? utf16.count + 1 : utf16.count / 3 + 16
        while true {
            if wanted > bufferCapacity {
                offsetBuffer?.deallocate()
                statusBuffer?.deallocate()
                bufferCapacity = max(wanted, bufferCapacity * 2)
                offsetBuffer = .allocate(capacity: bufferCapacity)
                statusBuffer = .allocate(capacity: bufferCapacity)
            }
            let n = cicu_break_all(handle, offsetBuffer, statusBuffer, Int32(bufferCapacity))
            if n >= 0 {
                // ICU keeps a pointer to the text: detach it before the caller's buffer goes away.
                cicu_break_set_text(handle, nil, 0, &status)
                defer { if bufferCapacity > BreakIterator.retainedCapacity { releaseBuffers() } }
                return try body(UnsafeBufferPointer(start: offsetBuffer, count: Int(n)),
                                UnsafeBufferPointer(start: statusBuffer, count: Int(n)))
            }
            wanted = Int(-n)
        }
    }

    private func releaseBuffers() {
        offsetBuffer?.deallocate()
        statusBuffer?.deallocate()
        offsetBuffer = nil
        statusBuffer = nil
        bufferCapacity = 0
    }

    /// All boundaries of `utf16` (UTF-16 offsets, including 0 and the end) and, for each, the
    /// rule status ICU reports for the segment that ends there (UWordBreak tags for words).
    public func boundaries(_ utf16: [UInt16]) throws -> (offsets: [Int32], statuses: [Int32]) {
        text = utf16  // ICU keeps a pointer: the array must stay alive and unchanged during the pass
        var status: Int32 = 0
        let count = text.count
        let result: (offsets: [Int32], statuses: [Int32]) = try text.withUnsafeBufferPointer { buf in
            cicu_break_set_text(handle, buf.baseAddress, Int32(count), &status)
            try ICUError.check(status, "ubrk_setText")
            // Start with a generous guess (one boundary per 3 units) and retry once with the exact size.
            var capacity = count / 3 + 16
            while true {
                var offsets = [Int32](repeating: 0, count: capacity)
                var statuses = [Int32](repeating: 0, count: capacity)
                let n = cicu_break_all(handle, &offsets, &statuses, Int32(capacity))
                if n >= 0 {
                    offsets.removeSubrange(Int(n)...)
                    statuses.removeSubrange(Int(n)...)
                    return (offsets, statuses)
                }
                capacity = Int(-n)
            }
        }
        text = []
        return result
    }
}

/// ICU's UWordBreak rule status ranges.
public enum WordBreakStatus {
    public static let none = 0..<100
    public static let number = 100..<200
    public static let letter = 200..<300
    public static let kana = 300..<400
    public static let ideo = 400..<500
}
