@testable import RecoupeNames
import Testing

/// Czech and Slovak feminine endings on foreign family names (`suffix` in Lexicons/names/name-parts.tsv).
/// Real names not in the Wikidata development set.
@Suite("Feminine suffixes")
struct NamePartsSuffixTests {
    @Test func czechFeminineEndingIsCut() {
        #expect(NameParts(name: "Marilyn Monroeová", language: nil).parts == NameParts(name: "Marilyn Monroe", language: nil).parts)
        #expect(Set(NameClusterer().cluster([(language: nil, name: "Agatha Christieová"), (language: nil, name: "Agatha Christie")])).count == 1)
    }

    /// An ASCII word and a short stem are kept: "Ivanova" is no Czech form, "Nová" leaves too little.
    @Test func asciiWordsAndShortStemsAreKept() {
        #expect(NameParts(name: "Anna Ivanova", language: nil).parts != NameParts(name: "Anna Ivan", language: nil).parts)
        #expect(NameParts(name: "Nová", language: nil).parts != NameParts(name: "Nov", language: nil).parts)
        let t = NamePartsTable(parsing: "suffix\tová\n")
        #expect(t.withoutFeminineSuffix("Bieberová") == "Bieber")
        #expect(t.withoutFeminineSuffix("Bieber") == "Bieber")
    }
}
