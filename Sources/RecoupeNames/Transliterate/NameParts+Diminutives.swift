import RecoupeCore

/// Diminutives and hypocoristics of given names (`Lexicons/names/diminutives.tsv`: Wim / Willem, Dick / Dirk,
/// Jaap / Jacobus, Fritz / Friedrich, Sandy / Alexander), and the `dim:PARENT` groups of `given-names.tsv`
/// (Sacha / Alexandre). Kept apart from the equivalences of `given-names.tsv`: a diminutive and its full name
/// match only weakly (`NameParts.match` scores 1, as an initial or a prefix), so a name links through one only
/// when its family name matches strongly and in order, and `NamePartsLinker` still leaves a name apart when it
/// fits two persons ("Bert Jansen" with both "Albert Jansen" and "Hubert Jansen").
///
/// A part is named by a code: its given-name group when it has one (so a listed Willem also stands for Wilhelm
/// and Wilhelmus), else its key; `related` tells a diminutive and its full name, in either order.
struct Diminutives: Sendable {
    /// Code of a part with a given-name group, by group id; of a part without, by its key.
    private let byGroup: [String: Int32], byKey: [String: Int32]
    /// The codes each code is weakly linked to (a diminutive to its full names and back).
    private let links: [[Int32]]

    static let shared: Diminutives = {
        let text = LexiconLocator.path("names/diminutives.tsv").flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        return Diminutives(parsing: text, givenNames: NameTable.givenNames)
    }()

    init(parsing text: String, givenNames: NameTable) {
        var byGroup = [String: Int32](), byKey = [String: Int32](), links = [Set<Int32>]()
        func code(group: String) -> Int32 {
            if let c = byGroup[group] { return c }
            let c = Int32(links.count); byGroup[group] = c; links.append([]); return c
        }
        func code(key: String) -> Int32 {
            if let c = byKey[key] { return c }
            let c = Int32(links.count); byKey[key] = c; links.append([]); return c
        }
        /// The codes of a spelling: its group's, else those of its keys under the conventions `NameTable` uses.
        func codes(of spelling: String, asDiminutive: Bool) -> [Int32] {
            if let g = givenNames.group(of: spelling, language: nil) ?? givenNames.group(of: spelling, language: "en") {
                // A spelling of a full name of the table is an equivalent, not a diminutive: no weak link.
                if asDiminutive, givenNames.entry(g)?.kind != "dim" { return [] }
                return [code(group: g)]
            }
            var out = [Int32]()
            for lang in ["fr", "en", "de", nil] as [String?] {
                let k = NameKey.key(for: spelling, language: lang)
                if !k.isEmpty, !k.contains(" ") { let c = code(key: k); if !out.contains(c) { out.append(c) } }
            }
            return out
        }
        func link(_ a: [Int32], _ b: [Int32]) {
            for x in a { for y in b where x != y { links[Int(x)].insert(y); links[Int(y)].insert(x) } }
        }
        for raw in LineBreaks.split(text) where !raw.hasPrefix("#") {
            let f = LexiconFields.split(raw, at: UInt8(ascii: "\t"), omittingEmpty: true).map(String.init)
            guard f.count >= 2 else { continue }
            let parent = codes(of: f[0], asDiminutive: false)
            for d in LexiconFields.split(Substring(f[1]), at: UInt8(ascii: "|"), omittingEmpty: true) { link(codes(of: String(d), asDiminutive: true), parent) }
        }
        for e in givenNames.entries where e.kind == "dim" {
            if let p = e.parent { link([code(group: e.id)], [code(group: p)]) }
        }
        self.byGroup = byGroup; self.byKey = byKey
        self.links = links.map { $0.sorted() }
    }

    /// The code of a part (its key, and its given-name group when it has one); -1 when the table does not name it.
    func code(part: String, group: String?) -> Int32 {
        if let g = group { return byGroup[g] ?? -1 }
        return byKey[part] ?? -1
    }

    /// The codes weakly linked to code c.
    func linked(to c: Int32) -> [Int32] { c >= 0 ? links[Int(c)] : [] }

    /// True when codes a and b are a diminutive and its full name.
    func related(_ a: Int32, _ b: Int32) -> Bool {
        a >= 0 && b >= 0 && links[Int(a)].contains(b)
    }
}

extension NameParts {
    /// True when part i of x and part j of y are a diminutive and its full name (`Diminutives`): a weak match.
    static func diminutive(_ x: borrowing NameParts, _ i: Int, _ y: borrowing NameParts, _ j: Int) -> Bool {
        let d = Diminutives.shared
        let a = d.code(part: x.parts[i], group: x.groups[i])
        return a >= 0 && d.related(a, d.code(part: y.parts[j], group: y.groups[j]))
    }
}

extension NamePartsLinker {
    /// Candidates that only a diminutive brings together ("Wim Hofker" / "Willem Gerard Hofker", "Sandy
    /// Wollaston" / "Alexander Frederick Richmond Wollaston"): the blocks of `link` key other parts by their
    /// first letters or group, which a diminutive and its full name seldom share. Each name also sits in a
    /// block of (anchor, diminutive code) for every other part the table names, and looks up the codes linked
    /// to its own; pairs found are checked with `compatible` and added to `cands` (deduplicated by `link`).
    static func addDiminutiveCandidates(_ cols: NamePartsColumns.Borrowed, anchorsOf: [Anchors], cands: inout CandidatePairs) {
        // Flat blocks (`NameBlocks`: rows in the order added, as the dictionary of arrays kept them) instead of
        // `[Int: [Int32]]` (a `Hasher` round per key and an array per block).
        var blocks = NameBlocks()
        var added = false
        for r in anchorsOf.indices {
            let base = cols.start(r), n = cols.count(r)
            for a in anchorsOf[r] {
                for j in 0..<n where j != a && cols.dimCode(base + j) >= 0 {
                    blocks.add(blockKey(cols.parts[base + a].skeleton, cols.dimCode(base + j)), Int32(r)); added = true
                }
            }
        }
        guard added else { return }
        blocks.finish { NameBlocks.Member(row: $0, count: 0, cyrillic: false, required: 0, letters: 0) }
        let table = Diminutives.shared
        for r in anchorsOf.indices {
            let base = cols.start(r), n = cols.count(r)
            for a in anchorsOf[r] {
                for j in 0..<n where j != a {
                    for c in table.linked(to: cols.dimCode(base + j)) {
                        guard let block = blocks[blockKey(cols.parts[base + a].skeleton, c)] else { continue }
                        for m in block where Int(m.row) != r && cols.compatible(r, Int(m.row)) {
                            cands.add(r, m.row)
                        }
                    }
                }
            }
        }
    }
}
