import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
/// Puts annotated documents side by side: which entities each mentions (reconciled across
/// spellings), the roles it gives them, the quotations it carries, its dates and numbers, and
/// where the sources diverge.
///
/// ```swift
/// let comparison = SourceComparer().compare(documents)
/// ```
///
/// Reconciliation: mentions are grouped by `kb_id` within each document; groups from different
/// documents merge when their kb_ids are equal, or when their canonical names meet under
/// `NameVariantKey` (for persons: same surname key and compatible first names).
/// Cost: quadratic in the number of entities and of quotations across documents (pairwise
/// matching), linear in the text otherwise; a few milliseconds for a handful of articles.
public struct SourceComparer: Sendable {
    /// Minimum containment (shared content words / words of the shorter) to align two quotations.
    public var quoteContainment = 0.6
    /// Minimum shared content words to align two quotations.
    public var quoteSharedWords = 2
    /// Minimum overlap for two roles of one entity to count as the same role.
    public var roleOverlap = 0.5

    public init() {}

    /// One entity as one document has it, before reconciliation.
    package struct LocalEntity {
        var doc: Int
        package var kbId: String
        package var label: EntityMention.Label
        package var canonical: String
        package var mentions: [EntityMention]
        var roles: [EntityMention.Role]
    }

    public func compare(_ documents: [Document]) -> Comparison {
        let sources = documents.map {
            ComparedSource(id: $0.id, path: $0.source.path, sha256: $0.source.sha256, outlet: $0.source.outlet,
                           date: $0.source.date, language: $0.source.language, length: $0.length)
        }
        let (entities, kbGroup) = reconcileEntities(documents)
        let quotes = alignQuotes(documents, kbGroup: kbGroup, entities: entities)
        let dates = compareDates(documents)
        let numbers = compareNumbers(documents)
        var divergences: [Divergence] = []
        divergences += roleDivergences(entities, documents)
        divergences += spellingDivergences(entities)
        divergences += mixedScriptDivergences(entities)
        divergences += quoteDivergences(quotes)
        divergences += numberDivergences(numbers)
        divergences += coverageDivergences(entities, documents)
        let order = Dictionary(uniqueKeysWithValues: Divergence.Kind.allCases.enumerated().map { ($1, $0) })
        divergences = divergences.enumerated().sorted {
            (order[$0.element.kind]!, $0.offset) < (order[$1.element.kind]!, $1.offset)
        }.map(\.element)
        return Comparison(sources: sources, entities: entities, quotes: quotes, dates: dates,
                          numbers: numbers, divergences: divergences)
    }

    // MARK: Entities

