import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText
/// Recognition beyond the lexicon: organisations by head, names by capitalization and cues.
extension EntityRecognizer {
    /// Words allowed inside a title phrase besides roles and nationalities ("ministre des Affaires étrangères").
    static let portfolioWords = CueLexicon.set("fr/portfolio-words")

    /// Prepositions and articles a title or organisation phrase may contain.
    static let phraseLinks = CueLexicon.set("fr/phrase-links")

    /// Tokens already covered by candidates.
    func coverage(_ n: Int, _ cands: [Candidate]) -> [Int] {
        var cover = [Int](repeating: -1, count: n)
        for (k, c) in cands.enumerated() { for i in c.start..<c.end { cover[i] = k } }
        return cover
    }

    // MARK: Organisations

    /// `FrenchCues.organizationHeads`, asked for every word: most words are turned away without being
    /// hashed (the hashing and table probes were most of `organizationCandidates`' cost).
    static let organizationHeads = ShapeScreenedSet(FrenchCues.organizationHeads)

    /// Whether `norm` heads organisation names ("ministère", "agence").
    static func isOrganizationHead(_ norm: String) -> Bool { organizationHeads.contains(norm) }

    /// "ministère des Affaires étrangères", "agence France-Presse", "ambassade des États-Unis",
    /// "ministère des Affaires étrangères de la Fédération de Russie": a head noun, optional
    /// nationality adjectives, a linking preposition, an optional article and a capitalized
    /// complement (one more "de …" complement may follow). Lexicon names inside are absorbed.
    func organizationCandidates(_ doc: Document, _ ctx: DocumentContext, existing: [Candidate]) -> [Candidate] {
        var cands = existing
        var cover = coverage(ctx.tokens.count, cands)
        var absorbed = Set<Int>()
        var i = 0
        while i < ctx.tokens.count {
            defer { i += 1 }
            guard ctx.isWord(i), cover[i] < 0, Self.isOrganizationHead(ctx.norm(i)) else { continue }
            guard ctx.isCapitalized(i) && !ctx.isSentenceStart(i) || FrenchCues.institutionalHeads.contains(ctx.norm(i)) else { continue }
            // "en direction de Naples": a lower-case head after "en" is a phrase of place or manner, no body.
            if !ctx.isCapitalized(i), let p = ctx.prev(i), ctx.norm(p) == "en" { continue }
            guard let end = organizationEnd(from: i, ctx, cover, cands) else { continue }
            // "la délégation de Sergueï Lavrov": a person's name is no organisation's complement.
            if (i..<end).contains(where: { cover[$0] >= 0 && cands[cover[$0]].label == .person })
                || (i + 1..<end).contains(where: { ctx.isCapitalized($0) && isGivenName($0, ctx) && ctx.next($0).map { ctx.isCapitalized($0) } == true }) {
                continue
            }
            // Candidates inside are absorbed; one that sticks out stops the rule.
            let inside = Set(cover[i..<end].filter { $0 >= 0 })
            if inside.contains(where: { cands[$0].end > end || cands[$0].start < i }) { continue }
            // "la direction d'Hydro-Québec", "l'organisation des Kings de Los Angeles": a lower-case head whose
            // complement is a body the lexicon knows names a part of that body; the body alone is the name.
            if !ctx.isCapitalized(i), inside.count == 1, let k = inside.first, cands[k].label == .organization,
               cands[k].entry != nil, cands[k].end == end { continue }
            // Absorbed candidates are dropped at the end and the coverage is updated over the new
            // name only: rebuilding both for every organisation made this quadratic (issue 18).
            absorbed.formUnion(inside)
            let capitalHead = ctx.isCapitalized(i) && !ctx.isSentenceStart(i)
            cands.append(Candidate(start: i, end: end, label: .organization, entry: nil, rule: "org-head",
                                   confidence: capitalHead ? 0.85 : 0.75))
            for k in i..<end { cover[k] = cands.count - 1 }
            i = end - 1
        }
        return Self.removing(absorbed, from: cands)
    }

