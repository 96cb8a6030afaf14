import RecoupeCore
import RecoupeICU
/// The French word lists the tokenizer needs beyond ICU.
package enum FrenchRules {
    /// Elided prefixes split off before the apostrophe ("l’", "jusqu’"), lower-cased ASCII.
    package static let elisionPrefixes: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ]

    /// Clitic pronouns of hyphenated inversions ("a-t-il", "dit-elle", "est-ce", "donne-le-moi").
    package static let clitics: Set<String> = [
        "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "moi", "toi",
        "le", "la", "les", "lui", "leur", "y", "en",
    ]

    /// Hyphenated words whose last part looks like a clitic but which are single words.
    static let cliticExceptions: Set<String> = [
        "rendez-vous", "chez-moi", "chez-soi", "chez-nous", "chez-vous", "entre-nous", "va-t-en-guerre",
        "vis-à-vis", "sur-le-champ", "face-à-face", "tête-à-tête", "pied-à-terre", "c'est-à-dire",
        "c’est-à-dire", "rez-de-chaussée", "laissez-passer", "prêt-à-porter", "qu'en-dira-t-on",
        "m'as-tu-vu", "on-dit", "ouï-dire", "moi-même", "toi-même", "lui-même", "elle-même",
    ]

    /// Abbreviations that take a period and do not end a sentence (lower-cased): "M." "Mme."
    /// "J.-C." … ("etc." may end one and is handled apart).
    static let abbreviations: Set<String> = [
        "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "sts",
        "av", "apr", "bd", "cf", "ch", "chap", "env", "ex", "fig", "hab", "min", "mio", "mrd",
        "n", "no", "nos", "p", "pp", "réf", "s", "sq", "sqq", "t", "vol", "éd", "coll", "dir",
        "art", "al", "gén", "lt", "col", "cdt", "cne", "adj", "sgt", "mr", "mrs", "ms", "jr", "sr",
        "vs", "etc", "cie", "ét", "op", "cit", "ibid", "id", "trad", "vve",
    ]
}
