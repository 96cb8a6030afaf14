import Foundation

/// A growable set of token norms, compared by their UTF-8 bytes: open addressing over flat arrays,
/// a multiplicative hash of the bytes, the members' bytes one after the other.
///
/// Why not `Set<String>`: a document's entity context adds every lower-case word it reads (hundreds
/// of thousands in a novel), and the standard set's seeded SipHash, normalising non-ASCII text before
/// hashing, cost 500 instructions a word. Norms are NFC (`TokenNormalizer`), so two norms are equal
/// strings exactly when their bytes are equal; for strings that are not NFC this set is stricter than
/// `Set<String>` ("é" and "e\u{301}" are two members here).
public struct NormSet: Sendable {
    /// Member index per slot, -1 for an empty slot.
    private var slots: [Int32]
    private var slotHashes: [UInt64]
    /// Where each member's bytes start in `bytes`; member `i` ends where `i + 1` starts.
    private var starts: [Int32] = [0]
    private var bytes: [UInt8] = []

    /// An empty set with room for about `capacity` members before it grows.
    public init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        slotHashes = [UInt64](repeating: 0, count: size)
    }

    /// Members.
    public var count: Int { starts.count - 1 }

    /// A multiplicative hash over 8 bytes at a time (most norms are one or two words of it).
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < bytes.count {
            var tail: UInt64 = 0
            for k in i..<bytes.count { tail = tail << 8 | UInt64(base[k]) }
            h = (h ^ tail) &* 0xFF51_AFD7_ED55_8CCD
        }
        return h ^ (h >> 29)
    }

    /// Adds `norm`; false when it was a member already.
    @discardableResult
    public mutating func insert(_ norm: String) -> Bool {
        Self.withBytes(norm) { word in
            let h = Self.hash(word)
            let (slot, found) = find(word, hash: h)
            if found { return false }
            slots[slot] = Int32(count)
            slotHashes[slot] = h
            bytes.append(contentsOf: word)
            starts.append(Int32(bytes.count))
            if count * 2 > slots.count { grow() }
            return true
        }
    }

    /// Whether `norm` is a member.
    public func contains(_ norm: String) -> Bool {
        Self.withBytes(norm) { word in find(word, hash: Self.hash(word)).found }
    }

    /// The slot holding `word`, or the empty slot where it would go.
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (slot: Int, found: Bool) {
        slots.withUnsafeBufferPointer { slots in
            slotHashes.withUnsafeBufferPointer { hashes in
                starts.withUnsafeBufferPointer { starts in
                    bytes.withUnsafeBufferPointer { bytes in
                        let mask = slots.count - 1
                        var i = Int(truncatingIfNeeded: h) & mask
                        while true {
                            let member = Int(slots[i])
                            if member < 0 { return (i, false) }
                            if hashes[i] == h {
                                let start = Int(starts[member]), length = Int(starts[member + 1]) - start
                                if length == word.count, length == 0 || memcmp(bytes.baseAddress! + start, word.baseAddress!, length) == 0 {
                                    return (i, true)
                                }
                            }
                            i = (i + 1) & mask
                        }
                    }
                }
            }
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: size)
        var newHashes = [UInt64](repeating: 0, count: size)
        for (i, member) in slots.enumerated() where member >= 0 {
            var j = Int(truncatingIfNeeded: slotHashes[i]) & (size - 1)
            while newSlots[j] >= 0 { j = (j + 1) & (size - 1) }
            newSlots[j] = member
            newHashes[j] = slotHashes[i]
        }
        slots = newSlots
        slotHashes = newHashes
    }

    /// `body` over the UTF-8 bytes of `s`, without a copy for native and small strings.
    @inline(__always)
    private static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }
}
