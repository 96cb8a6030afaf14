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
    private let inPersonToken: [Bool]
    private let startsPersonToken: [Bool]
    func inPerson(_ k: Int) -> Bool { inPersonToken[k] }
    func startsPerson(_ k: Int) -> Bool { startsPersonToken[k] }

    init(document: Document, context: DocumentContext, mentions: [EntityRecognizer.Candidate]) {
        ctx = context
        self.mentions = mentions
        var inside = [Bool](repeating: false, count: context.tokens.count)
        var starts = inside
        for m in mentions where m.label == .person {
            starts[m.start] = true
            for k in m.start..<m.end { inside[k] = true }
        }
        inPersonToken = inside
        startsPersonToken = starts
    }

    static let determiners = CueLexicon.set("fr/role-determiners")
    static let modifiers: Set<String> = FrenchCues.speculativeModifiers.union(FrenchCues.formerModifiers)
        .union(CueLexicon.set("fr/role-modifiers"))
    static let stops = ",;.:()[]«»\"!?…"
    /// Party and political adjectives a title may carry before the name ("le candidat républicain Mitt Romney").
    static let qualifiers = CueLexicon.set("fr/role-qualifiers")
    /// Civilities written between a title and the name ("…, M. Ayrault", "…, Mme Fatou Bensouda").
    static let abbreviatedCivilities: Set<String> = ["m.", "mme", "mme.", "mlle", "mlle.", "mm.", "mmes", "dr", "dr.", "pr", "pr."]

    /// A role word, or a compound one of whose parts is ("haute-commissaire", "député-maire").
    static func isRole(_ n: String, plural: Bool = false) -> Bool {
        if FrenchCues.roles.contains(n) { return true }
        // "l'un des responsables de …": a plural role word in apposition (not as the title of one name:
        // "face aux députés de l'opposition, François Brottes").
        if plural, n.count > 4, n.hasSuffix("s"), FrenchCues.roles.contains(String(n.dropLast())) { return true }
        guard n.contains("-"), !n.hasPrefix("-") else { return false }
        return n.split(separator: "-").contains { FrenchCues.roles.contains(String($0)) }
    }

    /// An ordinal before a role word ("le 2e skipper", "la troisième adjointe"): it ranks the holder, the role stays.
    static func isOrdinal(_ n: String) -> Bool {
        if n.hasSuffix("ième") || n.hasSuffix("ieme") { return n.count > 5 }
        guard let first = n.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        return ordinalSuffixes.contains(String(n.unicodeScalars.drop { ("0"..."9").contains($0) }))
    }
    static let ordinalSuffixes = CueLexicon.set("fr/ordinal-suffixes")

    /// A link ("de", "du", "la") or a capitalized word inside the sentence ("Cour" of "Cour pénale internationale").
    private static func opensComplement(_ k: Int, _ ctx: DocumentContext) -> Bool {
        EntityRecognizer.phraseLinks.contains(ctx.norm(k))
            || (ctx.isWord(k) && ctx.isCapitalized(k) && !ctx.isSentenceStart(k) && !FrenchCues.notNames.contains(ctx.norm(k)))
    }

    /// A capitalised word inside the sentence that the word lists call no name but that a capitalised word
    /// follows: "New" of "le maire de New York" (English "new" is a not-name for English text).
    static func opensLongerName(_ k: Int, _ ctx: DocumentContext) -> Bool {
        guard ctx.isWord(k), ctx.isCapitalized(k), !ctx.isSentenceStart(k), let n = ctx.next(k) else { return false }
        return ctx.isWord(n) && ctx.isCapitalized(n) && !FrenchCues.notNames.contains(ctx.norm(n))
    }

    /// The link before lower-case word `c` when `c` (or `c` and the word before it) follows one.
    private static func complementLink(endingAt c: Int, _ ctx: DocumentContext) -> Int? {
        guard ctx.isWord(c), !ctx.isCapitalized(c) else { return nil }
        guard let p = ctx.prev(c) else { return nil }
        if opensComplement(p, ctx) { return p }
        guard ctx.isWord(p), !ctx.isCapitalized(p), !isRole(ctx.norm(p)), let pp = ctx.prev(p), opensComplement(pp, ctx) else { return nil }
        return pp
    }

    /// "un des" / "l'une des" / "un d'" right before token `c`.
    private static func isOneOf(_ c: Int, _ ctx: DocumentContext) -> Bool {
        guard let d = ctx.prev(c), ["des", "d'"].contains(ctx.norm(d)), let u = ctx.prev(d) else { return false }
        return ["un", "une"].contains(ctx.norm(u))
    }

    /// Start of a title phrase that ends right before token `s` (an optional comma between), or nil.
    /// `broad` (role extraction) also reads a civility before the name, party adjectives and complements; entity
    /// recognition asks the narrow question (its title cue is a tagger feature; the broad one cost ORG F1 on dev).
    /// `plural` lets a plural role word title the name: it opens names coordinated after it ("des astronomes
    /// amateurs américains Kian Jek et Robert Gagliano").
    static func titleStart(before s: Int, _ ctx: DocumentContext, broad: Bool = false, plural: Bool = false,
                           isPerson: (Int) -> Bool = { _ in false }) -> (start: Int, end: Int)? {
        guard var k = ctx.prev(s) else { return nil }
        // "le chef du gouvernement, M. Ayrault": an abbreviated civility stands between title and name.
        if broad, abbreviatedCivilities.contains(ctx.norm(k)) { guard let p = ctx.prev(k) else { return nil }; k = p }
        let apposed = ctx.isPunct(k, ",")
        if apposed { guard let p = ctx.prev(k) else { return nil }; k = p }
        let end = k
        // The name is not the complement of the title ("ministre des Affaires").
        if EntityRecognizer.phraseLinks.contains(ctx.norm(end)) || determiners.contains(ctx.norm(end)) { return nil }
        var role: Int? = nil
        var cursor: Int? = k
        var steps = 0
        while let c = cursor, steps < 16 {
            steps += 1
            if isPerson(c) {
                // "l'ex-conseiller économique de M. Samaras, Christos Staïkouras": a person complement of an apposed
                // title. Any other person's name ends the phrase ("… Sergueï Lavrov et le secrétaire d'État Marco Rubio").
                guard broad, apposed, let link = personComplementLink(endingAt: c, ctx, isPerson: isPerson) else { break }
                cursor = link
                continue
            }
            let n = ctx.norm(c)
            if determiners.contains(n) {
                // Inside "de la Russie" the article continues the phrase; otherwise it opens it.
                if let p = ctx.prev(c), ["de", "à", "pour", "aux", "et", "chargé", "chargée", "auprès"].contains(ctx.norm(p)) { cursor = p; continue }
                break
            }
            // "Un des chercheurs de HRW, Ole Solvang": a plural role word names one of them.
            let isRole = broad ? isRole(n) || (isRole(n, plural: true) && (plural || isOneOf(c, ctx))) : FrenchCues.roles.contains(n)
            let allowed = isRole || FrenchCues.nationalities.contains(n) || EntityRecognizer.portfolioWords.contains(n)
                || modifiers.contains(n) || (broad && qualifiers.contains(n)) || EntityRecognizer.phraseLinks.contains(n)
                || (ctx.isWord(c) && ctx.isCapitalized(c) && !FrenchCues.notNames.contains(n) && !ctx.isSentenceStart(c))
                // "le maire de New York, Michael Bloomberg" (with the comma only: "le maire de New York appelle à
                // voter Obama" would read the verb as the head of a complement).
                || (broad && apposed && opensLongerName(c, ctx))
            // "le président de l'Union française des industries pétrolières (Ufip), X": an acronym in brackets
            // after the complement it abbreviates.
            if broad, ctx.isPunct(c, ")"), let o = ctx.prev(c), ctx.isWord(o), ctx.isCapitalized(o), let op = ctx.prev(o), ctx.isPunct(op, "("),
               let before = ctx.prev(op) {
                cursor = before
                continue
            }
            // "le journaliste de France 2 Gilles Jacquier": a number closing a capitalised name of the complement.
            if broad, !allowed, ctx.tokens[c].kind == .number, let p = ctx.prev(c), ctx.isWord(p), ctx.isCapitalized(p), !ctx.isSentenceStart(p) {
                cursor = p
                continue
            }
            if !allowed {
                // One adjective right after the role word ("le commentateur sportif Thierry Roland", "le grand
                // reporter X"): a lower-case word that follows a role.
                if broad, ctx.isWord(c), !ctx.isCapitalized(c), let p = ctx.prev(c), Self.isRole(ctx.norm(p), plural: plural) {
                    cursor = p
                    continue
                }
                // The head of a complement and one adjective after it ("président du directoire de PSA",
                // "porte-parole de la mission onusienne en Syrie"): lower-case words right after a link.
                guard broad, let link = complementLink(endingAt: c, ctx) else { break }
                cursor = link
                continue
            }
            if isRole { role = c }
            cursor = ctx.prev(c)
        }
        guard var start = role else { return nil }
        while let p = ctx.prev(start), modifiers.contains(ctx.norm(p)) { start = p }
        return (start, end)
    }

    /// The "de" before the person mention ending at `c` and its abbreviated civility ("de M. Samaras").
    private static func personComplementLink(endingAt c: Int, _ ctx: DocumentContext, isPerson: (Int) -> Bool) -> Int? {
        var first = c
        while let p = ctx.prev(first), isPerson(p) { first = p }
        if let p = ctx.prev(first), abbreviatedCivilities.contains(ctx.norm(p)) { first = p }
        guard let link = ctx.prev(first), ["de", "d'", "d’"].contains(ctx.norm(link)) else { return nil }
        return link
    }

    /// The role of person mention `i`, if any, and the new role of a role change in the same sentence:
    /// "X, jusqu'ici vice-ministre, a été nommé ambassadeur" (former apposition, then a predicate), "L'ancien
    /// porte-parole de la mission, X, aujourd'hui professeur à …" (former title, then an apposition). `newRole`
    /// is set only when one of the two is former and the other is not; `role` is then the former one.
    func roles(of i: Int) -> (role: EntityMention.Role?, newRole: EntityMention.Role?) {
        let m = mentions[i]
        let appo = apposition(after: m.end)
        let title = title(before: m.start, plural: isCoordinatedFirst(m)) ?? sharedTitle(of: m)
        let pred = appo.map { a in a.next.flatMap { predicate(after: $0) } } ?? predicate(after: m.end)
        // An apposition opened by "aujourd'hui" is the present after a title, never in place of it.
        let primary = appo.flatMap { $0.now && title != nil ? nil : $0.role } ?? title ?? pred
        guard let first = primary else { return (nil, nil) }
        for later in [appo?.role, title, pred].compactMap({ $0 }) where later != first && later.start != first.start {
            // The former role first, then the one held now ("l'ex-conseiller …, X, nommé vice-ministre").
            if (first.modality == .former) != (later.modality == .former) { return first.modality == .former ? (first, later) : (later, first) }
        }
        return (first, nil)
    }

    /// The role of person mention `i`, if any.
    func role(of i: Int) -> EntityMention.Role? { roles(of: i).role }

    func makeDescriptionRole(_ s: Int, _ e: Int) -> EntityMention.Role { makeRole(s, e) }

    private func makeRole(_ s: Int, _ e: Int, speculativeVerb: Bool = false) -> EntityMention.Role {
        var modality = EntityMention.Modality.stated
        for k in s...e {
            let n = ctx.norm(k)
            if FrenchCues.formerModifiers.contains(n) || n.hasPrefix("ex-") { modality = .former }
            // "le guide religieux d'alors", "le ministre de l'époque".
            if n == "alors" || n == "époque", let p = ctx.prev(k), ["d'", "d’", "l'", "l’"].contains(ctx.norm(p)) { modality = .former }
            if FrenchCues.speculativeModifiers.contains(n) { modality = .speculative }
        }
        if speculativeVerb { modality = .speculative }
        let a = ctx.tokens[s].start, b = ctx.tokens[e].end
        return EntityMention.Role(text: ctx.doc.surface(start: a, end: b), start: a, end: b, modality: modality)
    }

    private func title(before s: Int, plural: Bool = false) -> EntityMention.Role? {
        guard let t = Self.titleStart(before: s, ctx, broad: true, plural: plural, isPerson: { k in inPersonToken[k] }) else { return nil }
        return makeRole(t.start, t.end)
    }

    /// Whether "et" and another person's name follow mention `m` ("Kian Jek et Robert Gagliano").
    private func isCoordinatedFirst(_ m: EntityRecognizer.Candidate) -> Bool {
        guard let et = ctx.next(m.end - 1), ctx.norm(et) == "et", let n = ctx.next(et) else { return false }
        return startsPerson(n)
    }

    /// The plural title of the person named right before "et" and mention `m`: "des astronomes amateurs
    /// américains Kian Jek et Robert Gagliano" gives both the role. A singular title stays the first name's
    /// ("le ministre X et Y").
    private func sharedTitle(of m: EntityRecognizer.Candidate) -> EntityMention.Role? {
        guard let et = ctx.prev(m.start), ctx.norm(et) == "et", let last = ctx.prev(et), inPerson(last),
              let first = mentions.last(where: { $0.label == .person && $0.end == last + 1 }),
              let t = Self.titleStart(before: first.start, ctx, broad: true, plural: true, isPerson: { k in inPersonToken[k] }),
              (t.start...t.end).contains(where: { !Self.isRole(ctx.norm($0)) && Self.isRole(ctx.norm($0), plural: true) })
        else { return nil }
        return makeRole(t.start, t.end)
    }

    /// How a role phrase opens at `k0`: an article (skipped: `start` is after it), at most three modifiers or
    /// ordinals ("nouvel", "premier"), then the role word at `head`; nil when no role word comes.
    func roleOpening(from k0: Int) -> (start: Int, head: Int)? {
        var k = k0
        if Self.determiners.contains(ctx.norm(k)), let n = ctx.next(k) { k = n }
        let start = k
        var steps = 0
        while Self.modifiers.contains(ctx.norm(k)) && !Self.isRole(ctx.norm(k)) || Self.isOrdinal(ctx.norm(k)), steps < 3, let n = ctx.next(k) { k = n; steps += 1 }
        return Self.isRole(ctx.norm(k), plural: true) ? (start, k) : nil
    }

    /// From a role word at or after `k` to the next stop (at most 25 tokens), skipping an article
    /// and modifiers first; nil when no role word comes.
    private func rolePhrase(from k0: Int) -> (Int, Int)? {
        guard let (start, head) = roleOpening(from: k0) else { return nil }
        var end = head
        var count = 0
        while let n = ctx.next(end), count < 25 {
            if ctx.tokens[n].kind == .punct, Self.stops.unicodeScalars.contains(ctx.doc.scalars[ctx.tokens[n].start]) { break }
            // A mention of another person ends the phrase.
            if startsPersonToken[n] { break }
            end = n
            count += 1
        }
        return (start, end)
    }

    /// "X, porte-parole de …", "X, jusqu'ici vice-ministre," (former), "X, désormais ambassadeur,"; `now` when
    /// "aujourd'hui" or "actuellement" opens it; `next` is the token after its closing comma, if one closes it.
    private func apposition(after e: Int) -> (role: EntityMention.Role, now: Bool, next: Int?)? {
        guard let c = ctx.next(e - 1) else { return nil }
        // "explique Joechen Zaumseil le vice-président de L'Oréal": an article and a role word, no comma.
        if ["le", "la", "l'", "l’"].contains(ctx.norm(c)), let (s, end) = rolePhrase(from: c) {
            return (makeRole(s, end), false, afterClosingComma(end))
        }
        guard ctx.isPunct(c, ","), var k = ctx.next(c) else { return nil }
        var former = false, now = false
        if Self.formerAdverbs.contains(ctx.norm(k)), let n = ctx.next(k) { former = true; k = n }
        else if ctx.norm(k) == "jusqu'", let n = ctx.next(k), ["ici", "alors"].contains(ctx.norm(n)), let n2 = ctx.next(n) { former = true; k = n2 }
        else if ctx.norm(k) == "désormais", let n = ctx.next(k) { k = n }
        // "Christos Staïkouras, nommé vice-ministre": a participle of appointment opens the role.
        else if Self.appointments.contains(ctx.norm(k)), let n = ctx.next(k) { k = n }
        else if ["aujourd'hui", "actuellement"].contains(ctx.norm(k)), let n = ctx.next(k) { now = true; k = n }
        // "l'un des responsables de …", "un des chercheurs de HRW".
        var j = k
        if ctx.norm(j) == "l'", let n = ctx.next(j) { j = n }
        if ["un", "une"].contains(ctx.norm(j)), let n = ctx.next(j), ["des", "d'"].contains(ctx.norm(n)), let n2 = ctx.next(n) { k = n2 }
        guard let (s, end) = rolePhrase(from: k) else { return nil }
        var role = makeRole(s, end)
        if former { role.modality = .former }
        return (role, now, afterClosingComma(end))
    }

    /// The token after a comma right after `end`, if one follows.
    private func afterClosingComma(_ end: Int) -> Int? {
        ctx.next(end).flatMap { ctx.isPunct($0, ",") ? $0 + 1 : nil }
    }

    /// Words that may stand between the verb and the role without changing it ("a été nommé mardi
    /// ambassadeur", "est désormais ambassadeur").
    static let predicateFillers = CueLexicon.set("fr/predicate-fillers")
    /// Participles of appointment ("X a été nommé ambassadeur").
    static let appointments = CueLexicon.set("fr/appointments")
    /// Adverbs after ", " that make an apposed role past ("X, jusqu'ici vice-ministre,").
    static let formerAdverbs = CueLexicon.set("fr/former-adverbs")
    /// Past participles of denial after "a"/"avait" ("X a démenti être …"): the role is denied.
    static let denialParticiples = CueLexicon.set("fr/denial-participles")
    /// Verbs of denial before "être" + role ("X dément être …"), with the participles.
    static let denialVerbs = CueLexicon.set("fr/denial-verbs").union(denialParticiples)
    /// Verbs (and auxiliaries) that state a role ("X est ambassadeur", "X devient …").
    static let copulas = CueLexicon.set("fr/copulas")
    /// Past participles between a copula and the role ("X est devenu ambassadeur").
    static let copulaParticiples = CueLexicon.set("fr/copula-participles")
    /// Participles before "comme" + role ("X a été présenté comme le nouvel ambassadeur").
    static let descriptionParticiples = CueLexicon.set("fr/description-participles")

    private func skipFillers(_ k: inout Int) {
        while Self.predicateFillers.contains(ctx.norm(k)), let n = ctx.next(k) { k = n }
    }

    /// "X a été nommé (mardi) ambassadeur", "X est désormais ambassadeur", "X a été présenté comme le
    /// nouvel ambassadeur" (stated); "X pourrait devenir", "X serait nommé", "X est pressenti pour
    /// devenir" (speculative); "X a démenti être" (denied); also after ", qui".
    private func predicate(after e: Int) -> EntityMention.Role? {
        guard var k = ctx.next(e - 1) else { return nil }
        if ctx.isPunct(k, ","), let n = ctx.next(k), ctx.norm(n) == "qui", let n2 = ctx.next(n) { k = n2 }
        else if ctx.norm(k) == "qui", let n = ctx.next(k) { k = n }
        var modality = EntityMention.Modality.stated
        let v = ctx.norm(k)
        if FrenchCues.speculativeVerbs.contains(v) {
            modality = .speculative
            guard let n = ctx.next(k) else { return nil }
            k = n
            skipFillers(&k)
            if ["devenir", "être"].contains(ctx.norm(k)), let n2 = ctx.next(k) { k = n2 }
        } else if Self.denialVerbs.contains(v) || (["a", "avait"].contains(v) && Self.denialParticiples.contains(ctx.next(k).map(ctx.norm) ?? "")) {
            if ["a", "avait"].contains(v), let n = ctx.next(k) { k = n }
            guard let n = ctx.next(k), ctx.norm(n) == "être", let n2 = ctx.next(n) else { return nil }
            modality = .denied
            k = n2
        } else if Self.copulas.contains(v), let n = ctx.next(k) {
            k = n
            skipFillers(&k)
            if Self.copulaParticiples.contains(ctx.norm(k)), let n2 = ctx.next(k) { k = n2 }
            skipFillers(&k)
            if ["pressenti", "pressentie", "pressentis"].contains(ctx.norm(k)), let n2 = ctx.next(k), ctx.norm(n2) == "pour", let n3 = ctx.next(n2) {
                modality = .speculative
                k = n3
                if ctx.norm(k) == "devenir", let n4 = ctx.next(k) { k = n4 }
            }
            if v == "sera" || v == "deviendra" { modality = .speculative }
        } else {
            return nil
        }
        skipFillers(&k)
        if Self.appointments.contains(ctx.norm(k)), let n = ctx.next(k) { k = n }
        if Self.descriptionParticiples.contains(ctx.norm(k)), let n = ctx.next(k), ctx.norm(n) == "comme", let n2 = ctx.next(n) { k = n2 }
        skipFillers(&k)
        guard let (s, end) = rolePhrase(from: k) else { return nil }
        var role = makeRole(s, end, speculativeVerb: modality == .speculative)
        if modality == .denied { role.modality = .denied }
        return role
    }
}
