import RecoupeCore

/// Roles written as a definite description that stands for a person named just before: "Jean-Marc
/// Ayrault … Le nouveau premier ministre a …", "… l'ex-maire de Nantes dut faire face …". The news
/// gold gives such a role to the entity when its mention is in the same sentence or the one before.
extension RoleExtractor {
    /// For each description found, the person mention (index into `mentions`) it is given to: the
    /// nearest person named in its window (its sentence up to it, and the sentence before) whose entity
    /// holds the same role word elsewhere in the document ("Jean-Marc Ayrault, Premier ministre, …" then
    /// "le Premier ministre"). The nearest person alone was often another (news dev split: 3 of 12
    /// wrong, "le candidat des Frères musulmans" after "le régime d'Hosni Moubarak"). Descriptions that
    /// are titles of a name ("le ministre X", "le maire de New York, Michael Bloomberg"), appositions or
    /// already someone's role are skipped.
    func descriptionRoles(taken: TakenSpans, entityOf: (Int) -> String, roleWords: [String: Set<String>]) -> [(mention: Int, role: EntityMention.Role)] {
        var out: [(Int, EntityMention.Role)] = []
        // A description read gives its words to its holder for the descriptions after it ("le nouveau premier
        // ministre" … "Mais le premier ministre, malgré …").
        var roleWords = roleWords
        let people = mentions.indices.filter { mentions[$0].label == .person }
        guard !people.isEmpty else { return [] }
        var k = 0
        while k < ctx.tokens.count {
            defer { k += 1 }
            guard Self.isDefiniteArticle(ctx.norm(k)) else { continue }
            // The person entities named in the window (people are in text order: walk back from the last one
            // ending before k). It is empty unless that one is in it, as for most articles of a novel: that
            // look-up first, then the phrase, then the window, at most `windowLimit` people (a text without
            // sentence ends made it the whole text before k: quadratic in a 256 kB line of names).
            let sentence = ctx.sentenceOf[k]
            guard sentence >= 0 else { continue }
            var j = people.partitionIndex { mentions[$0].end <= k } - 1
            guard j >= 0, ctx.sentenceOf[mentions[people[j]].start] >= sentence - 1, let (s, e) = descriptionPhrase(after: k) else { continue }
            var window: [Int] = []
            while j >= 0, window.count < Self.windowLimit, ctx.sentenceOf[mentions[people[j]].start] >= sentence - 1 {
                if mentions[people[j]].end <= k { window.append(people[j]) }
                j -= 1
            }
            window.reverse()
            // A title of a name, an apposition of one ("X, le ministre,"), a role already read.
            if let n = ctx.next(e), startsPerson(n) || ctx.isPunct(n, ",") && ctx.next(n).map({ ctx.isWord($0) && ctx.isCapitalized($0) }) == true { continue }
            if let p = ctx.prev(k), ctx.isPunct(p, ","), let pp = ctx.prev(p), inPerson(pp) { continue }
            let (a, b) = (ctx.tokens[s].start, ctx.tokens[e].end)
            if taken.overlaps(a..<b) { continue }
            let words = Set((s...e).map { ctx.norm($0) }.filter { Self.isRole($0) })
            let complement = (s...e).contains { ctx.isWord($0) && ctx.isCapitalized($0) && !ctx.isSentenceStart($0) }
            if let holder = window.last(where: { !(roleWords[entityOf($0)] ?? []).isDisjoint(with: words) }) {
                out.append((holder, makeDescriptionRole(s, e)))
            } else if !complement, let last = window.last, Set(window.map(entityOf)).count == 1 {
                // "le comédien", "l'expert": a bare role word, one person in the window.
                out.append((last, makeDescriptionRole(s, e)))
            } else {
                continue
            }
            roleWords[entityOf(out[out.count - 1].0), default: []].formUnion(words)
            k = e
        }
        return out
    }

    /// The most person mentions a description's window holds, the nearest kept: two sentences of news name a
    /// few people; a text without sentence ends would otherwise make every description scan all before it.
    static let windowLimit = 64

    /// The articles that open a description ("le ministre", "l'expert"), with "de"/"à" contracted ("le soutien du
    /// maire de New York").
    static let definiteArticles: Set<String> = ["le", "la", "l'", "du", "au"]

    /// Whether `norm` is one of ``definiteArticles``, asked of every token: all are two bytes long, so
    /// longer words are answered without hashing.
    static func isDefiniteArticle(_ norm: String) -> Bool {
        norm.utf8.count == 2 && definiteArticles.contains(norm)
    }

    /// The role words (token norms) of the roles already read, by the entity id of the person holding them.
    static func roleWords(of mentions: [EntityMention], _ ctx: DocumentContext) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for m in mentions where m.label == .person {
            for r in m.allRoles {
                // First token of the role (tokens are in text order), then its words.
                var k = ctx.tokens.partitionIndex { $0.start < r.start }
                while k < ctx.tokens.count, ctx.tokens[k].end <= r.end {
                    if isRole(ctx.norm(k)) { out[m.kbId, default: []].insert(ctx.norm(k)) }
                    k += 1
                }
            }
        }
        return out
    }

    /// The role words of a description opened by the article at `k`: modifiers, a role word, then one
    /// nationality or party adjective, and a complement of capitalised words ("maire de New York", "chef
    /// du Conseil"). Nil when no role word follows the article.
    private func descriptionPhrase(after k: Int) -> (Int, Int)? {
        guard var r = ctx.next(k) else { return nil }
        let start = r
        var steps = 0
        while Self.modifiers.contains(ctx.norm(r)) && !Self.isRole(ctx.norm(r)) || Self.isOrdinal(ctx.norm(r)), steps < 3, let n = ctx.next(r) { r = n; steps += 1 }
        guard ctx.isWord(r), !ctx.isCapitalized(r) || ctx.isSentenceStart(r), Self.isRole(ctx.norm(r)) else { return nil }
        var end = r
        // "le premier ministre": a role word after a role word is one role.
        if let n = ctx.next(end), ctx.isWord(n), !ctx.isCapitalized(n), Self.isRole(ctx.norm(n)) { end = n }
        if let n = ctx.next(end), FrenchCues.nationalities.contains(ctx.norm(n)) || Self.qualifiers.contains(ctx.norm(n)) { end = n }
        // "de New York", "du Conseil", "de l'Iran": a link and capitalised words.
        if let link = ctx.next(end), ["de", "du", "des", "d'"].contains(ctx.norm(link)), var c = ctx.next(link) {
            if ["la", "l'"].contains(ctx.norm(c)), let n = ctx.next(c) { c = n }
            if ctx.isWord(c), ctx.isCapitalized(c), !FrenchCues.notNames.contains(ctx.norm(c)) || Self.opensLongerName(c, ctx) {
                end = c
                while let n = ctx.next(end), ctx.isWord(n), ctx.isCapitalized(n), n - end == 1 { end = n }
            }
        }
        return (start, end)
    }
}
