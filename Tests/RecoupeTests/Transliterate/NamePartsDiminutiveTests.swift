import Foundation
@testable import RecoupeNames
import Testing

/// Issue 19, seventh round: diminutives (`Lexicons/names/diminutives.tsv`) are a weak link, kept apart from
/// the given-name equivalences (real names, none from the Wikidata development set).
@Suite("Name parts: diminutives")
struct NamePartsDiminutiveTests {
    func clusters(_ names: [String]) -> [Int] {
        NameClusterer().cluster(names.map { (language: nil, name: $0) })
    }

    func parts(_ name: String) -> NameParts { NameParts(name: name, language: nil) }

    @Test func aDiminutiveIsNoGivenNameEquivalent() {
        let t = NameTable.givenNames
        #expect(t.group(of: "Willem", language: nil) != nil)
        #expect(t.group(of: "Wim", language: nil) != t.group(of: "Willem", language: nil))
        let d = Diminutives.shared
        let wim = d.code(part: parts("Wim").parts[0], group: parts("Wim").groups[0])
        let willem = d.code(part: parts("Willem").parts[0], group: parts("Willem").groups[0])
        let pieter = d.code(part: parts("Pieter").parts[0], group: parts("Pieter").groups[0])
        #expect(d.related(wim, willem) && d.related(willem, wim))
        #expect(!d.related(wim, pieter))
    }

    @Test func aDiminutiveJoinsTheOnePersonItFits() {
        #expect(Set(clusters(["Bill Clinton", "William Jefferson Clinton"])).count == 1)
        #expect(Set(clusters(["Kees Verwey", "Cornelis Verwey"])).count == 1)
        #expect(Set(clusters(["Fritz Lang", "Friedrich Christian Anton Lang"])).count == 1)
        // Through a group of the table: Jaap is a diminutive of Jacob, so of Jacobus and Jakob too.
        #expect(Set(clusters(["Jaap Bakema", "Jacobus Johannes Bakema"])).count == 1)
    }

    @Test func aDiminutiveThatFitsTwoPersonsJoinsNeither() {
        let c = clusters(["Bert Jansen", "Albert Jansen", "Hubert Jansen"])
        #expect(Set(c).count == 3)
    }

    @Test func aDiminutiveIsOnlyAWeakMatch() {
        #expect(NameParts.compatible(parts("Wim Kok"), parts("Willem Kok")))
        // The family name must anchor the match: a crossed order needs every part strong, a lone word too.
        #expect(!NameParts.compatible(parts("Kok Wim"), parts("Willem Kok")))
        #expect(!NameParts.compatible(parts("Wim"), parts("Willem")))
        // No diminutive of another name.
        #expect(!NameParts.compatible(parts("Wim Kok"), parts("Pieter Kok")))
    }
}
