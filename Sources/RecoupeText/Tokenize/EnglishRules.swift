import RecoupeCore
import RecoupeICU
/// The English word lists the tokenizer and the sentence splitter need beyond ICU.
enum EnglishRules {
    /// Abbreviations that take a period (lower-cased, without it): titles, months, days, company
    /// suffixes, "No.", "vs.". Ambiguous words ("may", "sun", "mar"…) are left out: a period after
    /// them is more often a sentence end.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl",
        "gov", "sen", "rep", "rev", "hon", "pres", "amb", "sec", "st", "jr", "sr", "mt", "ft", "ave", "blvd", "rd",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tues", "thu", "thur", "thurs", "fri",
        "inc", "corp", "ltd", "co", "bros", "dept", "univ", "assn", "no", "nos", "vs", "etc", "approx", "est", "fig",
    ]

    /// Abbreviations that also end a sentence when a capitalised word follows them
    /// ("talks with the U.S. The minister…"); dotted acronyms are checked apart.
    static let endSentenceBeforeCapital: Set<String> = ["etc", "inc", "corp", "ltd", "co", "jr", "sr", "bros"]

    /// Words that open a sentence after a dotted acronym ("with the U.S. The talks…"), where a
    /// capital alone is no evidence ("the U.S. Secretary of State").
    static let sentenceOpeners: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "But", "And", "In", "On", "At", "After", "Before", "When", "While", "If",
        "There", "Officials", "According", "However", "Meanwhile", "Earlier", "Later", "Last", "Both",
    ]

    /// Contraction endings split off a word, as spaCy's English tokenizer does ("n't" is handled apart).
    static let cliticEndings: Set<String> = ["s", "re", "ve", "ll", "d", "m"]
}
