import Foundation
@testable import RecoupeCore
@testable import RecoupeText
@testable import Recoupe
import Testing

/// The page for readers (issue 17): French by default, a legend, distinguishable entity colours,
/// reported speech apart from quotations, mixed-script spellings marked.
@Suite("Comparison page for readers")
struct ComparisonPageReaderTests {
    static func story() throws -> (Comparison, [Document]) {
        let folder = Repo.path("Tests/RecoupeTests/Fixtures/compare-story")
        let pipeline = try Pipeline.standard()
        let docs = try ["a1-le-temps", "a2-la-croix", "a3-le-soir", "a4-rts"].map { name in
            var doc = try DocumentReader().read(path: folder + "/" + name + ".txt")
            try pipeline.run(&doc)
            return doc
        }
        return (SourceComparer().compare(docs), docs)
    }

    @Test func frenchByDefaultEnglishOnRequest() throws {
        let (c, docs) = try Self.story()
        let fr = ComparisonPage(comparison: c, documents: docs).render()
        #expect(fr.contains("<html lang=\"fr\">") && fr.contains("<h2>Légende</h2>") && fr.contains("Les sources côte à côte"))
        #expect(!fr.contains("Sources side by side"))
        let en = ComparisonPage(comparison: c, documents: docs, ui: .en).render()
        #expect(en.contains("<html lang=\"en\">") && en.contains("<h2>Legend</h2>") && en.contains("Sources side by side"))
        // Outlets name the sources.
        for outlet in ["Le Temps", "La Croix", "Le Soir", "RTS Info"] { #expect(fr.contains("<h3>\(outlet)</h3>")) }
    }

    @Test func reportedSpeechIsNotPrintedAsAQuotation() throws {
        let (c, docs) = try Self.story()
        let html = ComparisonPage(comparison: c, documents: docs).render()
        let quoteTable = try #require(html.range(of: "<table id=\"quote-table\">")).lowerBound
        let rows = html[quoteTable...]
        #expect(rows.contains("<span class=\"reported-speech\">") && rows.contains("discours rapporté"))
        #expect(!rows.contains("« <a href=\"#d3-"))  // a4-rts (document 3) reports Lavrov's words: no « »
        #expect(rows.contains("<q class=\"verbatim\">« "))
        #expect(html.contains("data-form=\"reported-speech\"") && html.contains("data-form=\"verbatim\""))
    }

    @Test func mixedScriptSpellingsAreMarkedInTheEntityIndex() throws {
        let pipeline = try Pipeline.standard(Pipeline.Options(language: "fr"))
        let docs = try ["Sergueï L\u{0430}vrov a parlé à Genève.", "Sergueï Lavrov a parlé à Genève."].enumerated().map { n, text in
            var d = Document(id: "s\(n)", text: text)
            try pipeline.run(&d)
            return d
        }
        let html = ComparisonPage(comparison: SourceComparer().compare(docs), documents: docs).render()
        #expect(html.contains("<span class=\"mixed-script\" title=\"Cyrillic а (U+0430)\">⚠ alphabets mêlés</span>"))
    }

    /// Neighbouring entities (and any two of the first 24) differ by CIE ΔE76 ≥ 15 (about
    /// "clearly different" on a screen); one lightness for all, as before, gave 3.5.
    @Test func entityColoursAreDistinguishable() {
        let labs = (0..<24).map { EntityPalette.lab(EntityPalette.colour($0)) }
        var worst = Double.infinity
        for i in labs.indices { for j in labs.indices where j > i { worst = min(worst, EntityPalette.deltaE76(labs[i], labs[j])) } }
        #expect(worst >= 15, "min ΔE76 \(worst)")
        // Light enough for dark text: L* ≥ 50 for every colour.
        #expect(EntityPalette.colours.allSatisfy { EntityPalette.lab($0).l >= 50 })
        // The old scheme, one lightness: golden-angle hues at 80 %.
        let old = (0..<24).map { EntityPalette.lab(EntityPalette.rgb(hue: (Double($0) * 137.508).truncatingRemainder(dividingBy: 360), saturation: 0.75, lightness: 0.8)) }
        var oldWorst = Double.infinity
        for i in old.indices { for j in old.indices where j > i { oldWorst = min(oldWorst, EntityPalette.deltaE76(old[i], old[j])) } }
        #expect(oldWorst < worst)
    }
}
