import RecoupeCore

/// Groups a corpus into stories (reports of one event) before comparing, so that `compare` over
/// thousands of articles compares each story's sources, not every pair of articles.
///
/// Measure: two documents are one story when they share at least `minSharedEntities` named
/// entities (kb_ids of persons, organisations, places, others) that are each in at most
/// `maxKeyDocuments` documents of the corpus (a key in more is too common to tell stories apart:
/// "France") and make at least `minOverlap` of the smaller one's such keys, and their dates — the publication date, else the latest resolved date they state —
/// are at most `windowDays` apart (no date: no constraint). Stories are the connected groups.
///
/// Cost: blocking by entity key. Each document meets only the documents in its keys' postings,
/// and a posting is capped at `maxKeyDocuments`, so the work is at most documents × keys ×
/// `maxKeyDocuments`: linear in the corpus for a fixed cap, never all pairs.
public struct StoryGrouper: Sendable {
    public var minSharedEntities = 2
    /// And the shared keys must be at least this share of the smaller document's uncommon keys
    /// (overlap coefficient): two long articles meeting on two names of twenty are not one story.
    public var minOverlap = 0.4
    public var windowDays = 3
    /// A key in more documents than this is not used to link (by default 5 % of the corpus, at least 50).
    public var maxKeyDocuments: Int?

    public init() {}

    public func stories(_ documents: [Document]) -> [[Int]] {
        let cap = maxKeyDocuments ?? max(50, documents.count / 20)
        var postings: [String: [Int]] = [:]
        var keys: [[String]] = []
        keys.reserveCapacity(documents.count)
        for (d, doc) in documents.enumerated() {
            var seen = Set<String>()
            for m in doc.mentions where m.label != .date && !m.kbId.isEmpty { seen.insert(m.kbId) }
            let sorted = seen.sorted()
            keys.append(sorted)
            for k in sorted { postings[k, default: []].append(d) }
        }
        let days = documents.map(Self.day)
        let uncommon = keys.map { $0.filter { postings[$0]!.count <= cap }.count }
        var sets = DisjointSets(count: documents.count)
        var shared = [Int](repeating: 0, count: documents.count)
        var touched: [Int] = []
        for d in documents.indices {
            // Count, for each earlier document, the uncommon keys it shares with d.
            for k in keys[d] {
                guard let p = postings[k], p.count <= cap else { continue }
                for e in p {
                    if e >= d { break }  // postings are in document order
                    if shared[e] == 0 { touched.append(e) }
                    shared[e] += 1
                }
            }
            for e in touched {
                if shared[e] >= minSharedEntities, Double(shared[e]) >= minOverlap * Double(min(uncommon[d], uncommon[e])),
                   Self.close(days[d], days[e], windowDays) { sets.union(d, e) }
                shared[e] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return sets.groups().sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
    }

    /// The document's day number, for the window test.
    static func day(_ doc: Document) -> Int? {
        let iso = doc.source.date ?? doc.dates.compactMap(\.value).filter { $0.count == 10 }.max()
        return iso.flatMap { CivilDate(iso: $0) }?.dayNumber
    }

    static func close(_ a: Int?, _ b: Int?, _ window: Int) -> Bool {
        guard let a, let b else { return true }
        return abs(a - b) <= window
    }
}
