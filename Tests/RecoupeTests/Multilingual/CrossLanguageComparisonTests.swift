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

/// The issue's "done" test: the two French seeds and the English and Russian versions of their
/// story, compared; every person of the hand annotations is one entity across the languages.
@Suite("Comparison across French, English and Russian sources")
struct CrossLanguageComparisonTests {
    /// The French gold (`Gold/*.entities.tsv`) has no ids: its people, by surface, with the
    /// identity the English and Russian gold files give them.
    static let frenchPeople: [String: String] = [
        "Sergueï Lavrov": "per:sergey-lavrov", "Marco Rubio": "per:marco-rubio", "Sonata Coulter": "per:sonata-coulter",
        "Coulter": "per:sonata-coulter", "Alexandre Dartchiev": "per:alexander-darchiev", "Alexander Darchiev": "per:alexander-darchiev",
        "Maria Zakharova": "per:maria-zakharova", "Vladimir Poutine": "per:vladimir-putin", "Donald Trump": "per:donald-trump",
        "Anatoli Antonov": "per:anatoly-antonov", "Dmitri Peskov": "per:dmitry-peskov", "Tammy Bruce": "per:tammy-bruce",
    ]

    struct GoldPerson: Hashable { var doc: String; var start: Int; var end: Int; var person: String }

    static func goldPeople() throws -> [GoldPerson] {
        var out: [GoldPerson] = []
        for seed in Repo.seedPaths {
            let id = DocumentReader.defaultID(seed)
            let tsv = try String(contentsOfFile: Repo.path("Tests/RecoupeTests/Gold/\(id).entities.tsv"), encoding: .utf8)
            for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count >= 4, f[2] == "PER" else { continue }
                let person = try #require(frenchPeople[f[3]], "no identity for French gold person \(f[3])")
                out.append(GoldPerson(doc: id, start: Int(f[0])!, end: Int(f[1])!, person: person))
            }
        }
        for name in ["en-istanbul-talks", "ru-istanbul-talks"] {
            let gold = try JSONDecoder().decode(MultilingualGold.self, from: Data(contentsOf: URL(fileURLWithPath: MultilingualGold.directory + "/\(name).gold.json")))
            out += gold.entities.filter { $0.label == "PER" }.map { GoldPerson(doc: name, start: $0.start, end: $0.end, person: $0.kb_id) }
        }
        return out
    }

    static func documents() throws -> [Document] {
        let paths = Repo.seedPaths + ["en-istanbul-talks", "ru-istanbul-talks"].map { MultilingualGold.directory + "/\($0).txt" }
        let pipeline = try Pipeline.standard()
        return try paths.map { path in
            var doc = try DocumentReader().read(path: path)
            try pipeline.run(&doc)
            return doc
        }
    }

    @Test("every person is one entity across the three languages")
    func peopleReconciled() throws {
        let docs = try Self.documents()
        #expect(docs.map(\.source.language) == ["fr", "fr", "en", "ru"])
        let comparison = SourceComparer().compare(docs)
        let gold = try Self.goldPeople()
        #expect(Set(gold.map(\.person)).count == 10)
        // Which compared entity holds each gold mention.
        var entityOf: [String: Set<String>] = [:]
        for g in gold {
            let holder = comparison.entities.first { e in
                e.perSource.contains { $0.doc == g.doc && $0.mentions.contains { $0.start == g.start && $0.end == g.end } }
            }
            #expect(holder != nil, "\(g.person) at \(g.doc):\(g.start) is in no compared entity")
            if let holder { entityOf[g.person, default: []].insert(holder.id) }
        }
        for (person, ids) in entityOf {
            #expect(ids.count == 1, "\(person) split into \(ids)")
            // The entity covers every source the person appears in, and nothing else holds them.
            let docsWithPerson = Set(gold.filter { $0.person == person }.map(\.doc))
            if let id = ids.first, let e = comparison.entities.first(where: { $0.id == id }) {
                #expect(Set(e.sources) == docsWithPerson, "\(person): \(e.sources) vs \(docsWithPerson)")
                #expect(e.label == .person)
            }
        }
        // Darchiev is named in all four sources, in three scripts and spellings.
        let darchiev = try #require(comparison.entities.first { $0.id == "per:alexander-darchiev" })
        #expect(darchiev.shared)
        #expect(Set(darchiev.perSource.flatMap(\.spellings).map(\.text)).isSuperset(of: ["Alexandre Dartchiev", "Alexander Darchiev", "Александр Дарчиев", "Дарчиев"]))
    }

    @Test("dates align across languages by value: 27 février, Feb. 27, 27 февраля")
    func datesAcrossLanguages() throws {
        let comparison = SourceComparer().compare(try Self.documents())
        let firstRound = try #require(comparison.dates.first { $0.value == "2025-02-27" })
        #expect(Set(firstRound.sources) == ["000_abb850366427119b", "003_3cbc4bbbaf2386d9", "en-istanbul-talks", "ru-istanbul-talks"])
        let talks = try #require(comparison.dates.first { $0.value == "2025-04-10" })
        #expect(Set(talks.sources) == ["003_3cbc4bbbaf2386d9", "en-istanbul-talks", "ru-istanbul-talks"])
    }

    @Test("a speaker's quotations in several languages are aligned as cross-language, not by wording")
    func quotesAcrossLanguages() throws {
        let comparison = SourceComparer().compare(try Self.documents())
        let darchiev = try #require(comparison.quotes.first { $0.speaker == "per:alexander-darchiev" && $0.shared })
        #expect(darchiev.relation == "cross-language")
        #expect(Set(darchiev.sources) == ["en-istanbul-talks", "ru-istanbul-talks"])
        let zakharova = try #require(comparison.quotes.first { $0.speaker == "per:maria-zakharova" && $0.shared })
        #expect(Set(zakharova.sources) == ["000_abb850366427119b", "en-istanbul-talks", "ru-istanbul-talks"])
    }
}
