extension NamePartsColumns {
    /// The columns as unsafe buffers, for the linker's comparisons: reading a part through an array held by
    /// a struct cost an out-of-line subscript call and a retain of the array per read, and the closures
    /// `fits` hands to `NameParts.assign` captured the whole `NamePartsColumns` (retaining its arrays per
    /// call). Valid only inside `NamePartsColumns.withBorrowed`. Decides exactly as `NamePartsColumns.compatible`
    /// did (the same code on the same values; `NamePartsColumnsTests`).
    struct Borrowed {
        let rows: UnsafeBufferPointer<Row>, parts: UnsafeBufferPointer<Part>, coarse: UnsafeBufferPointer<UInt64>
        /// Part text by part id (for the prefix test).
        let partText: UnsafeBufferPointer<String>
        /// Per part (blocking only): `NamePartsColumns.prefix` and `skeletonPrefix`.
        let prefix: UnsafeBufferPointer<Int32>, skeletonPrefix: UnsafeBufferPointer<Int32>
        /// The interned empty string (the block of a lone anchor).
        let empty: Int32

        /// Where row r's parts start in `parts`, and how many it has.
        @inline(__always) func start(_ r: Int) -> Int { Int(rows[r].start) }
        @inline(__always) func count(_ r: Int) -> Int { Int(rows[r].count) }

        /// The `Diminutives` code of part k (an index into `parts`), -1 when none.
        @inline(__always) func dimCode(_ k: Int) -> Int32 { parts[k].dimCode }

        /// `NameParts.compatible` of rows x and y.
        func compatible(_ x: Int, _ y: Int) -> Bool {
            let rx = rows[x], ry = rows[y]
            if rx.ordinal >= 0, ry.ordinal >= 0, rx.ordinal != ry.ordinal { return false }
            return rx.count <= ry.count ? fits(rx, in: ry) : fits(ry, in: rx)
        }

        /// `NameParts.fits`: the shorter row `s` first.
        @inline(__always)
        private func fits(_ s: Row, in l: Row) -> Bool {
            let sn = Int(s.count), ln = Int(l.count)
            guard sn > 0, s.required & ~l.letters == 0 || s.cyrillic != l.cyrillic else { return false }
            let cross = s.cyrillic != l.cyrillic
            let crossFewer = cross && sn != ln
            if crossFewer, sn < 2 { return false }
            let sb = Int(s.start), lb = Int(l.start)
            // `NameParts.loneFamilyName`.
            if sn == 1, ln >= 2, !cross {
                let a = parts[sb]
                if a.length >= 5, a.group < 0, a.part == parts[lb].part { return true }
            }
            return NameParts.assign(sn, ln, crossFewer: crossFewer, length: { Int(parts[sb + $0].length) },
                                    match: { match(sb + $0, lb + $1, cross) })
        }

        /// `NameParts.match` of parts a and b (indices into `parts`).
        @inline(__always)
        private func match(_ a: Int, _ b: Int, _ crossScript: Bool) -> Int {
            let pa = parts[a], pb = parts[b]
            let an = pa.length, bn = pb.length
            if pa.part == pb.part { return an >= 2 ? 2 : 1 }
            if pa.group >= 0, pa.group == pb.group { return 2 }
            if an == 1 || bn == 1 { return pa.first == pb.first ? 1 : 0 }
            if crossScript {
                if an >= 3 && pa.skeleton == pb.skeleton { return 2 }
                if meet(pa, pb, minClasses: 1) { return 2 }
                return diminutive(pa, pb) ? 1 : 0
            }
            if an >= 3, bn >= 3, meet(pa, pb, minClasses: 3) { return 2 }
            if an >= 3, bn >= 3 {
                let x = partText[Int(pa.part)], y = partText[Int(pb.part)]
                if pa.ascii && pb.ascii ? NamePartsColumns.asciiPrefix(x, y) : x.hasPrefix(y) || y.hasPrefix(x) { return 1 }
            }
            return diminutive(pa, pb) ? 1 : 0
        }

        /// `NameParts.diminutive` of parts a and b.
        @inline(__always)
        private func diminutive(_ a: Part, _ b: Part) -> Bool {
            a.dimCode >= 0 && b.dimCode >= 0 && Diminutives.shared.related(a.dimCode, b.dimCode)
        }

        /// `NameParts.meet` of parts a and b.
        @inline(__always)
        private func meet(_ a: Part, _ b: Part, minClasses: Int) -> Bool {
            let xe = Int(a.coarseEnd), ys = Int(b.coarseStart), ye = Int(b.coarseEnd)
            var i = Int(a.coarseStart)
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

    /// `x.hasPrefix(y) || y.hasPrefix(x)` for two ASCII words: their first bytes agree as far as the shorter goes.
    /// In ASCII every byte is a Character of its own (a part holds no CR LF), so Character prefixes are byte
    /// prefixes, without `hasPrefix`'s Unicode comparison (2 % of `names cluster`).
    @inline(__always)
    static func asciiPrefix(_ x: String, _ y: String) -> Bool {
        var x = x, y = y
        return x.withUTF8 { a in
            y.withUTF8 { b in
                let n = min(a.count, b.count)
                var i = 0
                while i < n { if a[i] != b[i] { return false }; i += 1 }
                return true
            }
        }
    }
}
