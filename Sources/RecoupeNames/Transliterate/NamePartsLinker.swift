/// Links names whose `NameParts` are compatible, by blocking and never all pairs.
///
/// Names with equal parts, in any order, merge at once ("de Gaulle" / "Gaulle", "Jean-Luc" / "Jean Luc",
/// "Kho Liang Ie" / "Liang Ie Kho"). Other
/// pairs are compared only inside blocks keyed by an anchor part (the first or last part, as a
/// `NameParts.skeleton`) and the group or first two skeleton letters of one other part; lone words sit in the block of
/// their anchor alone. A name joins its compatible names only when they are compatible with one
/// another and their own compatible names are too: "Jan Bakker" links neither "Jan Willem Bakker"
/// nor "Jan Hendrik Bakker" when both occur.
enum NamePartsLinker {
    /// Above this many compatible names, a name is too ambiguous to link.
    static let maxCandidates = 12
    /// Coarse blocks with more names than this are not searched.
    static let maxCoarseBlock = 8

    static func link(_ parts: [NameParts], _ uf: inout UnionFind) {
        // Distinct parts: one representative each; equal parts merge (one part or two in either order: the
        // same key, `unorderedKey`). Looked up by `unorderedHash` in an `IntTable` (no array built and no String
        // hashed per name); `unordered` is built only when two names share a hash, to confirm they are equal,
        // and names whose hash another key holds fall back to a dictionary of `unordered`: exact.
        var firstOfHash = IntTable(capacity: parts.count)
        var collided = [NameParts.Unordered: Int]()
        var reps = [Int]()
        parts.withUnsafeBufferPointer { all in
            // Read in place through `pointee` (a buffer's subscript returned a copy, which retains five arrays).
            guard let base = all.baseAddress else { return }
            for i in all.indices {
                let p = base + i
                guard !p.pointee.parts.isEmpty else { continue }
                let j = Int(firstOfHash.insert(p.pointee.unorderedHash, Int32(i)))
                if j == i { reps.append(i); continue }
                if sameUnordered(base + j, p) { uf.union(i, j); continue }
                let k = p.pointee.unordered
                if let f = collided[k] { uf.union(i, f) } else { collided[k] = i; reps.append(i) }
            }
        }
        // Names are read in place through `reps` (a NameParts copy costs retains of six arrays), and compared
        // as interned ids in flat columns (`NamePartsColumns`).
        parts.withUnsafeBufferPointer { all in
            // One borrowed view of the columns for every read below (no array retained per comparison).
            NamePartsColumns(all, rows: reps).withBorrowed { cols in
                // Blocks.
                // Keyed by (anchor skeleton id, other part's prefix id): exact, no string hashed per lookup.
                let anchorsOf = reps.indices.map { anchors(cols, $0) }
                var blocks = NameBlocks(reservingCapacity: 2 * reps.count)
                var firstParts = [Int32: [Int32]]()   // by first part, searched by lone words only
                for r in reps.indices {
                    for a in anchorsOf[r] { blocks.add(registration(cols, r, anchor: a), Int32(r)) }
                    // A first part that is no given name also waits for its lone word (`NameParts.loneFamilyName`).
                    let base = cols.start(r)
                    if cols.count(r) >= 2, cols.parts[base].length >= 5, cols.parts[base].group < 0 {
                        firstParts[cols.parts[base].part, default: []].append(Int32(r))
                    }
                }
                // Names also sit in blocks of their anchors' `CrossScriptSkeleton` keys, where a Cyrillic rendering
                // meets its Latin spelling ("Джеймс" / "James") and Latin spellings their variants (Jürgen / Juergen).
                // Flat: row r's keys are `coarseKeys[coarseStart[r] ..< coarseStart[r + 1]]` (no array per name).
                var coarseKeys = [Int](), coarseStart = [Int32](), others = [Int]()
                coarseKeys.reserveCapacity(4 * reps.count); coarseStart.reserveCapacity(reps.count + 1)
                coarseStart.append(0)
                for r in reps.indices {
                    for a in anchorsOf[r] { appendCoarseKeys(all.baseAddress! + reps[r], anchor: a, into: &coarseKeys, others: &others) }
                    coarseStart.append(Int32(coarseKeys.count))
                }
                var coarseBlocks = NameBlocks(reservingCapacity: 4 * reps.count)
                for r in reps.indices { for key in coarseKeys[Int(coarseStart[r])..<Int(coarseStart[r + 1])] { coarseBlocks.add(key, Int32(r)) } }
                let member = { (r: Int32) -> NameBlocks.Member in
                    let row = cols.rows[Int(r)]
                    return NameBlocks.Member(row: r, count: row.count, cyrillic: row.cyrillic, required: row.required, letters: row.letters)
                }
                blocks.finish(member); coarseBlocks.finish(member)
                // Candidate pairs (a pair found from both sides is checked twice; cheaper than a pair set), gathered
                // flat (`CandidatePairs`: no array per name).
                var cands = CandidatePairs()
                var stamp = [Int32](repeating: -1, count: reps.count)
                var lookups = [Int]()
                for r in reps.indices {
                    lookups.removeAll(keepingCapacity: true)
                    let base = cols.start(r), n = cols.count(r)
                    for a in anchorsOf[r] {
                        let anchor = cols.parts[base + a].skeleton
                        for j in 0..<n where j != a {
                            lookups.append(blockKey(anchor, cols.prefix[base + j]))
                            // A given name of the table also meets a short form outside it (Pieter / Piet).
                            if cols.parts[base + j].group >= 0 { lookups.append(blockKey(anchor, cols.skeletonPrefix[base + j])) }
                        }
                        if a == n - 1 { lookups.append(blockKey(anchor, cols.empty)) }
                    }
                    stamp[r] = Int32(r)
                    if n == 1, let block = firstParts[cols.parts[base].part] {
                        for q in block where stamp[Int(q)] != Int32(r) {
                            stamp[Int(q)] = Int32(r)
                            if cols.compatible(r, Int(q)) { cands.add(r, q) }
                        }
                    }
                    // The cheap filter first, from the block's own members (exact: it rejects q for r wherever q is met).
                    let me = member(Int32(r))
                    for key in lookups {
                        guard let block = blocks[key] else { continue }
                        for m in block where !rejects(me, m) && stamp[Int(m.row)] != Int32(r) {
                            let q = m.row
                            stamp[Int(q)] = Int32(r)
                            if cols.compatible(r, Int(q)) { cands.add(r, q) }
                        }
                    }
                    // Coarse blocks: each pair once (q > r), names not met above; across scripts as many parts.
                    for key in coarseKeys[Int(coarseStart[r])..<Int(coarseStart[r + 1])] {
                        // A crowded coarse block is no evidence (common names already meet in the blocks above).
                        guard let block = coarseBlocks[key], block.count <= maxCoarseBlock else { continue }
                        for m in block where Int(m.row) > r && !rejects(me, m) && stamp[Int(m.row)] != Int32(r) {
                            let q = m.row
                            stamp[Int(q)] = Int32(r)
                            if cols.compatible(r, Int(q)) { cands.add(r, q) }
                        }
                    }
                }
                addDiminutiveCandidates(cols, anchorsOf: anchorsOf, cands: &cands)
                // Each name's candidates, sorted and deduplicated (the lists the per-name arrays gave).
                let lists = cands.lists(count: reps.count)
                // A name is consistent when its compatible names are few and compatible with one another.
                var consistent = [Bool](repeating: false, count: reps.count)
                for r in reps.indices {
                    let c = lists[r]
                    guard !c.isEmpty, c.count <= maxCandidates else { continue }
                    var ok = true
                    outer: for x in c.indices {
                        for y in (x + 1)..<c.endIndex where !cols.compatible(Int(c[x]), Int(c[y])) { ok = false; break outer }
                    }
                    consistent[r] = ok
                }
                for r in reps.indices where consistent[r] {
                    for q in lists[r] where consistent[Int(q)] { uf.union(reps[r], reps[Int(q)]) }
                }
            }
        }
    }

