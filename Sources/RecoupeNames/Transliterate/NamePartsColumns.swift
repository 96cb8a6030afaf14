/// The `NameParts` of the names `NamePartsLinker` compares, as flat columns of interned ids (struct of
/// arrays): `compatible(_:_:)` on two row numbers reads integers, with no `NameParts` copy (a copy
/// retains six arrays) and no String compare but the rare prefix test. It decides exactly as
/// `NameParts.compatible`: parts are interned by their bytes (as `match` compares them), groups,
/// skeletons and ordinals by String equality (as `match` and `compatible` compare them).
struct NamePartsColumns {
    /// Parts of row r are at `start[r] ..< start[r + 1]` in the part columns.
    private(set) var start: [Int32] = [0]
    /// Per part: interned part, byte count, first byte (-1 when empty), interned group (-1 when none),
    /// interned skeleton, its interned block prefix ("=" + group, else the first two skeleton letters)
    /// and the interned first two letters of its skeleton.
    private(set) var part: [Int32] = [], length: [Int32] = [], first: [Int16] = []
    private(set) var group: [Int32] = [], skeleton: [Int32] = [], prefix: [Int32] = [], skeletonPrefix: [Int32] = []
    /// Per part: its coarse codes, `coarse[coarseStart[k] ..< coarseStart[k + 1]]`.
    private var coarseStart: [Int32] = [0], coarse: [UInt64] = []
    /// Per row: interned ordinal (-1 when none), script, `NameParts.letterBits` and `requiredBits`.
    private(set) var ordinal: [Int32] = [], cyrillic: [Bool] = [], letters: [UInt64] = [], required: [UInt64] = []
    /// Part text by part id (for the prefix test).
    private var partText: [String] = []
    /// `Diminutives` code by part id (-1 when the diminutive table does not name the part).
    private var partDimCode: [Int32] = []
    /// The interned empty string (the block of a lone anchor).
    private(set) var empty: Int32 = 0

