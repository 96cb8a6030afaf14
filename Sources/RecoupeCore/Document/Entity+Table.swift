extension Entity {
    /// Each entity once, in order of first mention.
    public static func table(of mentions: [EntityMention]) -> [Entity] {
        var order: [String] = []
        var byId: [String: Entity] = [:]
        for (i, m) in mentions.enumerated() where m.label != .date {
            if byId[m.kbId] == nil {
                order.append(m.kbId)
                byId[m.kbId] = Entity(id: m.kbId, label: m.label, canonical: m.canonical)
            }
            byId[m.kbId]!.mentions.append(i)
            if !byId[m.kbId]!.spellings.contains(m.surface) { byId[m.kbId]!.spellings.append(m.surface) }
            for r in m.allRoles where !byId[m.kbId]!.roles.contains(r) { byId[m.kbId]!.roles.append(r) }
        }
        return order.map { byId[$0]! }
    }
}