    /// End (exclusive) of an organisation name starting at head `h`, or nil.
    private func organizationEnd(from h: Int, _ ctx: DocumentContext, _ cover: [Int], _ cands: [Candidate]) -> Int? {
        var j = h
        guard var k = ctx.next(j) else { return nil }
        // Adjectives right after the head ("ministère russe des …").
        var adjectives = 0
        while FrenchCues.nationalities.contains(ctx.norm(k)), adjectives < 2, let n = ctx.next(k) { j = k; k = n; adjectives += 1 }
        // Court qualifiers: "tribunal correctionnel", "cour d'appel", "cour administrative d'appel".
        var qualifiers = 0
        while qualifiers < 3, let n = ctx.next(k) {
            if FrenchCues.headQualifiers.contains(ctx.norm(k)) {
                j = k; k = n
            } else if ctx.norm(k) == "d'" || ctx.norm(k) == "de", FrenchCues.headQualifierComplements.contains(ctx.norm(n)), let n2 = ctx.next(n) {
                j = n; k = n2
            } else {
                break
            }
            qualifiers += 1
        }
        if let complementEnd = complement(at: k, ctx, cover, cands) {
            j = complementEnd
        } else {
            // A capitalized head with its adjectives: "Agence spatiale européenne", "Banque centrale".
            guard ctx.isCapitalized(h), !ctx.isSentenceStart(h) || ctx.isCapitalized(k) else { return nil }
            var end = h + 1
            var kk: Int? = ctx.next(h)
            while let x = kk, cover[x] < 0, ctx.isWord(x), !ctx.isCapitalized(x) || x == ctx.next(h),
                  Self.isAdjectiveLike(ctx.norm(x)) || FrenchCues.nationalities.contains(ctx.norm(x)) {
                end = x + 1
                kk = ctx.next(x)
            }
            guard end > h + 1 || !ctx.isSentenceStart(h) else { return nil }
            if end == h + 1 {
                // "Conseil de sécurité": a capitalised head alone takes a lower-case field only, after "de"
                // ("la Ligue des champions" is a competition).
                guard let k2 = kk, ctx.norm(k2) == "de" || ctx.norm(k2) == "d'", let e2 = lowerCaseDomain(at: k2, ctx, cover) else { return nil }
                return e2
            }
            j = end
            if let k2 = kk, ["de", "du", "des", "d'"].contains(ctx.norm(k2)), let e2 = complement(at: k2, ctx, cover, cands) { j = e2 }
            else if let k2 = kk, let e2 = lowerCaseComplementBeforeAcronym(at: k2, ctx) { return e2 }
            else if let k2 = kk, let e2 = lowerCaseDomain(at: k2, ctx, cover) { j = e2 }
        }
        // One more complement: "… de la Fédération de Russie".
        if let k2 = ctx.next(j - 1), ["de", "du", "des", "d'"].contains(ctx.norm(k2)), let e2 = complement(at: k2, ctx, cover, cands) {
            j = e2
        }
        return j
    }

    /// "des Affaires étrangères", "pour l'Atlantique Nord", "de la Fédération de Russie": a link,
    /// an optional article, then capitalized words or a lexicon name. Returns the end (exclusive).
    private func complement(at k0: Int, _ ctx: DocumentContext, _ cover: [Int], _ cands: [Candidate]) -> Int? {
        guard FrenchCues.organizationLinks.contains(ctx.norm(k0)), var k = ctx.next(k0) else { return nil }
        if ["la", "l'", "le", "les"].contains(ctx.norm(k)), let n = ctx.next(k) { k = n }
        guard ctx.isWord(k), ctx.isCapitalized(k), !FrenchCues.notNames.contains(ctx.norm(k)) || cover[k] >= 0 else { return nil }
        var end = k
        var last = k
        while true {
            if cover[last] >= 0 {
                end = cands[cover[last]].end
            } else if ctx.isWord(last) && ctx.isCapitalized(last) {
                end = last + 1
            } else {
                break
            }
            guard let n = ctx.next(end - 1) else { break }
            // A lower-case adjective after a capitalized word belongs to it ("Affaires étrangères").
            if !ctx.isCapitalized(n), ctx.isWord(n), Self.isAdjectiveLike(ctx.norm(n)), cover[n] < 0 {
                end = n + 1
                break
            }
            // A name continues with capitalized words, and "de"/"et" between capitalized words.
            if ctx.isWord(n), ctx.isCapitalized(n), !FrenchCues.notNames.contains(ctx.norm(n)) || cover[n] >= 0 {
                last = n
                continue
            }
            break
        }
        return end
    }