    /// A word interned by its bytes (String equality would also equate canonically equivalent words).
    private struct Bytes: Hashable {
        let text: String
        static func == (a: Bytes, b: Bytes) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
        func hash(into h: inout Hasher) {
            var t = text
            t.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// The rows are `all[rows[0]]`, `all[rows[1]]`, …
    init(_ all: UnsafeBufferPointer<NameParts>, rows: [Int]) {
        var parts = [Bytes: Int32](), strings = [String: Int32](), ordinals = [String: Int32]()
        func intern(_ s: String) -> Int32 {
            if let id = strings[s] { return id }
            let id = Int32(strings.count); strings[s] = id; return id
        }
        empty = intern("")
        let total = rows.reduce(0) { $0 + all[$1].parts.count }
        part.reserveCapacity(total); length.reserveCapacity(total); first.reserveCapacity(total)
        group.reserveCapacity(total); skeleton.reserveCapacity(total); prefix.reserveCapacity(total)
        skeletonPrefix.reserveCapacity(total); coarseStart.reserveCapacity(total + 1); coarse.reserveCapacity(2 * total)
        start.reserveCapacity(rows.count + 1); ordinal.reserveCapacity(rows.count); cyrillic.reserveCapacity(rows.count)
        letters.reserveCapacity(rows.count); required.reserveCapacity(rows.count)
        for i in rows {
            let p = all.baseAddress! + i
            let n = p.pointee.parts.count
            for k in 0..<n {
                let text = p.pointee.parts[k]
                let id: Int32
                if let hit = parts[Bytes(text: text)] { id = hit } else {
                    id = Int32(parts.count); parts[Bytes(text: text)] = id; partText.append(text)
                    partDimCode.append(Diminutives.shared.code(part: text, group: p.pointee.groups[k]))
                }
                part.append(id)
                length.append(Int32(text.utf8.count))
                first.append(text.utf8.first.map { Int16($0) } ?? -1)
                let g = p.pointee.groups[k], sk = p.pointee.skeletons[k]
                group.append(g.map(intern) ?? -1)
                skeleton.append(intern(sk))
                let two = intern(String(sk.prefix(2)))
                skeletonPrefix.append(two)
                prefix.append(g.map { intern("=" + $0) } ?? two)
                coarse += p.pointee.coarse(k)
                coarseStart.append(Int32(coarse.count))
            }
            start.append(start[start.count - 1] + Int32(n))
            let o = p.pointee.ordinal
            if o.isEmpty { ordinal.append(-1) } else if let id = ordinals[o] { ordinal.append(id) } else {
                let id = Int32(ordinals.count); ordinals[o] = id; ordinal.append(id)
            }
            cyrillic.append(p.pointee.cyrillic)
            letters.append(p.pointee.letterBits)
            required.append(p.pointee.requiredBits)
        }
    }

    @inline(__always) func count(_ r: Int) -> Int { Int(start[r + 1] - start[r]) }

    /// The `Diminutives` code of part k (an index into the part columns), -1 when none.
    @inline(__always) func dimCode(_ k: Int) -> Int32 { partDimCode[Int(part[k])] }

    /// `NameParts.compatible` of rows x and y.
    func compatible(_ x: Int, _ y: Int) -> Bool {
        let ox = ordinal[x], oy = ordinal[y]
        if ox >= 0, oy >= 0, ox != oy { return false }
        return count(x) <= count(y) ? fits(x, in: y) : fits(y, in: x)
    }

    /// `NameParts.fits`: the shorter row `s` first.
    private func fits(_ s: Int, in l: Int) -> Bool {
        let sn = count(s), ln = count(l)
        guard sn > 0, required[s] & ~letters[l] == 0 || cyrillic[s] != cyrillic[l] else { return false }
        let cross = cyrillic[s] != cyrillic[l]
        let crossFewer = cross && sn != ln
        if crossFewer, sn < 2 { return false }
        let sb = Int(start[s]), lb = Int(start[l])
        // `NameParts.loneFamilyName`.
        if sn == 1, ln >= 2, !cross, length[sb] >= 5, group[sb] < 0, part[sb] == part[lb] { return true }
        return NameParts.assign(sn, ln, crossFewer: crossFewer, length: { Int(length[sb + $0]) },
                                match: { match(sb + $0, lb + $1, cross) })
    }

    /// `NameParts.match` of parts a and b (indices into the part columns).
    @inline(__always)
    private func match(_ a: Int, _ b: Int, _ crossScript: Bool) -> Int {
        let an = length[a], bn = length[b]
        if part[a] == part[b] { return an >= 2 ? 2 : 1 }
        let ga = group[a]
        if ga >= 0, ga == group[b] { return 2 }
        if an == 1 || bn == 1 { return first[a] == first[b] ? 1 : 0 }
        if crossScript {
            if an >= 3 && skeleton[a] == skeleton[b] { return 2 }
            if meet(a, b, minClasses: 1) { return 2 }
            return diminutive(a, b) ? 1 : 0
        }
        if an >= 3, bn >= 3, meet(a, b, minClasses: 3) { return 2 }
        if an >= 3, bn >= 3 {
            let x = partText[Int(part[a])], y = partText[Int(part[b])]
            if x.hasPrefix(y) || y.hasPrefix(x) { return 1 }
        }
        return diminutive(a, b) ? 1 : 0
    }

    /// `NameParts.diminutive` of parts a and b.
    @inline(__always)
    private func diminutive(_ a: Int, _ b: Int) -> Bool {
        let da = dimCode(a)
        guard da >= 0 else { return false }
        let db = dimCode(b)
        return db >= 0 && Diminutives.shared.related(da, db)
    }

    /// `NameParts.meet` of parts a and b.
    @inline(__always)
    private func meet(_ a: Int, _ b: Int, minClasses: Int) -> Bool {
        let xe = Int(coarseStart[a + 1]), ys = Int(coarseStart[b]), ye = Int(coarseStart[b + 1])
        var i = Int(coarseStart[a])
        while i < xe {
            let c = coarse[i]
            if CrossScriptSkeleton.classes(c) >= minClasses {
                var j = ys
                while j < ye { if coarse[j] == c { return true }; j += 1 }
            }
            i += 1
        }
        return false
    }
}
