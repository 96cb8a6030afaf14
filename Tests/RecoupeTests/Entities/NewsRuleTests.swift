@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Foundation
import Testing

/// Rules for names outside the lexicon that general French news needs.
@Suite("Unknown names in news: courts, organisation nouns, acronyms, portfolios")
struct NewsRuleTests {
    func mentions(_ text: String) throws -> [(String, String)] {
        try annotate(text).mentions.filter { $0.label != .date }.map { ($0.surface, $0.label.rawValue) }
    }

    @Test("a court with its qualifiers and its seat is one organisation")
    func courts() throws {
        let m = try mentions("Le dossier a été renvoyé devant la cour d'appel de Douai, puis devant le tribunal correctionnel de Bobigny.")
        #expect(m.contains { $0 == ("cour d'appel de Douai", "ORG") })
        #expect(m.contains { $0 == ("tribunal correctionnel de Bobigny", "ORG") })
        #expect(!m.contains { $0.0 == "Douai" })
    }

    @Test("a name after an organisation noun is an organisation")
    func organisationNouns() throws {
        let m = try mentions("La start-up française Qontrix a levé 50 millions d'euros. Le groupe Vorelia a racheté l'association Terre Vive.")
        #expect(m.contains { $0 == ("Qontrix", "ORG") })
        #expect(m.contains { $0 == ("Vorelia", "ORG") })
        #expect(m.contains { $0 == ("Terre Vive", "ORG") })
    }

    @Test("trades, genres and nationalities may stand between the organisation noun and the name; a plural noun counts")
    func organisationNounQualifiers() throws {
        let m = try mentions("Le groupe pharmaceutique suisse Norvalix a racheté une usine. Il a chanté avec le groupe de rock progressif anglais Velour Tide, puis avec les groupes Corvalis et Quill.")
        #expect(m.contains { $0 == ("Norvalix", "ORG") })
        #expect(m.contains { $0 == ("Velour Tide", "ORG") })
        #expect(m.contains { $0 == ("Corvalis", "ORG") })
        // A verb between the noun and the name is not a qualifier: "le groupe a rencontré X" says nothing of X.
        let v = try mentions("Le président du groupe a rencontré Emmanuel Macron à Paris.")
        #expect(v.contains { $0 == ("Emmanuel Macron", "PER") })
    }

    @Test("quoted words after a work noun are one title (MISC), whatever their case; a quotation keeps its people")
    func quotedWorks() throws {
        let m = try mentions("Il a joué dans le film « Le Roi danse » puis dans la série américaine \"Super blonde\". La comédie « Angélique, Marquise des anges » est sortie. Le journaliste a déclaré : « Vladimir Poutine ment ».")
        #expect(m.contains { $0 == ("Le Roi danse", "MISC") })
        #expect(m.contains { $0 == ("Super blonde", "MISC") })
        #expect(m.contains { $0 == ("Angélique, Marquise des anges", "MISC") })
        #expect(!m.contains { ["Le Roi", "Super", "Angélique", "Marquise"].contains($0.0) })
        #expect(m.contains { $0 == ("Vladimir Poutine", "PER") })
    }

    @Test("a short title in straight quotes around a tagger's name is one MISC; lexicon names and quoted sentences keep theirs")
    func shortQuotedTitles() throws {
        let m = try mentions("Elle a joué dans \" Lolita malgré moi \" avec Lindsay Lohan. Le public a crié \"Poutine ment\" devant le Kremlin. Il a ajouté : \"Martin Durand viendra demain.\"")
        #expect(m.contains { $0 == ("Lolita malgré moi", "MISC") })
        #expect(m.contains { $0 == ("Poutine", "PER") })
        #expect(m.contains { $0 == ("Martin Durand", "PER") })
    }

