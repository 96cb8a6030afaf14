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

@Suite("Quotation alignment and numbers")
struct QuoteAlignmentTests {
    /// A one-quote document: `text` with the quotation's content given by `content`.
    static func doc(_ id: String, _ text: String, content: String, speaker: String?, kb: String?) throws -> Document {
        var d = try annotate(text, id: id)
        d.mentions = []
        d.entities = []
        let (cs, ce) = HandAnnotatedSeeds.span(d, content)
        var q = Quote(start: cs - 2, end: ce + 2, contentStart: cs, contentEnd: ce, kind: .direct, confidence: 1)
        if let speaker {
            let (s, e) = HandAnnotatedSeeds.span(d, speaker)
            q.speaker = .init(start: s, end: e, text: speaker, kbId: kb)
        }
        d.quotes = [q]
        return d
    }

    static let full = "Sergueï Lavrov a déclaré : « Nous sommes prêts à reprendre le dialogue avec Washington sans conditions préalables » devant la presse."

    /// (second text, its quoted content, its speaker, aligned?, relation)
    static let cases: [(String, String, String?, Bool, String)] = [
        ("Lavrov a dit : « Nous sommes prêts à reprendre le dialogue avec Washington sans conditions préalables ».",
         "Nous sommes prêts à reprendre le dialogue avec Washington sans conditions préalables", "Lavrov", true, "identical"),
        ("Selon Lavrov, Moscou est « prêts à reprendre le dialogue avec Washington » aujourd’hui.",
         "prêts à reprendre le dialogue avec Washington", "Lavrov", true, "partial"),
        ("Lavrov a dit : « Nous sommes disposés à reprendre le dialogue avec Washington sans aucune condition préalable ».",
         "Nous sommes disposés à reprendre le dialogue avec Washington sans aucune condition préalable", "Lavrov", true, "reworded"),
        ("Lavrov a dit : « Les sanctions doivent être levées avant tout accord ».",
         "Les sanctions doivent être levées avant tout accord", "Lavrov", false, "single"),
        // Same words, another speaker: aligned, and the attribution divergence is reported.
        ("Dmitri Peskov a dit : « Nous sommes prêts à reprendre le dialogue avec Washington sans conditions préalables ».",
         "Nous sommes prêts à reprendre le dialogue avec Washington sans conditions préalables", "Dmitri Peskov", true, "identical"),
    ]

    @Test(arguments: cases.indices)
    func alignment(_ i: Int) throws {
        let (text, content, speaker, aligned, relation) = Self.cases[i]
        let a = try Self.doc("a", Self.full, content: "Nous sommes prêts à reprendre le dialogue avec Washington sans conditions préalables",
                             speaker: "Sergueï Lavrov", kb: nil)
        let b = try Self.doc("b", text, content: content, speaker: speaker, kb: nil)
        let c = SourceComparer().compare([a, b])
        #expect(c.quotes.count == (aligned ? 1 : 2), "case \(i)")
        if aligned {
            #expect(c.quotes[0].shared && c.quotes[0].relation == relation, "case \(i): \(c.quotes[0].relation)")
            let attribution = c.divergences.contains { $0.kind == .quoteAttribution }
            #expect(attribution == (speaker == "Dmitri Peskov"), "case \(i)")
            #expect(c.divergences.contains { $0.kind == .quoteWording } == (relation != "identical"), "case \(i)")
        } else {
            #expect(c.quotes.allSatisfy { $0.relation == "single" })
        }
    }

    @Test func speakersReconciledBySpelling() throws {
        // Speaker spans without kb_id: "Sergueï Lavrov" and "Lavrov" share the surname key,
        // but only entity mentions reconcile speakers; here both fall back to the words' key.
        let a = try Self.doc("a", Self.full, content: "Nous sommes prêts à reprendre le dialogue avec Washington sans conditions préalables", speaker: "Sergueï Lavrov", kb: "lavrov")
        let b = try Self.doc("b", Self.cases[1].0, content: Self.cases[1].1, speaker: "Lavrov", kb: "lavrov")
        let c = SourceComparer().compare([a, b])
        #expect(c.quotes.count == 1 && c.quotes[0].speaker == "lavrov")
    }

    @Test func differingNumbers() throws {
        let a = try annotate("La réunion a duré cinq heures et porté sur 6 propriétés.", id: "a")
        let b = try annotate("La réunion a duré quatre heures et porté sur six propriétés.", id: "b")
        let c = SourceComparer().compare([a, b])
        let hours = try #require(c.numbers.first { $0.unit == "heure" })
        #expect(hours.differs)
        #expect(hours.occurrences.map(\.value) == ["5", "4"])
        #expect(hours.occurrences.map(\.at.text) == ["cinq heures", "quatre heures"])
        let properties = try #require(c.numbers.first { $0.unit == "propriété" })
        #expect(!properties.differs)
        #expect(c.divergences.filter { $0.kind == .number }.map(\.subject) == ["heure"])
        // "tous deux déclaré": neither a count nor a counted word.
        let d = try annotate("Les deux parties ont tous deux déclaré la fin.", id: "d")
        #expect(SourceComparer().compare([d]).numbers.map(\.unit) == ["partie"])
    }

    @Test(arguments: [
        ("Alexandre Dartchiev", "Alexander Darchiev", true),
        ("Maria Zakharova", "Mariya Zakharova", true),
        ("A. Dartchiev", "Alexander Darchiev", true),
        ("Александр Дарчиев", "Alexandre Dartchiev", true),
        ("Sergueï Lavrov", "Sergey Lavrov", true),
        ("Дарчиев", "Darchiev", true),
        ("Dmitri Peskov", "Dmitry Peskov", true),
        ("Alexandre Dartchiev", "Boris Dartchiev", false),
        ("Anatoli Antonov", "Anton Antonov", false),
        ("Marco Rubio", "Marco Rossi", false),
    ])
    func namesMeetUnderTheVariantKey(_ a: String, _ b: String, _ same: Bool) {
        #expect(NameVariantKey.samePerson(a, b) == same, "\(a) / \(b): \(NameVariantKey.key(a)) / \(NameVariantKey.key(b))")
    }
}
