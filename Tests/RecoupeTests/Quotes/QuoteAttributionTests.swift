@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Cues and speakers, one construction per line.
@Suite("Quotes: attribution")
struct QuoteAttributionTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var quote: String
        var kind: Quote.Kind
        var speaker: String?
        var lemma: String?
        var description: String { quote }
    }

    static let cases: [Case] = [
        Case(text: "Le ministre a déclaré : « Nous sommes prêts à négocier. »", quote: "« Nous sommes prêts à négocier. »", kind: .direct, speaker: "Le ministre", lemma: "déclarer"),
        Case(text: "« Nous sommes prêts », a indiqué le consulat.", quote: "« Nous sommes prêts »", kind: .direct, speaker: "le consulat", lemma: "indiquer"),
        Case(text: "« Les engagements sont pris », indique la déclaration.", quote: "« Les engagements sont pris »", kind: .direct, speaker: "la déclaration", lemma: "indiquer"),
        Case(text: "« Nous sommes prêts », a déclaré Sergueï Lavrov. « C’est inacceptable », a-t-il ajouté.", quote: "« C’est inacceptable »", kind: .direct, speaker: "Sergueï Lavrov", lemma: "ajouter"),
        Case(text: "Selon Dmitri Peskov, « rien n’est encore décidé ».", quote: "« rien n’est encore décidé »", kind: .direct, speaker: "Dmitri Peskov", lemma: "selon"),
        Case(text: "D’après le porte-parole, « la réunion aura lieu jeudi ».", quote: "« la réunion aura lieu jeudi »", kind: .direct, speaker: "le porte-parole", lemma: "d'après"),
        Case(text: "Maria Zakharova, porte-parole de la diplomatie russe, a constaté que la réunion était utile : « Ces problèmes se sont accumulés. »", quote: "« Ces problèmes se sont accumulés. »", kind: .direct, speaker: "Maria Zakharova", lemma: "constater"),
        Case(text: "Maria Zakharova, porte-parole de la diplomatie russe, a constaté que la réunion était utile : « Ces problèmes se sont accumulés. »", quote: "la réunion était utile", kind: .indirect, speaker: "Maria Zakharova", lemma: "constater"),
        Case(text: "Le ministère a indiqué jeudi à l’AFP que les négociations reprendraient.", quote: "les négociations reprendraient", kind: .indirect, speaker: "Le ministère", lemma: "indiquer"),
        Case(text: "Le porte-parole du Kremlin, Dmitri Peskov, a affirmé que rien n’était décidé.", quote: "rien n’était décidé", kind: .indirect, speaker: "Dmitri Peskov", lemma: "affirmer"),
        Case(text: "Les deux pays se sont réunis à Genève, a rapporté l’agence Reuters.", quote: "Les deux pays se sont réunis à Genève", kind: .indirect, speaker: "l’agence Reuters", lemma: "rapporter"),
        Case(text: "Le ministre a salué des « mesures initiales concrètes » pour la suite.", quote: "« mesures initiales concrètes »", kind: .partial, speaker: "Le ministre", lemma: "saluer"),
        Case(text: "Il a lu le roman « Guerre et Paix » pendant l’été.", quote: "« Guerre et Paix »", kind: .mention, speaker: nil, lemma: nil),
        Case(text: "Elle regarde l’émission « Envoyé spécial » chaque semaine.", quote: "« Envoyé spécial »", kind: .mention, speaker: nil, lemma: nil),
        Case(text: "Le président a déclaré : \"We are ready to talk.\"", quote: "\"We are ready to talk.\"", kind: .direct, speaker: "Le président", lemma: "déclarer"),
        Case(text: "Le président a déclaré : “We are ready to talk.”", quote: "“We are ready to talk.”", kind: .direct, speaker: "Le président", lemma: "déclarer"),
        // One quotation per utterance: the incise is its cue, a paragraph break inside it no split (issue 14).
        Case(text: "« Nous sommes prêts, a déclaré M. Lavrov, à discuter de tout. »", quote: "« Nous sommes prêts, a déclaré M. Lavrov, à discuter de tout. »", kind: .direct, speaker: "M. Lavrov", lemma: "déclarer"),
        Case(text: "Le ministre a déclaré : « Premier point.\n« Second point de la déclaration. »", quote: "« Premier point.\n« Second point de la déclaration. »", kind: .direct, speaker: "Le ministre", lemma: "déclarer"),
        Case(text: "Le ministre a déclaré : « Premier point. »\n« Nous continuerons à travailler avec nos partenaires européens. »", quote: "« Nous continuerons à travailler avec nos partenaires européens. »", kind: .direct, speaker: "Le ministre", lemma: nil),
        Case(text: "— Je viens demain, dit-elle.\n— Très bien, répondit le comte.", quote: "— Je viens demain,", kind: .direct, speaker: nil, lemma: "dire"),
        Case(text: "— Je viens demain, dit-elle.\n— Très bien, répondit le comte.", quote: "— Très bien,", kind: .direct, speaker: "le comte", lemma: "répondre"),
        Case(text: "Il resta silencieux.\n– Oui, c’est moi ! s’écria Rodolphe. Je suis là.", quote: "– Oui, c’est moi ! s’écria Rodolphe. Je suis là.", kind: .direct, speaker: "Rodolphe", lemma: "écrier"),
        Case(text: "Elle répondit :\n« Pas de danger. »", quote: "« Pas de danger. »", kind: .direct, speaker: nil, lemma: "répondre"),
        Case(text: "« C’est une décision historique », s’est félicité le ministre de l’Économie, Bruno Le Maire.", quote: "« C’est une décision historique »", kind: .direct, speaker: "Bruno Le Maire", lemma: "féliciter"),
        Case(text: "« Nous sommes très inquiets », explique à l’AFP Jean Dupont, porte-parole de l’association.", quote: "« Nous sommes très inquiets »", kind: .direct, speaker: "Jean Dupont", lemma: "expliquer"),
        Case(text: "« Nous avons reçu des garanties », a affirmé à Reuters un haut responsable européen sous couvert d’anonymat.", quote: "« Nous avons reçu des garanties »", kind: .direct, speaker: "un haut responsable européen", lemma: "affirmer"),
        Case(text: "« La France sera au rendez-vous », a déclaré jeudi soir Emmanuel Macron.", quote: "« La France sera au rendez-vous »", kind: .direct, speaker: "Emmanuel Macron", lemma: "déclarer"),
        Case(text: "Interrogé par Le Monde, le député a dénoncé « une manœuvre politicienne ».", quote: "« une manœuvre politicienne »", kind: .partial, speaker: "le député", lemma: "dénoncer"),
        Case(text: "Pour le syndicat, « cette réforme est inacceptable ».", quote: "« cette réforme est inacceptable »", kind: .direct, speaker: "le syndicat", lemma: "pour"),
        Case(text: "Le Premier ministre a estimé mardi sur France Inter que « la situation est grave ».", quote: "« la situation est grave »", kind: .partial, speaker: "Le Premier ministre", lemma: "estimer"),
        Case(text: "Le Kremlin a qualifié ces sanctions d’« illégales ».", quote: "« illégales »", kind: .partial, speaker: "Le Kremlin", lemma: "qualifier"),
        Case(text: "L’opération « Barkhane » a pris fin en 2022.", quote: "« Barkhane »", kind: .mention, speaker: nil, lemma: nil),
        // A title keeps its kind when a verb of saying stands in its sentence; lower-case words after the same cue are his.
        Case(text: "Le ministre a annoncé que l’opération « Chammal » prendrait fin en septembre.", quote: "« Chammal »", kind: .mention, speaker: nil, lemma: nil),
        Case(text: "Selon le réalisateur, le film « Les Misérables » sortira en novembre.", quote: "« Les Misérables »", kind: .mention, speaker: nil, lemma: nil),
        Case(text: "Selon le réalisateur, le film montre « une banlieue oubliée ».", quote: "« une banlieue oubliée »", kind: .partial, speaker: "le réalisateur", lemma: "selon"),
        Case(text: "« Nous sommes prêts », a déclaré Sergueï Lavrov. « Rien n’est réglé », a-t-il également souligné.", quote: "« Rien n’est réglé »", kind: .direct, speaker: "Sergueï Lavrov", lemma: "souligner"),
        Case(text: "« Les engagements seront tenus », peut-on lire dans le communiqué.", quote: "« Les engagements seront tenus »", kind: .direct, speaker: "le communiqué", lemma: "lire"),
        Case(text: "Le maire a dénoncé « une honte » et « un scandale ».", quote: "« un scandale »", kind: .partial, speaker: "Le maire", lemma: "dénoncer"),
        Case(text: "Le président a appelé dimanche les Occidentaux à « ne pas relâcher la pression ». « Chaque jour compte », a-t-il écrit sur Telegram, ajoutant que 40 drones avaient été abattus.", quote: "40 drones avaient été abattus", kind: .indirect, speaker: "Le président", lemma: "ajouter"),
        Case(text: "La cheffe de la diplomatie européenne, Kaja Kallas, s’est dite « profondément préoccupée ».", quote: "« profondément préoccupée »", kind: .partial, speaker: "Kaja Kallas", lemma: "dire"),
        Case(text: "D’après un responsable américain cité par le Washington Post, Washington envisage de nouvelles sanctions.", quote: "Washington envisage de nouvelles sanctions", kind: .indirect, speaker: "un responsable américain", lemma: "d'après"),
        // A dateline and an opening connector belong to the writer's sentence, not to the clause reported.
        Case(text: "5 juillet 2012. - Les négociations reprendront lundi à Genève, a indiqué le ministère.", quote: "Les négociations reprendront lundi à Genève", kind: .indirect, speaker: "le ministère", lemma: "indiquer"),
        Case(text: "En effet, les routes resteront fermées, a précisé la préfecture.", quote: "les routes resteront fermées", kind: .indirect, speaker: "la préfecture", lemma: "préciser"),
        // The source's apposition is not reported: a name's description, a description's name.
        Case(text: "Selon Jean Dupont, porte-parole de la préfecture du Rhône, les routes resteront fermées jusqu’à lundi.", quote: "les routes resteront fermées jusqu’à lundi", kind: .indirect, speaker: "Jean Dupont", lemma: "selon"),
        Case(text: "Selon son avocat, Marc Leroy, le prévenu conteste les faits.", quote: "le prévenu conteste les faits", kind: .indirect, speaker: "Marc Leroy", lemma: "selon"),
        Case(text: "Selon Jean Dupont, hier, la préfecture a fermé les routes.", quote: "hier, la préfecture a fermé les routes", kind: .indirect, speaker: "Jean Dupont", lemma: "selon"),
        // Issue 14: a verb coordinated by "et" or a participle shares the sentence's subject.
        Case(text: "Philippe Varin a précisé que « personne ne sera laissé au bord du chemin » en ajoutant : « nous sommes conscients de nos responsabilités ».", quote: "« nous sommes conscients de nos responsabilités »", kind: .direct, speaker: "Philippe Varin", lemma: "ajouter"),
        Case(text: "Antoni Pastor fut exclu de son groupe et déclara alors : « Quand on affronte une situation limite, il faut savoir quel est le scénario. »", quote: "« Quand on affronte une situation limite, il faut savoir quel est le scénario. »", kind: .direct, speaker: "Antoni Pastor", lemma: "déclarer"),
        Case(text: "L’Association des leaders religieux du Sahel a condamné le crime et estimé que « même le prophète allait visiter les tombes ».", quote: "« même le prophète allait visiter les tombes »", kind: .partial, speaker: "Association des leaders religieux du Sahel", lemma: "estimer"),
        // Agreement: "il" after an organisation's words is the person named since.
        Case(text: "« Nous l’excluons », a annoncé le parti. Antoni Pastor n’a pas attendu. Il a quitté la salle du bureau et déclara alors : « Je reste député. »", quote: "« Je reste député. »", kind: .direct, speaker: "Antoni Pastor", lemma: "déclarer"),
        Case(text: "« Petroplus a fermé pendant plusieurs mois », explique le président de l’Union française des industries pétrolières (Ufip), Jean Louis Schilansky.", quote: "« Petroplus a fermé pendant plusieurs mois »", kind: .direct, speaker: "Jean Louis Schilansky", lemma: "expliquer"),
        // Relative "qui": the noun phrase before it, not the clause.
        Case(text: "Cette baisse n’a pas été appréciée par la Commission européenne de Bruxelles qui regrette le « moment » choisi.", quote: "« moment »", kind: .partial, speaker: "la Commission européenne de Bruxelles", lemma: "regretter"),
        // A name in apposition to a description; "comme le rappelle X"; the subject of a sentence a colon ends.
        Case(text: "Selon la fédération des banques, Febelfin, « le montant est plutôt de 700 000 euros ».", quote: "« le montant est plutôt de 700 000 euros »", kind: .direct, speaker: "Febelfin", lemma: "selon"),
        Case(text: "Le texte est bloqué, comme le rappelle Human Rights Watch, « la Russie et la Chine ont bloqué les efforts du Conseil de sécurité ».", quote: "« la Russie et la Chine ont bloqué les efforts du Conseil de sécurité »", kind: .partial, speaker: "Human Rights Watch", lemma: "rappeler"),
        Case(text: "Jean Dupont apporte la même conclusion : « Le journaliste a été tué par un tir de mortier. »", quote: "« Le journaliste a été tué par un tir de mortier. »", kind: .direct, speaker: "Jean Dupont", lemma: nil),
        Case(text: "Le ministre s’est exprimé devant les députés. « Nous avons fait le choix de la responsabilité », a-t-il lancé.", quote: "« Nous avons fait le choix de la responsabilité »", kind: .direct, speaker: "Le ministre", lemma: "lancer"),
        Case(text: "Le député (LFI) a qualifié le texte de « honte ».", quote: "« honte »", kind: .partial, speaker: "Le député (LFI)", lemma: "qualifier"),
        Case(text: "« Je ne suis pas candidat » : Jean Dupont dément les rumeurs", quote: "« Je ne suis pas candidat »", kind: .direct, speaker: "Jean Dupont", lemma: "démentir"),
        Case(text: "Le chef de l’État « a pris acte » de la décision, selon l’Élysée.", quote: "« a pris acte »", kind: .partial, speaker: "l’Élysée", lemma: "selon"),
        Case(text: "Le Kremlin a démenti : « C’est une invention. » « C’est faux », a ajouté le ministère.", quote: "« C’est faux »", kind: .direct, speaker: "le ministère", lemma: "ajouter"),
        // Issue 14, second round: "Pour X," opening the sentence; a person subject makes a short quotation
        // partial; a name after a preposition is no antecedent of "il"; "révéler" is a verb of saying.
        Case(text: "Pour le collectif de défense des femmes, il s’agit d’« un pas vers le franquisme ».", quote: "« un pas vers le franquisme »", kind: .partial, speaker: "le collectif de défense des femmes", lemma: "pour"),
        Case(text: "Pour l’association de promotion et de défense du logiciel libre, l’April : « Le vote d’aujourd’hui est une victoire. »", quote: "« Le vote d’aujourd’hui est une victoire. »", kind: .direct, speaker: "April", lemma: "pour"),
        Case(text: "Dans l’après-midi, Marc Guillemot a dû faire demi-tour après avoir entendu deux « bangs successifs ».", quote: "« bangs successifs »", kind: .partial, speaker: "Marc Guillemot", lemma: nil),
        Case(text: "« Nous partons », a déclaré Antoni Pastor. Surpris par la politique du président José Ramón Bauzà, il déclara : « Il est évident que je reste. »", quote: "« Il est évident que je reste. »", kind: .direct, speaker: "Antoni Pastor", lemma: "déclarer"),
        Case(text: "Pour terminer, la porte-parole de la fédération a nuancé les chiffres du parquet. « On a constaté 261 cas de fraude. »", quote: "« On a constaté 261 cas de fraude. »", kind: .direct, speaker: "la porte-parole de la fédération", lemma: nil),
        Case(text: "Le comédien est mort « des suites d’une longue maladie », a révélé son avocate.", quote: "« des suites d’une longue maladie »", kind: .partial, speaker: "son avocate", lemma: "révéler"),
        // An adverbial opened by an elided "d'" is no subject.
        Case(text: "D’autre part, la direction de la chaîne a fermement condamné les agressions, « qui doivent cesser partout ».", quote: "« qui doivent cesser partout »", kind: .partial, speaker: "la direction de la chaîne", lemma: "condamner"),
        // A quantifier opening the subject ("de" is no preposition here), an apposition after it.
        Case(text: "Le feu a pris vers minuit. De nombreux habitants, témoins de la scène, ont déclaré : « Les pompiers sont arrivés très tard ».", quote: "« Les pompiers sont arrivés très tard »", kind: .direct, speaker: "De nombreux habitants", lemma: "déclarer"),
    ]

    @Test(arguments: cases)
    func attribution(_ c: Case) throws {
        let doc = try annotate(c.text)
        let q = try #require(doc.quotes.first { doc.surface(of: $0) == c.quote && ($0.kind == .indirect) == (c.kind == .indirect) },
                             "no quote \(c.quote.debugDescription) in \(doc.quotes.map { doc.surface(of: $0) })")
        #expect(q.kind == c.kind)
        #expect(q.speaker?.text == c.speaker)
        #expect(q.cue?.lemma == c.lemma)
    }

    @Test(arguments: [
        "Le président a rappelé ainsi que le ministre la nécessité d’agir.",
        "Le ministre a dénoncé la guerre que mène la Russie.",
        "Il a dit ce que tout le monde pense.",
        "Le gouvernement n’a déclaré que trois cas.",
        "Rappelons que cet accident avait fait 228 morts.",  // the writer's imperative
    ])
    func notReportedSpeech(_ text: String) throws {
        let doc = try annotate(text)
        #expect(doc.quotes.isEmpty, "\(doc.quotes.map { doc.surface(of: $0) })")
    }

    @Test(arguments: [
        ("Le ministère a annoncé la semaine dernière que les frontières rouvriraient.", "les frontières rouvriraient"),
        ("Le ministre a assuré, mardi, aux journalistes que rien n’était décidé.", "rien n’était décidé"),
        ("La porte-parole a indiqué lors d’un point presse qu’aucune décision n’avait été prise.", "aucune décision n’avait été prise"),
    ])
    func reportedSpeech(_ text: String, _ content: String) throws {
        let doc = try annotate(text)
        #expect(doc.quotes.map { doc.surface(of: $0) } == [content])
        #expect(doc.quotes.first?.kind == .indirect)
    }

    /// The subject of a passive verb of saying is not its speaker ("les détenus sont maintenus dans
    /// « … »", "il a été annoncé que"); a reflexive one still speaks ("s'est dit").
    @Test func passiveVerbOfSayingHasNoSpeakerSubject() throws {
        let kept = try annotate("Le rapport est paru hier. Les détenus sont maintenus dans « des positions douloureuses ».")
        #expect(kept.quotes.allSatisfy { $0.speaker?.text != "Les détenus" && $0.cue?.lemma != "maintenir" })
        let announced = try annotate("Le ministre Jean Dupont est arrivé hier à Lyon. Il a été annoncé que le sommet aura lieu à Genève.")
        #expect(announced.quotes.allSatisfy { $0.speaker == nil }, "\(announced.quotes.map { $0.speaker?.text })")
        let reflexive = try annotate("Le ministre s’est dit « très inquiet » de la situation.")
        #expect(reflexive.quotes.first?.speaker?.text == "Le ministre")
        #expect(reflexive.quotes.first?.kind == .partial)
    }

    /// An impersonal "il" ("Il apparaît que", "il faut") is no evidence that someone speaks, and eight
    /// quoted words or more are someone's words, not a title or a scare quote, even with nobody named.
    @Test func impersonalPronounAndLongQuotedWords() throws {
        let doc = try annotate("Le rapport compte 81 pages. Il apparaît que les détenus sont maintenus dans « des positions douloureuses sur de longues périodes, à l’aide d’équipements conçus à cet effet ».")
        let q = try #require(doc.quotes.first)
        #expect(q.kind == .partial)
        #expect(q.rule == "long quoted words")
        let short = try annotate("Le rapport compte 81 pages. Il apparaît que les détenus vivent dans des « cellules noires ».")
        #expect(short.quotes.first?.kind == .mention, "\(short.quotes.map { ($0.kind, $0.rule) })")
    }

    /// A description stands for the name it is apposed to before one merely near the word: "son complice,
    /// Jean-Michel Larqué, Thierry Roland …" makes Larqué the complice, though Roland is named since.
    @Test func descriptionLinksToTheNameItIsApposedTo() throws {
        let doc = try annotate("Le commentateur Thierry Roland est mort samedi. Avec son complice, Jean-Michel Larqué, Thierry Roland avait commenté tous les matchs.\n\nSelon son complice, « il se sentait faible ces derniers temps ».")
        let q = try #require(doc.quotes.first { $0.speaker?.text == "son complice" })
        let larque = try #require(doc.mentions.first { $0.surface == "Jean-Michel Larqué" })
        #expect(q.speaker?.kbId == larque.kbId)
    }

    @Test func quotationCarryingTheWholeClauseIsNotAlsoIndirect() throws {
        let doc = try annotate("Le Premier ministre a estimé que « la situation est grave ».")
        #expect(doc.quotes.count == 1)
    }

    @Test func paragraphQuoteWithoutCueIsNotAttributedAcrossNarration() throws {
        let doc = try annotate("« Nous partons », a déclaré le ministre.\n« Le dialogue doit reprendre au plus vite entre les deux pays. »")
        let second = try #require(doc.quotes.last)
        #expect(second.speaker == nil)
    }

    @Test func pronounWithoutAntecedentStaysUnknown() throws {
        let doc = try annotate("« C’est faux », a-t-il ajouté.")
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes[0].speaker == nil)
        #expect(doc.quotes[0].cue?.lemma == "ajouter")
    }

    @Test func documentLinkedToIssuer() throws {
        let doc = try annotate("Le consulat russe, dans un communiqué de presse, a déclaré que tout allait bien. « Rien n’a changé », indique le communiqué.")
        let q = try #require(doc.quotes.first { $0.kind == .direct })
        #expect(q.speaker?.text == "le communiqué")
        #expect(q.speaker?.issuer?.text == "Le consulat russe")
        let i = try #require(doc.quotes.first { $0.kind == .indirect })
        #expect(i.speaker?.text == "Le consulat russe")
    }

    @Test func listItemsAreNotDialogue() throws {
        let plain = try annotate("Les chiffres du ministère.\n– 12 morts dans la région\n– 40 blessés")
        #expect(plain.quotes.isEmpty)
        let afterColon = try annotate("Les points clés de l’accord :\n– la levée des sanctions bancaires ;\n– la réouverture des consulats.")
        #expect(afterColon.quotes.isEmpty)
        let dialogue = try annotate("Il répondit :\n– Nous partirons demain.")
        #expect(dialogue.quotes.map { dialogue.surface(of: $0) } == ["– Nous partirons demain."])
    }

    @Test func shortQuoteInTheQueClauseOfASpeakingSubjectIsPartial() throws {
        let said = try annotate("Le syndicat pense qu’il s’agit d’« attaques gratuites » contre les agents.")
        #expect(said.quotes.first?.kind == .partial)
        let named = try annotate("La loi que le comité prépare vise le « grand public » des villes.")
        #expect(named.quotes.first?.kind == .mention)
    }

    /// The "a speaker named in the paragraph": a sentence before names who speaks.
    @Test func quotedWordsOfASpeakerNamedInTheParagraphArePartial() throws {
        let named = try annotate("Le maire de Lyon, Grégory Doucet, a visité le chantier mardi. Le projet prévoit désormais « une piste cyclable sur chaque pont du centre ».")
        let q = try #require(named.quotes.first)
        #expect(q.kind == .partial)
        #expect(q.speaker?.text == "Grégory Doucet")
        // Nobody named in the paragraph: eight quoted words are still someone's (`longQuotation`), unattributed.
        let nobody = try annotate("Le chantier a repris mardi. Le projet prévoit désormais « une piste cyclable sur chaque pont du centre ».")
        #expect(nobody.quotes.first?.kind == .partial)
        #expect(nobody.quotes.first?.speaker == nil)
        // A paragraph before names one person: the words fall back to that person (`SpeakerLinker`).
        let otherParagraph = try annotate("Le maire de Lyon, Grégory Doucet, a visité le chantier mardi.\n\nLe projet prévoit désormais « une piste cyclable sur chaque pont du centre ».")
        #expect(otherParagraph.quotes.first?.kind == .partial)
        let short = try annotate("Le chantier a repris mardi. Le projet prévoit désormais « une piste par pont ».")
        #expect(short.quotes.first?.kind == .mention)
    }

    /// A report closed by its source, with what may follow the source: an apposition, an addressee.
    @Test func reportClosedBySourceWithAppositionOrAddressee() throws {
        let selon = try annotate("Le métro n'avait jamais connu un pareil désastre, selon Joseph Lhota, le président de la compagnie.")
        let s = try #require(selon.quotes.first { $0.kind == .indirect })
        #expect(selon.surface(start: s.contentStart, end: s.contentEnd) == "Le métro n'avait jamais connu un pareil désastre")
        #expect(s.speaker?.text == "Joseph Lhota")
        let told = try annotate("L'acteur est mort dans la nuit à Marseille, a révélé son avocate à l'AFP.")
        let t = try #require(told.quotes.first { $0.kind == .indirect })
        #expect(told.surface(start: t.contentStart, end: t.contentEnd) == "L'acteur est mort dans la nuit à Marseille")
        #expect(t.cue?.lemma == "révéler")
        // A long clause after the source is what it is cited for, not an apposition.
        let cited = try annotate("Le vote a eu lieu, d'après le droit international, les responsables de ces crimes devront répondre de leurs actes devant un tribunal.")
        #expect(!cited.quotes.contains { cited.surface(start: $0.contentStart, end: $0.contentEnd) == "Le vote a eu lieu" })
    }

    /// A description stands for a person of the text only when it describes a person: "le ministre" is
    /// Lavrov; "la mythologie grecque" and a group ("les prisonniers") are nobody named.
    @Test func onlyPersonDescriptionsStandForAPerson() throws {
        let minister = try annotate("Le ministre Sergueï Lavrov était à Ankara mardi. Le ministre a affirmé que « tout va bien ».")
        #expect(minister.quotes.first?.speaker?.kbId == "per:sergey-lavrov")
        let myth = try annotate("Le ministre Sergueï Lavrov était à Ankara. La mythologie grecque affirme que « les dieux vivaient sur l'Olympe ».")
        let q = try #require(myth.quotes.first)
        #expect(q.speaker?.kbId == nil)
        let group = try annotate("Le ministre Sergueï Lavrov était à Ankara mardi. Les prisonniers ont affirmé que « tout va mal ».")
        #expect(group.quotes.first.map { $0.speaker?.kbId == nil } == true)
    }

    /// The subject of the clause whose "que" holds quoted words speaks them, when it is a name or a
    /// description of a person or body, whatever its verb ("pense" is no verb of saying).
    @Test func subjectOfTheQueClauseSpeaks() throws {
        let party = try annotate("Le parti écologiste pense qu'il s'agit de « propos isolés ».")
        #expect(party.quotes.first?.speaker?.text == "Le parti écologiste")
        let aim = try annotate("Le but de ce langage est qu'il « doit être compréhensible par tous ».")
        #expect(aim.quotes.first.map { $0.speaker?.text != "Le but de ce langage" } == true)
    }

    /// A gerund ("en évoquant") shares its main clause's subject: the speaker of the sentence's previous
    /// quotation, not the person its words are about.
    @Test func gerundCueTakesTheMainClausesSpeaker() throws {
        let doc = try annotate("Le quotidien Le Figaro annonce mardi que le journaliste Gilles Jacquier aurait été tué par « un tir d'obus lancé par les rebelles » le grand reporter, en évoquant une « source proche du dossier au ministère de la Défense ».")
        let evoking = try #require(doc.quotes.first { $0.cue?.lemma == "évoquer" })
        #expect(evoking.speaker?.text == "Le quotidien Le Figaro")
    }
}
