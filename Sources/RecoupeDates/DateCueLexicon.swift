import RecoupeCore

/// The word lists the French date parser reads around an expression, from `Lexicons/cues/fr/date-*.txt`
/// (data in `Lexicons/`, not in code; format and checks are `CueListFile`'s). Entries are written with
/// their accents and folded here, as the parser folds the text's norms ("prévu" matches "prevu").
///
/// Each list is read once per process by the `static let` that holds it; a missing or invalid shipped
/// file stops the process with an error naming it.
enum DateCueLexicon {
    /// Every list the date stage reads, as `LANG/NAME` (the file is `Lexicons/cues/LANG/NAME.txt`).
    static let shippedLists = [
        "fr/date-year-prepositions", "fr/date-future-markers", "fr/date-not-future", "fr/date-clock-words", "fr/date-quantity-units",
    ]

    /// The entries of shipped list `name`, diacritics folded.
    static func folded(_ name: String) -> Set<String> {
        Set(CueListFile.words(name, context: "date word list").map(DiacriticFolding.fold))
    }

    /// Words after which a bare year is a date ("en 2024", "d'ici à 2014", "pour 2012", "(2011)").
    static let yearPrepositions = folded("fr/date-year-prepositions")
    /// Words before a bare weekday that say the future ("est attendu jeudi").
    static let futureMarkers = folded("fr/date-future-markers")
    /// Words ending like a third-person future that are none ("opéra").
    static let notFuture = folded("fr/date-not-future")
    /// Words after a number that make it a time of day ("jeudi 12 h").
    static let clockWords = folded("fr/date-clock-words")
    /// Symbols after a number that make it a quantity, not a year ("à 1000°").
    static let quantityUnits = folded("fr/date-quantity-units")
}