    /// The field of a capitalised head, after its adjectives or alone, in lower case: "Ligue américaine de
    /// hockey", "Syndicat national de l'édition phonographique", "Conseil de sécurité": "de", an optional
    /// article, one noun and its adjectives, and one more such field after "et" ("Bureau d'enquêtes et
    /// d'analyses"). Returns the end (exclusive).
    private func lowerCaseDomain(at k0: Int, _ ctx: DocumentContext, _ cover: [Int], coordinated: Bool = false) -> Int? {
        guard ["de", "du", "des", "d'"].contains(ctx.norm(k0)), var k = ctx.next(k0) else { return nil }
        if ["la", "l'", "le", "les"].contains(ctx.norm(k)), let n = ctx.next(k) { k = n }
        guard ctx.isWord(k), !ctx.isCapitalized(k), cover[k] < 0, ctx.tokens[k].kind == .word,
              !FrenchCues.notNames.contains(ctx.norm(k)), !Self.isAdjectiveLike(ctx.norm(k)) else { return nil }
        var end = k + 1
        while let n = ctx.next(end - 1), ctx.isWord(n), !ctx.isCapitalized(n), cover[n] < 0, Self.isAdjectiveLike(ctx.norm(n)) { end = n + 1 }
        if !coordinated, let et = ctx.next(end - 1), ctx.norm(et) == "et", let de = ctx.next(et),
           let e2 = lowerCaseDomain(at: de, ctx, cover, coordinated: true) { end = e2 }
        return end
    }

    /// "de la recherche" in "Agence nationale de la recherche (ANR)": a lower-case complement, accepted
    /// only when an acronym in parentheses follows and vouches for the name. Returns the end (exclusive).
    private func lowerCaseComplementBeforeAcronym(at k0: Int, _ ctx: DocumentContext) -> Int? {
        guard ["de", "du", "des", "d'", "pour", "en", "sur"].contains(ctx.norm(k0)) else { return nil }
        var k = k0, words = 0
        while let n = ctx.next(k), words < 6 {
            if ctx.isPunct(n, "(") {
                guard words > 0, let a = ctx.next(n), ctx.tokens[a].shape.contains(.allCaps), let c = ctx.next(a), ctx.isPunct(c, ")")
                else { return nil }
                return k + 1
            }
            guard ctx.isWord(n) else { return nil }
            k = n
            if !Self.phraseLinks.contains(ctx.norm(n)) { words += 1 }
        }
        return nil
    }

    static func isAdjectiveLike(_ n: String) -> Bool {
        // Suffixes checked on UTF-8 bytes (norms and suffixes are NFC) and the length counted once:
        // this runs for every new word the tagger meets.
        var n = n
        return n.withUTF8 { bytes in
            var length: Int?
            for (suffix, suffixLength) in adjectiveSuffixes where bytes.count >= suffix.count {
                guard memcmp(bytes.baseAddress! + bytes.count - suffix.count, suffix, suffix.count) == 0 else { continue }
                if length == nil { length = String(decoding: bytes, as: UTF8.self).count }
                if length! > suffixLength + 2 { return !FrenchCues.nationalities.contains(String(decoding: bytes, as: UTF8.self)) }
            }
            return false
        }
    }

    /// Adjective endings as UTF-8 bytes with their length in characters.
    static let adjectiveSuffixes: [([UInt8], Int)] = [
        "ères", "ère", "ale", "ales", "aux", "ique", "iques", "ienne", "iennes", "aise", "aises", "aine", "aines",
        "elle", "elles", "ieures", "ieure", "ieurs", "ieur", "ées", "ée", "és", "ive", "ives", "if", "ifs",
    ].map { (Array($0.utf8), $0.count) }

