import Foundation
import RecoupeCore

/// Distributional word clusters (`Lexicons/models/word-clusters-fr.tsv`, made by
/// `scripts/ner/word-clusters.py`): for each of the ~40,000 commonest French norms, its cluster at a few
/// granularities (64, 256, 1,024 clusters of words used in like contexts).
///
/// Why: the tagger otherwise knows a word by its spelling only, so an unseen capitalised word after
/// "à" or "les" got whatever label its letters suggested. The cluster says "this word occurs where
/// towns (or given names, or institutions) occur", and the weights learnt for a cluster reach the
/// words of that cluster that the training data never labelled (issue 15).
///
/// Keys are Recoupe norms (NFC, case-folded, diacritics kept), the same the tagger's types carry.
/// Loaded once per process and shared read-only (``shipped``).
public struct WordClusters: Sendable {
    /// Path under `Lexicons/`.
    public static let relativePath = "models/word-clusters-fr.tsv"
    /// Cluster counts, one per column of the file ("c64", "c256" …).
    public let granularities: [Int]
    /// Norm → its cluster ids, one per granularity, packed 16 bits each (lowest bits: first column).
    private let table: [String: UInt64]

    public init(granularities: [Int], table: [String: [Int]]) {
        precondition(granularities.count <= 4 && table.values.allSatisfy { $0.count == granularities.count })
        self.granularities = granularities
        var packed: [String: UInt64] = [:]
        packed.reserveCapacity(table.count)
        for (w, ids) in table {
            var v: UInt64 = 0
            for (g, id) in ids.enumerated() { v |= UInt64(UInt16(id)) << (16 * UInt64(g)) }
            packed[w] = v
        }
        self.table = packed
    }

    private init(granularities: [Int], packed: [String: UInt64]) {
        self.granularities = granularities
        table = packed
    }

    /// No clusters: every word unknown (when the file is absent).
    public static let empty = WordClusters(granularities: [], packed: [:])

    public var count: Int { table.count }

    /// The cluster ids of `norm`, one per granularity, packed as in the table; nil for a word not in the file.
    @inline(__always) func packed(_ norm: String) -> UInt64? { table[norm] }

    /// The cluster ids of `norm`, one per granularity; nil for a word not in the file.
    public func clusters(_ norm: String) -> [Int]? {
        guard let v = table[norm] else { return nil }
        return granularities.indices.map { Int((v >> (16 * UInt64($0))) & 0xFFFF) }
    }

    /// A file that cannot be read as clusters, and why.
    public struct LoadError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "word clusters \(path): \(reason)" }
    }

    /// Reads the TSV: a header `#norm<TAB>c64<TAB>c256…`, then `norm<TAB>id<TAB>id…` lines.
    public static func load(path: String) throws -> WordClusters {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LoadError(path: path, reason: "cannot read the file")
        }
        var granularities: [Int] = []
        var packed: [String: UInt64] = [:]
        packed.reserveCapacity(50_000)
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            lineNumber += 1
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            if lineNumber == 1 {
                guard cols.first == "#norm", cols.count >= 2, cols.count <= 5 else { throw LoadError(path: path, reason: "bad header line") }
                granularities = try cols.dropFirst().map { c in
                    guard c.first == "c", let k = Int(c.dropFirst()), (2...65_536).contains(k) else {
                        throw LoadError(path: path, reason: "bad column name \(c)")
                    }
                    return k
                }
                continue
            }
            guard cols.count == granularities.count + 1 else { throw LoadError(path: path, reason: "line \(lineNumber): \(cols.count) columns") }
            var v: UInt64 = 0
            for g in granularities.indices {
                guard let id = Int(cols[g + 1]), id >= 0, id < granularities[g] else {
                    throw LoadError(path: path, reason: "line \(lineNumber): bad cluster id \(cols[g + 1])")
                }
                v |= UInt64(id) << (16 * UInt64(g))
            }
            packed[String(cols[0])] = v
        }
        guard !granularities.isEmpty else { throw LoadError(path: path, reason: "empty file") }
        return WordClusters(granularities: granularities, packed: packed)
    }

    /// The shipped clusters, read once per process (``empty`` when the file is absent: the tagger then
    /// sees every word as unclustered, and a model trained with clusters scores worse, not wrongly).
    /// The file is found like the model's own default (the shipped `Lexicons/`); a malformed file stops
    /// the process with its reason, as it is part of the build, not user input.
    public static let shipped: WordClusters = {
        guard let dir = LexiconLocator.shippedDirectory() else { return .empty }
        let path = dir + "/" + relativePath
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        do { return try load(path: path) } catch { fatalError("\(error)") }
    }()
}
