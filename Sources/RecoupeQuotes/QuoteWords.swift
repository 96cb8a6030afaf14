import RecoupeCore
/// The French closed-class words the quotation stage matches on (token norms: lower case,
/// apostrophes folded to '), read once from `Lexicons/cues/fr/quote-*.txt` (`QuoteCueLexicon`).
enum QuoteWords {
    /// The complementizer "que" (elided "qu'"), which opens reported clauses ("a déclaré que …").
    @inline(__always) static func isQue(_ w: String?) -> Bool { w == "que" || w == "qu'" }

    /// Auxiliaries and modals that stand between a subject and a past participle ("a déclaré").
    static let auxiliaries: Set<String> = QuoteCueLexicon.set("fr/quote-auxiliaries")

    /// Verb forms after which "il" is impersonal ("Il apparaît que", "il faut", "il s'agit", "il y a").
    static let impersonalVerbs: Set<String> = QuoteCueLexicon.set("fr/quote-impersonal-verbs")

    /// Forms of "être" before a passive participle ("sont maintenus", "a été annoncé").
    static let passiveAuxiliaries: Set<String> = QuoteCueLexicon.set("fr/quote-passive-auxiliaries")

    /// Subject clitics of an inversion, as the tokenizer splits them ("-t-il", "-elle").
    static let invertedPronouns: [String: String] = QuoteCueLexicon.pairs("fr/quote-inverted-pronouns")

    static let subjectPronouns: Set<String> = QuoteCueLexicon.set("fr/quote-subject-pronouns")

    /// Words skipped between a subject and its verb ("ont tous deux déclaré jeudi").
    static let adverbs: Set<String> = QuoteCueLexicon.set("fr/quote-adverbs")

    /// Words that open a sentence adverbial, never a subject ("Cependant, …", "Toujours selon …").
    static let connectors: Set<String> = QuoteCueLexicon.set("fr/quote-connectors")

    /// Pronouns and clitics opening a clause, not a description ("Selon X, ce sera …").
    static let clauseOpeningPronouns: Set<String> = QuoteCueLexicon.set("fr/quote-clause-pronouns")

    /// Lower-case words that may stand inside a name ("Michel de la Tour").
    static let nameLinks: Set<String> = QuoteCueLexicon.set("fr/quote-name-links")

    /// Prepositions that open an adverbial segment ("dans un communiqué", "lors de …").
    static let prepositions: Set<String> = QuoteCueLexicon.set("fr/quote-prepositions")

    /// Prepositions that make the name after them a complement ("la politique du président X", "voter
    /// pour X"), which a subject pronoun rarely stands for.
    static let complementPrepositions: Set<String> = QuoteCueLexicon.set("fr/quote-complement-prepositions")

    /// Articles, demonstratives and possessives: a form after one is a noun ("le juge", "la note").
    static let articles: Set<String> = QuoteCueLexicon.set("fr/quote-articles")

    /// Determiners that open a noun phrase.
    static let determiners: Set<String> = QuoteCueLexicon.set("fr/quote-determiners")

    /// An article or a determiner: the word opens a noun phrase ("le patronat", "avoir *la* reconnaissance").
    static func opensNounPhrase(_ w: String) -> Bool { articles.contains(w) || determiners.contains(w) }

    /// Words that end a noun phrase read after a verb ("a indiqué le consulat *dans* …").
    static let phraseStops: Set<String> = QuoteCueLexicon.set("fr/quote-phrase-stops")

    /// Nouns of documents that speak for their issuer ("indique la déclaration").
    static let documentNouns: Set<String> = QuoteCueLexicon.set("fr/quote-document-nouns")

    /// Words before guillemets that make them a name, title or term, not speech
    /// ("le film « … »", "baptisé « … »", "l'expression « … »").
    static let mentionCues: Set<String> = QuoteCueLexicon.set("fr/quote-mention-cues")

    /// First- and second-person words: a dash paragraph holding one is dialogue, not a list item.
    static let dialogueWords: Set<String> = QuoteCueLexicon.set("fr/quote-dialogue-words")

    /// Words that, after a comma, end a content clause ("…, tandis que", "…, alors que").
    static let clauseEnders: Set<String> = QuoteCueLexicon.set("fr/quote-clause-enders")

    static let monthNames: Set<String> = QuoteCueLexicon.set("fr/quote-months")

    /// "de nombreux", "d'autres" opening a noun phrase: a quantifier, not the preposition "de".
    static func isQuantifier(_ w: String, next: String?) -> Bool {
        (w == "de" || w == "d'") && ["nombreux", "nombreuses", "autres"].contains(next ?? "")
    }

    /// Adjectives that stand before the head noun of a description ("le *nouveau* gouvernement").
    static let preNominalAdjectives: Set<String> = ["nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "même", "jeune", "premier", "première"]
}
