/// The words of the comparison page, in French (the default: Recoupe's readers read French news)
/// and English (`compare --ui en`).
public enum PageLanguage: String, Sendable, CaseIterable { case fr, en }

struct PageText: Sendable {
    var title: @Sendable (Int) -> String
    var summary: @Sendable (_ entities: Int, _ sharedEntities: Int, _ quotes: Int, _ sharedQuotes: Int, _ dates: Int, _ sharedDates: Int, _ divergences: Int) -> String
    var nav: [String]  // legend, sources, entities, divergences, quotations, dates, numbers
    var legend: String
    var legendItems: [String]  // entity, verbatim, reported, stated, speculative, former, date, number, mixed script
    var sourcesHeading: String
    var scrollHint: String
    var entitiesHeading: String
    var entityColumns: [String]
    var allSources: String
    var divergencesHeading: String
    var divergenceColumns: [String]
    var quotesHeading: String
    var speakerColumn: String
    var quotedBy: @Sendable (Int) -> String
    var quotations: @Sendable (Int) -> String
    var quotationsHeading: String
    var quoteColumns: [String]
    var reported: String
    var verbatim: String
    var datesHeading: String
    var dateColumn: String
    var shared: String
    var numbersHeading: String
    var numberColumn: String
    var differs: String
    var mixedScript: String
    var footer: String
    /// Divergence kinds as the page names them (the JSON keeps the `Divergence.Kind` raw values).
    var kinds: [Divergence.Kind: String] = [:]

    static func of(_ language: PageLanguage) -> PageText { language == .fr ? french : english }

    /// "1 citation", "2 citations" (French counts 0 and 1 as singular).
    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) " + (n > 1 ? many ?? one + "s" : one)
    }

    static let french = PageText(
        title: { "Comparaison de \($0) sources" },
        summary: { "\(plural($0, "entité")) (\($1) dans toutes les sources), \(plural($2, "citation")) (\($3) partagée\($3 > 1 ? "s" : "")), \(plural($4, "date")) (\($5) partagée\($5 > 1 ? "s" : "")), \(plural($6, "divergence"))." },
        nav: ["Légende", "Sources", "Entités", "Divergences", "Citations", "Dates", "Nombres"],
        legend: "Légende",
        legendItems: ["entité (une couleur par entité, la même dans chaque source)", "citation entre guillemets, avec le nom de qui parle",
                      "discours rapporté (« a affirmé que … »), sans guillemets", "fonction affirmée", "fonction envisagée",
                      "fonction passée", "date", "nombre", "graphie mêlant deux alphabets"],
        sourcesHeading: "Les sources côte à côte",
        scrollHint: "Faites défiler horizontalement pour voir les autres sources.",
        entitiesHeading: "Entités et leurs graphies",
        entityColumns: ["Entité", "Type"],
        allSources: "toutes les sources",
        divergencesHeading: "Divergences",
        divergenceColumns: ["Type", "Sujet", "En quoi"],
        quotesHeading: "Citations par personne",
        speakerColumn: "Personne citée",
        quotedBy: { "citée par \($0) sources" },
        quotations: { "\($0) citation\($0 > 1 ? "s" : "")" },
        quotationsHeading: "Citations",
        quoteColumns: ["Personne citée", "Relation"],
        reported: "discours rapporté",
        verbatim: "citation",
        datesHeading: "Dates et événements",
        dateColumn: "Date",
        shared: "partagée",
        numbersHeading: "Nombres",
        numberColumn: "Ce qui est compté",
        differs: "diffère",
        mixedScript: "alphabets mêlés",
        footer: "positions en points de code Unicode dans le texte de chaque source",
        kinds: [.roleModality: "fonction affirmée / envisagée", .roleWording: "fonction formulée autrement", .spelling: "graphie",
                .mixedScript: "alphabets mêlés", .quoteAttribution: "citation attribuée autrement", .quoteWording: "citation modifiée",
                .number: "nombre", .coverage: "absente de certaines sources"])

    static let english = PageText(
        title: { "Comparison of \($0) sources" },
        summary: { "\(plural($0, "entity", "entities")) (\($1) in every source), \(plural($2, "quotation")) (\($3) shared), \(plural($4, "date")) (\($5) shared), \(plural($6, "divergence"))." },
        nav: ["Legend", "Sources", "Entities", "Divergences", "Quotations", "Dates", "Numbers"],
        legend: "Legend",
        legendItems: ["entity (one colour per entity, the same in every source)", "quotation in quotation marks, with who speaks",
                      "reported speech (\"said that …\"), no quotation marks", "role stated", "role envisaged",
                      "former role", "date", "number", "spelling mixing two scripts"],
        sourcesHeading: "Sources side by side",
        scrollHint: "Scroll sideways to see the other sources.",
        entitiesHeading: "Entities and their spellings",
        entityColumns: ["Entity", "Label"],
        allSources: "all sources",
        divergencesHeading: "Divergences",
        divergenceColumns: ["Kind", "Subject", "How"],
        quotesHeading: "Quotations by speaker",
        speakerColumn: "Speaker",
        quotedBy: { "quoted by \($0) sources" },
        quotations: { "\($0) quotation\($0 > 1 ? "s" : "")" },
        quotationsHeading: "Quotations",
        quoteColumns: ["Speaker", "Relation"],
        reported: "reported speech",
        verbatim: "quotation",
        datesHeading: "Dates and events",
        dateColumn: "Date",
        shared: "shared",
        numbersHeading: "Numbers",
        numberColumn: "Counted",
        differs: "differs",
        mixedScript: "mixed scripts",
        footer: "offsets are Unicode code points into each source text")
}
