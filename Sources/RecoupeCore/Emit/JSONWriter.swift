import RecoupeICU
/// A small, fast JSON writer into a byte buffer (Foundation's encoder costs more than the rest
/// of the pipeline). Produces compact JSON; strings are escaped per RFC 8259.
///
/// Speed matters here: an annotated document's JSON is ~16× its text. Every write is one bulk
/// append (never a byte at a time), and the comma state is a bit stack, not an array.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Per open container (bit `depth`): whether a value was already written (the next needs a
    /// comma). Bit 0 is the top level.
    private var hasValue: UInt64 = 0
    private var depth = 0
    /// A key was just written: the next value follows it without a comma.
    private var afterKey = false

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// Forgets the bytes written so far (handed on by a streaming caller), keeping the nesting
    /// state and the buffer's capacity.
    public mutating func removeAllBytes() { bytes.removeAll(keepingCapacity: true) }

    @inline(__always) private mutating func separator() {
        if afterKey { afterKey = false; return }
        let bit: UInt64 = 1 << UInt64(depth)
        if hasValue & bit != 0 { bytes.append(0x2C) } else { hasValue |= bit }
    }

    @inline(__always) private mutating func push() {
        depth += 1
        precondition(depth < 64, "JSONWriter: nesting deeper than 63")
        hasValue &= ~(1 << UInt64(depth))
    }

    public mutating func beginObject() { separator(); bytes.append(0x7B); push() }
    public mutating func endObject() { bytes.append(0x7D); depth -= 1 }
    public mutating func beginArray() { separator(); bytes.append(0x5B); push() }
    public mutating func endArray() { bytes.append(0x5D); depth -= 1 }

    /// Writes `"key":`; the next value follows it.
    public mutating func key(_ k: StaticString) {
        separator()
        bytes.append(0x22)
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        afterKey = true
    }

    /// Writes `"key":` from a type's key table (its `CodingKeys`), so that the writer and the
    /// decoder spell each key in one place. Key names are plain ASCII: no escaping scan.
    public mutating func key<Key: CodingKey>(_ k: Key) {
        separator()
        bytes.append(0x22)
        bytes.append(contentsOf: k.stringValue.utf8)
        bytes.append(0x22)
        bytes.append(0x3A)
        afterKey = true
    }

    /// A key that is not a literal (literals take the `StaticString` overload: no escaping scan).
    @_disfavoredOverload
    public mutating func key(_ k: String) {
        separator()
        string(k)
        bytes.append(0x3A)
        afterKey = true
    }

    public mutating func value(_ s: String) { separator(); string(s) }
    public mutating func value(_ s: String?) { if let s { value(s) } else { null() } }
    public mutating func value(_ n: Int) { separator(); appendInt(n) }
    public mutating func value(_ d: Double) {
        separator()
        let rounded = (d * 1000).rounded() / 1000
        bytes.append(contentsOf: "\(rounded)".utf8)
    }
    public mutating func value(_ b: Bool) {
        separator()
        if b { appendRaw("true") } else { appendRaw("false") }
    }
    public mutating func null() { separator(); appendRaw("null") }

    /// Writes pre-encoded JSON as the next value (the caller vouches that it is valid JSON).
    public mutating func rawValue(_ json: StaticString) { separator(); appendRaw(json) }

    // MARK: Unchecked appends, for callers that lay out a whole object themselves (DocumentJSON's
    // tokens). They write bytes only: no comma, no key state.

    /// Appends bytes as they are.
    @inline(__always) mutating func appendRaw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always) mutating func appendRaw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    @inline(__always) mutating func appendByte(_ b: UInt8) { bytes.append(b) }

    /// Appends an integer in decimal, in one append.
    @inline(__always) mutating func appendInt(_ n: Int) {
        if n >= 0 && n < 10 { bytes.append(UInt8(0x30 + n)); return }
        var v = n.magnitude
        // 20 digits hold any UInt64, plus a sign.
        var tmp: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &tmp) { buf in
            var i = buf.count
            while v > 0 {
                i -= 1
                buf[i] = UInt8(truncatingIfNeeded: 0x30 &+ v % 10)
                v /= 10
            }
            if n < 0 { i -= 1; buf[i] = 0x2D }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[i...]))
        }
    }

    /// Appends at most `capacity` bytes that `body` writes through a pointer, returning how many
    /// it wrote: one growth check for a whole run of small writes.
    @inline(__always) mutating func appendUnsafe(capacity: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let old = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: capacity))
        let written = bytes.withUnsafeMutableBufferPointer { body($0.baseAddress! + old) }
        precondition(written <= capacity, "JSONWriter.appendUnsafe overflow")
        bytes.removeLast(capacity - written)
    }

    /// Appends `s` as a JSON string (quoted, escaped).
    @inline(__always) mutating func appendString(_ s: String) { string(s) }

    /// Quoted and escaped by ``JSONEscaping``, in pieces of at most 64 KiB of input so that a long
    /// text never reserves six times its size at once.
    private mutating func string(_ s: String) {
        string(s, flush: { _ in })
    }

    /// A string value escaped in 64 KB pieces, `flush` called after each: a document's text is
    /// never escaped whole into the buffer (16 MB of text grew it to 107 MB; issue 18).
    public mutating func value(_ s: String, flush: (inout JSONWriter) throws -> Void) rethrows {
        separator()
        try string(s, flush: flush)
    }

    private mutating func string(_ s: String, flush: (inout JSONWriter) throws -> Void) rethrows {
        bytes.append(0x22)
        var s = s
        try s.withUTF8 { utf8 in
            var from = 0
            while from < utf8.count {
                let piece = UnsafeBufferPointer(rebasing: utf8[from..<min(from + 65_536, utf8.count)])
                appendUnsafe(capacity: JSONEscaping.maxEscapedCount(piece.count)) { JSONEscaping.writeEscaped(piece, to: $0) }
                from += piece.count
                try flush(&self)
            }
        }
        bytes.append(0x22)
    }
}