    /// Entities of each document, from its mentions (and its entity layer for canonical names and roles).
    package func localEntities(_ documents: [Document]) -> [LocalEntity] {
        var out: [LocalEntity] = []
        for (d, doc) in documents.enumerated() {
            let layer = Dictionary(doc.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var order: [String] = []
            var byId: [String: LocalEntity] = [:]
            for m in doc.mentions where m.label != .date {
                if byId[m.kbId] == nil {
                    order.append(m.kbId)
                    byId[m.kbId] = LocalEntity(doc: d, kbId: m.kbId, label: layer[m.kbId]?.label ?? m.label,
                                               canonical: layer[m.kbId]?.canonical ?? m.canonical, mentions: [], roles: [])
                }
                byId[m.kbId]!.mentions.append(m)
                for r in m.allRoles { byId[m.kbId]!.roles.append(r) }
            }
            for id in order {
                var e = byId[id]!
                for r in layer[id]?.roles ?? [] where !e.roles.contains(where: { $0.start == r.start && $0.end == r.end }) {
                    e.roles.append(r)
                }
                e.roles.sort { $0.start < $1.start }
                out.append(e)
            }
        }
        return out
    }

    /// Groups the documents' entities that name the same thing: equal kb_ids, or names that
    /// meet under `NameVariantKey` (persons: same surname key and first names starting alike;
    /// others: same key and compatible labels). Blocked on keys, so near-linear in entities.
    static func linkEntities(_ local: [LocalEntity]) -> DisjointSets {
        var sets = DisjointSets(count: local.count)
        var firstByKb: [String: Int] = [:]
        var byKey: [String: [Int]] = [:]
        var bySurname: [String: [Int]] = [:]
        var words: [[Substring]] = []
        words.reserveCapacity(local.count)
        for (i, e) in local.enumerated() {
            let key = NameVariantKey.key(e.canonical)
            words.append(key.split(separator: " "))
            if let j = firstByKb[e.kbId] { sets.union(i, j) } else { firstByKb[e.kbId] = i }
            if e.label == .person {
                guard let surname = words[i].last, surname.count >= 3 else { continue }
                for j in bySurname[String(surname), default: []] where sets.find(i) != sets.find(j) {
                    let a = words[i], b = words[j]
                    if a.count < 2 || b.count < 2 || a[0].first == b[0].first { sets.union(i, j) }
                }
                bySurname[String(surname), default: []].append(i)
            } else if !key.isEmpty {
                for j in byKey[key, default: []] where sets.find(i) != sets.find(j) {
                    let la = e.label, lb = local[j].label
                    if la == lb || la == .misc || lb == .misc { sets.union(i, j) }
                }
                byKey[key, default: []].append(i)
            }
        }
        return sets
    }

    /// Reconciled entities and, for each kb_id met, the reconciled entity id.
    func reconcileEntities(_ documents: [Document]) -> ([EntityAcrossSources], [String: String]) {
        let local = localEntities(documents)
        var sets = Self.linkEntities(local)
        var result: [EntityAcrossSources] = []
        var kbGroup: [String: String] = [:]
        for group in sets.groups() {
            let members = group.map { local[$0] }
            let id = Self.mostCommon(members.flatMap { m in m.mentions.map { _ in m.kbId } })
            let canonical = Self.mostCommon(members.flatMap { m in m.mentions.map { _ in m.canonical } })
            let label = Self.mostCommon(members.map(\.label))
            var perSource: [EntityInSource] = []
            for d in documents.indices {
                let here = members.filter { $0.doc == d }
                guard !here.isEmpty else { continue }
                let doc = documents[d]
                let mentions = here.flatMap(\.mentions).sorted { $0.start < $1.start }
                var counts: [String: Int] = [:]
                var spellingOrder: [String] = []
                for m in mentions {
                    if counts[m.surface] == nil { spellingOrder.append(m.surface) }
                    counts[m.surface, default: 0] += 1
                }
                let roles = here.flatMap(\.roles).sorted { $0.start < $1.start }.map {
                    RoleInSource(text: $0.text, modality: $0.modality, at: SourcePointer(doc, $0.start, $0.end))
                }
                perSource.append(EntityInSource(
                    doc: doc.id, spellings: spellingOrder.map { SpellingCount(text: $0, count: counts[$0]!) },
                    mentions: mentions.map { SourcePointer(doc, $0.start, $0.end) }, roles: roles))
            }
            let kbIds = Self.unique(members.map(\.kbId))
            for k in kbIds { kbGroup[k] = id }
            result.append(EntityAcrossSources(
                id: id, kbIds: kbIds, label: label, canonical: canonical, sources: perSource.map(\.doc),
                shared: perSource.count == documents.count, perSource: perSource))
        }
        result = result.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            let ma = a.perSource.reduce(0) { $0 + $1.mentions.count }, mb = b.perSource.reduce(0) { $0 + $1.mentions.count }
            return (a.sources.count, ma, -x.offset) > (b.sources.count, mb, -y.offset)
        }.map(\.element)
        return (result, kbGroup)
    }

    static func mostCommon<T: Hashable>(_ items: [T]) -> T {
        var counts: [T: Int] = [:]
        for x in items { counts[x, default: 0] += 1 }
        // Ties go to the first seen, so the first source's choice wins.
        return items.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && items.firstIndex(of: $0)! > items.firstIndex(of: $1)!) }!
    }

    package static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }

    // MARK: Dates

    func compareDates(_ documents: [Document]) -> [DateAcrossSources] {
        var order: [String] = []
        var groups: [String: DateAcrossSources] = [:]
        for doc in documents {
            for d in doc.dates {
                let key: String
                if let v = d.value { key = d.endValue.map { "\(v)/\($0)" } ?? v } else { key = "?" + d.surface.lowercased() }
                let sentence = doc.sentence(containing: d.start) ?? Span(start: d.start, end: d.end)
                let occurrence = DateInSource(doc: doc.id, at: SourcePointer(doc, d.start, d.end), relative: d.relative,
                                              context: SourcePointer(doc, sentence.start, sentence.end))
                if groups[key] == nil {
                    order.append(key)
                    groups[key] = DateAcrossSources(value: key, precision: d.precision, sources: [], shared: false, occurrences: [])
                }
                groups[key]!.occurrences.append(occurrence)
                if !groups[key]!.sources.contains(doc.id) { groups[key]!.sources.append(doc.id) }
            }
        }
        return order.map { k in
            var g = groups[k]!
            g.shared = g.sources.count > 1
            return g
        }.sorted { ($0.shared ? 0 : 1, $0.value) < ($1.shared ? 0 : 1, $1.value) }
    }
}
