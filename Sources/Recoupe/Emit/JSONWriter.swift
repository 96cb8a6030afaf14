/// A small, fast JSON writer into a byte buffer (Foundation's encoder costs more than the rest
/// of the pipeline). Produces compact JSON; strings are escaped per RFC 8259.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Per open container: whether a value was already written (the next needs a comma).
    private var hasValue: [Bool] = [false]
    /// A key was just written: the next value follows it without a comma.
    private var afterKey = false

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    @inline(__always) private mutating func separator() {
        if afterKey { afterKey = false; return }
        if hasValue[hasValue.count - 1] { bytes.append(0x2C) } else { hasValue[hasValue.count - 1] = true }
    }

    public mutating func beginObject() { separator(); bytes.append(0x7B); hasValue.append(false) }
    public mutating func endObject() { bytes.append(0x7D); hasValue.removeLast() }
    public mutating func beginArray() { separator(); bytes.append(0x5B); hasValue.append(false) }
    public mutating func endArray() { bytes.append(0x5D); hasValue.removeLast() }

    /// Writes `"key":`; the next value follows it.
    public mutating func key(_ k: StaticString) {
        separator()
        bytes.append(0x22)
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        afterKey = true
    }

    public mutating func key(_ k: String) {
        separator()
        string(k)
        bytes.append(0x3A)
        afterKey = true
    }

    public mutating func value(_ s: String) { separator(); string(s) }
    public mutating func value(_ s: String?) { if let s { value(s) } else { null() } }
    public mutating func value(_ n: Int) {
        separator()
        if n == 0 { bytes.append(0x30); return }
        var v = n.magnitude
        var tmp: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var len = 0
        withUnsafeMutableBytes(of: &tmp) { buf in
            while v > 0 { buf[len] = UInt8(0x30 + v % 10); v /= 10; len += 1 }
            if n < 0 { bytes.append(0x2D) }
            for k in stride(from: len - 1, through: 0, by: -1) { bytes.append(buf[k]) }
        }
    }
    public mutating func value(_ d: Double) {
        separator()
        let rounded = (d * 1000).rounded() / 1000
        bytes.append(contentsOf: Array("\(rounded)".utf8))
    }
    public mutating func value(_ b: Bool) { separator(); bytes.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8)) }
    public mutating func null() { separator(); bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }


    private mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            for i in 0..<utf8.count {
                let c = utf8[i]
                if c >= 0x20 && c != 0x22 && c != 0x5C { continue }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                runStart = i + 1
                switch c {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
                }
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])) }
        }
        bytes.append(0x22)
    }
}
