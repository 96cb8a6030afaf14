@testable import RecoupeCore
@testable import RecoupeNames
@testable import RecoupeDates
import Testing

/// The pre-checks that let the date parser and the organisation rule skip most words: they must turn
/// away no word their table holds, and the expressions they let through must still be found.
@Suite("Date and organisation word pre-checks")
struct DateStarterTests {
    /// Words of an ordinary French sentence, and of the tables themselves.
    static let sample = ("le la l' de des un une il ce cet cette ces maison ministère agence mars lundi hier veille jour-la " +
        "semaine annee siecle derniers meme y matin nuit tribunal groupe compagnie association société éèà ü 1er 2024")
        .split(separator: " ").map(String.init)

    @Test("a shape filter answers yes for every word of its set, and decides nothing else")
    func filterHasNoFalseNegatives() {
        let sets: [Set<String>] = [Set(FrenchDateParser.starters.keys), FrenchDateParser.articleFollowers.words, FrenchCues.organizationHeads, ["", "a"]]
        for words in sets {
            let filter = WordShapeFilter(words)
            for w in words { #expect(filter.mayContain(w), "\(w)") }
            for w in Self.sample where words.contains(w) { #expect(filter.mayContain(w)) }
        }
        // It turns most ordinary words away (that is its point).
        let followers = WordShapeFilter(FrenchDateParser.articleFollowers.words)
        #expect(!followers.mayContain("de") && !followers.mayContain("maison") && !followers.mayContain("chien"))
        let heads = WordShapeFilter(FrenchCues.organizationHeads)
        #expect(!heads.mayContain("de") && !heads.mayContain("maison") && !heads.mayContain("il"))
        #expect(!WordShapeFilter(["a"]).mayContain(""))
        #expect(EntityRecognizer.isOrganizationHead("ministère") && !EntityRecognizer.isOrganizationHead("maison"))
        // A screened set answers as its Set.
        let screened = ShapeScreenedSet(FrenchCues.organizationHeads)
        for w in Self.sample + Array(FrenchCues.organizationHeads) { #expect(screened.contains(w) == FrenchCues.organizationHeads.contains(w), "\(w)") }
    }

    @Test("isCueWord answers as the four cue Sets asked in turn")
    func cueWordMatchesTheSets() {
        let lists = [FrenchCues.civilities, FrenchCues.roles, FrenchCues.nationalities, FrenchCues.organizationHeads]
        for w in Self.sample + lists.flatMap(\.self) + ["m.", "mme", "ministre", "russe", "russes", "Paris", "président"] {
            #expect(EntityRecognizer.isCueWord(w) == lists.contains { $0.contains(w) }, "\(w)")
        }
    }

    @Test("a short-word table gives the dictionary's answers")
    func shortWordTableMatchesTheDictionary() {
        let table = ShortWordTable(FrenchDateParser.starters)
        func value(_ w: String) -> Int? { var w = w; return w.withUTF8 { table.value(utf8: $0) } }
        for (w, v) in FrenchDateParser.starters { #expect(value(w) == v, "\(w)") }
        for w in Self.sample + ["", "l", "lundis", "c'", "fevrier.", "jeud", "\u{2019}"] { #expect(value(w) == FrenchDateParser.starters[w], "\(w)") }
        #expect(value("la") == FrenchDateParser.articleStarter && value("une") == 1 && value("des") == nil)
    }

    @Test("the unit words are the words `unit(_:)` knows")
    func unitWords() {
        #expect(FrenchDateParser.unitWords.allSatisfy { FrenchDateParser.unit($0) != nil })
        #expect(FrenchDateParser.unitWords.allSatisfy { FrenchDateParser.articleFollowers.contains($0) })
        #expect(FrenchDateParser.unit("heure") == nil)
    }

    /// Each kind of word that may follow an article starter still makes its expression; other words make none.
    @Test("article starters before their followers", arguments: [
        ("Il y a deux ans, rien.", "Il y a deux ans"), ("Il est venu ce jour-là.", "ce jour-là"), ("Le 3 mars 2011, puis le même jour.", "même jour"),
        ("Il est parti l'an dernier.", "l'an dernier"), ("Il dort cette nuit.", "cette nuit"), ("Ce mois-ci, rien.", "Ce mois-ci"),
        ("Ces derniers jours, rien.", "Ces derniers jours"), ("Il a parlé la veille de partir.", "la veille"), ("Cette année, rien.", "Cette année"),
    ])
    func articleFollowers(_ text: String, _ surface: String) throws {
        let doc = try annotateWith(text, date: "2025-04-10")
        #expect(doc.dates.map(\.surface).contains(surface), "\(doc.dates.map(\.surface))")
    }

    @Test("article starters before other words", arguments: ["La maison est grande.", "Il part, ce chien le suit.", "Ces gens, cette femme, cet homme."])
    func noDateAfterArticles(_ text: String) throws {
        #expect(try annotateWith(text, date: "2025-04-10").dates.isEmpty)
    }
}
