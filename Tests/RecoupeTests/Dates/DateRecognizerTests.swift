@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

@Suite("French dates")
struct DateRecognizerTests {
    /// (text, document date, expected surface, value or "start/end", precision)
    @Test("expressions resolved against the document date (Thursday 10 April 2025)", arguments: [
        ("Ils se sont réunis le 27 février à Istanbul.", "27 février", "2025-02-27", "day"),
        ("L'accord du 10 avril 2025 est signé.", "10 avril 2025", "2025-04-10", "day"),
        ("Il est arrivé le 1er mars.", "1er mars", "2025-03-01", "day"),
        // One span from a day of one month to a day of another; the year is the end's.
        ("Les Jeux auront lieu du 27 juillet au 12 août 2012.", "27 juillet au 12 août 2012", "2012-07-27/2012-08-12", "range"),
        ("La trêve a duré du 20 décembre au 5 janvier 2025.", "20 décembre au 5 janvier 2025", "2024-12-20/2025-01-05", "range"),
        // Centuries are ranges of years (roman or arabic ordinals).
        ("La mosquée date du XVe siècle.", "XVe siècle", "1401/1500", "range"),
        ("Le palais du XIXème siècle a brûlé.", "XIXème siècle", "1801/1900", "range"),
        ("Au 21e siècle, tout change.", "21e siècle", "2001/2100", "range"),
        // A part of a month or year is that month or year (the gold sets' value).
        ("Fin novembre 2024, la presse a rapporté.", "Fin novembre 2024", "2024-11", "month"),
        ("Le retrait aura lieu fin 2014, selon l'OTAN.", "fin 2014", "2014", "year"),
        ("Début mars, rien n'avait bougé.", "Début mars", "2025-03", "month"),
        ("Ils ont déclaré jeudi qu'ils avaient progressé.", "jeudi", "2025-04-10", "day"),
        ("Elle avait déclaré mardi que non.", "mardi", "2025-04-08", "day"),
        ("Il partira lundi prochain.", "lundi prochain", "2025-04-14", "day"),
        ("Il est venu jeudi dernier.", "jeudi dernier", "2025-04-03", "day"),
        ("Ces dernières semaines, les contacts se sont intensifiés.", "Ces dernières semaines", "2025-03-13/2025-04-10", "range"),
        ("Les premiers pourparlers en février ont échoué.", "février", "2025-02", "month"),
        ("Il a été élu en 2019.", "2019", "2019", "year"),
        ("Hier, le consulat a fermé.", "Hier", "2025-04-09", "day"),
        ("La semaine dernière, rien.", "La semaine dernière", "2025-03-31/2025-04-06", "range"),
        ("Il y a trois jours, rien.", "Il y a trois jours", "2025-04-07", "day"),
        ("Une réunion est prévue en décembre.", "décembre", "2024-12", "month"),
        ("Du 27 au 28 février 2025, les délégations.", "27 au 28 février 2025", "2025-02-27/2025-02-28", "range"),
        // Classes of misses of the news dev split (2026-12-05).
        ("Il a annoncé ce matin son départ.", "ce matin", "2025-04-10", "day"),
        ("Il est arrivé cet après-midi à Lisbonne.", "cet après-midi", "2025-04-10", "day"),
        ("Il avait menacé la veille d'envahir le pays.", "la veille", "2025-04-09", "day"),
        ("Depuis le début de l'année, les marges progressent.", "début de l'année", "2025", "year"),
        ("Cinq cents postes seront supprimés d'ici à 2027.", "2027", "2027", "year"),
        ("Une croissance de 0,3 % pour 2026 est prévue.", "2026", "2026", "year"),
        ("Il a réalisé Harry Potter, partie 2 (2011).", "2011", "2011", "year"),
        ("La décision a été prise le 23 janvier dernier.", "23 janvier dernier", "2025-01-23", "day"),
        ("Elle est nommée en septembre dernier.", "septembre dernier", "2024-09", "month"),
        ("Hier mardi, le ministre a parlé.", "Hier mardi", "2025-04-09", "day"),
        ("Le troisième démarrage de l'année 2024 est attendu.", "année 2024", "2024", "year"),
        ("La production a repris au mois de mars.", "mois de mars", "2025-03", "month"),
        ("Le départ du Vendée Globe 2024-2025 est donné.", "2024-2025", "2024/2025", "range"),
        // "dernier" / "prochain" set the year; a weekday with a day number; the future tense (Thursday 10 April 2025).
        ("La version d'avril dernier est sortie.", "avril dernier", "2024-04", "month"),
        ("Il reviendra en mai prochain.", "mai prochain", "2025-05", "month"),
        ("Le 12 avril dernier, il a parlé.", "12 avril dernier", "2024-04-12", "day"),
        ("Le concert aura lieu le samedi 12 avec Dan Ar Braz.", "samedi 12", "2025-04-12", "day"),
        ("Le festival a ouvert le lundi 31 avec un défilé.", "lundi 31", "2025-03-31", "day"),
        ("Un typhon est attendu mardi au nord de Shanghai.", "mardi", "2025-04-15", "day"),
        ("La bourse devrait rouvrir lundi.", "lundi", "2025-04-14", "day"),
        ("Le sommet se tiendra à Ankara mardi.", "mardi", "2025-04-15", "day"),
        ("Il était à Ankara mardi.", "mardi", "2025-04-08", "day"),
        // A simple past in "-ra" is no future; "ce" with a future may be the paper's own day (news dev split, 2026-12-07).
        ("Copé déplora mardi un discours truffé d'incantations.", "mardi", "2025-04-08", "day"),
        ("Le ministre considéra lundi que rien n'était joué.", "lundi", "2025-04-07", "day"),
        ("Il déclarera mardi sa candidature.", "mardi", "2025-04-15", "day"),
        ("La chaleur s'étendra ce jeudi vers le Nord-Est.", "jeudi", "2025-04-10", "day"),
        ("La chaleur s'étendra ce samedi vers le Nord-Est.", "samedi", "2025-04-12", "day"),
        ("Le sommet se tiendra jeudi à Bruxelles.", "jeudi", "2025-04-17", "day"),
        ("Les ventes ont baissé au premier semestre 2024.", "premier semestre 2024", "2024-01/2024-06", "range"),
        ("Les ventes ont baissé au 3e trimestre 2024.", "3e trimestre 2024", "2024-07/2024-09", "range"),
    ])
    func resolved(_ text: String, _ surface: String, _ value: String, _ precision: String) throws {
        let doc = try annotateWith(text, date: "2025-04-10")
        let d = try #require(doc.dates.first, "\(text)")
        #expect(d.surface == surface)
        #expect((d.endValue.map { "\(d.value ?? "")/\($0)" } ?? d.value) == value)
        #expect(d.precision.rawValue == precision)
        #expect(doc.mentions.contains { $0.label == .date && $0.start == d.start && $0.end == d.end })
    }

