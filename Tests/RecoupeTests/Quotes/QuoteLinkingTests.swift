@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Speakers linked to entities through `doc.mentions` (hand-built here, as the entities stage would).
@Suite("Quotes: entity linking")
struct QuoteLinkingTests {
    /// Runs the stages before the quotes, adds the mentions, then finds the quotes.
    func annotate(_ text: String, mentions: [(String, EntityMention.Label, String)]) throws -> Document {
        var doc = Document(id: "t", text: text)
        try Pipeline([Tokenizer(), TokenNormalizer(), SentenceSplitter()]).run(&doc)
        for (surface, label, kb) in mentions {
            var from = 0
            while let r = find(surface, in: doc, from: from) {
                doc.mentions.append(EntityMention(start: r.0, end: r.1, label: label, kbId: kb, surface: surface,
                                                  canonical: surface, confidence: 1, rule: "test"))
                from = r.1
            }
        }
        doc.mentions.sort { $0.start < $1.start }
        try QuoteFinder().run(&doc)
        assertSpansSlice(doc)
        return doc
    }

    func find(_ s: String, in doc: Document, from: Int) -> (Int, Int)? {
        let needle = Array(s.unicodeScalars)
        guard from + needle.count <= doc.length else { return nil }
        for i in from...(doc.length - needle.count) where Array(doc.scalars[i..<(i + needle.count)]) == needle { return (i, i + needle.count) }
        return nil
    }

    @Test func speakerTakesTheMentionsEntity() throws {
        let doc = try annotate("Maria Zakharova, porte-parole de la diplomatie russe, a déclaré : « Rien n’a changé. »",
                               mentions: [("Maria Zakharova", .person, "Q4349311")])
        #expect(doc.quotes.first { $0.kind == .direct }?.speaker?.kbId == "Q4349311")
    }

    @Test func mentionPicksTheSubjectAmongAppositions() throws {
        let doc = try annotate("Le porte-parole, Tammy Bruce, a déclaré que l’Ukraine n’était pas à l’ordre du jour.",
                               mentions: [("Tammy Bruce", .person, "kb:tammy-bruce")])
        let q = try #require(doc.quotes.first)
        #expect(q.speaker?.text == "Tammy Bruce")
        #expect(q.speaker?.kbId == "kb:tammy-bruce")
    }

