import RecoupeCore
import RecoupeICU
import RecoupeText
/// Word lists (token norms) that cue names in French news: titles, roles, organisation heads,
/// nationality adjectives, and capitalized words that are not names. The words live in
/// `Lexicons/cues/fr/` (see `Lexicons/cues/README.md`), read once per process by ``CueLexicon``;
/// this type keeps the rules that derive forms from them (nationality inflections).
enum FrenchCues {
    /// Civilities that always precede a person's name ("M. Lavrov", "Mme Zakharova").
    static let civilities = CueLexicon.set("fr/civilities")

    /// Role and title nouns ("le porte-parole X", "X, ambassadeur de …"), with the English and Russian ones.
    static let roles: Set<String> = CueLexicon.set("fr/roles").union(MultilingualCues.roles)

    /// Modifiers between a determiner and a role that say when it holds.
    static let speculativeModifiers = CueLexicon.set("fr/speculative-modifiers")
    static let formerModifiers = CueLexicon.set("fr/former-modifiers")

    /// Verbs that make what follows a possibility ("pourrait devenir le prochain ambassadeur").
    static let speculativeVerbs = CueLexicon.set("fr/speculative-verbs")

    /// Heads of organisation names ("ministère des Affaires étrangères", "agence France-Presse").
    static let organizationHeads = CueLexicon.set("fr/organization-heads")

    /// Heads that name an institution even in lower case ("le ministère de la Défense", "l'ambassade
    /// de Russie"); the other heads ("compagnie", "association", "groupe") need a capital ("Groupe
    /// Renault"): in lower case they usually describe ("la compagnie de Ricky Martin").
    static let institutionalHeads = CueLexicon.set("fr/institutional-heads")

    /// Lower-case words that complete a court's head before its place ("tribunal correctionnel de
    /// Paris", "cour d'appel de Douai", "cour administrative d'appel de Lyon").
    static let headQualifiers = CueLexicon.set("fr/head-qualifiers")
    static let headQualifierComplements = CueLexicon.set("fr/head-qualifier-complements")

    /// Words that make a capitalized run an organisation wherever they stand in it ("Racing Club de
    /// Strasbourg", "Vortex Airlines", "Helios Technologies", "Daily Mirror"): company forms, club and
    /// media words. Lower-cased norms.
    static let organizationWords = CueLexicon.set("fr/organization-words")
    /// Company forms ("AG", "SA", "Inc."): an organisation's last word, a name particle elsewhere ("Nock Ag Attia").
    static let companyForms = CueLexicon.set("fr/company-forms")

    /// Common nouns that introduce an organisation's own name right after them ("le groupe Thales",
    /// "la start-up française Mistral AI", "l'institut Forsa", "le quotidien Le Monde").
    static let organizationIntroducers = CueLexicon.set("fr/organization-introducers")
    /// Trades and genres between such a noun and the name ("le groupe pharmaceutique Sanofi", "le groupe de rock Indochine").
    static let organizationIntroducerQualifiers = CueLexicon.set("fr/organization-introducer-qualifiers")

    /// Prepositions that join an organisation head to its complement.
    static let organizationLinks = CueLexicon.set("fr/organization-links")

    /// Prepositions before a place ("à Istanbul", "en Crimée", "au Caire").
    static let placePrepositions = CueLexicon.set("fr/place-prepositions")

    /// Nouns whose "de" complement is a place ("la ville de X", "près de X", "la région de X").
    static let placeNouns = CueLexicon.set("fr/place-nouns")
    /// Nouns of natural features right before their name ("le fleuve Dniepr", "le volcan Sakurajima").
    static let geographicHeads = CueLexicon.set("fr/geographic-heads")
    /// Nouns of streets and buildings right before their name, often a person's ("la rue Victor-Hugo", "le lycée Jean-Moulin").
    static let buildingHeads = CueLexicon.set("fr/building-heads")
    /// Past participles whose agent after "par" is a company ("développé par Namco", "édité par Days of Wonder").
    static let companyParticiples = CueLexicon.set("fr/company-participles")
    /// English nouns closing the name of a place or venue ("Central Park", "Yankee Stadium").
    static let englishPlaceHeads = CueLexicon.set("en/place-heads")
    /// English nouns opening the name of a place ("Mount Vernon", "Port Moresby", "Cape Town").
    static let englishPlaceOpeners = CueLexicon.set("en/place-openers")
    /// Words of a sentence about sport, where "les Rangers du Texas" is a club (``EntityRecognizer/nameTeams(_:_:)``).
    static let teamContextWords = CueLexicon.set("fr/team-context-words")
    /// First words of races and competitions named after a place ("le Tour de Berlin"): not clubs, and with the
    /// place the event.
    static let sportEventHeads = CueLexicon.set("fr/sport-event-heads")
    /// Nouns naming an event after its place ("la guerre de Corée", "le traité de Versailles").
    static let eventHeads = CueLexicon.set("fr/event-heads")
    /// Nouns and participles before the title of a work in quotation marks ("le film « Le Roi danse »", "intitulé").
    static let workIntroducers = CueLexicon.set("fr/work-introducers")

    /// Whether `list` holds `norm` or, when `norm` ends in "s", its singular ("groupes", "communes").
    static func contains(_ list: Set<String>, singularOf norm: String) -> Bool {
        list.contains(norm) || norm.utf8.count > 2 && norm.utf8.last == UInt8(ascii: "s") && list.contains(String(norm.dropLast()))
    }

    /// Nationality adjectives, all inflections ("russe", "américaine", "ukrainiens"), with the English and Russian ones.
    static let nationalities: Set<String> = {
        var out = Set<String>()
        // Invariable in gender: only -s is added.
        for a in CueLexicon.words("fr/nationalities-invariable") {
            out.insert(a); out.insert(a + "s")
        }
        // -ien → -ienne; -ais/-ois → -aise; -ain → -aine; others → -e.
        for m in CueLexicon.words("fr/nationalities-inflected") {
            out.insert(m); out.insert(m + "s")
            if m.hasSuffix("ien") || m.hasSuffix("éen") { out.insert(m + "ne"); out.insert(m + "nes") }
            else if m == "turc" { out.formUnion(["turque", "turques"]) }
            else if m == "grec" { out.formUnion(["grecque", "grecques"]) }
            else if m.hasSuffix("al") { out.formUnion([m + "e", m + "es", String(m.dropLast(2)) + "aux"]) }
            else { out.insert(m + "e"); out.insert(m + "es") }
        }
        return out.union(MultilingualCues.nationalities)
    }()

    /// Capitalized words that are not names on their own: function words that start sentences,
    /// days, months, and common nouns and adverbs of headlines and captions; with the English and Russian ones.
    static let notNames: Set<String> = MultilingualCues.notNames.union(CueLexicon.set("fr/not-names"))

    /// Unknown acronyms that are not organisations.
    static let notOrganizationAcronyms = CueLexicon.set("fr/not-organization-acronyms")

    /// Cyrillic-origin and other surname endings ("Lavrov", "Zakharova", "Zelensky", "Shevchenko").
    static let surnameEndings = CueLexicon.words("fr/surname-endings")

    /// Whether a lower-case word has a Cyrillic-origin surname ending (at least 5 letters).
    /// The ending is tested first (``SurnameEndings/matches(_:)``, on bytes): most words have none,
    /// and counting characters costs more than the test.
    static func hasSurnameShape(_ norm: String) -> Bool {
        surnameEndingMatcher.matches(norm) && norm.count >= 5
    }

    /// `surnameEndings` prepared for byte comparison.
    static let surnameEndingMatcher = SurnameEndings(surnameEndings)
}
