import Foundation
@testable import Recoupe
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
        }
    }
}
