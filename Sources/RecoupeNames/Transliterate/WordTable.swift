/// A per-worker memo of words (`NamePartsCache.Key` → value): open addressing with linear probing and an
/// FNV-1a hash of the word's bytes and the language's, instead of a `Dictionary` whose `Hasher` (SipHash) ran
/// over the word, the language and the convention for each of the 200,000 word look-ups of 100,000 names.
/// Keys are still compared as `NamePartsCache.Key` compares them (bytes, language, convention): the hash only
/// chooses where to look, so a look-up answers exactly as the dictionary did (`WordTableTests`).
struct WordTable<Value> {
    /// A probe slot: the hash and the entry's index (-1 when empty), 16 bytes with no reference in them, so a
    /// probe reads and compares integers and copies (retains) no key; keys and values sit in insertion order.
    private struct Slot { var hash: UInt64; var index: Int32 }
    private var slots = [Slot](repeating: Slot(hash: 0, index: -1), count: 64)
    private var keys: [NamePartsCache.Key] = []
    private var values: [Value] = []

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// FNV-1a over the word's bytes, then the language's (a 0xFF byte between them); the convention is left to `==`.
    @inline(__always)
    private static func hash(_ k: NamePartsCache.Key) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var w = k.word
        w.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
        h = (h ^ 0xFF) &* 0x100_0000_01b3
        if var l = k.language { l.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } } }
        return h ^ (h >> 29)
    }

    /// The slot of `key`: where it is, or the empty slot where it would go.
    @inline(__always)
    private func find(_ key: NamePartsCache.Key, _ h: UInt64) -> Int {
        slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let e = s[i]
                if e.index < 0 || (e.hash == h && keys[Int(e.index)] == key) { return i }
                i = (i + 1) & mask
            }
        }
    }

    subscript(_ key: NamePartsCache.Key) -> Value? {
        get {
            let e = slots[find(key, Self.hash(key))]
            return e.index < 0 ? nil : values[Int(e.index)]
        }
        set {
            // Only stores are made by the memos (a value is never removed).
            guard let newValue else { return }
            let h = Self.hash(key)
            var i = find(key, h)
            if slots[i].index >= 0 { values[Int(slots[i].index)] = newValue; return }
            if 2 * (keys.count + 1) > slots.count { grow(); i = find(key, h) }
            slots[i] = Slot(hash: h, index: Int32(keys.count))
            keys.append(key); values.append(newValue)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(hash: 0, index: -1), count: 2 * old.count)
        let mask = slots.count - 1
        for e in old where e.index >= 0 {
            var i = Int(truncatingIfNeeded: e.hash) & mask
            while slots[i].index >= 0 { i = (i + 1) & mask }
            slots[i] = e
        }
    }
}
