/// Links names whose `NameParts` are compatible, by blocking and never all pairs.
///
/// Names with equal parts merge at once ("de Gaulle" / "Gaulle", "Jean-Luc" / "Jean Luc"). Other
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
        // Distinct parts: one representative each; equal parts merge.
        var firstOf = [String: Int]()
        var reps = [Int]()
        for (i, p) in parts.enumerated() where !p.parts.isEmpty {
            let k = p.key
            if let j = firstOf[k] { uf.union(i, j) } else { firstOf[k] = i; reps.append(i) }
        }
        // Names are read in place through `reps` (a NameParts copy costs retains of four arrays).
        parts.withUnsafeBufferPointer { all in
            // Blocks.
            // Keyed by a hash of (anchor, other part): a collision only adds candidates that `compatible` checks.
            // Anchors, skeletons and part prefixes once per name (no struct copy in the loops below).
            let anchorsOf = reps.map { anchors(all[$0]) }, skel = reps.map { all[$0].skeletons }
            let pre = reps.map { i in all[i].parts.indices.map { prefix(all[i], $0) } }
            let hasGroup = reps.map { all[$0].groups.map { $0 != nil } }
            var blocks = [Int: [Int32]]()
            for r in reps.indices {
                for a in anchorsOf[r] { blocks[registration(all[reps[r]], anchor: a), default: []].append(Int32(r)) }
            }
            // Names also sit in blocks of their anchors' `CrossScriptSkeleton` keys, where a Cyrillic rendering
            // meets its Latin spelling ("Джеймс" / "James") and Latin spellings their variants (Jürgen / Juergen).
            let coarseOf = reps.indices.map { r in anchorsOf[r].flatMap { coarseKeys(all[reps[r]], anchor: $0) } }
            var coarseBlocks = [Int: [Int32]]()
            for r in reps.indices { for key in coarseOf[r] { coarseBlocks[key, default: []].append(Int32(r)) } }
            // Candidate pairs (a pair found from both sides is checked twice; cheaper than a pair set).
            var cands = [[Int32]](repeating: [], count: reps.count)
            var stamp = [Int32](repeating: -1, count: reps.count)
            var lookups = [Int]()
            // Plain arrays for the cheap filter (no struct copy per candidate).
            let letters = reps.map { all[$0].letterBits }, required = reps.map { all[$0].requiredBits }
            let counts = reps.map { all[$0].parts.count }, cyrillic = reps.map { all[$0].cyrillic }
            for r in reps.indices {
                lookups.removeAll(keepingCapacity: true)
                let s = skel[r], pr = pre[r], hg = hasGroup[r]
                for a in anchorsOf[r] {
                    for j in s.indices where j != a {
                        lookups.append(blockKey(s[a], pr[j]))
                        // A given name of the table also meets a short form outside it (Pieter / Piet).
                        if hg[j] { lookups.append(blockKey(s[a], String(s[j].prefix(2)))) }
                    }
                    if a == s.count - 1 { lookups.append(blockKey(s[a], "")) }
                }
                stamp[r] = Int32(r)
                for key in lookups {
                    guard let block = blocks[key] else { continue }
                    for q in block where stamp[Int(q)] != Int32(r) {
                        stamp[Int(q)] = Int32(r)
                        let (a, b) = counts[r] <= counts[Int(q)] ? (r, Int(q)) : (Int(q), r)
                        if cyrillic[a] == cyrillic[b], required[a] & ~letters[b] != 0 { continue }
                        if NameParts.compatible(all[reps[r]], all[reps[Int(q)]]) { cands[r].append(q); cands[Int(q)].append(Int32(r)) }
                    }
                }
                // Coarse blocks: each pair once (q > r), names not met above; across scripts as many parts.
                for key in coarseOf[r] {
                    // A crowded coarse block is no evidence (common names already meet in the blocks above).
                    guard let block = coarseBlocks[key], block.count <= maxCoarseBlock else { continue }
                    for q in block where Int(q) > r && stamp[Int(q)] != Int32(r) {
                        stamp[Int(q)] = Int32(r)
                        let (a, b) = counts[r] <= counts[Int(q)] ? (r, Int(q)) : (Int(q), r)
                        if cyrillic[a] == cyrillic[b], required[a] & ~letters[b] != 0 { continue }
                        if NameParts.compatible(all[reps[r]], all[reps[Int(q)]]) { cands[r].append(q); cands[Int(q)].append(Int32(r)) }
                    }
                }
            }
            // A name is consistent when its compatible names are few and compatible with one another.
            var consistent = [Bool](repeating: false, count: reps.count)
            for r in reps.indices where !cands[r].isEmpty {
                cands[r].sort()
                cands[r] = cands[r].reduce(into: []) { if $0.last != $1 { $0.append($1) } }
                let c = cands[r]
                guard c.count <= maxCandidates else { continue }
                var ok = true
                outer: for x in 0..<c.count {
                    for y in (x + 1)..<c.count where !NameParts.compatible(all[reps[Int(c[x])]], all[reps[Int(c[y])]]) { ok = false; break outer }
                }
                consistent[r] = ok
            }
            for r in reps.indices where consistent[r] {
                for q in cands[r] where consistent[Int(q)] { uf.union(reps[r], reps[Int(q)]) }
            }
        }
    }

    /// Indices of the parts that may be a surname: the last, and the first of a longer name, when
    /// of 3 letters or more (what `NameParts.compatible` anchors on; an initial never is one).
    static func anchors(_ p: borrowing NameParts) -> [Int] {
        (p.parts.count >= 2 ? [p.parts.count - 1, 0] : [0]).filter { p.parts[$0].utf8.count >= 3 }
    }

    /// The block a name sits in for an anchor: the anchor and the `prefix` of the first other part
    /// (of 2 letters or more when there is one: an initial is left to `NameClusterer`'s own rule).
    static func registration(_ p: borrowing NameParts, anchor a: Int) -> Int {
        let s = p.skeletons
        guard let other = s.indices.first(where: { $0 != a && p.parts[$0].utf8.count >= 2 }) ?? s.indices.first(where: { $0 != a })
        else { return blockKey(s[a], "") }
        return blockKey(s[a], prefix(p, other))
    }

    /// The coarse blocks of a name for an anchor: each coarse key of the anchor with the group and
    /// each first coarse class of the first other part (none for a lone word).
    static func coarseKeys(_ p: borrowing NameParts, anchor a: Int) -> [Int] {
        let anchorKeys = p.coarse(a).filter { CrossScriptSkeleton.classes($0) >= 2 }
        guard !anchorKeys.isEmpty else { return [] }
        guard let other = p.parts.indices.first(where: { $0 != a }) else { return anchorKeys.map { blockKey($0, 0) } }
        // A given name of the table meets its renderings by group, and by sound those the table lacks.
        var others = [Int]()
        if let g = p.groups[other] { others.append(g.hashValue) }
        for c in p.coarse(other) { let f = CrossScriptSkeleton.firstClass(c); if !others.contains(f) { others.append(f) } }
        var keys = [Int]()
        for k in anchorKeys { for o in others { let b = blockKey(k, o); if !keys.contains(b) { keys.append(b) } } }
        return keys
    }

    static func blockKey(_ anchor: UInt64, _ other: Int) -> Int {
        var h = Hasher()
        h.combine(anchor)
        h.combine(other)
        return h.finalize()
    }

    /// The block of an anchor skeleton and another part's prefix (no string built).
    static func blockKey(_ anchor: String, _ other: String) -> Int {
        var h = Hasher()
        h.combine(anchor)
        h.combine(other)
        return h.finalize()
    }

    /// What two matching parts share: the given-name group ("=ivan": John meets Johannes), else the
    /// first two letters of the skeleton ("pVtVr" → "pV": Piet meets Pieter, Chris Christiaan).
    static func prefix(_ p: borrowing NameParts, _ j: Int) -> String {
        if let g = p.groups[j] { return "=" + g }
        return String(p.skeletons[j].prefix(2))
    }
}
