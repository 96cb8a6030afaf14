import Foundation
@testable import RecoupeCore
@testable import RecoupeText
@testable import Recoupe
import Testing

/// The issue 17 acceptance: four invented reports of one event (Tests/RecoupeTests/Fixtures/
/// compare-story) with front matter compare with dates resolved, outlets shown, the shared
/// quotation aligned (verbatim in three, reported in one), the role divergence, and no false
/// differences (capitals, apostrophes, clock times, a cut organisation name).
@Suite("Four-article story compared")
struct CompareStoryTests {
    let documents: [Document]
    let comparison: Comparison

    init() throws {
        let folder = Repo.path("Tests/RecoupeTests/Fixtures/compare-story")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let pipeline = try Pipeline.standard()
        documents = try files.map { name in
            var doc = try DocumentReader().read(path: folder + "/" + name)
            try pipeline.run(&doc)
            return doc
        }
        comparison = SourceComparer().compare(documents)
    }

    @Test func outletsAndDatesComeFromFrontMatter() throws {
        #expect(comparison.sources.map(\.outlet) == ["Le Temps", "La Croix", "Le Soir", "RTS Info"])
        #expect(comparison.sources.map(\.date) == ["2025-03-21", "2025-03-21", "2025-03-22", "2025-03-21"])
        #expect(documents.allSatisfy { !$0.text.hasPrefix("---") && !$0.warnings.contains { $0.code == "no-anchor" } })
        // "jeudi" in all four and "17 mars" in two are one date each, no "?jeudi" row.
        let thursday = try #require(comparison.dates.first { $0.value == "2025-03-20" })
        #expect(thursday.sources.count == 4)
        #expect(comparison.dates.first { $0.value == "2025-03-17" }?.sources.count == 2)
        #expect(!comparison.dates.contains { $0.value.hasPrefix("?") })
    }

    @Test func theSharedQuotationIsAlignedVerbatimAndReported() throws {
        let q = try #require(comparison.quotes.first { $0.shared })
        #expect(q.speakerName == "Sergueï Lavrov" && q.sources.count == 4)
        #expect(q.form == "verbatim-and-paraphrase")
        #expect(q.versions.filter(\.verbatim).count == 3 && q.versions.filter { !$0.verbatim }.map(\.doc) == ["a4-rts"])
        // Le Temps and La Croix differ only by an apostrophe: no difference; Le Soir cuts the end.
        #expect(!q.differences.contains { $0.doc == "a2-la-croix" })
        let soir = try #require(q.differences.first { $0.doc == "a3-le-soir" })
        #expect(soir.cut == ["mais pas à n'importe quel prix"] && soir.added.isEmpty && soir.changed.isEmpty)
        let rts = try #require(q.differences.first { $0.doc == "a4-rts" })
        #expect(rts.changed.map(\.to) == ["Moscou était prête"])
        #expect(comparison.divergences.contains { $0.kind == .quoteWording && $0.detail.contains("a3-le-soir cuts") })
    }

    @Test func theRoleChangeIsShown() throws {
        let role = try #require(comparison.divergences.first { $0.kind == .roleModality })
        #expect(role.subject == "Alexandre Dartchiev")
        #expect(Set(role.readings.compactMap(\.note)) == ["speculative", "stated"])
    }

    @Test func noFalseDifferences() throws {
        let kinds = Set(comparison.divergences.map(\.kind))
        #expect(!kinds.contains(.spelling) && !kinds.contains(.number) && !kinds.contains(.mixedScript) && !kinds.contains(.quoteAttribution),
                "\(comparison.divergences.map { "\($0.kind): \($0.detail)" })")
        #expect(comparison.entities.contains { $0.canonical == "Département fédéral des affaires étrangères" && $0.sources.count == 3 })
        #expect(!comparison.entities.contains { $0.canonical == "Département fédéral" })
        let geneva = try #require(comparison.entities.first { $0.canonical == "Genève" })
        #expect(geneva.shared && geneva.perSource.flatMap(\.spellings).contains { $0.text == "GENÈVE" })
    }

    @Test func everyPointerSlicesItsSource() throws {
        let byId = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        let pointers = comparison.quotes.flatMap(\.versions).map(\.content) + comparison.divergences.flatMap(\.readings).compactMap(\.at)
        for p in pointers { #expect(byId[p.doc]?.surface(start: p.start, end: p.end) == p.text) }
    }
}