    // MARK: Names

    /// The cue lists `isCueWord` asks about every word of a capitalized run, behind shape pre-checks.
    static let civilities = ShapeScreenedSet(FrenchCues.civilities)
    static let roles = ShapeScreenedSet(FrenchCues.roles)
    static let nationalities = ShapeScreenedSet(FrenchCues.nationalities)

    /// A civility, role, nationality or organisation head ("M.", "ministre", "russe", "ministère"): no name
    /// word. Each Set is asked only when its shape filter lets the word through (most words it turns away).
    static func isCueWord(_ norm: String) -> Bool {
        civilities.contains(norm) || roles.contains(norm) || nationalities.contains(norm) || organizationHeads.contains(norm)
    }

    /// Lower-case particles inside a person's name ("Ursula von der Leyen").
    static let particles = CueLexicon.set("fr/name-particles")

    /// Capitalized sequences outside the lexicon, classified by their cues. Single words with no
    /// cue go to `deferred`: they become mentions only if they corefer with a person.
    func nameCandidates(_ doc: Document, _ ctx: DocumentContext, existing: [Candidate], deferred: inout [Candidate]) -> [Candidate] {
        let cover = coverage(ctx.tokens.count, existing)
        var out: [Candidate] = []
        var i = 0
        let n = ctx.tokens.count
        func isNameWord(_ k: Int) -> Bool {
            ctx.isWord(k) && cover[k] < 0 && ctx.isCapitalized(k) && ctx.doc.scalars[ctx.tokens[k].start].properties.isAlphabetic
                && !ctx.tokens[k].shape.contains(.elision)
        }
        while i < n {
            guard isNameWord(i) else { i += 1; continue }
            // The run: capitalized words, with particles between them ("Charles de Gaulle").
            var words = [i]
            var k = i
            while let nx = ctx.next(k) {
                if isNameWord(nx) { words.append(nx); k = nx; continue }
                if Self.particles.contains(ctx.norm(nx)), !ctx.isCapitalized(nx), let after = ctx.next(nx), isNameWord(after),
                   !FrenchCues.notNames.contains(ctx.norm(after)) {
                    words.append(nx); words.append(after); k = after; continue
                }
                break
            }
            i = k + 1
            // Split at words that are not names; classify each piece.
            var piece: [Int] = []
            for w in words + [-1] {
                if w >= 0, !(ctx.isCommonWord(w) || Self.isCueWord(ctx.norm(w))) {
                    piece.append(w)
                    continue
                }
                while let f = piece.first, Self.particles.contains(ctx.norm(f)) { piece.removeFirst() }
                while let l = piece.last, Self.particles.contains(ctx.norm(l)) { piece.removeLast() }
                if !piece.isEmpty {
                    if let c = classify(piece.first!, piece.last! + 1, ctx, isPerson: { k in cover[k] >= 0 && existing[cover[k]].label == .person }) {
                        if c.isDeferred { deferred.append(c) } else { out.append(c) }
                    }
                }
                piece = []
            }
        }
        return out
    }

    /// A company, club or media word among the words (token indices, in order), or a company form last:
    /// "Vortex Airlines", "Racing Club", "Toronto FC".
    static func holdsOrganizationWord(_ words: [Int], _ ctx: DocumentContext) -> Bool {
        words.contains(where: { FrenchCues.organizationWords.contains(ctx.norm($0)) }) || words.last.map { FrenchCues.companyForms.contains(ctx.norm($0)) } == true
    }

    /// Token `k` is a company, club or media word or a company form, wherever it stands ("Club", "FC", "SA").
    static func isOrganizationWord(_ k: Int, _ ctx: DocumentContext) -> Bool {
        FrenchCues.organizationWords.contains(ctx.norm(k)) || FrenchCues.companyForms.contains(ctx.norm(k))
    }

