import RecoupeCore

/// Pairwise scoring of `NameClusterer` on a gold list (`ENTITY<TAB>LANG<TAB>NAME` lines, `#` comments),
/// as `scripts/translit/eval_names.py` defines it: over all pairs of lines, a pair is a true positive
/// when gold and clusters both put it together, a false merge when only the clusters do, a missed
/// pair when only the gold does. Used by `recoupe names eval`.
public struct NameClusterEval: Sendable {
    public struct Row: Sendable { public let entity, language, name: String }
    public let rows: [Row]
    public let clusters: [Int]
    public private(set) var truePositives = 0, falseMerges = 0, missed = 0
    /// Sample pairs (first ones in file order): wrongly merged, and same entity but apart.
    public private(set) var mergedPairs = [(String, String)](), missedPairs = [(String, String)]()

    public var precision: Double { truePositives + falseMerges == 0 ? 1 : Double(truePositives) / Double(truePositives + falseMerges) }
    public var recall: Double { truePositives + missed == 0 ? 1 : Double(truePositives) / Double(truePositives + missed) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var entities: Int { Set(rows.map(\.entity)).count }

    /// Parses the TSV (LANG `-`, `und` or empty = unknown language) and clusters it; keeps up to `keepErrors` pairs of each kind.
    public init(tsv: String, keepErrors: Int = 0) {
        var rows = [Row]()
        for line in LineBreaks.split(tsv) {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3 else { continue }
            rows.append(Row(entity: f[0], language: f[1], name: f[2]))
        }
        self.rows = rows
        clusters = NameClusterer().cluster(rows.map { r in
            (language: ["-", "und", ""].contains(r.language) ? nil : r.language, name: r.name)
        })
        for a in rows.indices {
            for b in (a + 1)..<rows.count {
                let gold = rows[a].entity == rows[b].entity, pred = clusters[a] == clusters[b]
                if gold && pred { truePositives += 1 }
                else if pred { falseMerges += 1; if mergedPairs.count < keepErrors { mergedPairs.append((rows[a].name, rows[b].name)) } }
                else if gold { missed += 1; if missedPairs.count < keepErrors { missedPairs.append((rows[a].name, rows[b].name)) } }
            }
        }
    }
}
