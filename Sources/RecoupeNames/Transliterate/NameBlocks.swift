/// Blocks of `NamePartsLinker` (block key → rows) in flat arrays: every block's rows sit side by side
/// in one `rows` array, a key maps to its block number and a block to its range. A dictionary of
/// arrays costs an allocation per block and a dependent cache miss per look-up (the key's bucket,
/// then the array's header for its count), the linker's largest cost on 100,000 names; here the
/// bucket holds the block number and the ranges are one array.
///
/// Rows of a block keep the order they were added in (a stable counting sort), as the arrays did.
/// Each member carries the row's part count, script and letter bits (`Member`): the linker's cheap
/// filter reads them in the block's own memory instead of four columns at random rows.
struct NameBlocks {
    /// A row of a block with what `NamePartsLinker`'s pre-filter reads (`NamePartsColumns` values).
    struct Member {
        let row: Int32, count: Int32
        let cyrillic: Bool
        let required: UInt64, letters: UInt64
    }
    private var blockOf = IntTable()
    /// Added (block, row) pairs, before `finish()`.
    private var pending: [(block: Int32, row: Int32)] = []
    /// Block b's rows are `rows[start[b] ..< start[b + 1]]`, after `finish()`.
    private var start: [Int32] = []
    private var rows: [Member] = []

    init(reservingCapacity n: Int = 0) {
        pending.reserveCapacity(n)
        blockOf = IntTable(capacity: n)
    }

    /// Adds `row` to the block of `key` (before `finish()`).
    mutating func add(_ key: Int, _ row: Int32) {
        let b = blockOf.insert(key, Int32(blockOf.count))
        pending.append((b, row))
    }

    /// Lays the blocks out (a counting sort by block, stable).
    mutating func finish(_ member: (Int32) -> Member) {
        let n = blockOf.count
        var count = [Int32](repeating: 0, count: n + 1)
        for p in pending { count[Int(p.block) + 1] += 1 }
        for b in 0..<n { count[b + 1] += count[b] }
        start = count
        var next = count
        var rows = [Member](repeating: Member(row: 0, count: 0, cyrillic: false, required: 0, letters: 0), count: pending.count)
        for p in pending { rows[Int(next[Int(p.block)])] = member(p.row); next[Int(p.block)] += 1 }
        self.rows = rows
        pending = []
    }

    /// The rows of the block of `key`, nil when there is none.
    @inline(__always)
    subscript(_ key: Int) -> ArraySlice<Member>? {
        let b = blockOf[key]
        guard b >= 0 else { return nil }
        return rows[Int(start[Int(b)])..<Int(start[Int(b) + 1])]
    }
}

/// Int keys → non-negative Int32 values, open addressing with linear probing and a multiplicative hash: the
/// block look-ups of `NamePartsLinker` (half a million on 100,000 names) without `Hasher` rounds per key.
/// Values must be non-negative (-1 marks an empty slot). A slot holds its key and value side by side: a
/// look-up waits on one cache line, not one in a key array and another in a value array.
struct IntTable {
    private struct Slot { var key: Int; var value: Int32 }
    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 0) {
        var bits = 4
        while (1 << bits) < 2 * capacity { bits += 1 }
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    @inline(__always) private func slot(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value of `key`, -1 when absent.
    @inline(__always) subscript(_ key: Int) -> Int32 {
        slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = slot(key)
            while true {
                let e = s[i]
                if e.value < 0 || e.key == key { return e.value }
                i = (i + 1) & mask
            }
        }
    }

    /// The value of `key`; when absent, `value` is stored and returned.
    mutating func insert(_ key: Int, _ value: Int32) -> Int32 {
        if 2 * (count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var i = slot(key)
        while true {
            let e = slots[i]
            if e.value < 0 { slots[i] = Slot(key: key, value: value); count += 1; return value }
            if e.key == key { return e.value }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        let bits = 64 - Int(shift) + 1
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: 1 << bits)
        shift = UInt64(64 - bits)
        count = 0
        for e in old where e.value >= 0 { _ = insert(e.key, e.value) }
    }
}