    /// `a.unordered == b.unordered`, read in place. Names with equal parts, groups, ordinal and script in the same
    /// order (most names that share a hash: the same spelling again) are equal without building `unordered`
    /// (two arrays of `PartKey` sorted, and a copy of each name: its arrays retained and released); exact, since
    /// equal part lists give equal `PartKey` lists before sorting. Other names are compared as `unordered`.
    static func sameUnordered(_ a: UnsafePointer<NameParts>, _ b: UnsafePointer<NameParts>) -> Bool {
        if a.pointee.cyrillic == b.pointee.cyrillic, a.pointee.parts == b.pointee.parts, a.pointee.groups == b.pointee.groups,
           a.pointee.ordinal == b.pointee.ordinal { return true }
        return a.pointee.unordered == b.pointee.unordered
    }

    /// The cheap filter before `NamePartsColumns.compatible`: in one script, the shorter name's required
    /// letter bits must be among the longer's (`NameParts.fits`).
    @inline(__always)
    static func rejects(_ r: NameBlocks.Member, _ q: NameBlocks.Member) -> Bool {
        let (a, b) = r.count <= q.count ? (r, q) : (q, r)
        return a.cyrillic == b.cyrillic && a.required & ~b.letters != 0
    }

    /// Indices of the parts of row r that may be a surname: the last, and the first of a longer name, when
    /// of 3 letters or more (what `NameParts.compatible` anchors on; an initial never is one).
    static func anchors(_ cols: NamePartsColumns.Borrowed, _ r: Int) -> Anchors {
        let base = cols.start(r), n = cols.count(r)
        var out = Anchors()
        if n >= 2 {
            if cols.parts[base + n - 1].length >= 3 { out.append(n - 1) }
            if cols.parts[base].length >= 3 { out.append(0) }
        } else if cols.parts[base].length >= 3 { out.append(0) }
        return out
    }

