import Foundation

/// Writes the flat little-endian records of the derived-table cache's files (the compiled gazetteer,
/// `DerivedStringStore`): counts and numbers as 4 or 8 bytes, strings and byte strings as a length
/// and their bytes, integer arrays as a count and their raw memory (one copy each way instead of an
/// element at a time).
///
/// Inlinable: the readers of large tables call these per record from other modules.
public struct FlatWriter {
    @usableFromInline var storage: [UInt8]
    /// What was written.
    public var bytes: [UInt8] { storage }

    /// A writer whose bytes start with `prefix` (a file's magic and version).
    @inlinable public init(prefix: [UInt8] = []) { storage = prefix }

    @inlinable public mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { storage += $0 } }
    @inlinable public mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { storage += $0 } }
    @inlinable public mutating func count(_ n: Int) { u32(UInt32(n)) }

    @inlinable public mutating func string(_ s: String) { byteString(s.utf8) }

    /// Bytes as a length and the bytes.
    @inlinable public mutating func byteString(_ b: some Collection<UInt8>) {
        count(b.count)
        storage += b
    }

    /// A string or nil (length 0xFFFF_FFFF).
    @inlinable public mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { u32(.max) }
    }

    @inlinable public mutating func strings(_ list: some Collection<String>) {
        count(list.count)
        for s in list { string(s) }
    }

    /// An array of integers as its memory (the reader checks the host is little-endian).
    @inlinable public mutating func array<T: FixedWidthInteger>(_ a: [T]) {
        count(a.count)
        a.withUnsafeBytes { storage += $0 }
    }
}

/// Reads what `FlatWriter` wrote, checking every length against the bytes left: a malformed body
/// throws `FlatReader.Malformed`, never reads out of bounds.
public struct FlatReader {
    public struct Malformed: Error {
        public init() {}
    }

    @usableFromInline let bytes: UnsafeRawBufferPointer
    @usableFromInline var i = 0
    @inlinable public var isAtEnd: Bool { i == bytes.count }

    /// A reader of `bytes` (which must outlive it).
    @inlinable public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    @inlinable mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= bytes.count - i else { throw Malformed() }
        defer { i += n }
        return UnsafeRawBufferPointer(rebasing: bytes[i..<(i + n)])
    }

    @inlinable public mutating func u32() throws -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }
    @inlinable public mutating func u64() throws -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }

    /// A count, at most `limit` (a bound the caller knows, e.g. the bytes left).
    @inlinable public mutating func count(limit: Int? = nil) throws -> Int {
        let n = Int(try u32())
        guard n <= (limit ?? bytes.count - i) else { throw Malformed() }
        return n
    }

    @inlinable public mutating func string() throws -> String {
        String(decoding: try take(count()).assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    /// Bytes written by `FlatWriter.byteString`.
    @inlinable public mutating func byteString() throws -> [UInt8] { Array(try take(count())) }

    @inlinable public mutating func optionalString() throws -> String? {
        let n = try u32()
        if n == .max { return nil }
        return String(decoding: try take(Int(n)).assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    @inlinable public mutating func strings() throws -> [String] {
        let n = try count(limit: (bytes.count - i) / 4)
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    @inlinable public mutating func array<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        let n = try count(limit: (bytes.count - i) / MemoryLayout<T>.size)
        let raw = try take(n * MemoryLayout<T>.size)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            if n > 0 { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw) }
            initialized = n
        }
    }
}
