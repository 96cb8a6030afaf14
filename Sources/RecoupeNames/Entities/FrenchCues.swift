import RecoupeCore
import RecoupeICU
import RecoupeText
/// Word lists (token norms) that cue names in French news: titles, roles, organisation heads,
/// nationality adjectives, and capitalized words that are not names.
enum FrenchCues {
    /// Civilities that always precede a person's name ("M. Lavrov", "Mme Zakharova").
    static let civilities: Set<String> = ["m.", "mme", "mme.", "mlle", "mlle.", "mm.", "mmes", "dr", "dr.", "pr", "pr.", "me", "mgr", "mgr.",
                                          "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "lord", "lady", "sheikh", "cheikh", "imam", "ayatollah"]

    /// Role and title nouns ("le porte-parole X", "X, ambassadeur de …").
    static let roles: Set<String> = {
        let base = ["président", "présidente", "ministre", "porte-parole", "ambassadeur", "ambassadrice", "secrétaire", "sous-secrétaire",
                    "chancelier", "chancelière", "vice-président", "vice-présidente", "vice-premier", "vice-ministre", "directeur", "directrice",
                    "chef", "cheffe", "dirigeant", "dirigeante", "leader", "général", "générale", "colonel", "commandant", "amiral", "maréchal",
                    "gouverneur", "gouverneure", "maire", "sénateur", "sénatrice", "député", "députée", "conseiller", "conseillère", "envoyé",
                    "envoyée", "émissaire", "négociateur", "négociatrice", "diplomate", "homologue", "patron", "patronne", "pdg", "fondateur",
                    "fondatrice", "roi", "reine", "prince", "princesse", "pape", "patriarche", "juge", "procureur", "procureure", "avocat",
                    "avocate", "journaliste", "correspondant", "correspondante", "analyste", "politologue", "expert", "experte", "chercheur",
                    "chercheuse", "professeur", "professeure", "opposant", "opposante", "militant", "militante", "écrivain", "écrivaine",
                    "auteur", "autrice", "candidat", "candidate", "consul", "consule", "attaché", "attachée", "représentant", "représentante",
                    "délégué", "déléguée", "commissaire", "haut-commissaire", "médiateur", "médiatrice", "coordinateur", "coordinatrice",
                    "premier", "première", "vice-chancelier", "émir", "prince héritier", "cheikh", "adjoint", "adjointe", "sous-ministre",
                    "président-directeur", "administrateur", "administratrice", "rapporteur", "rapporteuse", "présidente-directrice",
                    "entraîneur", "sélectionneur", "capitaine", "lieutenant", "sergent", "soldat", "oligarque", "homme d'affaires",
                    "femme d'affaires", "économiste", "historien", "historienne", "sociologue", "philosophe", "cinéaste", "réalisateur",
                    "réalisatrice", "acteur", "actrice", "chanteur", "chanteuse", "artiste", "poète", "romancier", "romancière",
                    "assistant", "assistante", "successeur", "prédécesseur", "vice-amiral", "métropolite", "rabbin", "évêque", "cardinal",
                    // Occupations the Wikinews dev split gives named people ("le graphiste portugais Miguel Neiva").
                    "graphiste", "comédien", "comédienne", "humoriste", "banquier", "banquière", "producteur", "productrice",
                    "commentateur", "commentatrice", "présentateur", "présentatrice", "footballeur", "footballeuse", "joueur", "joueuse",
                    "arbitre", "inspecteur", "inspectrice", "reporter", "photographe", "astronome", "physicien", "physicienne",
                    "mathématicien", "mathématicienne", "scientifique", "navigateur", "navigatrice", "skipper", "marin", "gardien",
                    "procureur", "procureure", "recteur", "rectrice", "conférencier", "conférencière", "spécialiste", "responsable",
                    "médecin", "chirurgien", "ingénieur", "architecte", "peintre", "sculpteur", "musicien", "musicienne", "compositeur",
                    "compositrice", "styliste", "designer", "collectionneur", "collectionneuse", "champion", "championne", "médaillé",
                    "médaillée", "athlète", "cycliste", "pilote", "syndicaliste", "porte-drapeau", "bâtonnier", "préfet", "préfète"]
        return Set(base).union(MultilingualCues.roles)
    }()

    /// Modifiers between a determiner and a role that say when it holds.
    static let speculativeModifiers: Set<String> = ["prochain", "prochaine", "futur", "future", "éventuel", "éventuelle", "probable", "pressenti", "pressentie"]
    static let formerModifiers: Set<String> = ["ancien", "ancienne", "ex", "ex-", "précédent", "précédente", "défunt", "défunte", "feu", "ex-président", "ex-ministre", "sortant", "sortante", "sortants"]

    /// Verbs that make what follows a possibility ("pourrait devenir le prochain ambassadeur").
    static let speculativeVerbs: Set<String> = ["pourrait", "pourraient", "devrait", "devraient", "pourra", "pourront", "serait", "seraient",
                                                "deviendrait", "deviendra", "sera"]

    /// Heads of organisation names ("ministère des Affaires étrangères", "agence France-Presse").
    static let organizationHeads: Set<String> = [
        "ministère", "département", "agence", "consulat", "ambassade", "commission", "conseil", "comité", "parlement", "parti",
        "banque", "fonds", "organisation", "office", "institut", "université", "tribunal", "cour", "assemblée", "union", "ligue",
        "service", "services", "direction", "secrétariat", "bureau", "autorité", "société", "groupe", "compagnie", "association",
        "fondation", "académie", "école", "chambre", "sénat", "cabinet", "mouvement", "front", "alliance", "coalition", "gouvernement",
        "administration", "armée", "forces", "garde", "police", "gendarmerie", "douane", "mairie", "préfecture", "haut-commissariat",
        "observatoire", "centre", "fédération", "confédération", "syndicat", "journal", "radio", "télévision", "chaîne", "hôpital",
        "musée", "théâtre", "festival", "club", "entreprise", "firme", "laboratoire", "conférence", "parquet",
    ]

    /// Heads that name an institution even in lower case ("le ministère de la Défense", "l'ambassade
    /// de Russie"); the other heads ("compagnie", "association", "groupe") need a capital ("Groupe
    /// Renault"): in lower case they usually describe ("la compagnie de Ricky Martin").
    static let institutionalHeads: Set<String> = [
        "ministère", "département", "agence", "consulat", "ambassade", "commission", "conseil", "comité", "parlement", "banque",
        "fonds", "office", "tribunal", "cour", "assemblée", "service", "services", "direction", "secrétariat", "bureau", "autorité",
        "chambre", "sénat", "haut-commissariat", "préfecture", "mairie", "gendarmerie", "police", "douane", "armée", "forces",
        "gouvernement", "administration", "fédération", "confédération", "parti", "université", "institut", "académie",
        "organisation", "union", "ligue", "mission", "délégation", "parquet",
    ]

    /// Lower-case words that complete a court's head before its place ("tribunal correctionnel de
    /// Paris", "cour d'appel de Douai", "cour administrative d'appel de Lyon").
    static let headQualifiers: Set<String> = ["correctionnel", "judiciaire", "administratif", "administrative", "pénal", "pénale",
                                              "civil", "civile", "criminelle", "spéciale", "général", "militaire", "suprême"]
    static let headQualifierComplements: Set<String> = ["appel", "assises", "instance", "commerce", "cassation"]

    /// Words that make a capitalized run an organisation wherever they stand in it ("Racing Club de
    /// Strasbourg", "Vortex Airlines", "Helios Technologies", "Daily Mirror"): company forms, club and
    /// media words. Lower-cased norms.
    static let organizationWords: Set<String> = [
        "fc", "sc", "ac", "as", "afc", "cf", "club", "united", "sporting", "racing", "olympique", "athletic", "football", "basket",
        "rugby", "hockey", "handball", "volley", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "sa", "sas", "sarl", "gmbh", "ag", "corp",
        "corp.", "corporation", "company", "group", "groupe", "holding", "holdings", "airlines", "airways", "bank", "banque", "motors",
        "technologies", "technology", "systems", "industries", "pharma", "pharmaceuticals", "energy", "telecom", "capital", "partners",
        "records", "pictures", "studios", "studio", "entertainment", "media", "médias", "productions", "press", "presse", "news", "times",
        "tribune", "gazette", "journal", "magazine", "radio", "tv", "télévision", "university", "université", "institute", "foundation",
        "fondation", "association", "committee", "party", "parti", "union", "council", "agency", "ministry", "federation", "fédération",
        "league", "ligue", "orchestra", "orchestre", "ensemble", "band", "quartet",
    ]

    /// Common nouns that introduce an organisation's own name right after them ("le groupe Thales",
    /// "la start-up française Mistral AI", "l'institut Forsa", "le quotidien Le Monde").
    static let organizationIntroducers: Set<String> = [
        "société", "groupe", "entreprise", "start-up", "startup", "constructeur", "association", "parti", "club", "syndicat",
        "banque", "laboratoire", "chaîne", "journal", "quotidien", "hebdomadaire", "magazine", "mensuel", "institut", "cabinet",
        "fabricant", "firme", "géant", "opérateur", "compagnie", "assureur", "ong", "organisation", "avionneur", "armateur",
        "distributeur", "éditeur", "label", "mouvement", "fonds", "plateforme", "réseau", "application", "agence", "équipementier",
        "industriel", "pétrolier", "énergéticien", "motoriste", "sidérurgiste", "brasseur", "chimiste", "conglomérat", "holding",
        "filiale", "formation", "collectif", "fédération", "confédération", "coalition", "alliance",
    ]

    /// Prepositions that join an organisation head to its complement.
    static let organizationLinks: Set<String> = ["de", "des", "du", "d'", "pour", "chargé", "chargée", "en", "sur"]

    /// Prepositions before a place ("à Istanbul", "en Crimée", "au Caire").
    static let placePrepositions: Set<String> = ["à", "en", "au", "aux", "vers", "depuis", "via"]

    /// Nouns whose "de" complement is a place ("la ville de X", "près de X", "la région de X").
    static let placeNouns: Set<String> = ["ville", "villes", "région", "province", "capitale", "près", "nord", "sud", "est", "ouest",
                                          "centre", "environs", "banlieue", "république", "royaume", "île", "îles", "commune", "village",
                                          "port", "oblast", "district", "localité", "faubourg", "quartier", "périphérie", "abords",
                                          "frontière", "gouvernorat", "préfecture", "canton", "comté", "état", "territoire", "départ",
                                          "proximité", "large", "côte", "côtes", "vallée", "lac", "mont", "massif", "golfe", "mer", "fleuve"]

    /// Nationality adjectives, all inflections ("russe", "américaine", "ukrainiens").
    static let nationalities: Set<String> = {
        var out = Set<String>()
        // Invariable in gender: only -s is added.
        for a in ["russe", "belge", "suisse", "britannique", "moldave", "serbe", "biélorusse", "tchèque", "slovaque", "croate", "slovène",
                  "bosniaque", "estonie", "letton", "lettone", "afghane", "kirghize", "tadjik", "ouzbek", "turkmène", "arabe", "kurde", "yéménite",
                  "somalie", "malgache", "onusienne", "otanienne", "européenne", "atlantique", "baltique", "scandinave", "slave", "asiatique",
                  "africaine", "sud-africaine", "nord-américaine", "latino-américaine", "sahraouie", "islamique", "israélite"] {
            out.insert(a); out.insert(a + "s")
        }
        // -ien → -ienne; -ais/-ois → -aise; -ain → -aine; others → -e.
        for m in ["américain", "ukrainien", "français", "chinois", "allemand", "européen", "iranien", "israélien", "saoudien", "syrien",
                  "indien", "japonais", "italien", "espagnol", "polonais", "géorgien", "arménien", "azerbaïdjanais", "kazakh", "canadien",
                  "mexicain", "brésilien", "argentin", "australien", "coréen", "nord-coréen", "sud-coréen", "indonésien", "égyptien",
                  "algérien", "marocain", "tunisien", "libanais", "qatari", "émirati", "hongrois", "roumain", "finlandais", "suédois",
                  "norvégien", "danois", "néerlandais", "autrichien", "palestinien", "afghan", "pakistanais", "onusien", "irakien",
                  "jordanien", "libyen", "soudanais", "éthiopien", "nigérian", "sénégalais", "malien", "ivoirien", "camerounais",
                  "congolais", "vénézuélien", "colombien", "chilien", "péruvien", "cubain", "vietnamien", "thaïlandais", "philippin",
                  "taïwanais", "bulgare", "lituanien", "estonien", "portugais", "irlandais", "écossais", "anglais", "gallois", "turc",
                  "grec", "occidental", "oriental", "soviétique", "tchétchène", "daghestanais", "sibérien", "moscovite", "kiévien",
                  "gouvernemental", "fédéral", "présidentiel", "diplomatique", "militaire", "national", "international", "régional"] {
            out.insert(m); out.insert(m + "s")
            if m.hasSuffix("ien") || m.hasSuffix("éen") { out.insert(m + "ne"); out.insert(m + "nes") }
            else if m == "turc" { out.formUnion(["turque", "turques"]) }
            else if m == "grec" { out.formUnion(["grecque", "grecques"]) }
            else if m.hasSuffix("al") { out.formUnion([m + "e", m + "es", String(m.dropLast(2)) + "aux"]) }
            else if m.hasSuffix("s") { out.insert(m + "e"); out.insert(m + "es") }
            else { out.insert(m + "e"); out.insert(m + "es") }
        }
        return out.union(MultilingualCues.nationalities)
    }()

    /// Capitalized words that are not names on their own: function words that start sentences,
    /// days, months, and common nouns and adverbs of headlines and captions.
    static let notNames: Set<String> = MultilingualCues.notNames.union([
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on",
        "nous", "vous", "je", "tu", "j'", "mais", "et", "ou", "donc", "or", "ni", "car", "si", "selon", "après", "avant", "pendant",
        "depuis", "pour", "par", "sur", "sous", "dans", "en", "à", "au", "aux", "avec", "sans", "chez", "contre", "vers", "entre", "lors",
        "toujours", "jamais", "déjà", "aussi", "ainsi", "alors", "puis", "ensuite", "enfin", "cependant", "pourtant", "toutefois",
        "néanmoins", "quant", "tandis", "lorsque", "lorsqu'", "quand", "comme", "parce", "puisque", "bien", "très", "plus", "moins",
        "tout", "tous", "toute", "toutes", "chaque", "certains", "certaines", "plusieurs", "aucun", "aucune", "son", "sa", "ses", "leur",
        "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "qui", "que", "qu'", "quoi", "dont", "où", "c'", "ça", "cela",
        "ceci", "celui", "celle", "ceux", "voici", "voilà", "oui", "non", "hier", "aujourd'hui", "demain", "ici", "là", "même", "autre",
        "autres", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "premier", "première", "dernier", "dernière",
        "dernières", "derniers", "nouveau", "nouvelle", "nouvel", "grand", "grande", "photo", "photos", "source", "sources", "lire",
        "voir", "fin", "début", "mi", "mi-", "jour", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
        "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "d'après",
        "pourquoi", "comment", "combien", "malgré", "face", "outre", "parmi", "durant", "dès", "jusqu'", "jusqu'à", "près", "loin",
        "environ", "encore", "désormais", "actuellement", "récemment", "également", "notamment", "surtout", "seulement", "peut-être",
        "certes", "mieux", "ailleurs", "parallèlement", "par ailleurs", "en effet", "effet", "rappel", "vidéo", "infographie", "mise",
        "exclusif", "exclusive", "direct", "analyse", "tribune", "éditorial", "interview", "entretien", "reportage", "dépêche",
        "mise à jour", "publié", "publiée", "modifié", "mis", "et", "état", "ministère", "président", "gouvernement", "guerre",
        "paix", "accord", "sommet", "conflit", "réunion", "conférence", "déclaration", "communiqué", "avec", "contribution", "agences",
        "nord", "sud", "est", "ouest", "centre", "occident", "ceux-ci", "celles-ci", "celui-ci", "celle-ci", "lui", "eux", "y", "soit",
        "ont", "a", "est", "sont", "était", "été", "avait", "fait", "dit", "selon", "quelque", "quelques", "tel", "telle", "tels",
        "telles", "certain", "divers", "diverses", "nombreux", "nombreuses", "beaucoup", "peu", "trop", "assez", "presque", "madame",
        "monsieur", "mesdames", "messieurs", "cher", "chère", "chers", "bonjour", "merci", "suite", "ensemble", "aujourd", "ok",
    ])

    /// Unknown acronyms that are not organisations.
    static let notOrganizationAcronyms: Set<String> = ["pib", "tva", "adn", "ue-", "pdg", "ceo", "covid", "sms", "tv", "pme", "ong", "usd",
                                                       "eur", "rub", "km", "kg", "cm", "mm", "ii", "iii", "iv", "vi", "vii", "viii", "ix",
                                                       "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "ok", "ia",
                                                       "gps", "faq", "pdf", "html", "url", "ps", "nb", "am", "pm", "hlm", "rer", "tgv", "sncf?"]

    /// Cyrillic-origin and other surname endings ("Lavrov", "Zakharova", "Zelensky", "Shevchenko").
    static let surnameEndings = ["ov", "ova", "ev", "eva", "iev", "ieva", "ski", "sky", "skiy", "skaïa", "skaya", "enko", "chuk", "tchouk",
                                 "vich", "vitch", "itch", "ych", "ytch", "dze", "shvili", "chvili", "ian", "yan", "ow", "owa", "ew", "ewa",
                                 "ine", "ina", "yne"]

    /// Whether a lower-case word has a Cyrillic-origin surname ending (at least 5 letters).
    static func hasSurnameShape(_ norm: String) -> Bool {
        guard norm.count >= 5 else { return false }
        return surnameEndings.contains { norm.hasSuffix($0) }
    }
}