    /// The block row r sits in for an anchor: the anchor and the `prefix` of the first other part
    /// (of 2 letters or more when there is one: an initial is left to `NameClusterer`'s own rule).
    static func registration(_ cols: NamePartsColumns.Borrowed, _ r: Int, anchor a: Int) -> Int {
        let base = cols.start(r), n = cols.count(r)
        let long: Int? = (0..<n).first { (k: Int) -> Bool in k != a && cols.parts[base + k].length >= 2 }
        let any: Int? = (0..<n).first { (k: Int) -> Bool in k != a }
        guard let other = long ?? any else { return blockKey(cols.parts[base + a].skeleton, cols.empty) }
        return blockKey(cols.parts[base + a].skeleton, cols.prefix[base + other])
    }

    /// The coarse blocks of a name for an anchor, appended to `keys`: each coarse key of the anchor with the
    /// group and each first coarse class of the first other part (none for a lone word). `others` is scratch
    /// space (no array allocated per name). The name is read in place through `p` (passing `pointee` as an
    /// argument copied the whole `NameParts` per name: five arrays and two Strings retained and released).
    static func appendCoarseKeys(_ p: UnsafePointer<NameParts>, anchor a: Int, into keys: inout [Int], others: inout [Int]) {
        let anchorCodes = p.pointee.coarse(a)
        guard anchorCodes.contains(where: { CrossScriptSkeleton.classes($0) >= 2 }) else { return }
        guard let other = p.pointee.parts.indices.first(where: { $0 != a }) else {
            for k in anchorCodes where CrossScriptSkeleton.classes(k) >= 2 { keys.append(blockKey(k, 0)) }
            return
        }
        // A given name of the table meets its renderings by group, and by sound those the table lacks.
        others.removeAll(keepingCapacity: true)
        if let g = p.pointee.groups[other] { others.append(g.hashValue) }
        for c in p.pointee.coarse(other) { let f = CrossScriptSkeleton.firstClass(c); if !others.contains(f) { others.append(f) } }
        let from = keys.count
        for k in anchorCodes where CrossScriptSkeleton.classes(k) >= 2 {
            for o in others { let b = blockKey(k, o); if !keys[from...].contains(b) { keys.append(b) } }
        }
    }

