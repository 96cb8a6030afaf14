import Foundation

/// The entities stage: fills `doc.mentions` (JSON `ents`) and `doc.entities`.
///
/// In order:
/// 1. lexicon names through the shared `Gazetteer` (leftmost-longest over token norms);
/// 2. organisations by head and complement ("ministère des Affaires étrangères de la Fédération de Russie");
/// 3. names outside the lexicon: capitalized sequences with cues — civilities (M., Mme), titles
///    and roles before or in apposition, given names, Cyrillic-origin surname shapes, place
///    prepositions — with sentence-initial capitals and headline case kept from flooding the output;
/// 4. linking: a person's spelling links to a lexicon entry when its name key (`NameKeying`) equals
///    one of the entry's, in any script; surname-only mentions corefer to the earlier full mention;
///    unknown people get the corpus-wide id `name:<surname key>`;
/// 5. roles by apposition, preceding title or predicate, with modality (`RoleExtractor`).
///
/// Every mention carries its type, surface, offsets, confidence and the rule that fired.
public final class EntityRecognizer: Stage {
    public let name = "entities"
    public let requires: [Layer] = [.tokens, .norms, .sentences]
    public let produces: [Layer] = [.entities]

    public let gazetteer: Gazetteer
    let nameKey: NameKeying
    let firstNames: Set<String>

    /// The name key used for linking; swap the implementation here.
    public static func makeNameKey() -> NameKeying { TransliterationNameKey() }

    public init(options: Pipeline.Options = Pipeline.Options()) throws {
        gazetteer = try Gazetteer.cached(for: options)
        nameKey = Self.makeNameKey()
        firstNames = Self.cachedFirstNames(LexiconLocator.directory(for: options))
    }

    /// For tests and benchmarks: a recognizer over a given gazetteer.
    public init(gazetteer: Gazetteer, lexiconDirectory: String? = nil) {
        self.gazetteer = gazetteer
        nameKey = Self.makeNameKey()
        firstNames = Self.cachedFirstNames(lexiconDirectory ?? LexiconLocator.shippedDirectory())
    }

    private static let firstNamesLock = NSLock()
    nonisolated(unsafe) private static var firstNamesCache: [String: Set<String>] = [:]
    static func cachedFirstNames(_ dir: String?) -> Set<String> {
        firstNamesLock.lock()
        defer { firstNamesLock.unlock() }
        if let t = firstNamesCache[dir ?? ""] { return t }
        let t = FirstNames.table(lexiconDirectory: dir)
        firstNamesCache[dir ?? ""] = t
        return t
    }

    /// A mention being built, over tokens `start..<end`.
    struct Candidate {
        var start: Int
        var end: Int
        var label: EntityMention.Label
        var entry: Int32?
        var rule: String
        var confidence: Double
        var kbId: String = ""
        var canonical: String = ""
    }

    public func run(_ document: inout Document) throws {
        let context = DocumentContext(document)
        var candidates = gazetteerCandidates(document, context)
        try Cancellation.check()
        candidates = organizationCandidates(document, context, existing: candidates)
        var deferred: [Candidate] = []
        try Cancellation.check()
        candidates += nameCandidates(document, context, existing: candidates, deferred: &deferred)
        candidates += acronymCandidates(document, context, existing: candidates)
        candidates.sort { $0.start < $1.start }
        relabelByDocument(&candidates, context)
        try Cancellation.check()
        link(&candidates, deferred: deferred, document, context)
        try Cancellation.check()
        candidates.sort { $0.start < $1.start }
        aliasAcronyms(&candidates, context)

        let tokens = document.tokens
        var mentions: [EntityMention] = []
        for c in candidates {
            let s = tokens[c.start].start, e = tokens[c.end - 1].end
            mentions.append(EntityMention(start: s, end: e, label: c.label, kbId: c.kbId, surface: document.surface(start: s, end: e),
                                          canonical: c.canonical, confidence: c.confidence, rule: c.rule))
        }
        let roles = RoleExtractor(document: document, context: context, mentions: candidates)
        for (i, c) in candidates.enumerated() where c.label == .person {
            mentions[i].role = roles.role(of: i)
        }
        document.mentions = mentions
        document.entities = Self.entityTable(mentions)
    }