    /// The label of a capitalized run `s..<e` from its cues, or nil.
    func classify(_ s: Int, _ e: Int, _ ctx: DocumentContext, isPerson: (Int) -> Bool) -> Candidate? {
        let words = (s..<e).filter { ctx.tokens[$0].kind != .space }
        let count = words.count
        let headline = ctx.isHeadline(s)
        let first = ctx.norm(s), last = ctx.norm(e - 1)
        let prev = ctx.prev(s).map { ctx.norm($0) } ?? ""
        func person(_ rule: String, _ conf: Double) -> Candidate { Candidate(start: s, end: e, label: .person, entry: nil, rule: rule, confidence: conf) }

        if FrenchCues.civilities.contains(prev) { return person("civility", 0.9) }
        // "Vortex Airlines", "Racing Club": a company, club or media word makes an organisation.
        if count >= 2, Self.holdsOrganizationWord(words, ctx) {
            return Candidate(start: s, end: e, label: .organization, entry: nil, rule: "org-word", confidence: 0.65)
        }
        if count >= 2, isGivenName(first) { return person("given-name", 0.85) }
        if RoleExtractor.titleStart(before: s, ctx, isPerson: isPerson) != nil { return person("title-cue", 0.85) }
        if hasAppositionAfter(e, ctx) { return person("apposition", 0.85) }
        if headline { return nil }
        let allTitleCase = words.allSatisfy { !ctx.tokens[$0].shape.contains(.allCaps) }
        if allTitleCase, FrenchCues.hasSurnameShape(DiacriticFolding.fold(last)) {
            let weakEnding = ["ine", "ina", "yne", "ian", "ow", "ew"].contains { last.hasSuffix($0) }
            if count >= 2 || (!weakEnding && !ctx.isSentenceStart(s) && !FrenchCues.placePrepositions.contains(prev)) {
                return person("surname-shape", 0.7)
            }
        }
        // "la start-up française Mistral AI", "le groupe Thales": a name right after an organisation noun.
        if organizationIntroducer(before: s, ctx) != nil, !(count >= 2 && isGivenName(first)) {
            return Candidate(start: s, end: e, label: .organization, entry: nil, rule: "org-introducer", confidence: 0.7)
        }
        // A lone given name is a person, not a place ("à Jean-Marie").
        let givenName = count == 1 && isGivenName(first)
        if count == 1, Self.isPortfolioOrInhabitants(first, after: prev) { return nil }
        if FrenchCues.placePrepositions.contains(prev), !givenName {
            return Candidate(start: s, end: e, label: .location, entry: nil, rule: "place-preposition", confidence: 0.6)
        }
        // "de X" names a place only after a place noun ("la ville de Pokrovsk", "près de Koupiansk").
        if prev == "de" || prev == "d'", !givenName, let p = ctx.prev(s), let pp = ctx.prev(p), FrenchCues.placeNouns.contains(ctx.norm(pp)) {
            return Candidate(start: s, end: e, label: .location, entry: nil, rule: "place-noun", confidence: 0.7)
        }
        if count >= 2, allTitleCase, !ctx.isSentenceStart(s) { return person("capitalized-sequence", 0.5) }
        return Candidate(start: s, end: e, label: .person, entry: nil, rule: "no-cue", confidence: 0, isDeferred: true)
    }

    /// "ministre déléguée au Numérique", "secrétaire au Commerce": a portfolio, not a place; "aux
    /// Parisiens", "aux Lyonnais": inhabitants, not a place. (Also vetoes the tagger's one-word spans.)
    static func isPortfolioOrInhabitants(_ norm: String, after prev: String) -> Bool {
        if portfolioWords.contains(norm) || ["numérique", "trésor", "logement", "climat", "sport", "sports", "budget",
                                             "tourisme", "handicap", "outre-mer", "renseignement"].contains(norm) {
            return true
        }
        return (prev == "aux" || prev == "les" || prev == "des")
            && ["iens", "iennes", "ains", "aines", "ais", "aises", "ois", "oises", "ens"].contains(where: { norm.hasSuffix($0) })
    }

