/// The `NameParts` of the names `NamePartsLinker` compares, as flat arrays of interned ids (a row record and
/// a part record each, read together): `compatible(_:_:)` on two row numbers reads integers, with no `NameParts` copy (a copy
/// retains six arrays) and no String compare but the rare prefix test. It decides exactly as
/// `NameParts.compatible`: parts are interned by their bytes (as `match` compares them), groups,
/// skeletons and ordinals by String equality (as `match` and `compatible` compare them).
struct NamePartsColumns {
    /// What `compatible` reads of a row, together (one cache line: rows are met in random order, and
    /// a column per field cost a cache miss per field): parts at `start ..< start + count` of `parts`,
    /// interned ordinal (-1 when none), script, `NameParts.letterBits` and `requiredBits`.
    struct Row {
        var start: Int32, count: Int32, ordinal: Int32
        var cyrillic: Bool
        var letters: UInt64, required: UInt64
    }
    /// What `match` reads of a part, together: interned part, byte count, interned group (-1 when none),
    /// interned skeleton, its coarse codes `coarse[coarseStart ..< coarseEnd]`, its `Diminutives` code
    /// (-1 when the table does not name the part), first byte (-1 when empty) and whether it is all ASCII.
    struct Part {
        var part: Int32, length: Int32, group: Int32, skeleton: Int32
        var coarseStart: Int32, coarseEnd: Int32, dimCode: Int32
        var first: Int16
        var ascii: Bool
    }
    private(set) var rows: [Row] = []
    private(set) var parts: [Part] = []
    /// Per part (blocking only): its interned block prefix ("=" + group, else the first two skeleton
    /// letters) and the interned first two letters of its skeleton.
    private(set) var prefix: [Int32] = [], skeletonPrefix: [Int32] = []
    private(set) var coarse: [UInt64] = []
    /// Part text by part id (for the prefix test).
    private(set) var partText: [String] = []
    /// The interned empty string (the block of a lone anchor).
    private(set) var empty: Int32 = 0

    /// A word interned by its bytes (String equality would also equate canonically equivalent words).
    private struct Bytes: Hashable {
        let text: String
        static func == (a: Bytes, b: Bytes) -> Bool { a.text.sameBytes(as: b.text) }
        func hash(into h: inout Hasher) {
            var t = text
            t.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// The rows are `all[rows[0]]`, `all[rows[1]]`, …
    init(_ all: UnsafeBufferPointer<NameParts>, rows ids: [Int]) {
        var partIds = [Bytes: Int32](), strings = [String: Int32](), ordinals = [String: Int32]()
        // What a part id always gives (group, skeleton and both prefixes depend on the part's bytes alone:
        // `NamePartsCache.Word` derives them from the part), interned once per distinct part, not per occurrence.
        var partInfo = [(group: Int32, skeleton: Int32, two: Int32, prefix: Int32, dimCode: Int32)]()
        var partASCII = [Bool]()
        func intern(_ s: String) -> Int32 {
            if let id = strings[s] { return id }
            let id = Int32(strings.count); strings[s] = id; return id
        }
        empty = intern("")
        // Counted in place (`all[i]` returns a copy of the name: five arrays and two Strings retained and released).
        let total = ids.reduce(0) { $0 + (all.baseAddress! + $1).pointee.parts.count }
        parts.reserveCapacity(total); prefix.reserveCapacity(total); skeletonPrefix.reserveCapacity(total)
        coarse.reserveCapacity(2 * total); rows.reserveCapacity(ids.count)
        for i in ids {
            let p = all.baseAddress! + i
            let n = p.pointee.parts.count
            let rowStart = Int32(parts.count)
            for k in 0..<n {
                let text = p.pointee.parts[k]
                let id: Int32
                if let hit = partIds[Bytes(text: text)] { id = hit } else {
                    id = Int32(partIds.count); partIds[Bytes(text: text)] = id; partText.append(text)
                    partASCII.append(text.utf8.allSatisfy { $0 < 0x80 })
                    let g = p.pointee.groups[k], sk = p.pointee.skeletons[k]
                    let two = intern(String(sk.prefix(2)))
                    partInfo.append((group: g.map(intern) ?? -1, skeleton: intern(sk), two: two,
                                     prefix: g.map { intern("=" + $0) } ?? two,
                                     dimCode: Diminutives.shared.code(part: text, group: g)))
                }
                let info = partInfo[Int(id)]
                let coarseStart = Int32(coarse.count)
                coarse += p.pointee.coarse(k)
                parts.append(Part(part: id, length: Int32(text.utf8.count), group: info.group, skeleton: info.skeleton,
                                  coarseStart: coarseStart, coarseEnd: Int32(coarse.count), dimCode: info.dimCode,
                                  first: text.utf8.first.map { Int16($0) } ?? -1,
                                  ascii: partASCII[Int(id)]))
                skeletonPrefix.append(info.two)
                prefix.append(info.prefix)
            }
            let o = p.pointee.ordinal
            let ordinal: Int32
            if o.isEmpty { ordinal = -1 } else if let id = ordinals[o] { ordinal = id } else {
                ordinal = Int32(ordinals.count); ordinals[o] = ordinal
            }
            rows.append(Row(start: rowStart, count: Int32(n), ordinal: ordinal, cyrillic: p.pointee.cyrillic,
                            letters: p.pointee.letterBits, required: p.pointee.requiredBits))
        }
    }

    /// Where row r's parts start in `parts`, and how many it has.
    @inline(__always) func start(_ r: Int) -> Int { Int(rows[r].start) }
    @inline(__always) func count(_ r: Int) -> Int { Int(rows[r].count) }

    /// The `Diminutives` code of part k (an index into `parts`), -1 when none.
    @inline(__always) func dimCode(_ k: Int) -> Int32 { parts[k].dimCode }

    /// `NameParts.compatible` of rows x and y (through a `Borrowed` view; the linker keeps one view for
    /// all its comparisons).
    func compatible(_ x: Int, _ y: Int) -> Bool { withBorrowed { $0.compatible(x, y) } }

    /// Runs `body` with a view of the columns as unsafe buffers, valid only inside `body`.
    func withBorrowed<R>(_ body: (Borrowed) throws -> R) rethrows -> R {
        try rows.withUnsafeBufferPointer { rows in
            try parts.withUnsafeBufferPointer { parts in
                try coarse.withUnsafeBufferPointer { coarse in
                    try partText.withUnsafeBufferPointer { text in
                        try prefix.withUnsafeBufferPointer { prefix in
                            try skeletonPrefix.withUnsafeBufferPointer { skeletonPrefix in
                                try body(Borrowed(rows: rows, parts: parts, coarse: coarse, partText: text,
                                                  prefix: prefix, skeletonPrefix: skeletonPrefix, empty: empty))
                            }
                        }
                    }
                }
            }
        }
    }
}
