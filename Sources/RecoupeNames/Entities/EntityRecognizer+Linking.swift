import RecoupeCore
import RecoupeICU
import RecoupeText
/// Linking: lexicon ids through name keys, in-document coreference, corpus-wide ids for the rest.
extension EntityRecognizer {
    /// A person met earlier in the document.
    struct KnownPerson {
        var kbId: String
        var canonical: String
        var surnameKeys: Set<String>
        var givenKeys: Set<String>
    }

    func key(_ word: String) -> String { nameKey.key(word, language: "fr") }

    /// The key a person is known by: the surname's, or for a regnal name the given name's with its number
    /// ("Jean-Paul II" → "jean-paul-ii"), so that "Jean-Paul II" and "Élisabeth II" stay two people.
    func surnameKey(_ words: [String]) -> String? {
        guard let last = words.last else { return nil }
        return PersonName.regnalKey(words) ?? key(last)
    }

    /// Given names agree when their keys are equal or share their first three letters
    /// ("aleksandre" / "aleksander"), or when either is unknown.
    func givenNamesAgree(_ a: Set<String>, _ b: Set<String>) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        for x in a { for y in b where x == y || (x.count >= 3 && y.count >= 3 && x.prefix(3) == y.prefix(3)) { return true } }
        return false
    }

    func link(_ cands: inout [Candidate], deferred: [Candidate], _ doc: Document, _ ctx: DocumentContext) {
        var people: [KnownPerson] = []
        func register(_ c: Candidate) {
            guard c.label == .person else { return }
            var surnames = Set<String>(), given = Set<String>()
            let words = PersonName.words(doc.surface(start: ctx.tokens[c.start].start, end: ctx.tokens[c.end - 1].end))
            if let k = surnameKey(words) { surnames.insert(k) }
            if words.count >= 2 { given.insert(nameKey.givenNameKey(words[0], language: "fr")) }
            if let e = c.entry {
                let entry = gazetteer.lexicon.entries[Int(e)]
                for form in [entry.canonical] + entry.names.map(\.text) + entry.aliases {
                    if let k = surnameKey(PersonName.words(form)) { surnames.insert(k) }
                }
                given.formUnion(gazetteer.givenNameKeys(of: e))
            }
            if let k = people.firstIndex(where: { $0.kbId == c.kbId }) {
                people[k].surnameKeys.formUnion(surnames)
                people[k].givenKeys.formUnion(given)
            } else {
                people.append(KnownPerson(kbId: c.kbId, canonical: c.canonical, surnameKeys: surnames, givenKeys: given))
            }
        }

        // Walk mentions and deferred words in text order so a surname links to an earlier full name.
        var all = cands.map { ($0, false) } + deferred.map { ($0, true) }
        all.sort { $0.0.start < $1.0.start }
        var out: [Candidate] = []
        for (cand, isDeferred) in all {
            var c = cand
            let surface = doc.surface(start: ctx.tokens[c.start].start, end: ctx.tokens[c.end - 1].end)
            // "Sandrine Rousseau … Rousseau": a lone surname the lexicon knows (a one-word alias) is the person of
            // that name met earlier in the document when their given names are not the lexicon person's.
            if let e = c.entry, c.label == .person, !people.isEmpty, PersonName.words(surface).count == 1,
               case let sk = key(surface), let p = people.last(where: { $0.surnameKeys.contains(sk) }),
               p.kbId != gazetteer.lexicon.entries[Int(e)].id, !givenNamesAgree(p.givenKeys, gazetteer.givenNameKeys(of: e)) {
                c.entry = gazetteer.lexicon.index(of: p.kbId).map { Int32($0) }
                c.kbId = p.kbId
                c.canonical = p.canonical
                c.rule = "coref"
                c.confidence = 0.8
            }
            if c.entry != nil {
                register(c)
                out.append(c)
                continue
            }
            switch c.label {
            case .person:
                let words = PersonName.words(linkingForm(of: surface, knownPeople: people))
                guard let sk = surnameKey(words) else { if !isDeferred { c.kbId = "name:" + key(surface); c.canonical = surface; out.append(c) }; continue }
                // A number alone ("II") is nobody's surname.
                if isDeferred, PersonName.isRegnalNumber(surface) { continue }
                let given: Set<String> = words.count >= 2 ? [nameKey.givenNameKey(words[0], language: "fr")] : []
                // 1. Someone earlier in this document.
                if let p = people.last(where: { $0.surnameKeys.contains(sk) && givenNamesAgree($0.givenKeys, given) }) {
                    c.kbId = p.kbId
                    c.canonical = p.canonical
                    if let e = gazetteer.lexicon.index(of: p.kbId) { c.entry = Int32(e) }
                    if isDeferred || words.count == 1 {
                        c.rule = "coref"
                        c.confidence = 0.8
                    } else if c.entry != nil {
                        c.rule = "variant-key"
                        c.confidence = max(c.confidence, 0.85)
                    }
                    out.append(c)
                    continue
                }
                // 2. A lexicon person with that surname key (any script) and agreeing given names.
                let matches = gazetteer.people(withSurnameKey: sk).filter { givenNamesAgree(gazetteer.givenNameKeys(of: $0), given) }
                if let e = matches.first, matches.count == 1 || words.count >= 2 {
                    let entry = gazetteer.lexicon.entries[Int(e)]
                    c.entry = e
                    c.kbId = entry.id
                    c.canonical = entry.canonical
                    if isDeferred {
                        // A lone capitalized word: only when it is not sentence-initial or cannot be an ordinary word.
                        if ctx.isCommonWord(c.start) { continue }
                        c.rule = "surname-key"
                        c.confidence = 0.65
                    } else {
                        c.rule = "variant-key"
                        c.confidence = max(c.confidence, 0.85)
                    }
                    register(c)
                    out.append(c)
                    continue
                }
                if isDeferred { continue }
                // 3. Unknown: a corpus-wide id from the surname key.
                c.kbId = "name:" + sk
                c.canonical = words.joined(separator: " ")
                register(c)
                out.append(c)
            case .organization, .location, .misc:
                let k = DiacriticFolding.fold(surface.lowercased()).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
                c.kbId = (c.label == .organization ? "org:" : c.label == .location ? "loc:" : "misc:") + k
                c.canonical = surface
                // Coreference for organisations and places: the same folded name earlier.
                out.append(c)
            case .date:
                out.append(c)
            }
        }
        cands = out
    }
}