    static func blockKey(_ anchor: UInt64, _ other: Int) -> Int {
        var h = Hasher()
        h.combine(anchor)
        h.combine(other)
        return h.finalize()
    }

    /// The block of an anchor skeleton and another part's prefix (`NamePartsColumns` ids: what two
    /// matching parts share, the given-name group "=ivan" or the first two skeleton letters "pV").
    @inline(__always)
    static func blockKey(_ anchor: Int32, _ other: Int32) -> Int { Int(anchor) << 32 | Int(other) }
}

/// The anchors of a row (`NamePartsLinker.anchors`): at most two part indices, held inline (no array per name).
struct Anchors: RandomAccessCollection {
    private var first: Int32 = 0, second: Int32 = 0
    private(set) var endIndex = 0
    var startIndex: Int { 0 }
    subscript(i: Int) -> Int { Int(i == 0 ? first : second) }
    mutating func append(_ x: Int) {
        precondition(endIndex < 2, "a row has two anchors at most")
        if endIndex == 0 { first = Int32(x) } else { second = Int32(x) }
        endIndex += 1
    }
}

/// The candidate pairs of `NamePartsLinker.link`, gathered as two flat columns (each pair both ways) instead of
/// one growing array per name (100,000 arrays allocated, grown and freed), then laid out per name by a counting
/// sort: `lists(count:)` gives each name's candidates sorted and deduplicated, the same lists the per-name
/// arrays gave once sorted and deduplicated (`NameClusterSharedTests`).
struct CandidatePairs {
    private var from: [Int32] = [], to: [Int32] = []

    /// Records that rows r and q are compatible (q is a candidate of r and r of q).
    @inline(__always)
    mutating func add(_ r: Int, _ q: Int32) {
        from.append(Int32(r)); to.append(q)
        from.append(q); to.append(Int32(r))
    }

    /// Each row's candidates (`count` rows), sorted and without repeats.
    func lists(count: Int) -> Lists {
        var start = [Int32](repeating: 0, count: count + 1)
        for f in from { start[Int(f) + 1] += 1 }
        for r in 0..<count { start[r + 1] += start[r] }
        var next = start
        var flat = [Int32](repeating: 0, count: to.count)
        for (f, t) in zip(from, to) { flat[Int(next[Int(f)])] = t; next[Int(f)] += 1 }
        // Sorted and deduplicated in place; `end[r]` marks where row r's kept candidates stop.
        var end = [Int32](repeating: 0, count: count)
        flat.withUnsafeMutableBufferPointer { c in
            for r in 0..<count {
                let s = Int(start[r]), e = Int(start[r + 1])
                guard e > s else { end[r] = Int32(s); continue }
                if e - s > 1 { c[s..<e].sort() }
                var kept = s + 1
                for x in (s + 1)..<e where c[x] != c[kept - 1] { c[kept] = c[x]; kept += 1 }
                end[r] = Int32(kept)
            }
        }
        return Lists(flat: flat, start: start, end: end)
    }

    /// Row r's candidates are `flat[start[r] ..< end[r]]`.
    struct Lists {
        let flat: [Int32], start: [Int32], end: [Int32]
        subscript(r: Int) -> ArraySlice<Int32> { flat[Int(start[r])..<Int(end[r])] }
    }
}
