import RecoupeCore
/// The French closed-class words the quotation stage matches on (token norms: lower case,
/// apostrophes folded to ').
enum QuoteWords {
    /// Auxiliaries and modals that stand between a subject and a past participle ("a déclaré").
    static let auxiliaries: Set<String> = [
        "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ai", "as", "avons", "avez",
        "eut", "eurent", "est", "sont", "était", "étaient", "s'est", "se", "s'", "été", "va", "vont", "allait",
        "doit", "devait", "peut", "pouvait", "tient", "vient", "venait", "ait", "aient",
    ]

    /// Subject clitics of an inversion, as the tokenizer splits them ("-t-il", "-elle").
    static let invertedPronouns: [String: String] = [
        "-t-il": "il", "-t-elle": "elle", "-t-on": "on", "-il": "il", "-elle": "elle", "-ils": "ils",
        "-elles": "elles", "-on": "on", "-je": "je", "-nous": "nous", "-vous": "vous", "-tu": "tu", "-t-ils": "ils",
    ]

    static let subjectPronouns: Set<String> = ["il", "elle", "ils", "elles", "on", "je", "nous", "vous", "tu", "j'"]

    /// Words skipped between a subject and its verb ("ont tous deux déclaré jeudi").
    static let adverbs: Set<String> = [
        "également", "aussi", "encore", "déjà", "ainsi", "alors", "enfin", "notamment", "pourtant", "toutefois",
        "cependant", "tous", "toutes", "deux", "trois", "même", "bien", "ensuite", "hier", "aujourd'hui",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "récemment", "publiquement",
        "officiellement", "clairement", "notamment", "d'ailleurs", "néanmoins", "plus", "pas", "ne", "n'",
        "lui", "leur", "nous", "vous", "me", "m'", "te", "t'", "l'", "y", "en", "se", "s'", "lui-même",
        "elle-même", "eux-mêmes", "elles-mêmes", "soir", "matin", "dernier", "dernière", "quant", "seulement",
        "tout", "aussitôt", "immédiatement", "souvent", "toujours", "régulièrement", "volontiers", "longuement",
        "vivement", "fermement", "pour", "sa", "part", "leur", "sa part",
    ]

    /// Words that open a sentence adverbial, never a subject ("Cependant, …", "Toujours selon …").
    static let connectors: Set<String> = [
        "cependant", "toutefois", "pourtant", "néanmoins", "ainsi", "enfin", "mais", "or", "donc", "et", "puis",
        "alors", "ensuite", "également", "aussi", "toujours", "d'ailleurs", "en", "outre", "de", "plus", "hier",
        "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "par", "ailleurs",
        "parallèlement", "finalement", "dès", "lors", "désormais", "auparavant", "récemment", "ici", "là",
    ]

    /// Prepositions that open an adverbial segment ("dans un communiqué", "lors de …").
    static let prepositions: Set<String> = [
        "dans", "selon", "d'après", "lors", "en", "à", "au", "aux", "pour", "après", "avant", "depuis", "par",
        "sur", "avec", "sans", "face", "suite", "malgré", "durant", "pendant", "devant", "via", "chez", "vers",
        "contre", "entre", "parmi", "sous", "dès", "outre", "quant", "concernant",
    ]

    /// Prepositions that make the name after them a complement ("la politique du président X", "voter
    /// pour X"), which a subject pronoun rarely stands for.
    static let complementPrepositions: Set<String> = [
        "de", "d'", "du", "des", "à", "au", "aux", "pour", "avec", "contre", "chez", "envers", "auprès",
    ]

    /// Articles, demonstratives and possessives: a form after one is a noun ("le juge", "la note").
    static let articles: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
        "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "au", "aux", "chaque", "quel", "quelle",
    ]

    /// Determiners that open a noun phrase.
    static let determiners: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
        "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "plusieurs", "certains",
        "certaines", "aucun", "aucune", "chaque", "tout", "toute", "tous", "toutes", "deux", "trois", "quatre",
        "m.", "mme", "mme.", "mgr", "dr", "me", "pr", "madame", "monsieur", "mademoiselle", "maître", "messieurs",
        "mesdames",
    ]

    /// Words that end a noun phrase read after a verb ("a indiqué le consulat *dans* …").
    static let phraseStops: Set<String> = [
        "dans", "lors", "en", "pour", "après", "avant", "depuis", "par", "sur", "avec", "sans", "malgré",
        "durant", "pendant", "devant", "via", "vers", "contre", "sous", "qui", "que", "qu'", "dont", "où",
        "lui", "leur", "ajoutant", "précisant", "soulignant", "tout", "mais", "et", "ou", "au", "aux", "à",
        "jeudi", "lundi", "mardi", "mercredi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
        "cité", "citée", "cités", "interrogé", "interrogée", "joint", "jointe", "également", "encore", "aussi",
        "comme", "ce", "cet", "cette", "ces", "d'un", "d'une",
    ]

    /// Nouns of documents that speak for their issuer ("indique la déclaration").
    static let documentNouns: Set<String> = [
        "déclaration", "déclarations", "communiqué", "communiqués", "texte", "document", "note", "lettre",
        "rapport", "source", "sources", "message", "courrier", "tweet", "publication", "compte-rendu",
        "statement", "bulletin", "avis", "mémorandum", "dépêche", "résolution", "site", "post",
    ]

    /// Words before guillemets that make them a name, title or term, not speech
    /// ("le film « … »", "baptisé « … »", "l'expression « … »").
    static let mentionCues: Set<String> = [
        "intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "baptisés", "baptisées",
        "surnommé", "surnommée", "surnommés", "appelé", "appelée", "appelés", "appelées", "nommé", "nommée",
        "dénommé", "dénommée", "dit", "dite", "dits", "dites", "qualifié", "qualifiée", "qualifiés",
        "titre", "titré", "titrée", "terme", "termes", "expression", "mot", "mots", "formule", "slogan",
        "hashtag", "mot-clé", "concept", "notion", "opération", "programme", "projet", "plan", "journal",
        "quotidien", "hebdomadaire", "magazine", "revue", "film", "livre", "ouvrage", "roman", "chanson",
        "album", "émission", "série", "pièce", "exposition", "festival", "rubrique", "documentaire",
        "nom", "code", "label", "devise", "thème", "thèmes", "doctrine", "initiative", "format", "accord", "pacte", "traité",
        "loi", "mouvement", "collectif", "parti", "association", "groupe", "alias",
    ]

    /// First- and second-person words: a dash paragraph holding one is dialogue, not a list item.
    static let dialogueWords: Set<String> = [
        "je", "j'", "tu", "me", "m'", "te", "t'", "moi", "toi", "nous", "vous", "mon", "ma", "mes", "ton",
        "ta", "tes", "votre", "vos", "notre", "nos", "oui", "non", "ah", "oh", "eh", "hé", "bah", "hein",
        "monsieur", "madame", "mademoiselle",
    ]

    /// Words that, after a comma, end a content clause ("…, tandis que", "…, alors que").
    static let clauseEnders: Set<String> = [
        "tandis", "alors", "mais", "ajoutant", "précisant", "soulignant", "estimant", "expliquant", "indiquant",
        "affirmant", "sans", "selon", "d'après", "bien", "même", "avant", "après", "car", "puisque", "lorsque",
        "lorsqu'", "quand", "ce", "a", "ont", "avait", "tout", "rappelant", "assurant", "déclarant", "notant",
    ]

    static let monthNames: Set<String> = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]
}
