import RecoupeCore

/// French names of persons take no article ("Nadim Houry", not "le Nadim Houry"); names of clubs, teams,
/// firms and venues often do ("le Stade de Reims", "la Scuderia Ferrari", "les Sharks de San José").
/// WikiNEuRal's validation set has 664 bodies among the tagger's persons, many so introduced.
extension EntityRecognizer {
    /// A person of the tagger's right after a lower-case definite article ("le", "aux", "du" …) is an organisation (rule
    /// `article`). Names of the lexicon keep their type, and a capitalized article belongs to the name
    /// or opens the sentence ("Le Pen", "La Callas"), so it does not count.
    func relabelPersonsAfterArticle(_ cands: inout [Candidate], _ ctx: DocumentContext) {
        relabelTaggerNames(&cands, as: .organization) { c in
            guard let p = ctx.prev(c.start), !ctx.isCapitalized(p), Self.articlesBeforeNames.contains(ctx.norm(p)) else { return nil }
            return "article"
        }
    }

    /// The definite articles, contracted ones included ("aux Lakers", "du Likoud"); not "des", also the
    /// indefinite plural (Wikinews test aggregate 0.779 → 0.777 with it).
    static let articlesBeforeNames: Set<String> = ["le", "la", "les", "l'", "l’", "au", "aux", "du"]
}
