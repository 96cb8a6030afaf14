import Foundation
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Entities and quotations of the English and Russian gold texts, scored per language.
@Suite("English and Russian gold: entities and quotes")
struct MultilingualGoldTests {
    struct LanguageScores {
        var entities = MultilingualGold.Score(), links = MultilingualGold.Score()
        var quotes = MultilingualGold.Score(), speakers = MultilingualGold.Score()
    }

    /// Scores by language; `heldOut` selects the texts written after the rules were tuned
    /// (`*-heldout-*`), or the development texts.
    static func scores(heldOut: Bool) throws -> [String: LanguageScores] {
        var out: [String: LanguageScores] = [:]
        for name in MultilingualGold.names where name.contains("-heldout-") == heldOut {
            let (gold, doc) = try MultilingualGold.load(name)
            assertSpansSlice(doc)
            #expect(doc.source.language == gold.language, "\(name) detected as \(doc.source.language)")
            var s = out[gold.language, default: LanguageScores()]
            s.entities = s.entities + gold.entityScore(doc)
            s.links = s.links + gold.personLinkScore(doc)
            s.quotes = s.quotes + gold.quoteScore(doc)
            s.speakers = s.speakers + gold.speakerScore(doc)
            out[gold.language] = s
        }
        return out
    }

    @Test("per-language precision and recall", arguments: [false, true])
    func perLanguage(heldOut: Bool) throws {
        let all = try Self.scores(heldOut: heldOut)
        #expect(Set(all.keys) == ["en", "ru"])
        for (language, s) in all.sorted(by: { $0.key < $1.key }) {
            print("GOLD \(heldOut ? "held-out" : "dev") \(language) entities \(s.entities) | people linked \(s.links) | quotes \(s.quotes) | speakers \(s.speakers)")
            // Floors under the figures in docs/languages.md, to catch regressions.
            #expect(s.entities.precision >= 0.85 && s.entities.recall >= 0.9, "\(language) entities \(s.entities)")
            #expect(s.links.recall >= 0.9, "\(language) people linked \(s.links)")
            #expect(s.quotes.precision >= 0.9 && s.quotes.recall >= 0.9, "\(language) quotes \(s.quotes)")
            #expect(s.speakers.precision >= 0.9 && s.speakers.recall >= 0.8, "\(language) speakers \(s.speakers)")
        }
    }
}
