import Foundation

/// The tagger's word-type ids: open addressing over flat arrays, keyed by an FNV-1a hash of the
/// norm's UTF-8 bytes and the shape, confirmed by comparing bytes.
///
/// Why not `Dictionary<TokenType, Int32>`: every token of every document looks its type up, and
/// the standard dictionary's seeded SipHash plus String equality (a retain, a normalisation check)
/// cost more than the look-up's result is worth. Norms are NFC, so equal bytes are equal words.
struct TokenTypeTable {
    private var slots: [Int32]
    private var slotHashes: [UInt64]
    private var norms: [String] = []
    private var shapes: [UInt8] = []

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        slotHashes = [UInt64](repeating: 0, count: size)
    }

    var count: Int { norms.count }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>, shape: UInt8) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(shape)
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The id of `type`, and whether it was just added (ids are dense, in order of first sight).
    mutating func id(of type: TokenType) -> (id: Int32, isNew: Bool) {
        var norm = type.norm
        return norm.withUTF8 { bytes in
            let h = Self.hash(bytes, shape: type.shape)
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let id = slots[i]
                if id < 0 { break }
                if slotHashes[i] == h, shapes[Int(id)] == type.shape, Self.equal(&norms[Int(id)], bytes) { return (id, false) }
                i = (i + 1) & mask
            }
            let id = Int32(norms.count)
            norms.append(type.norm)
            shapes.append(type.shape)
            slots[i] = id
            slotHashes[i] = h
            if norms.count * 2 > slots.count { grow() }
            return (id, true)
        }
    }

    private static func equal(_ s: inout String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        s.withUTF8 { p in p.count == bytes.count && (p.count == 0 || memcmp(p.baseAddress!, bytes.baseAddress!, p.count) == 0) }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: size)
        var newHashes = [UInt64](repeating: 0, count: size)
        for (i, id) in slots.enumerated() where id >= 0 {
            var j = Int(truncatingIfNeeded: slotHashes[i]) & (size - 1)
            while newSlots[j] >= 0 { j = (j + 1) & (size - 1) }
            newSlots[j] = id
            newHashes[j] = slotHashes[i]
        }
        slots = newSlots
        slotHashes = newHashes
    }
}
