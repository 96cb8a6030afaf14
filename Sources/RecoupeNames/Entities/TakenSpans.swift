/// Ranges (of characters or tokens) already given to something (role spans read before the descriptions), asked whether a
/// new range overlaps any of them in O(log n): sorted by start, with the running maximum of their ends,
/// the ranges starting before `b` overlap `a..<b` iff the furthest of their ends passes `a`.
struct TakenSpans {
    private let starts: [Int]
    private let furthestEnd: [Int]

    init(_ ranges: [Range<Int>]) {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        var furthest = Int.min
        furthestEnd = sorted.map { furthest = max(furthest, $0.upperBound); return furthest }
    }

    /// Whether `range` shares a character with one of the taken ranges (as `Range.overlaps`).
    func overlaps(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let before = starts.partitionIndex { $0 < range.upperBound }
        return before > 0 && furthestEnd[before - 1] > range.lowerBound
    }
}
