@testable import RecoupeNames
import Testing

/// Titles and honorifics are data (`title` lines of Lexicons/names/name-parts.tsv), dropped before a name
/// by `NameKey.personKey` and `NameParts` alike.
@Suite("Name titles")
struct NamePartsTitleTests {
    @Test func titleLinesAreParsed() {
        let t = NamePartsTable(parsing: "# comment\ntitle\tSir|Président\nparticle\tvan\n")
        #expect(t.titles == ["sir", "président"])
        #expect(t.particles == ["van"])
    }

    @Test func theLexiconTitlesAreDroppedBeforeAName() {
        #expect(PersonNameKey.titles.contains("président"))
        #expect(NameKey.personKey(for: "Président Macron", language: "fr").key == NameKey.personKey(for: "Macron", language: "fr").key)
        #expect(NameParts(name: "President Joe Biden", language: nil).parts == NameParts(name: "Joe Biden", language: nil).parts)
        // A title alone is kept: it is all there is of the name.
        #expect(!NameParts(name: "President", language: nil).parts.isEmpty)
    }

    /// Malay, Indonesian and Arabic-origin honorifics (Raden, Ajeng, Syed, Panglima) are titles too.
    @Test func malayIndonesianAndArabicHonorificsAreTitles() {
        #expect(NameParts(name: "Raden Ajeng Kartini", language: nil).parts == NameParts(name: "Kartini", language: nil).parts)
        #expect(NameParts(name: "Syed Hussein Alatas", language: nil).parts == NameParts(name: "Hussein Alatas", language: nil).parts)
        let ids = NameClusterer().cluster([(language: nil, name: "Panglima Polem"), (language: nil, name: "Teuku Panglima Polem"),
                                           (language: nil, name: "Polem")])
        #expect(Set(ids).count == 1)
    }
}