    @Test func pronounGetsTheAntecedentsEntity() throws {
        let doc = try annotate("« Nous sommes prêts », a déclaré Sergueï Lavrov. « C’est inacceptable », a-t-il ajouté.",
                               mentions: [("Sergueï Lavrov", .person, "kb:lavrov")])
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.allSatisfy { $0.speaker?.kbId == "kb:lavrov" })
    }

    @Test func documentSpeakerCarriesItsIssuersEntity() throws {
        let doc = try annotate("Le consulat russe, dans un communiqué de presse, a déclaré que tout allait bien. Les délégations « ont échangé des notes », indique la déclaration.",
                               mentions: [("consulat russe", .organization, "kb:consulat")])
        let q = try #require(doc.quotes.first { $0.kind == .partial })
        #expect(q.speaker?.text == "la déclaration")
        #expect(q.speaker?.issuer?.kbId == "kb:consulat")
        #expect(q.speaker?.kbId == "kb:consulat")
    }

    @Test func entityInsideThePhraseIsNotTheSpeaker() throws {
        let doc = try annotate("Le consulat russe à Istanbul a déclaré que tout allait bien. Les États-Unis et la Russie ont déclaré qu’ils avançaient.",
                               mentions: [("Istanbul", .location, "kb:istanbul"), ("États-Unis", .location, "kb:us"), ("Russie", .location, "kb:ru")])
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes[0].speaker?.text == "Le consulat russe à Istanbul")
        #expect(doc.quotes[0].speaker?.kbId == nil)
        #expect(doc.quotes[1].speaker?.text == "Les États-Unis et la Russie")
        #expect(doc.quotes[1].speaker?.kbId == nil)
    }

    @Test func titleBeforeNameTakesTheName() throws {
        let doc = try annotate("Le président ukrainien Volodymyr Zelensky a déclaré que rien n’était perdu. Le porte-parole du Kremlin a affirmé que tout allait bien.",
                               mentions: [("Volodymyr Zelensky", .person, "kb:zelensky"), ("Kremlin", .organization, "kb:kremlin")])
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes[0].speaker?.kbId == "kb:zelensky")
        #expect(doc.quotes[1].speaker?.text == "Le porte-parole du Kremlin")
        #expect(doc.quotes[1].speaker?.kbId == nil)
    }

    @Test func unknownSpeakerIsNotGuessed() throws {
        let doc = try annotate("La réunion a eu lieu. « C’est un progrès », a-t-elle ajouté.",
                               mentions: [("réunion", .misc, "kb:meeting")])
        #expect(doc.quotes.first?.speaker == nil)
    }

    @Test func uncuedWordsFallBackOnThePersonTheArticleNames() throws {
        let doc = try annotate("Jean Dupont a présenté mardi son plan pour la ville.\nLe budget atteint deux millions.\n« Nous irons jusqu’au bout. »",
                               mentions: [("Jean Dupont", .person, "kb:dupont")])
        let q = try #require(doc.quotes.first { $0.kind == .direct })
        #expect(q.speaker?.kbId == "kb:dupont")
        #expect(q.confidence < 0.7)
    }

    @Test func headlineWordsTakeTheSpeakerTheArticleLinksAfter() throws {
        let doc = try annotate("Réforme des retraites : « Nous irons jusqu’au bout »\nMardi, Jean Dupont a défendu son plan. « Nous irons jusqu’au bout », a déclaré Jean Dupont.",
                               mentions: [("Jean Dupont", .person, "kb:dupont")])
        let headline = try #require(doc.quotes.first)
        #expect(headline.speaker?.kbId == "kb:dupont")
    }

    /// A headline quotes words: the first speaker of quoted words after it, not an earlier report's source.
    @Test func headlineWordsTakeAQuotedSpeakerBeforeAReportsSource() throws {
        let doc = try annotate("Grève : « Les chiffres sont exagérés »\n\nLe ministère annonce que la grève est peu suivie. « Nous comptons trois fois plus de grévistes », a répondu la CGT.",
                               mentions: [("Le ministère", .organization, "kb:ministere"), ("CGT", .organization, "kb:cgt")])
        let headline = try #require(doc.quotes.first)
        #expect(headline.speaker?.kbId == "kb:cgt")
    }

    /// The subject pronoun of a verb that is no cue before the colon ("il avait alors lâché :") stands, like one
    /// next to a cue, for the person the article named most: not the one named last, in apposition.
    @Test func pronounBeforeAColonWithoutACueIsTheSalientPerson() throws {
        let text = "Thierry Roland s'est éteint samedi. Thierry Roland commentait les matchs avec son complice, Jean-Michel Larqué. "
            + "En 1976, alors que l'arbitre avait accordé un penalty, il avait alors lâché : « Vous êtes un salaud ! »"
        let doc = try annotate(text, mentions: [("Thierry Roland", .person, "kb:roland"), ("Jean-Michel Larqué", .person, "kb:larque")])
        let q = try #require(doc.quotes.first { $0.kind == .direct })
        #expect(q.cue == nil)
        #expect(q.speaker?.kbId == "kb:roland")
        // The same words after a name and a verb before the colon keep that name ("Larqué a lâché :").
        let named = try annotate("Thierry Roland s'est éteint. Thierry Roland fut un modèle. Jean-Michel Larqué a alors lâché : « Vous êtes un salaud ! »",
                                 mentions: [("Thierry Roland", .person, "kb:roland"), ("Jean-Michel Larqué", .person, "kb:larque")])
        #expect(try #require(named.quotes.first { $0.kind == .direct }).speaker?.kbId == "kb:larque")
    }

    /// "il" opening a sentence continues the body the sentence before opened with, not the salient person.
    @Test func pronounContinuesTheBodyThatOpenedThePreviousSentence() throws {
        let doc = try annotate("Paul Martin a nommé les membres du nouveau gouvernement. Le nouveau gouvernement s’est fixé pour objectif de réduire la dette. Il a cependant déclaré que « la réforme ne doit pas menacer la croissance ».",
                               mentions: [("Paul Martin", .person, "kb:martin")])
        let q = try #require(doc.quotes.first { $0.kind == .partial || $0.kind == .direct })
        #expect(q.speaker?.text == "Le nouveau gouvernement")
        #expect(q.speaker?.kbId != "kb:martin")
    }

    /// After a participle clause, "il" is the subject of the main clause, not the body that opened the sentence
    /// before: the person named since ("Son parti lui faisait grief … Estimant que « … », il vota contre").
    @Test func pronounAfterAParticipleClauseIsThePersonNotTheBody() throws {
        let doc = try annotate("Le parti a exclu Antoni Pastor. Son parti lui faisait grief d’avoir rompu la discipline de vote. Estimant que « le catalan est notre propre langue », il vota contre le texte.",
                               mentions: [("Antoni Pastor", .person, "kb:pastor"), ("Le parti", .organization, "kb:pp")])
        let q = try #require(doc.quotes.first { $0.kind == .partial || $0.kind == .direct })
        #expect(q.speaker?.kbId == "kb:pastor")
    }

    /// The same with a feminine body and "il": no agreement, so the person stays.
    @Test func pronounDoesNotContinueABodyOfTheOtherGender() throws {
        let doc = try annotate("Paul Martin a parlé aux élus. La fédération s’est fixé pour objectif de réduire les coûts. Il a cependant déclaré que « la réforme ne doit pas menacer la croissance ».",
                               mentions: [("Paul Martin", .person, "kb:martin")])
        let q = try #require(doc.quotes.first { $0.kind == .partial || $0.kind == .direct })
        #expect(q.speaker?.kbId == "kb:martin")
    }

    @Test func fallbackNeverInventsASpeakerWithoutAnEntity() throws {
        let doc = try annotate("Le budget atteint deux millions.\n« Nous irons jusqu’au bout. »", mentions: [])
        #expect(doc.quotes.first?.speaker == nil)
    }

    @Test func quotationInASayingVerbsClauseIsItsSubjects() throws {
        let doc = try annotate("Le journal Le Progrès affirme jeudi que le maire Paul Martin aurait reçu « des instructions très claires » du préfet.",
                               mentions: [("Le Progrès", .organization, "kb:progres"), ("Paul Martin", .person, "kb:martin")])
        let q = try #require(doc.quotes.first { $0.kind == .partial })
        #expect(q.speaker?.kbId == "kb:progres")
    }

    @Test func personDescriptionAfterANamedSpeakersWordsIsThatSpeaker() throws {
        let doc = try annotate("Pour Claire Morel, « la grève est suivie ». La porte-parole du syndicat des cheminots a ajouté que « rien ne bougera avant lundi ».",
                               mentions: [("Claire Morel", .person, "kb:morel")])
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.last?.speaker?.kbId == "kb:morel")
    }
}
