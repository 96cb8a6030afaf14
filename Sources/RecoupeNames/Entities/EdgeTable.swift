import RecoupeCore
import RecoupeICU
import RecoupeText
/// The trie's edges: an open-addressing hash table from (node, token id) packed in a UInt64 to the
/// child node, with linear probing and a multiplicative hash.
///
/// `Dictionary<UInt64, UInt32>` spends most of a million-name build in SipHash and in boxing; this
/// table keeps keys and values in two flat arrays and grows by doubling at a load of 1/2.
struct EdgeTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private var mask: Int
    private(set) var count = 0
    /// Keys are never 0: node ids are shifted by one (the root is 1 inside the table).
    private static let empty: UInt64 = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func key(_ node: UInt32, _ token: UInt32) -> UInt64 { (UInt64(node) + 1) << 32 | UInt64(token) }

    @inline(__always)
    private func slot(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    @inline(__always)
    func child(_ node: UInt32, _ token: UInt32) -> UInt32? {
        let k = Self.key(node, token)
        var i = slot(k)
        while true {
            let x = keys[i]
            if x == k { return values[i] }
            if x == Self.empty { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ node: UInt32, _ token: UInt32, child: UInt32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.key(node, token)
        var i = slot(k)
        while keys[i] != Self.empty && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == Self.empty { count += 1 }
        keys[i] = k
        values[i] = child
    }

    mutating func reserve(_ n: Int) {
        if n * 2 > keys.count { rehash(to: n * 2) }
    }

    private mutating func grow() { rehash(to: keys.count * 2) }

    private mutating func rehash(to minimum: Int) {
        var size = keys.count
        while size < minimum { size <<= 1 }
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for (i, k) in oldKeys.enumerated() where k != Self.empty {
            var j = slot(k)
            while keys[j] != Self.empty { j = (j + 1) & mask }
            keys[j] = k
            values[j] = oldValues[i]
        }
    }
}
