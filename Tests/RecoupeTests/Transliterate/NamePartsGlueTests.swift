@testable import RecoupeNames
import Testing

/// Glued particles (`glued` in Lexicons/names/name-parts.tsv): ter, le, la before the family name are written
/// into it as often as apart, so they are glued to it rather than dropped. Real names not in the dev set.
@Suite("Glued particles")
struct NamePartsGlueTests {
    func together(_ names: [(String?, String)]) -> Bool {
        Set(NameClusterer().cluster(names.map { (language: $0.0, name: $0.1) })).count == 1
    }

    @Test func gluedAndApartSpellingsMeet() {
        #expect(NameParts(name: "Hendrick ter Brugghen", language: nil).parts == NameParts(name: "Hendrick Terbrugghen", language: nil).parts)
        #expect(together([(nil, "Jean de La Fontaine"), (nil, "Jean de Lafontaine")]))
        #expect(together([("ru", "Хендрик тер Брюгген"), (nil, "Hendrick ter Brugghen")]))
    }

    @Test func aGenerationMarkAfterTheFamilyNameStillGlues() {
        let p = NameParts(name: "Hendrick ter Brugghen II", language: nil)
        #expect(p.parts == NameParts(name: "Hendrick Terbrugghen", language: nil).parts)
        #expect(p.ordinal == "2")
    }

    /// Other particles are still dropped, and a glued one not before the family name is dropped too.
    @Test func otherParticlesAreStillDropped() {
        #expect(NameParts(name: "Ludwig van Beethoven", language: nil).parts == NameParts(name: "Ludwig Beethoven", language: nil).parts)
        #expect(NameParts(name: "Le Duc Tho", language: nil).parts == NameParts(name: "Duc Tho", language: nil).parts)
    }
}
