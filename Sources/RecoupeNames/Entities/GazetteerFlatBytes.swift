import Foundation

/// Writes the flat little-endian records of a compiled table (the compiled gazetteer): counts and
/// numbers as 4 or 8 bytes, strings as a length and UTF-8 bytes, integer arrays as a count and their
/// raw memory (one copy each way instead of an element at a time).
struct FlatWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
    mutating func count(_ n: Int) { u32(UInt32(n)) }

    mutating func string(_ s: String) {
        count(s.utf8.count)
        bytes += s.utf8
    }

    /// A string or nil (length 0xFFFF_FFFF).
    mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { u32(.max) }
    }

    mutating func strings(_ list: some Collection<String>) {
        count(list.count)
        for s in list { string(s) }
    }

    /// An array of integers as its memory (the reader checks the host is little-endian).
    mutating func array<T: FixedWidthInteger>(_ a: [T]) {
        count(a.count)
        a.withUnsafeBytes { bytes += $0 }
    }
}

/// Reads what `FlatWriter` wrote, checking every length against the bytes left: a malformed body
/// throws `FlatReader.Malformed`, never reads out of bounds.
struct FlatReader {
    struct Malformed: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var i = 0
    var isAtEnd: Bool { i == bytes.count }

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= bytes.count - i else { throw Malformed() }
        defer { i += n }
        return UnsafeRawBufferPointer(rebasing: bytes[i..<(i + n)])
    }

    mutating func u32() throws -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }
    mutating func u64() throws -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }

    /// A count, at most `limit` (a bound the caller knows, e.g. the bytes left).
    mutating func count(limit: Int? = nil) throws -> Int {
        let n = Int(try u32())
        guard n <= (limit ?? bytes.count - i) else { throw Malformed() }
        return n
    }

    mutating func string() throws -> String {
        String(decoding: try take(count()).assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        let n = try u32()
        if n == .max { return nil }
        return String(decoding: try take(Int(n)).assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let n = try count(limit: (bytes.count - i) / 4)
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func array<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        let n = try count(limit: (bytes.count - i) / MemoryLayout<T>.size)
        let raw = try take(n * MemoryLayout<T>.size)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            if n > 0 { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw) }
            initialized = n
        }
    }
}
