import RecoupeCore
import RecoupeICU
import RecoupeText
/// Roles and titles of person mentions, with their modality:
/// - apposition: "Maria Zakharova, porte-parole de la diplomatie russe, …";
/// - preceding title: "le ministre russe des Affaires étrangères Sergueï Lavrov", "le nouvel
///   ambassadeur de la Russie à Washington, Alexander Darchiev";
/// - predicate: "Alexandre Dartchiev pourrait devenir le prochain ambassadeur de Russie aux
///   États-Unis" (speculative), "X a été nommé ambassadeur" (stated).
/// Modality is speculative after a conditional or future verb or with "prochain", "futur",
/// "pressenti"; former with "ancien", "ex-"; stated otherwise. The role text excludes the article.
struct RoleExtractor {
    let ctx: DocumentContext
    let mentions: [EntityRecognizer.Candidate]
    /// Per token: inside a person mention; starts one.
    private let inPerson: [Bool]
    private let startsPerson: [Bool]

    init(document: Document, context: DocumentContext, mentions: [EntityRecognizer.Candidate]) {
        ctx = context
        self.mentions = mentions
        var inside = [Bool](repeating: false, count: context.tokens.count)
        var starts = inside
        for m in mentions where m.label == .person {
            starts[m.start] = true
            for k in m.start..<m.end { inside[k] = true }
        }
        inPerson = inside
        startsPerson = starts
    }

    static let determiners: Set<String> = ["le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "un", "une", "ce", "cet", "cette", "notre", "votre"]
    static let modifiers: Set<String> = FrenchCues.speculativeModifiers.union(FrenchCues.formerModifiers)
        .union(["nouvel", "nouveau", "nouvelle", "actuel", "actuelle", "haut", "haute", "vice", "premier", "première", "influent", "influente", "puissant", "puissante", "célèbre"])
    static let stops = ",;.:()[]«»\"!?…"

    /// Start of a title phrase that ends right before token `s` (an optional comma between), or nil.
    static func titleStart(before s: Int, _ ctx: DocumentContext, isPerson: (Int) -> Bool = { _ in false }) -> (start: Int, end: Int)? {
        guard var k = ctx.prev(s) else { return nil }
        if ctx.isPunct(k, ",") { guard let p = ctx.prev(k) else { return nil }; k = p }
        let end = k
        // The name is not the complement of the title ("ministre des Affaires").
        if EntityRecognizer.phraseLinks.contains(ctx.norm(end)) || determiners.contains(ctx.norm(end)) { return nil }
        var role: Int? = nil
        var cursor: Int? = k
        var steps = 0
        while let c = cursor, steps < 16 {
            steps += 1
            // Another person's name ends the phrase ("… Sergueï Lavrov et le secrétaire d'État Marco Rubio").
            if isPerson(c) { break }
            let n = ctx.norm(c)
            if determiners.contains(n) {
                // Inside "de la Russie" the article continues the phrase; otherwise it opens it.
                if let p = ctx.prev(c), ["de", "à", "pour", "aux", "et", "chargé", "chargée", "auprès"].contains(ctx.norm(p)) { cursor = p; continue }
                break
            }
            let allowed = FrenchCues.roles.contains(n) || FrenchCues.nationalities.contains(n) || EntityRecognizer.portfolioWords.contains(n)
                || modifiers.contains(n) || EntityRecognizer.phraseLinks.contains(n)
                || (ctx.isWord(c) && ctx.isCapitalized(c) && !FrenchCues.notNames.contains(n) && !ctx.isSentenceStart(c))
            guard allowed else { break }
            if FrenchCues.roles.contains(n) { role = c }
            cursor = ctx.prev(c)
        }
        guard var start = role else { return nil }
        while let p = ctx.prev(start), modifiers.contains(ctx.norm(p)) { start = p }
        return (start, end)
    }

    /// The role of person mention `i`, if any.
    func role(of i: Int) -> EntityMention.Role? {
        let m = mentions[i]
        return apposition(after: m.end) ?? title(before: m.start) ?? predicate(after: m.end)
    }

    private func makeRole(_ s: Int, _ e: Int, speculativeVerb: Bool = false) -> EntityMention.Role {
        var modality = EntityMention.Modality.stated
        for k in s...e {
            let n = ctx.norm(k)
            if FrenchCues.formerModifiers.contains(n) || n.hasPrefix("ex-") { modality = .former }
            if FrenchCues.speculativeModifiers.contains(n) { modality = .speculative }
        }
        if speculativeVerb { modality = .speculative }
        let a = ctx.tokens[s].start, b = ctx.tokens[e].end
        return EntityMention.Role(text: ctx.doc.surface(start: a, end: b), start: a, end: b, modality: modality)
    }

    private func title(before s: Int) -> EntityMention.Role? {
        guard let t = Self.titleStart(before: s, ctx, isPerson: { k in inPerson[k] }) else { return nil }
        return makeRole(t.start, t.end)
    }

    /// From a role word at or after `k` to the next stop (at most 25 tokens), skipping an article
    /// and modifiers first; nil when no role word comes.
    private func rolePhrase(from k0: Int) -> (Int, Int)? {
        var k = k0
        if Self.determiners.contains(ctx.norm(k)), let n = ctx.next(k) { k = n }
        let start = k
        var steps = 0
        while Self.modifiers.contains(ctx.norm(k)) && !FrenchCues.roles.contains(ctx.norm(k)), steps < 3, let n = ctx.next(k) { k = n; steps += 1 }
        guard FrenchCues.roles.contains(ctx.norm(k)) else { return nil }
        var end = k
        var count = 0
        while let n = ctx.next(end), count < 25 {
            if ctx.tokens[n].kind == .punct, Self.stops.unicodeScalars.contains(ctx.doc.scalars[ctx.tokens[n].start]) { break }
            // A mention of another person ends the phrase.
            if startsPerson[n] { break }
            end = n
            count += 1
        }
        return (start, end)
    }

    private func apposition(after e: Int) -> EntityMention.Role? {
        guard let c = ctx.next(e - 1), ctx.isPunct(c, ","), let k = ctx.next(c), let (s, end) = rolePhrase(from: k) else { return nil }
        return makeRole(s, end)
    }

    private func predicate(after e: Int) -> EntityMention.Role? {
        guard var k = ctx.next(e - 1) else { return nil }
        var speculative = false
        let v = ctx.norm(k)
        if FrenchCues.speculativeVerbs.contains(v) {
            speculative = true
            guard let n = ctx.next(k) else { return nil }
            k = n
            guard ["devenir", "être"].contains(ctx.norm(k)), let n2 = ctx.next(k) else { return nil }
            k = n2
            if ["nommé", "nommée", "désigné", "désignée", "élu", "élue"].contains(ctx.norm(k)), let n3 = ctx.next(k) { k = n3 }
        } else if ["devient", "est", "était", "a", "avait", "sera"].contains(v), let n = ctx.next(k) {
            k = n
            if ["devenu", "devenue", "été", "nommé", "nommée", "désigné", "désignée", "élu", "élue"].contains(ctx.norm(k)), let n2 = ctx.next(k) {
                k = n2
                if ["nommé", "nommée", "désigné", "désignée", "élu", "élue"].contains(ctx.norm(k)), let n3 = ctx.next(k) { k = n3 }
            }
            if v == "sera" { speculative = true }
        } else {
            return nil
        }
        guard let (s, end) = rolePhrase(from: k) else { return nil }
        return makeRole(s, end, speculativeVerb: speculative)
    }
}