    @Test("a name after a noun of a natural feature, or after a place noun and \"de\" (an adjective between, or plural), is a place",
          arguments: [
              ("Les troupes ont franchi le fleuve Dniepr près de Kherson.", "fleuve Dniepr"),
              ("Le volcan Sakurajima domine la baie.", "volcan Sakurajima"),
              ("Les épreuves ont lieu dans la ville côtière de Gangneung.", "Gangneung"),
              ("Il a visité les communes de Matoto.", "Matoto"),
          ])
    func placeWords(text: String, place: String) throws {
        #expect(try mentions(text).contains { $0 == (place, "LOC") })
    }

    @Test("a person of the tagger's takes in the initials and given names before it, not a title, a civility or a noun after an article",
          arguments: [
              ("Le match se joue face à A. J. Burnett des Yankees.", "A. J. Burnett"),
              ("Ils rencontrent un écrivain nommé H. G. Wells avec qui ils voyagent.", "H. G. Wells"),
              ("Selon lui, Wael B. Hallaq a raison.", "Wael B. Hallaq"),
              ("En effet, le ministre de la Justice Alberto Ruiz-Gallardón désirerait changer la loi.", "Alberto Ruiz-Gallardón"),
              ("Samedi dernier, M. Yves Le Pommellec a été nommé vice-président.", "Yves Le Pommellec"),
          ])
    func givenNamesAndInitials(text: String, person: String) throws {
        let m = try mentions(text)
        #expect(m.filter { $0.1 == "PER" }.map(\.0) == [person])
    }

    @Test("a capitalised organisation head takes its lower-case field: \"de\", an article, a noun and its adjectives, one more after \"et\"",
          arguments: [
              ("Il a rejoint la Ligue américaine de hockey en 2010.", "Ligue américaine de hockey"),
              ("Le rapport du Bureau d'enquêtes et d'analyses a été publié.", "Bureau d'enquêtes et d'analyses"),
              ("Il a écrit au Syndicat national de l'édition phonographique.", "Syndicat national de l'édition phonographique"),
          ])
    func organisationFields(text: String, organisation: String) throws {
        #expect(try mentions(text).contains { $0 == (organisation, "ORG") })
    }

    @Test("an article in capitals after a lower-case word is the place's; opening a sentence it is not")
    func capitalisedArticleOfAPlace() throws {
        let m = try mentions("Il termine sa vie à La Nouvelle-Orléans.\n\nLe ministre explique que « L'Italie a plus de risque de connaître une hausse ».\n\n1er août 2012. - La Croatie a décidé de publier les noms.")
        #expect(m.filter { $0.1 == "LOC" }.map(\.0) == ["La Nouvelle-Orléans", "Italie", "Croatie"])
    }

    @Test("a place followed by a capitalised organisation word is the club or company named after it")
    func clubNamedAfterItsTown() throws {
        let m = try mentions("Il a joué pour le Toulouse Football Club pendant trois saisons.")
        #expect(m.contains { $0 == ("Toulouse Football Club", "ORG") }, "\(m)")
        #expect(try mentions("Le club canadien Toronto FC a engagé le défenseur.").contains { $0 == ("Toronto FC", "ORG") })
        #expect(!m.contains { $0.1 == "LOC" })
    }

    @Test("organisation words before a place make the club or company named after it; an organisation of those words joins the place")
    func clubNamedAfterItsTownWordsFirst() throws {
        let m = try mentions("Il a porté le maillot du VfB Stuttgart, puis celui du SG Dynamo Dresde et du Borussia Dortmund. Il a fini sa carrière à Alger.")
        for name in ["VfB Stuttgart", "SG Dynamo Dresde", "Borussia Dortmund"] {
            #expect(m.contains { $0 == (name, "ORG") }, "\(name): \(m)")
        }
        #expect(m.filter { $0.1 == "LOC" }.map(\.0) == ["Alger"])
    }

