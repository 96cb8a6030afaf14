import RecoupeCore
/// Entity mentions indexed by position, for the quotation stages' speaker lookups.
///
/// "Which mentions cover this offset, lie inside this span, start or end here" cost O(log n +
/// answers) instead of a scan of every mention per quotation and per verb of saying, which made
/// quotations quadratic in the document (issue 18: 4 MB of quoted news took 185 CPU-s).
/// Answers are indices into `mentions`, in increasing order, so `first`/`last`/`max(by:)` over
/// them pick the same mention a scan of the array would.
///
/// ```swift
/// let index = MentionIndex(doc.mentions)
/// index.covering(120).map { doc.mentions[$0].kbId }
/// ```
///
/// Cost: O(n log n) to build; `covering` and `overlapping` walk back over mentions that start
/// before the offset while one of them still reaches it (names are short, so a few).
struct MentionIndex {
    let mentions: [EntityMention]
    /// Mention indices sorted by start (ties in array order), their starts, and the largest end
    /// among the first i + 1 of them.
    private let order: [Int]
    private let starts: [Int]
    private let reach: [Int]
    private let byStart: [Int: [Int]]
    private let byEnd: [Int: [Int]]

    init(_ mentions: [EntityMention]) {
        self.mentions = mentions
        let order = mentions.indices.sorted { (mentions[$0].start, $0) < (mentions[$1].start, $1) }
        self.order = order
        starts = order.map { mentions[$0].start }
        var reach: [Int] = []
        reach.reserveCapacity(order.count)
        var m = Int.min
        for i in order {
            m = max(m, mentions[i].end)
            reach.append(m)
        }
        self.reach = reach
        var byStart: [Int: [Int]] = [:], byEnd: [Int: [Int]] = [:]
        for i in mentions.indices {
            byStart[mentions[i].start, default: []].append(i)
            byEnd[mentions[i].end, default: []].append(i)
        }
        self.byStart = byStart
        self.byEnd = byEnd
    }

    var isEmpty: Bool { mentions.isEmpty }

    /// Positions in `order` of the mentions starting before `x` (`before: true`) or at or before it.
    private func prefix(_ x: Int, inclusive: Bool) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if inclusive ? starts[mid] <= x : starts[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Mentions with `start <= p < end`.
    func covering(_ p: Int) -> [Int] {
        var out: [Int] = []
        var j = prefix(p, inclusive: true) - 1
        while j >= 0, reach[j] > p {
            if mentions[order[j]].end > p { out.append(order[j]) }
            j -= 1
        }
        return out.sorted()
    }

    /// Mentions with `start < b` and `a < end`.
    func overlapping(_ a: Int, _ b: Int) -> [Int] {
        var out: [Int] = []
        var j = prefix(b, inclusive: false) - 1
        while j >= 0, reach[j] > a {
            if mentions[order[j]].end > a { out.append(order[j]) }
            j -= 1
        }
        return out.sorted()
    }

    /// Mentions with `a <= start` and `end <= b`.
    func inside(_ a: Int, _ b: Int) -> [Int] {
        var out: [Int] = []
        var j = prefix(a, inclusive: false)
        while j < order.count, starts[j] <= b {
            if mentions[order[j]].end <= b { out.append(order[j]) }
            j += 1
        }
        return out.sorted()
    }

    func starting(at s: Int) -> [Int] { byStart[s] ?? [] }

    func ending(at e: Int) -> [Int] { byEnd[e] ?? [] }
}
