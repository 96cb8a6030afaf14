@testable import RecoupeNames
import Testing

/// Round 6 (issue 19): names whose parts are equal in another order merge at once, Czech and Polish-style
/// romanizations of Japanese (c = ts) reach the coarse keys of the Hepburn spelling, and the Russian rendering
/// of "Frères" is a collective. Real names that are not in the Wikidata development set.
@Suite("Name parts order")
struct NamePartsOrderTests {
    func ids(_ names: [String]) -> [Int] { NameClusterer().cluster(names.map { (language: nil, name: $0) }) }

    @Test func equalPartsInAnotherOrderMerge() {
        let p = NameParts(name: "Lee Kuan Yew", language: nil), q = NameParts(name: "Kuan Yew Lee", language: nil)
        #expect(p.key != q.key)                     // the ordered key keeps them apart: the unordered one joins them
        #expect(p.unorderedKey == q.unorderedKey)
        #expect(Set(ids(["Lee Kuan Yew", "Kuan Yew Lee", "Lee Kuan Yew"])).count == 1)
    }

    @Test func anotherOrderKeepsGenerationMarksAndWordsApart() {
        #expect(NameParts(name: "Katsukawa Shunsho II", language: nil).unorderedKey
                != NameParts(name: "Shunsho Katsukawa", language: nil).unorderedKey)
        #expect(NameParts(name: "Lee Kuan Yew", language: nil).unorderedKey != NameParts(name: "Lee Kuan", language: nil).unorderedKey)
        let c = ids(["Shunsho Katsukawa III", "Katsukawa Shunsho II"])
        #expect(c[0] != c[1])
    }

    @Test func czechRomanizationOfJapaneseMeetsHepburn() {
        let keys = { (w: String) in Set(CrossScriptSkeleton.shared.keys(of: w, cyrillic: false)) }
        #expect(!keys("Cunajoši").isDisjoint(with: keys("Tsunayoshi")))
        #expect(!keys("Kacura").isDisjoint(with: keys("Katsura")))
    }

    @Test func russianFreresIsACollective() {
        #expect(NameParts(name: "Абдулах Фререс", language: "ru").ordinal == "brothers")
        #expect(NameParts(name: "Абдулах Фререс", language: "ru").parts == NameParts(name: "Абдулах", language: "ru").parts)
    }

    /// The Latin church form Joannes is Johannes (given-names.tsv group ivan).
    @Test func latinJoannesIsJohannes() {
        let g = NameParts(name: "Joannes Vermeer", language: nil).groups[0]
        #expect(g != nil)
        #expect(g == NameParts(name: "Johannes Vermeer", language: nil).groups[0])
    }
}
