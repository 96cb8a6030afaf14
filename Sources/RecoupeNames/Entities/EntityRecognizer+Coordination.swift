import RecoupeCore

/// Names coordinated in a list share a type: "à Lorient et Sète", "Lyon, Nantes et Rennes", "Nintendo et
/// Sega". The tagger reads an unknown capitalized word as a person more often than anything else
/// (WikiNEuRal's validation set: 924 of its 3,912 wrong labels are places called persons, 664 bodies).
extension EntityRecognizer {
    /// Gives a one-word person of the tagger's the type of a place or body it is coordinated with ("et", a
    /// comma), in either order; a chain "A, B et C" passes the type along. Longer persons keep theirs (they
    /// lost 0.004 of Wikinews dev F1: "Paris et Jean Dupont").
    func agreeCoordinatedTypes(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        func isPlaceOrBody(_ c: Candidate) -> Bool { c.label == .location || c.label == .organization }
        func coordinated(_ a: Candidate, _ b: Candidate) -> Bool {
            guard let link = ctx.next(a.end - 1), ctx.next(link) == b.start else { return false }
            return ctx.norm(link) == "et" || ctx.isPunct(link, ",") && endsWithEt(from: b.end - 1)
        }
        // A comma joins names of one list only when "et" closes the list: bare comma series are often
        // unrelated names (Europeana's race results and ship lists lost 0.004 F1 to them).
        func endsWithEt(from k: Int) -> Bool {
            var k = k
            for _ in 0..<12 {
                guard let n = ctx.next(k) else { return false }
                if ctx.norm(n) == "et" { return true }
                if ctx.tokens[n].kind == .punct, !ctx.isPunct(n, ",") { return false }
                k = n
            }
            return false
        }
        /// Candidate j takes candidate i's type when i is a place or body, j a one-word person of the tagger's,
        /// and the two coordinated.
        func adopt(_ j: Int, from i: Int) {
            let (a, b) = i < j ? (cands[i], cands[j]) : (cands[j], cands[i])
            guard isPlaceOrBody(cands[i]), cands[j].label == .person, cands[j].isOneWordFromTagger, coordinated(a, b) else { return }
            cands[j].label = cands[i].label
            cands[j].rule = "same-list"
            cands[j].modelConfidence = nil
        }
        for i in cands.indices.dropLast() { adopt(i + 1, from: i) }               // "Lorient et Sète", "A, B et C"
        for i in cands.indices.dropFirst().reversed() { adopt(i - 1, from: i) }   // "Sète et Lorient"
    }

    /// In a list of three names or more joined by commas and closed by "et" or "ou", the tagger's persons whose first
    /// word is no given name take the type of the list's other names when two or more of them agree on place or body
    /// and none is a person: "Torrejón de Ardoz, Rivas-Vaciamadrid et Getafe" (rule `same-list`).
    func agreeListTypes(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        func isConjunction(_ k: Int) -> Bool { ["et", "ou"].contains(ctx.norm(k)) }
        /// How `a` and `b` are joined: nil when they are not, true when by a conjunction.
        func link(_ a: Candidate, _ b: Candidate) -> Bool? {
            guard let link = ctx.next(a.end - 1), let n = ctx.next(link) else { return nil }
            if n == b.start { return isConjunction(link) ? true : ctx.isPunct(link, ",") ? false : nil }
            return ctx.isPunct(link, ",") && isConjunction(n) && ctx.next(n) == b.start ? true : nil
        }
        var i = 0
        while i < cands.count {
            var j = i, closed = false
            while j + 1 < cands.count, let byConjunction = link(cands[j], cands[j + 1]) { j += 1; closed = closed || byConjunction }
            defer { i = j + 1 }
            // A bare comma series is no list (race results, ship lists: ``agreeCoordinatedTypes(_:_:)``).
            guard j - i >= 2, closed else { continue }
            let guesses = (i...j).filter {
                cands[$0].label == .person && cands[$0].entry == nil && cands[$0].modelConfidence != nil && !isGivenName(cands[$0].start, ctx)
            }
            let others = (i...j).filter { !guesses.contains($0) }
            guard !guesses.isEmpty, others.count >= 2, let label = others.first.map({ cands[$0].label }),
                  label == .location || label == .organization, others.allSatisfy({ cands[$0].label == label }) else { continue }
            for k in guesses { (cands[k].label, cands[k].rule, cands[k].modelConfidence) = (label, "same-list", nil) }
        }
    }
}