    /// One name, one type per document: a place guessed from a preposition alone ("décernée à Jafar
    /// Panahi") takes the type of the same words found as a person or organisation elsewhere.
    func relabelByDocument(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        func key(_ c: Candidate) -> String { (c.start..<c.end).filter { ctx.isWord($0) }.map { ctx.norm($0) }.joined(separator: " ") }
        var strong: [String: EntityMention.Label] = [:]
        for c in cands where c.label != .location && c.rule != "deferred" && (c.entry != nil || c.confidence >= 0.7) {
            strong[key(c)] = c.label
        }
        for i in cands.indices where cands[i].entry == nil && ["place-preposition", "place-noun"].contains(cands[i].rule) {
            if let label = strong[key(cands[i])] {
                cands[i].label = label
                cands[i].rule = "same-name"
            }
        }
    }

    /// "Organisation mondiale de la santé (OMS)", "Assistance publique-Hôpitaux de Paris (AP-HP)": an
    /// acronym in parentheses right after an organisation is that organisation, and so is every later
    /// bare use of it in the document. A lexicon id on either side wins.
    func aliasAcronyms(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        var aliases: [String: (kbId: String, canonical: String, entry: Int32?)] = [:]
        for i in cands.indices {
            let c = cands[i]
            if c.end - c.start == 1, c.label == .organization, let a = aliases[ctx.norm(c.start)], c.entry == nil || c.kbId == a.kbId {
                cands[i].kbId = a.kbId; cands[i].canonical = a.canonical; cands[i].entry = a.entry
                if c.rule == "acronym" { cands[i].rule = "acronym-alias"; cands[i].confidence = 0.85 }
                continue
            }
            guard i + 1 < cands.count, c.label == .organization, let open = ctx.next(c.end - 1), ctx.isPunct(open, "("),
                  cands[i + 1].start == ctx.next(open), cands[i + 1].end - cands[i + 1].start == 1,
                  let close = ctx.next(cands[i + 1].start), ctx.isPunct(close, ")"),
                  ctx.tokens[cands[i + 1].start].shape.contains(.allCaps) else { continue }
            var a = cands[i + 1]
            if c.entry == nil, a.entry != nil {
                cands[i].kbId = a.kbId; cands[i].canonical = a.canonical; cands[i].entry = a.entry
            } else if a.entry == nil || a.kbId != c.kbId {
                a.kbId = c.kbId; a.canonical = c.canonical; a.entry = c.entry; a.label = .organization
                a.rule = "acronym-alias"; a.confidence = max(a.confidence, 0.85)
                cands[i + 1] = a
            }
            aliases[ctx.norm(a.start)] = (cands[i].kbId, cands[i].canonical, cands[i].entry)
        }
    }

    /// Each entity once, in order of first mention.
    static func entityTable(_ mentions: [EntityMention]) -> [Entity] {
        var order: [String] = []
        var byId: [String: Entity] = [:]
        for (i, m) in mentions.enumerated() where m.label != .date {
            if byId[m.kbId] == nil {
                order.append(m.kbId)
                byId[m.kbId] = Entity(id: m.kbId, label: m.label, canonical: m.canonical)
            }
            byId[m.kbId]!.mentions.append(i)
            if !byId[m.kbId]!.spellings.contains(m.surface) { byId[m.kbId]!.spellings.append(m.surface) }
            if let r = m.role, !byId[m.kbId]!.roles.contains(r) { byId[m.kbId]!.roles.append(r) }
        }
        return order.map { byId[$0]! }
    }

    // MARK: Lexicon

    func gazetteerCandidates(_ doc: Document, _ ctx: DocumentContext) -> [Candidate] {
        var out: [Candidate] = []
        for m in gazetteer.matches(in: doc) {
            // Later files override: prefer the last-loaded entry; people and organisations over
            // places when a title or civility precedes.
            var entry = m.entries.last!
            if ctx.hasPersonCue(before: m.tokenStart), let p = m.entries.last(where: { gazetteer.lexicon.entries[Int($0)].label == .person }) {
                entry = p
            }
            // A lone capitalized word at a sentence start that the text also writes in lower case is not this name.
            if m.tokenEnd - m.tokenStart == 1, ctx.isCommonWord(m.tokenStart) { continue }
            let e = gazetteer.lexicon.entries[Int(entry)]
            let exact = m.entries.count == 1
            out.append(Candidate(start: m.tokenStart, end: m.tokenEnd, label: e.label, entry: entry, rule: "gazetteer",
                                 confidence: exact ? 0.95 : 0.85, kbId: e.id, canonical: e.canonical))
        }
        return out
    }
}