    @Test("no date, no guess", arguments: ["Mars est une planète.", "Les 2 000 soldats sont partis.", "Il a parlé pendant une heure et demie.", "Le 14 est un bus.",
                                            "Une chaleur supérieure à 1000° a fondu l'acier.", "Entre 1000-2000 personnes sont venues.", "Ils ont été arrêtés à la veille des Jeux olympiques."])
    func notDates(_ text: String) throws {
        #expect(try annotateWith(text, date: "2025-04-10").dates.isEmpty)
    }

    /// Dates relative to the date the text gave last (the news gold's convention): "la veille", "le même jour",
    /// "deux mois plus tard", "6 mois plus tôt"; an offset does not anchor the next one.
    @Test("relative to the text's last date")
    func relativeToTheTextsLastDate() throws {
        let doc = try annotate("""
            1er septembre 2012. - Le séisme du 12 mars 2011 a surpris les chercheurs. Le pays a connu le même jour une panne. \
            Deux mois plus tard, en mai 2011, ils ont prélevé des papillons. Les papillons prélevés 6 mois plus tôt étaient sains, \
            comme ceux prélevés 6 mois plus tôt encore une fois. Le 16 août 2012, il a parlé; il avait menacé la veille de partir.
            """)
        let values = Dictionary(doc.dates.map { ($0.surface, $0.value ?? "nil") }, uniquingKeysWith: { a, b in a == b ? a : a + "|" + b })
        #expect(values["même jour"] == "2011-03-12")
        #expect(values["Deux mois plus tard"] == "2011-05")
        #expect(values["6 mois plus tôt"] == "2010-11")
        #expect(values["la veille"] == "2012-08-15")
        assertSpansSlice(doc)
    }

    @Test("\"aujourd'hui\" opening a person's role says now, not a date")
    func todayBeforeARole() throws {
        let doc = try annotate("10 avril 2025. - Timor Goksel, aujourd'hui professeur à l'université de Beyrouth, se rendra aujourd'hui à Paris.")
        #expect(doc.dates.map(\.surface) == ["10 avril 2025", "aujourd'hui"])
        #expect(doc.dates.last?.start == doc.text.range(of: "aujourd'hui à Paris").map { doc.text.unicodeScalars.distance(from: doc.text.unicodeScalars.startIndex, to: $0.lowerBound) })
    }

    @Test("without a document date: a caption gives it; else relative expressions stay unresolved with the text kept")
    func documentDate() throws {
        let caption = try annotate("Des journalistes à Istanbul, Türkiye, 10 avril 2025. / VCG\n\nIls ont parlé jeudi.")
        #expect(caption.dates.last?.value == "2025-04-10" && caption.dates.last?.anchor == "2025-04-10")
        let none = try annotate("Ils ont parlé jeudi et ces dernières semaines.")
        #expect(none.dates.map(\.surface) == ["jeudi", "ces dernières semaines"])
        #expect(none.dates.allSatisfy { $0.value == nil && $0.relative })
        // A stated year bounds a day without one.
        let context = try annotate("Fin novembre 2024, rien. Le 12 février, un appel.")
        #expect(context.dates.last?.value == "2025-02-12")
    }

    @Test("calendar arithmetic", arguments: [("2025-04-10", 4), ("2024-02-29", 4), ("1970-01-01", 4), ("2000-01-01", 6)])
    func weekday(_ iso: String, _ weekday: Int) throws {
        let d = try #require(CivilDate(iso: iso))
        #expect(d.weekday == weekday)
        #expect(CivilDate(dayNumber: d.dayNumber) == d)
        #expect(d.adding(days: 365).adding(days: -365) == d)
    }

    @Test("the first day of a value of any precision", arguments: [
        ("2012-06-03", "2012-06-03", 3), ("2011-05", "2011-05-01", 2), ("2012", "2012-01-01", 1),
    ])
    func firstDay(_ value: String, _ iso: String, _ parts: Int) throws {
        let found = try #require(CivilDate.firstDay(ofISOValue: value))
        #expect(found.date.iso == iso)
        #expect(found.parts == parts)
    }

    @Test("values that name no day are refused", arguments: ["2011-13", "2012-02-30", "", "mars"])
    func noFirstDay(_ value: String) {
        #expect(CivilDate.firstDay(ofISOValue: value) == nil)
    }
}
