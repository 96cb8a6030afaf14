import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
/// French function words and role modifiers, left out when comparing quotations and roles so
/// that "le nouvel ambassadeur de la Russie" and "le prochain ambassadeur de Russie" meet on
/// their content words ({ambassadeur, russie}).
enum FrenchFunctionWords {
    static let all: Set<String> = [
        "le", "la", "les", "l’", "l'", "un", "une", "des", "du", "de", "d’", "d'", "au", "aux", "à", "a",
        "et", "ou", "ni", "mais", "donc", "or", "car", "que", "qu’", "qu'", "qui", "quoi", "dont", "où",
        "ce", "cet", "cette", "ces", "c’", "c'", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
        "votre", "vos", "mon", "ma", "mes", "ton", "ta", "tes", "il", "elle", "ils", "elles", "on", "nous",
        "vous", "je", "j’", "j'", "tu", "se", "s’", "s'", "en", "y", "ne", "n’", "n'", "pas", "plus",
        "dans", "sur", "sous", "par", "pour", "avec", "sans", "entre", "vers", "chez", "contre", "lors",
        "est", "sont", "suis", "es", "sommes", "êtes", "avons", "avez", "été", "être", "était", "avait", "ont", "avoir", "a", "fait", "aussi", "ainsi",
        "très", "tout", "tous", "toute", "toutes", "même", "comme", "si", "lui", "eux", "m’", "m'",
        "t’", "t'", "-", "«", "»", "“", "”", "\"", ",", ".", ";", ":", "!", "?", "(", ")",
        // Role modifiers: tense and rank words that do not change what the role is.
        "nouveau", "nouvel", "nouvelle", "prochain", "prochaine", "ancien", "ancienne", "futur",
        "future", "actuel", "actuelle", "pourrait", "devenir", "devrait", "serait", "deviendra",
    ]

    static func isContent(_ norm: String) -> Bool { !all.contains(norm) }

    /// A light stem for matching across rewordings: plural and feminine endings dropped
    /// ("conditions préalables" and "condition préalable" meet).
    static func stem(_ norm: String) -> String {
        var w = Substring(norm)
        if w.count > 3, let last = w.last, last == "s" || last == "x" { w = w.dropLast() }
        if w.count > 4, w.last == "e" { w = w.dropLast() }
        return String(w)
    }

    /// Stems of the content words among `norms`.
    static func contentStems(_ norms: [String]) -> Set<String> {
        Set(norms.filter(isContent).map(stem))
    }
}