    /// The news gold and WikiNEuRal write a natural feature with its noun; a town is its name alone.
    @Test("a place named after the noun of a natural feature holds the noun, and is not the town of the same name")
    func geographicHeads() throws {
        let doc = try annotate("Le navire a traversé la mer Noire puis le détroit de Gibraltar avant de rejoindre la ville de Lyon. Gibraltar est un territoire britannique.")
        let m = doc.mentions.filter { $0.label != .date }.map { ($0.surface, $0.label.rawValue) }
        #expect(m.contains { $0 == ("mer Noire", "LOC") })
        #expect(m.contains { $0 == ("détroit de Gibraltar", "LOC") })
        #expect(m.contains { $0 == ("Lyon", "LOC") })
        let strait = try #require(doc.mentions.first { $0.surface == "détroit de Gibraltar" })
        let town = try #require(doc.mentions.first { $0.surface == "Gibraltar" })
        #expect(strait.kbId != town.kbId)
        for m in doc.mentions { #expect(doc.surface(start: m.start, end: m.end) == m.surface) }
    }

    /// The tagger reads "Hudson" and "Cantabrique" as people; the noun before them, with or without "de", makes them
    /// places. A plural noun with "de" names a group of places, not one: "les îles de Java" keeps "Java" alone.
    @Test("a person of the tagger after a natural feature's noun, with or without \"de\", is a place")
    func geographicHeadsBeforeDe() throws {
        let m = try mentions("Les navires ont hiverné dans la baie d'Hudson. La cordillère Cantabrique domine la côte. Les îles Belcher sont désertes. Il a visité les îles de Java et de Bali.")
        #expect(m.contains { $0 == ("baie d'Hudson", "LOC") })
        #expect(m.contains { $0 == ("cordillère Cantabrique", "LOC") })
        #expect(m.contains { $0 == ("îles Belcher", "LOC") })
        #expect(m.contains { $0 == ("Java", "LOC") })
        #expect(!m.contains { $0.1 == "PER" })
        // An island's noun with "de" stays out, also of the tagger's place; "du Nord" is the name's.
        let islands = try mentions("Le complexe hôtelier se trouve sur l'île de Sentosa, au sud de Singapour. Il a grandi sur l'île du Nord.")
        #expect(islands.contains { $0 == ("Sentosa", "LOC") })
        #expect(islands.contains { $0 == ("île du Nord", "LOC") })
    }

    /// Streets and buildings are often named after people: the noun before the name makes it a place that holds the
    /// noun, whether the name is a lexicon person's, a given name's or a surname met earlier; "en place" names nothing.
    @Test("a name after a street's or building's noun is that place, noun included")
    func buildingHeads() throws {
        let m = try mentions("Amélie Nothomb a signé ses livres. Les élèves du collège Albert Camus ont visité le musée Nothomb. Il habite au 12 rue Victor Hugo, près du lycée Jean-Moulin.")
        #expect(m.contains { $0 == ("collège Albert Camus", "LOC") })
        #expect(m.contains { $0 == ("musée Nothomb", "LOC") })
        #expect(m.contains { $0 == ("rue Victor Hugo", "LOC") })
        #expect(m.contains { $0 == ("lycée Jean-Moulin", "LOC") })
        #expect(m.filter { $0.1 == "PER" }.map(\.0) == ["Amélie Nothomb"])
        let idiom = try mentions("Le ministre a mis en place Julien Marchand à la tête de la cellule.")
        #expect(idiom.contains { $0 == ("Julien Marchand", "PER") })
    }

    /// Names the tagger misreads and a rule mends, each with the label it must take and a reading it must not keep:
    /// "Victoria", a capital and a given name, before a surname; a place after an acronym and "de" (after another
    /// capitalised word it is left to the tagger: "Tour de France"); English words of trades closing a company's name;
    /// a company after "développé par" or "édité par" (not a person with a given name);
    /// an organisation word alone ("le Club"); a person in a list of places; a place that opens with a given name.
    @Test("a rule mends the tagger's reading of a name",
          arguments: [
              ("Victoria Azarenka a battu Serena Williams en finale. Le sommet s'est tenu à Sofia.",
               ["Victoria Azarenka": "PER", "Sofia": "LOC"], ["Victoria"]),
              ("Le combat a lieu le 12 mai au MGM de Las Vegas. Le sommet de l'OSCE d'Astana a eu lieu en décembre.",
               ["Las Vegas": "LOC", "Astana": "LOC"], ["MGM de Las Vegas"]),
              ("Le jeu a été publié par Virgin Interactive en 1995. Le groupe General Electric a racheté la société.",
               ["Virgin Interactive": "ORG", "General Electric": "ORG"], ["Virgin", "General"]),
              ("Le jeu de rôle a été développé par Hudson Soft et édité par Tecmo en 2007. Le moteur a été développé par John Carmack.",
               ["Hudson Soft": "ORG", "Tecmo": "ORG", "John Carmack": "PER"], ["Hudson"]),
              ("Il rejoint le Stade rennais en 2010. Le Club lui offre alors un contrat de trois ans.",
               ["Stade rennais": "ORG"], ["Club"]),
              ("Les policiers municipaux patrouillent à Madrid, Pozuelo de Alarcón, Alcobendas, Torrejón de Ardoz, Rivas-Vaciamadrid et Getafe.",
               ["Torrejón de Ardoz": "LOC", "Getafe": "LOC"], []),
              ("Elle s'incline au troisième tour face à la mondiale Victoria Azarenka en 3 sets. Il est le cousin du joueur Mathieu Bastareaud.",
               ["Victoria Azarenka": "PER", "Mathieu Bastareaud": "PER"], []),
          ] as [(String, [String: String], [String])])
    func taggerMisreadings(text: String, expected: [String: String], absent: [String]) throws {
        let m = try mentions(text)
        for (surface, label) in expected { #expect(m.contains { $0 == (surface, label) }, "\(surface) \(label)") }
        for surface in absent { #expect(!m.contains { $0.0 == surface }, "\(surface)") }
    }

    /// The tagger reads untranslated English place names as people, and the article rule "le Yankee Stadium" as a club.
    @Test("a name that an English noun of places closes or opens is a place, unless it opens with a given name")
    func englishPlaceHeads() throws {
        let m = try mentions("Ils se promènent dans Central Park. Le match a eu lieu au Yankee Stadium, puis à Prudhoe Bay. Le réalisateur Michael Bay tourne à Staten Island.")
        for place in ["Central Park", "Yankee Stadium", "Prudhoe Bay", "Staten Island"] {
            #expect(m.contains { $0 == (place, "LOC") }, "\(place)")
        }
        #expect(m.contains { $0 == ("Michael Bay", "PER") })
    }

    @Test("\"en\" links no organisation head to a place; \"en direction de X\" names a place")
    func enIsNoOrganisationLink() throws {
        let m = try mentions("Le groupe compte 32 centrales en service en Italie. La colonne est partie en direction de Naples. La direction de Renault a démenti.")
        #expect(m.contains { $0 == ("Italie", "LOC") })
        #expect(m.contains { $0 == ("Naples", "LOC") })
        #expect(!m.contains { $0.1 == "ORG" && ($0.0.hasSuffix("Italie") || $0.0.hasSuffix("Naples")) })
        // The lower-case head before a body the lexicon knows is a part of it: the body alone is the name.
        #expect(m.contains { $0 == ("Renault", "ORG") } && !m.contains { $0.0 == "direction de Renault" })
    }

    @Test("a portfolio after a title is no place; inhabitants are no place")
    func portfoliosAndInhabitants() throws {
        let m = try mentions("La ministre déléguée au Numérique a rencontré le secrétaire au Commerce. Le maire a écrit aux Lyonnais.")
        #expect(!m.contains { ["Numérique", "Commerce", "Lyonnais"].contains($0.0) })
    }

    @Test("an acronym in parentheses is an alias of the organisation before it")
    func acronymAlias() throws {
        let doc = try annotate("L'Agence nationale de la recherche (ANR) a publié un rapport. Selon l'ANR, les crédits baissent. "
                               + "L'Assistance publique-Hôpitaux de Paris (AP-HP) a déclenché son plan blanc.")
        let anr = doc.mentions.filter { $0.surface == "Agence nationale de la recherche" || $0.surface == "ANR" }
        #expect(anr.count == 3)
        #expect(Set(anr.map(\.kbId)).count == 1)
        #expect(doc.mentions.contains { $0.surface == "AP-HP" && $0.label == .organization })
    }

    @Test("a company, club or media word makes a capitalized run an organisation")
    func organisationWords() throws {
        let m = try mentions("Les pilotes de Vortex Airlines sont en grève, a annoncé jeudi Helios Technologies, son actionnaire.")
        #expect(m.contains { $0 == ("Vortex Airlines", "ORG") })
        #expect(m.contains { $0 == ("Helios Technologies", "ORG") })
        // "Air" names airlines wherever it stands, and it comes before the given-name rule ("Dana" is one).
        #expect(try mentions("L'appareil était exploité par Dana Air depuis 2009.").contains { $0 == ("Dana Air", "ORG") })
        // A person of the tagger's that holds such a word is the body, unless a given name opens it.
        let flights = try mentions("Il a volé avec Air Algérie jusqu'à Alger, puis a joué avec Gabrielle Union.")
        #expect(flights.contains { $0 == ("Air Algérie", "ORG") }, "\(flights)")
        #expect(flights.contains { $0 == ("Gabrielle Union", "PER") }, "\(flights)")
    }

    @Test("a capitalised run that starts with a common given name of the news is a person, whatever its origin")
    func commonGivenNames() throws {
        let m = try mentions("Il dépasse Terrell Owens au classement. C'est une œuvre d'Irving Reis. Le gardien Gonçalo Vortanu a été blessé, comme Agnieszka Zorwinska.")
        for name in ["Terrell Owens", "Irving Reis", "Gonçalo Vortanu", "Agnieszka Zorwinska"] {
            #expect(m.contains { $0 == (name, "PER") }, "\(name)")
        }
        let table = FirstNames.table(lexiconDirectory: LexiconLocator.shippedDirectory())
        for name in ["terrell", "irving", "goncalo", "agnieszka", "mamadou", "shinzo"] { #expect(table.contains(name), "\(name)") }
        // Left out on purpose: places and clubs that are also given names.
        for name in ["florence", "santiago", "milan", "chelsea", "mercedes"] { #expect(!table.contains(name), "\(name)") }
    }

    @Test("a given-name list in .txt form takes names separated by spaces, a TSV field only whole; CRLF lines split")
    func givenNameListFormats() throws {
        let dir = try TemporaryFolder("given-names")
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.file("names"), withIntermediateDirectories: true)
        try "# comment Zzyzx\nQuorvin Belvane\r\nTelmar\n".write(toFile: dir.file("names/given-extra.txt"), atomically: true, encoding: .utf8)
        try "id\tname\tOrvalle|Sam Pell\n".write(toFile: dir.file("names/given-other.tsv"), atomically: true, encoding: .utf8)
        let table = FirstNames.table(lexiconDirectory: dir.path)
        #expect(table.isSuperset(of: ["quorvin", "belvane", "telmar", "orvalle"]))
        #expect(!table.contains("zzyzx") && !table.contains("sam pell") && !table.contains("pell"))
        #expect(!table.contains { $0.contains(where: \.isNewline) }, "a CRLF line ending stays out of the names")
    }

    @Test("a name guessed as a place takes the person type it has elsewhere in the document")
    func oneNameOneType() throws {
        let m = try mentions("Le prix a été décerné à Jafar Panahi.\n\nLe cinéaste iranien Jafar Panahi a remercié le jury.")
        #expect(m.filter { $0.0 == "Jafar Panahi" }.allSatisfy { $0.1 == "PER" })
        #expect(m.filter { $0.0 == "Jafar Panahi" }.count == 2)
    }
}