    /// The organisation noun before `s`, singular or plural, skipping up to four nationality adjectives, trades
    /// and genres ("la start-up française X", "le groupe de rock progressif anglais X"); it must be lower case
    /// and preceded by a determiner, so a sentence's own subject ("Le groupe a …") or a title ("Groupe
    /// Renault") does not count.
    func organizationIntroducer(before s: Int, _ ctx: DocumentContext) -> Int? {
        guard var k = ctx.prev(s) else { return nil }
        var skipped = 0
        // Nationalities, trades and genres ("pharmaceutique", "de rock progressif anglais"), lower case.
        while skipped < 4, !ctx.isCapitalized(k), let p = ctx.prev(k) {
            let n = ctx.norm(k)
            let qualifier = FrenchCues.nationalities.contains(n) || FrenchCues.organizationIntroducerQualifiers.contains(n)
                || (skipped > 0 && (n == "de" || n == "d'") && ctx.next(k).map { FrenchCues.organizationIntroducerQualifiers.contains(ctx.norm($0)) } == true)
            guard qualifier else { break }
            k = p
            skipped += 1
        }
        // "les groupes de rock X et Y": the plural introduces the first name too.
        guard FrenchCues.contains(FrenchCues.organizationIntroducers, singularOf: ctx.norm(k)), !ctx.isCapitalized(k), let d = ctx.prev(k),
              ["le", "la", "l'", "les", "du", "de", "des", "au", "aux", "un", "une", "son", "sa", "ses", "leur", "ce", "cette"].contains(ctx.norm(d))
        else { return nil }
        return k
    }

    /// ", porte-parole de …" or ", le nouvel ambassadeur …" right after `e`.
    func hasAppositionAfter(_ e: Int, _ ctx: DocumentContext) -> Bool {
        guard let c = ctx.next(e - 1), ctx.isPunct(c, ","), var k = ctx.next(c) else { return false }
        if ["le", "la", "l'", "son", "sa", "leur", "un", "une"].contains(ctx.norm(k)), let n = ctx.next(k) { k = n }
        var steps = 0
        while steps < 2, FrenchCues.speculativeModifiers.contains(ctx.norm(k)) || FrenchCues.formerModifiers.contains(ctx.norm(k))
                || ["nouvel", "nouveau", "nouvelle", "actuel", "actuelle", "haut", "haute", "vice"].contains(ctx.norm(k)), let n = ctx.next(k) {
            k = n
            steps += 1
        }
        return FrenchCues.roles.contains(ctx.norm(k))
    }

    // MARK: Acronyms

    /// Unknown all-capital words of 2–6 letters outside headline case: organisations ("VCG").
    func acronymCandidates(_ doc: Document, _ ctx: DocumentContext, existing: [Candidate]) -> [Candidate] {
        let cover = coverage(ctx.tokens.count, existing)
        var out: [Candidate] = []
        for (i, t) in ctx.tokens.enumerated() where t.kind == .word && cover[i] < 0 && t.shape.contains(.allCaps) {
            let len = t.end - t.start
            // In parentheses an acronym may carry a hyphen or digits ("(AP-HP)", "(G5)").
            let parenthesized = ctx.prev(i).map { ctx.isPunct($0, "(") } == true && ctx.next(i).map { ctx.isPunct($0, ")") } == true
            let letters = doc.scalars[t.start..<t.end].filter { !(parenthesized && ($0 == "-" || $0.properties.numericType != nil)) }
            guard (2...(parenthesized ? 8 : 6)).contains(len), !ctx.isHeadline(i), !FrenchCues.notOrganizationAcronyms.contains(t.norm),
                  !FrenchCues.notNames.contains(t.norm), letters.count >= 2,
                  letters.allSatisfy({ $0.properties.isUppercase }) else { continue }
            // Skip when a neighbour is also all capitals (a shouted phrase, not an acronym).
            if let p = ctx.prev(i), ctx.tokens[p].shape.contains(.allCaps), cover[p] < 0 { continue }
            if let nx = ctx.next(i), ctx.tokens[nx].shape.contains(.allCaps) { continue }
            out.append(Candidate(start: i, end: i + 1, label: .organization, entry: nil, rule: "acronym", confidence: 0.5))
        }
        return out
    }
}
