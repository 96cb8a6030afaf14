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
        func isOneWordModelPerson(_ c: Candidate) -> Bool {
            c.label == .person && c.entry == nil && c.modelConfidence != nil && c.end - c.start == 1
        }
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
        guard cands.count > 1 else { return }
        // Forward ("Lorient et Sète"), then backward ("Sète et Lorient").
        for (i, j) in zip(cands.indices.dropLast(), cands.indices.dropFirst()) + zip(cands.indices.dropFirst(), cands.indices.dropLast()).reversed() {
            let (a, b) = i < j ? (cands[i], cands[j]) : (cands[j], cands[i])
            guard isPlaceOrBody(cands[i]), isOneWordModelPerson(cands[j]), coordinated(a, b) else { continue }
            cands[j].label = cands[i].label
            cands[j].rule = "same-list"
            cands[j].modelConfidence = nil
        }
    }
}
