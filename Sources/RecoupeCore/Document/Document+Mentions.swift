import RecoupeICU
extension Document {
    /// Merges mentions into `mentions` in text order, skipping any that overlaps one already there,
    /// and renumbers the mention indices of `entities`.
    public mutating func insertMentions(_ new: [EntityMention]) {
        guard !new.isEmpty else { return }
        let old = mentions
        var merged: [(EntityMention, Int?)] = old.enumerated().map { ($0.element, $0.offset) }
        // Existing mentions are in text order: binary search for the first that ends after m starts.
        for m in new {
            var overlaps = false
            var k = old.partitionIndex { $0.end <= m.start }
            while k < old.count, old[k].start < m.end { if old[k].end > m.start { overlaps = true; break }; k += 1 }
            if !overlaps { merged.append((m, nil)) }
        }
        merged.sort { ($0.0.start, $0.0.end) < ($1.0.start, $1.0.end) }
        var newIndex = [Int](repeating: 0, count: old.count)
        for (i, (_, o)) in merged.enumerated() { if let o { newIndex[o] = i } }
        mentions = merged.map(\.0)
        for e in entities.indices { entities[e].mentions = entities[e].mentions.map { newIndex[$0] } }
    }
}
