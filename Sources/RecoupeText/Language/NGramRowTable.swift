/// A read-only map from packed n-gram keys (``CharacterNGrams``) to rows of the language model's
/// table: open addressing with linear probing over flat arrays and a multiplicative hash.
///
/// Why not `Dictionary<UInt64, Int32>`: language identification looks up three n-grams per letter
/// of every paragraph, and the standard dictionary's seeded SipHash cost more than the rest of the
/// stage. Keys are never 0 (an n-gram has at least one code point), so 0 marks an empty slot.
struct NGramRowTable: Sendable {
    let keys: [UInt64]
    let rows: [Int32]
    let shift: UInt64

    /// The table of arrays another table held (``LanguageModel/init(compiled:sources:)``); nil when they
    /// cannot be one (sizes differ or are not a power of two, shift does not match).
    init?(keys: [UInt64], rows: [Int32], shift: UInt64) {
        let n = keys.count
        guard n >= 16, n & (n - 1) == 0, rows.count == n, shift == UInt64(64 - n.trailingZeroBitCount) else { return nil }
        (self.keys, self.rows, self.shift) = (keys, rows, shift)
    }

    /// A table holding `entries` (keys must be distinct and non-zero), at most half full.
    init(_ entries: [UInt64: Int32]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: capacity)
        var rows = [Int32](repeating: -1, count: capacity)
        shift = 64 - bits
        for (k, r) in entries {
            precondition(k != 0, "n-gram key 0 is the empty slot")
            var i = Int(truncatingIfNeeded: Self.hash(k) >> shift)
            while keys[i] != 0 { i = (i + 1) & (capacity - 1) }
            keys[i] = k
            rows[i] = r
        }
        self.keys = keys
        self.rows = rows
    }

    @inline(__always) static func hash(_ k: UInt64) -> UInt64 { (k ^ (k >> 29)) &* 0x9E37_79B9_7F4A_7C15 }

    /// The row of `key`, or nil when no profile has the n-gram.
    @inline(__always) subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: Self.hash(key) >> shift)
        return keys.withUnsafeBufferPointer { k in
            while true {
                let found = k[i]
                if found == key { return rows.withUnsafeBufferPointer { $0[i] } }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }
}
