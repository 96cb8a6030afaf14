/// A per-worker memo of words (`NamePartsCache.Key` → value): open addressing with linear probing and an
/// FNV-1a hash of the word's bytes and the language's, instead of a `Dictionary` whose `Hasher` (SipHash) ran
/// over the word, the language and the convention for each of the 200,000 word look-ups of 100,000 names.
/// Keys are still compared as `NamePartsCache.Key` compares them (bytes, language, convention): the hash only
/// chooses where to look, so a look-up answers exactly as the dictionary did (`WordTableTests`).
struct WordTable<Value> {
    private struct Slot {
        let hash: UInt64
        let key: NamePartsCache.Key
        var value: Value
    }
    private var slots: [Slot?] = Array(repeating: nil, count: 64)
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// FNV-1a over the word's bytes, then the language's (a zero byte between them); the convention is left to `==`.
    @inline(__always)
    private static func hash(_ k: NamePartsCache.Key) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var w = k.word
        w.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
        h = (h ^ 0xFF) &* 0x100_0000_01b3
        if var l = k.language { l.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } } }
        return h ^ (h >> 29)
    }

    subscript(_ key: NamePartsCache.Key) -> Value? {
        get {
            let h = Self.hash(key)
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: h) & mask
            while let s = slots[i] {
                if s.hash == h && s.key == key { return s.value }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            // Only stores are made by the memos (a value is never removed).
            guard let newValue else { return }
            let h = Self.hash(key)
            var mask = slots.count - 1
            var i = Int(truncatingIfNeeded: h) & mask
            while let s = slots[i] {
                if s.hash == h && s.key == key { slots[i]!.value = newValue; return }
                i = (i + 1) & mask
            }
            if 2 * (count + 1) > slots.count {
                grow()
                mask = slots.count - 1
                i = Int(truncatingIfNeeded: h) & mask
                while slots[i] != nil { i = (i + 1) & mask }
            }
            slots[i] = Slot(hash: h, key: key, value: newValue)
            count += 1
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: 2 * old.count)
        let mask = slots.count - 1
        for case let s? in old {
            var i = Int(truncatingIfNeeded: s.hash) & mask
            while slots[i] != nil { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}
