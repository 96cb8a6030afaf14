@testable import RecoupeNames
import Testing

/// With no language, each word of a name picks its own transliteration convention: a part's key does not
/// depend on the other words of the name (a German-looking middle name must not re-key an English given name).
@Suite("Name key convention per word")
struct NameKeyConventionTests {
    /// The word keys differently under the English and German conventions (else the tests below prove nothing).
    @Test func jennyKeysDifferentlyUnderEnglishAndGermanConventions() {
        #expect(NameKey.key(for: "Jenny", language: nil, convention: .english)
                != NameKey.key(for: "Jenny", language: nil, convention: .german))
    }

    /// "Johanna" and "Schwarz" point to German: under one convention per name, Jenny's key changed with them.
    @Test func aPartKeysAloneWhateverTheOtherWords() {
        let alone = NameParts(name: "Jenny Lind", language: nil).parts[0]
        #expect(NameParts(name: "Jenny Johanna Lind", language: nil).parts[0] == alone)
        #expect(NameParts(name: "Jenny Schwarzwald", language: nil).parts[0] == alone)
        #expect(alone == NameKey.key(for: "Jenny", language: nil))
    }

    @Test func namesDifferingByAMiddleNameMeet() {
        let ids = NameClusterer().cluster([(language: nil, name: "Jenny Lind"), (language: nil, name: "Jenny Johanna Lind")])
        #expect(ids[0] == ids[1])
    }

    /// A known language still imposes its convention on every word.
    @Test func aKnownLanguageStillSetsTheConvention() {
        #expect(NameParts(name: "Jenny Lind", language: "de").parts[0] == NameKey.key(for: "Jenny", language: "de"))
        #expect(NameParts(name: "Jenny Lind", language: "de").parts[0] != NameParts(name: "Jenny Lind", language: "en").parts[0])
    }
}
