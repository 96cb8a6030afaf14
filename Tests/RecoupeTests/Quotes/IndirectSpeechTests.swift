@testable import RecoupeCore
@testable import RecoupeQuotes
@testable import Recoupe
import Testing

/// Reported speech without quotation marks (issue 14): one construction per case, each a class of
/// errors found on the Wikinews dev split. Sentences written for these tests.
@Suite("Quotes: indirect speech")
struct IndirectSpeechTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var content: String
        var speaker: String?
        var lemma: String
        var description: String { content }
    }

    static let reported: [Case] = [
        // "… selon X." closing the sentence without a comma.
        Case(text: "Les réserves d’eau baisseront encore cet été selon les prévisionnistes.", content: "Les réserves d’eau baisseront encore cet été", speaker: "les prévisionnistes", lemma: "selon"),
        // "car selon X, …" inside the sentence.
        Case(text: "Le musée a fermé ses portes, car selon ses dirigeants, les visiteurs ne venaient plus.", content: "les visiteurs ne venaient plus", speaker: "ses dirigeants", lemma: "selon"),
        // "De l'avis de X, …" (its "de" is also the first word of the connector "de plus").
        Case(text: "De l’avis de Claire Martin, le dossier reste incomplet.", content: "le dossier reste incomplet", speaker: "Claire Martin", lemma: "de l'avis de"),
        // A perfect infinitive after a verb of saying.
        Case(text: "Deux randonneurs affirment avoir aperçu un loup près du refuge.", content: "avoir aperçu un loup près du refuge", speaker: "Deux randonneurs", lemma: "affirmer"),
        // "à ce que", "tout de même que", "faire savoir que".
        Case(text: "Le syndicat a appelé à ce que les salaires soient revalorisés.", content: "les salaires soient revalorisés", speaker: "Le syndicat", lemma: "appeler"),
        Case(text: "La chercheuse précise tout de même que ces résultats restent provisoires.", content: "ces résultats restent provisoires", speaker: "La chercheuse", lemma: "préciser"),
        Case(text: "La préfecture a fait savoir que la route resterait fermée jusqu’à lundi.", content: "la route resterait fermée jusqu’à lundi", speaker: "La préfecture", lemma: "faire savoir"),
        // Verbs of saying added to Lexicons/speech: "dévoiler", and the 1990 spelling "reconnait".
        Case(text: "L’ONG dévoile que les détenus étaient privés de soins.", content: "les détenus étaient privés de soins", speaker: "L’ONG", lemma: "dévoiler"),
        Case(text: "Le maire reconnait que la décision a été difficile.", content: "la décision a été difficile", speaker: "Le maire", lemma: "reconnaître"),
        // "Pour X, …" opening the sentence, "X pour qui …".
        Case(text: "Pour le procureur, plusieurs suspects ont déjà quitté le pays.", content: "plusieurs suspects ont déjà quitté le pays", speaker: "le procureur", lemma: "pour"),
        // … after a headline's colon, quoted words inside the writer's clause belonging to it.
        Case(text: "Énergie : pour Montebourg, le nucléaire est une « filière d'avenir »", content: "le nucléaire est une « filière d'avenir »", speaker: "Montebourg", lemma: "pour"),
        Case(text: "Les syndicats rejettent le texte, tout comme le patronat pour qui toute hausse serait insupportable.", content: "toute hausse serait insupportable", speaker: "le patronat", lemma: "pour qui"),
        // A gerund's subject is its main clause's, not the phrase that opens the sentence.
        Case(text: "Lors de son discours devant l'Assemblée, le premier ministre Jean-Marc Ayrault a revu les prévisions en affirmant que la croissance serait faible.",
             content: "la croissance serait faible", speaker: "Jean-Marc Ayrault", lemma: "affirmer"),
        // A participle opening the sentence reports up to the comma before the main clause.
        Case(text: "Estimant que la réforme était injuste, le député a voté contre le texte.", content: "la réforme était injuste", speaker: nil, lemma: "estimer"),
        // "de" and a determiner between the verb and "que" is no order ("de notre commune" is no infinitive).
        Case(text: "Le maire a expliqué aux habitants de notre commune que les travaux commenceront lundi.", content: "les travaux commenceront lundi", speaker: "Le maire", lemma: "expliquer"),
        // ", ce qui …" continues the reported clause.
        Case(text: "L’agence considère que la croissance restera faible, ce qui empêche le pays de réduire sa dette.", content: "la croissance restera faible, ce qui empêche le pays de réduire sa dette", speaker: "L’agence", lemma: "considérer"),
        // A news dateline before the subject: the lone hyphen ends the subject search.
        Case(text: "12 mars 2013. - Le tribunal administratif annonce que le chantier sera suspendu.", content: "le chantier sera suspendu", speaker: "Le tribunal administratif", lemma: "annoncer"),
        // A relative "qui" after a description with a complement, in apposition to a name.
        Case(text: "Le maire a reçu Claire Martin, la présidente du conseil régional, qui a déclaré que le budget serait voté en mai.", content: "le budget serait voté en mai", speaker: "Claire Martin", lemma: "déclarer"),
        // An elliptical subject: the cue shares the subject of the clause before "mais".
        Case(text: "L’observatoire a mesuré 42 degrés à Séville, mais précise que le record n’est pas battu.", content: "le record n’est pas battu", speaker: "L’observatoire", lemma: "préciser"),
    ]

    @Test(arguments: reported)
    func reportedClause(_ c: Case) throws {
        let doc = try annotate(c.text)
        let indirect = doc.quotes.filter { $0.kind == .indirect }
        #expect(indirect.map { doc.surface(of: $0) } == [c.content])
        #expect(indirect.first?.speaker?.text == c.speaker)
        #expect(indirect.first?.cue?.lemma == c.lemma)
    }

    /// "Selon X, [subject, apposition, a + participle …]": the auxiliary is the clause's own verb, so the
    /// report runs to the end of the sentence (the report nested in it is output too, with its own speaker).
    @Test func accordingToClauseKeepsItsOwnVerb() throws {
        let doc = try annotate("Selon l’agence, le comité d’éthique, principale instance de contrôle, a demandé que les essais soient suspendus.")
        let indirect = doc.quotes.filter { $0.kind == .indirect }
        #expect(indirect.map { doc.surface(of: $0) } == ["le comité d’éthique, principale instance de contrôle, a demandé que les essais soient suspendus",
                                                         "les essais soient suspendus"])
        #expect(indirect.map { $0.speaker?.text } == ["l’agence", "le comité d’éthique"])
    }

    /// An inverted cue whose source carries its own description to the end of the sentence; a present
    /// participle with an object is no inverted cue.
    @Test func invertedCueWithTheSourcesDescription() throws {
        let doc = try annotate("Les glaciers alpins auront perdu la moitié de leur volume en 2050, indique une étude publiée par des chercheurs suisses.")
        let indirect = doc.quotes.filter { $0.kind == .indirect }
        #expect(indirect.map { doc.surface(of: $0) } == ["Les glaciers alpins auront perdu la moitié de leur volume en 2050"])
        #expect(indirect.first?.speaker?.text.hasPrefix("une étude") == true)
        let participle = try annotate("Le maire soutient le projet, prônant le bilan du président sortant dans la lutte contre la pollution.")
        #expect(participle.quotes.filter { $0.kind == .indirect }.isEmpty)
    }

    /// An inverted cue in an incise inside the sentence ("…, souligne-t-il, …"): the report runs on past it,
    /// incise included, as the gold keeps incises inside quotations; "appuyer" is a cue in an incise. Not past
    /// a participle that opens another report ("…, a-t-il dit, ajoutant que …").
    @Test func inciseInsideTheReportedSentence() throws {
        for verb in ["souligne", "appuie"] {
            let doc = try annotate("Le recteur a parlé longtemps. Contrairement aux idées reçues, \(verb)-t-il, le français progresse en Afrique.")
            let indirect = doc.quotes.filter { $0.kind == .indirect }
            #expect(indirect.map { doc.surface(of: $0) } == ["Contrairement aux idées reçues, \(verb)-t-il, le français progresse en Afrique"])
        }
        let incised = try annotate("Le recteur a parlé longtemps. Contrairement aux idées reçues, souligne-t-il, le français progresse.")
        let q = try #require(incised.quotes.first { $0.kind == .indirect })
        #expect(q.segments.map { incised.surface(start: $0.start, end: $0.end) } == ["Contrairement aux idées reçues", "le français progresse"])
        let doc = try annotate("Les ventes du groupe ont baissé cette année, a-t-il dit, ajoutant que la reprise viendra en mai.")
        #expect(doc.quotes.filter { $0.kind == .indirect }.map { doc.surface(of: $0) } == ["Les ventes du groupe ont baissé cette année", "la reprise viendra en mai"])
    }

    /// A clause of the writer's ending in quoted words, then an inverted cue without a comma: the clause is the
    /// report, the quoted words a partial quotation in it; a direct quotation before such a cue is no report.
    @Test func clauseEndingInQuotedWordsBeforeAnInvertedCue() throws {
        let doc = try annotate("Le porte-parole de la police a parlé. Il semblerait que l’incendie ait été provoqué « par une cigarette mal éteinte » a-t-il précisé.")
        #expect(doc.quotes.filter { $0.kind == .indirect }.map { doc.surface(of: $0) } == ["Il semblerait que l’incendie ait été provoqué « par une cigarette mal éteinte »"])
        #expect(doc.quotes.filter { $0.kind == .partial }.map { doc.surface(of: $0) } == ["« par une cigarette mal éteinte »"])
        let direct = try annotate("Le maire a parlé. « Nous reconstruirons l’école avant l’hiver » a-t-il précisé.")
        #expect(direct.quotes.filter { $0.kind == .indirect }.isEmpty)
    }

    /// ", selon X et Y." closes the sentence like ", selon X.".
    @Test func accordingToCoordinatedSources() throws {
        let doc = try annotate("Les négociations ont repris mardi, selon les journaux allemands et autrichiens.")
        let indirect = doc.quotes.filter { $0.kind == .indirect }
        #expect(indirect.map { doc.surface(of: $0) } == ["Les négociations ont repris mardi"])
        #expect(indirect.first?.cue?.lemma == "selon")
    }

    /// "…, selon X, …" as an incise inside the sentence: the report runs on past it, incise included, the incise
    /// its cue and out of its segments; not when a verb of saying after the incise reports ("…, selon Le Monde,
    /// a déclaré que …"), nor for a source that cannot speak ("selon leur taille").
    @Test func accordingToAsAnIncise() throws {
        let doc = try annotate("Les prix vont augmenter, selon la Banque de France, dans les prochains mois.")
        let q = try #require(doc.quotes.first { $0.kind == .indirect })
        #expect(doc.surface(of: q) == "Les prix vont augmenter, selon la Banque de France, dans les prochains mois")
        #expect(q.cue?.lemma == "selon" && q.speaker?.text == "la Banque de France")
        #expect(q.segments.map { doc.surface(start: $0.start, end: $0.end) } == ["Les prix vont augmenter", "dans les prochains mois"])
        let verb = try annotate("Le gouvernement, selon Le Monde, a déclaré que les prix vont augmenter.")
        #expect(verb.quotes.filter { $0.kind == .indirect }.map { verb.surface(of: $0) } == ["les prix vont augmenter"])
        let none = try annotate("Les déchets sont classés, selon leur taille, en trois groupes.")
        #expect(none.quotes.isEmpty)
    }

    /// "… selon un sondage" closing the clause, also before a coordinated main clause; the report speaks for the
    /// body named as its author ("de l'Ifop") or publisher ("publié dans le quotidien El País").
    @Test(arguments: [
        ("Les Français sont inquiets selon un sondage de l'Ifop.", "Les Français sont inquiets", "l'Ifop"),
        ("Les Espagnols sont contre ce projet de loi selon un sondage publié dans le quotidien espagnol El País, et beaucoup ont peur.",
         "Les Espagnols sont contre ce projet de loi", "le quotidien espagnol El País"),
    ])
    func reportSpeaksForItsAuthorOrPublisher(_ text: String, _ content: String, _ issuer: String) throws {
        let doc = try annotate(text)
        let q = try #require(doc.quotes.first { $0.kind == .indirect })
        #expect(doc.surface(of: q) == content)
        #expect(q.speaker?.issuer?.text == issuer)
        #expect(q.speaker?.kbId != nil && q.speaker?.kbId == q.speaker?.issuer?.kbId)
    }

    /// No reported speech: the writer's aside, an object taken for an inverted subject, a purpose, a wish,
    /// a phrase of time after "Pour", an order ("de" and an infinitive) whose object a relative "que" follows.
    @Test(arguments: [
        "À noter que les prix ont augmenté de 3 % depuis janvier.",
        "Le faux message demandait aux clients de saisir les codes qu’ils utilisaient pour payer.",
        "Les syndicats, qui avaient appelé à la grève la semaine passée, ont condamné ces annonces.",
        "Une manifestation était prévue pour exiger que le gouvernement recule.",
        "Les habitants souhaitent être consultés sur le projet.",
        "Pour la première fois, la ville accueille le tournoi.",
    ])
    func noReportedClause(_ text: String) throws {
        let doc = try annotate(text)
        #expect(doc.quotes.filter { $0.kind == .indirect }.map { doc.surface(of: $0) } == [])
    }

    /// A reported clause that is mostly a quotation is that quotation's: not output twice, and the
    /// quotation keeps the speaker of the cue.
    @Test(arguments: [
        ("Selon le porte-parole, Jean Dupont, « la décision est prise depuis longtemps ».", "« la décision est prise depuis longtemps »", "Jean Dupont"),
        ("Pour le syndicat, « la réforme des retraites est une provocation ».", "« la réforme des retraites est une provocation »", "le syndicat"),
        ("La chercheuse précise qu’en « publiant ces chiffres, nous alertons enfin les pouvoirs publics ».", "« publiant ces chiffres, nous alertons enfin les pouvoirs publics »", "La chercheuse"),
    ])
    func mostlyQuotedClause(_ text: String, _ quote: String, _ speaker: String) throws {
        let doc = try annotate(text)
        #expect(doc.quotes.map { doc.surface(of: $0) } == [quote])
        #expect(doc.quotes.first?.kind != .indirect)
        #expect(doc.quotes.first?.speaker?.text == speaker)
    }
}
