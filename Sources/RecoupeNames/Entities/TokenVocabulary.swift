/// Token strings interned to dense ids 0, 1, 2 …: every token's record (length, id, UTF-8 bytes)
/// in one flat byte array and an open-addressing table of record offsets (linear probing, FNV-1a).
///
/// A `[String: UInt32]` spent a million-name build in SipHash and held one 16-byte `String` plus
/// padding per slot; this keeps 8 bytes of header per token beside its bytes plus a 4-byte slot at
/// load ≤ 1/2, and a found token costs two memory reads (its slot, its record) instead of three.
/// Callers can intern from a scratch buffer without making a `String`.
struct TokenVocabulary: Sendable {
    /// Records, in id order: length (UInt32, little-endian), id (UInt32), then the bytes.
    private var records: [UInt8] = []
    /// Record offset + 1 per slot, 0 when empty.
    private var slots: [UInt32] = [UInt32](repeating: 0, count: 16)
    private(set) var count = 0

    /// Room for `n` tokens of about `averageBytes` bytes without growing.
    mutating func reserve(_ n: Int, averageBytes: Int = 8) {
        records.reserveCapacity(n * (8 + averageBytes))
        if n * 2 > slots.count { rehash(minimum: n * 2) }
    }

    @inline(__always)
    private static func hash(_ token: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in token { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    @inline(__always)
    private func word(at offset: Int) -> UInt32 {
        UInt32(records[offset]) | UInt32(records[offset + 1]) << 8 | UInt32(records[offset + 2]) << 16 | UInt32(records[offset + 3]) << 24
    }

    @inline(__always)
    private func equals(_ record: Int, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(word(at: record)) == token.count else { return false }
        let start = record + 8
        for k in 0..<token.count where records[start + k] != token[k] { return false }
        return true
    }

    /// The slot holding this token, or the empty slot where it would go.
    @inline(__always)
    private func slot(of token: UnsafeBufferPointer<UInt8>) -> Int {
        let mask = slots.count - 1
        var i = Self.hash(token) & mask
        while true {
            let s = slots[i]
            if s == 0 || equals(Int(s - 1), token) { return i }
            i = (i + 1) & mask
        }
    }

    func id(utf8 token: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let s = slots[slot(of: token)]
        return s == 0 ? nil : word(at: Int(s - 1) + 4)
    }

    /// Whether `token` was interned (a vocabulary read as a set of words).
    func contains(_ token: String) -> Bool { id(of: token) != nil }

    func id(of token: String) -> UInt32? {
        var t = token
        return t.withUTF8 { id(utf8: $0) }
    }

    mutating func intern(utf8 token: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var i = slot(of: token)
        if slots[i] != 0 { return word(at: Int(slots[i] - 1) + 4) }
        if (count + 1) * 2 > slots.count {
            rehash(minimum: slots.count * 2)
            i = slot(of: token)
        }
        let id = UInt32(count)
        slots[i] = UInt32(records.count + 1)
        let length = UInt32(token.count)
        for shift: UInt32 in [0, 8, 16, 24] { records.append(UInt8(truncatingIfNeeded: length >> shift)) }
        for shift: UInt32 in [0, 8, 16, 24] { records.append(UInt8(truncatingIfNeeded: id >> shift)) }
        records.append(contentsOf: token)
        count += 1
        return id
    }

    mutating func intern(_ token: String) -> UInt32 {
        var t = token
        return t.withUTF8 { intern(utf8: $0) }
    }

    private mutating func rehash(minimum: Int) {
        var size = slots.count
        while size < minimum { size <<= 1 }
        var slots = [UInt32](repeating: 0, count: size)
        let mask = size - 1
        records.withUnsafeBufferPointer { all in
            var offset = 0
            while offset < all.count {
                let length = Int(word(at: offset))
                var i = Self.hash(UnsafeBufferPointer(rebasing: all[offset + 8..<offset + 8 + length])) & mask
                while slots[i] != 0 { i = (i + 1) & mask }
                slots[i] = UInt32(offset + 1)
                offset += 8 + length
            }
        }
        self.slots = slots
    }
}

extension TokenVocabulary {
    /// The records (the slots are rebuilt from them on reading).
    var recordBytes: [UInt8] { records }

    /// The vocabulary of records `recordBytes` returned, or nil when they are malformed (a length
    /// past the end, ids not 0, 1, 2 … in order).
    init?(records: [UInt8]) {
        self.records = records
        var offset = 0
        while offset < records.count {
            guard records.count - offset >= 8 else { return nil }
            let length = Int(word(at: offset))
            guard word(at: offset + 4) == UInt32(count), length <= records.count - offset - 8 else { return nil }
            offset += 8 + length
            count += 1
        }
        rehash(minimum: count * 2 + 2)
    }
}
