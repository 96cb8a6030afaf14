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
    private var blockOf = [Int: Int32]()
    /// Added (block, row) pairs, before `finish()`.
    private var pending: [(block: Int32, row: Int32)] = []
    /// Block b's rows are `rows[start[b] ..< start[b + 1]]`, after `finish()`.
    private var start: [Int32] = []
    private var rows: [Member] = []

    init(reservingCapacity n: Int = 0) {
        pending.reserveCapacity(n)
        blockOf.reserveCapacity(n)
    }

    /// Adds `row` to the block of `key` (before `finish()`).
    mutating func add(_ key: Int, _ row: Int32) {
        let b: Int32
        if let hit = blockOf[key] { b = hit } else { b = Int32(blockOf.count); blockOf[key] = b }
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
        guard let b = blockOf[key] else { return nil }
        return rows[Int(start[Int(b)])..<Int(start[Int(b) + 1])]
    }
}
