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

@Suite("Entity lexicons: format, override, shipped content")
struct LexiconTests {
    @Test("the TSV format: names per language, aliases, roles with dates, match flags")
    func parse() throws {
        let text = """
        # comment
        per:x\tPER\tAlexandre Dartchiev\tfr:Alexandre Dartchiev|en:Alexander Darchiev|ru:Александр Дарчиев\tDartchiev\tambassadeur de Russie aux États-Unis@2025-03-06/|directeur@2021/2025

        org:y\tORG\tOTAN\t\tNATO|OTAN\t\texact
        """
        let entries = try LexiconReader.parse(text)
        #expect(entries.count == 2)
        let p = entries[0]
        #expect(p.names.map(\.language) == ["fr", "en", "ru"])
        #expect(p.names[2].text == "Александр Дарчиев")
        #expect(p.roles[0] == LexiconEntry.Role(title: "ambassadeur de Russie aux États-Unis", from: "2025-03-06", to: nil))
        #expect(p.roles[1] == LexiconEntry.Role(title: "directeur", from: "2021", to: "2025"))
        #expect(entries[1].sensitivity == [.caseSensitive, .accentSensitive])
        // Round trip.
        #expect(try LexiconReader.parse(entries.map(\.tsvLine).joined(separator: "\n")) == entries)
    }

    @Test("errors name the file and line", arguments: ["x\tPER", "x\tDATE\tY", "x\tPER\tY\t\t\t\tloud", "\tPER\tY"])
    func errors(_ line: String) {
        #expect(throws: LexiconReader.ParseError.self) { try LexiconReader.parse("# ok\n" + line, file: "f.tsv") }
        do { _ = try LexiconReader.parse("# ok\n" + line, file: "f.tsv") } catch let e as LexiconReader.ParseError {
            #expect(e.line == 2 && e.description.hasPrefix("f.tsv:2:"))
        } catch {}
    }

    @Test("a later file overrides an earlier id in place")
    func override() throws {
        var lex = Lexicon(try LexiconReader.parse("a\tPER\tOld\nb\tLOC\tB"))
        lex.add(try LexiconReader.parse("a\tORG\tNew"))
        #expect(lex.entries.map(\.canonical) == ["New", "B"])
        #expect(lex.entry(id: "a")?.label == .organization)
    }

    @Test("the shipped lexicons parse, and are found from the test bundle")
    func shipped() throws {
        let dir = try #require(LexiconLocator.shippedDirectory())
        #expect(FileManager.default.fileExists(atPath: dir + "/entities/20-people.tsv"))
        let lex = try Lexicon.load(Pipeline.Options(lexiconDirectory: Repo.path("Lexicons")))
        #expect(lex.count > 900)
        // CLDR-generated countries and capitals in three languages, plus exonyms.
        let ru = try #require(lex.entry(id: "loc:country:RU"))
        #expect(Set(ru.names.map(\.text)).isSuperset(of: ["Russie", "Russia", "Россия"]))
        let moscow = try #require(lex.entry(id: "loc:capital:RU"))
        #expect(Set(moscow.names.map(\.text)).isSuperset(of: ["Moscou", "Moscow", "Москва"]))
        #expect(lex.entry(id: "loc:country:TR").map { $0.aliases.contains("Türkiye") || $0.names.contains { $0.text == "Türkiye" } } == true)
        #expect(lex.entry(id: "loc:capital:CN")?.canonical == "Pékin")
        #expect(lex.entry(id: "loc:capital:SA")?.canonical == "Riyad")
        for id in ["org:un", "org:nato", "org:us-state-department", "org:ru-mfa", "org:kremlin", "org:white-house", "org:tass"] {
            #expect(lex.entry(id: id) != nil, "\(id)")
        }
    }

    @Test("the committed geography lexicon is what the generator writes from this ICU")
    func generatedIsCurrent() throws {
        let committed = try String(contentsOfFile: Repo.path("Lexicons/entities/10-geography.tsv"), encoding: .utf8)
        #expect(committed == (try GeographyLexicon.tsv()))
    }

    /// Runs a lexicon script with python3 and checks that its standard output is the committed file.
    func expectScriptWritesCommittedFile(_ arguments: [String], _ committedPath: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let generated = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let committed = try String(contentsOfFile: Repo.path(committedPath), encoding: .utf8)
        #expect(committed == String(decoding: generated, as: UTF8.self))
    }

    @Test("the committed subdivisions lexicon is what scripts/lexicons/subdivisions.py writes from this CLDR",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/unicode/cldr/common/subdivisions/fr.xml")
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs unicode-cldr-core and python3"))
    func subdivisionsAreCurrent() throws {
        try expectScriptWritesCommittedFile([Repo.path("scripts/lexicons/subdivisions.py"), Repo.path("")], "Lexicons/entities/12-subdivisions.tsv")
    }

    @Test("the committed sports-clubs lexicon is what scripts/lexicons/clubs.py writes",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3"))
    func clubsAreCurrent() throws {
        try expectScriptWritesCommittedFile([Repo.path("scripts/lexicons/clubs.py")], "Lexicons/entities/36-sports-clubs.tsv")
    }

    @Test("a state is a place where the tagger reads a person; a city keeps its entry over its region's")
    func subdivisionsAreFoundAndCitiesKeepTheirs() throws {
        let lex = try Lexicon.load(Pipeline.Options(lexiconDirectory: Repo.path("Lexicons")))
        #expect(lex.entry(id: "loc:subdivision:usky")?.canonical == "Kentucky")
        #expect(lex.entry(id: "loc:subdivision:debw")?.canonical == "Bade-Wurtemberg")
        // Given names stay to the tagger and the rules ("Victoria" of Australia); cities keep their entry.
        #expect(lex.entry(id: "loc:subdivision:auvic") == nil)
        #expect(lex.entry(id: "loc:subdivision:rumow") == nil)
        #expect(lex.entry(id: "loc:subdivision:tr34") == nil)
    }

    @Test("names split as the document tokenizer splits them")
    func nameTokenizerAgrees() throws {
        let lex = try Lexicon.load(Pipeline.Options(lexiconDirectory: Repo.path("Lexicons")))
        let names = Array(Set(lex.entries.flatMap { e in e.matchForms.map(\.text) })).sorted()
        let batch = try NameTokenizer.tokenize(names)
        let tokenizer = try Tokenizer()
        var simpleCount = 0
        for (i, name) in names.enumerated() {
            let reference = try tokenizer.tokenize(name).filter { $0.kind != .space }.map {
                String(String.UnicodeScalarView(Array(name.unicodeScalars)[$0.start..<$0.end]))
            }
            #expect(batch[i] == reference, "\(name)")
            if let simple = NameTokenizer.splitSimple(name) {
                simpleCount += 1
                #expect(simple == reference, "\(name)")
            }
        }
        #expect(simpleCount > names.count / 2)
    }
}

@Suite("Lexicon location and user overrides")
struct LexiconLocationTests {
    @Test("RECOUPE_LEXICONS wins; without it the folder is found from the executable or the current directory")
    func locator() throws {
        let scratch = try TemporaryFolder("lexicons-env")
        defer { scratch.remove() }
        let dir = scratch.path
        try FileManager.default.createDirectory(atPath: dir + "/entities", withIntermediateDirectories: true)
        #expect(LexiconLocator.shippedDirectory(environment: ["RECOUPE_LEXICONS": dir]) == dir)
        let found = try #require(LexiconLocator.shippedDirectory(environment: [:]))
        #expect(FileManager.default.fileExists(atPath: found + "/entities/10-geography.tsv"))
        // A missing folder in the variable falls back to the search.
        #expect(LexiconLocator.shippedDirectory(environment: ["RECOUPE_LEXICONS": "/nonexistent"]) == found)
    }

    @Test("RECOUPE_LEXICONS wins over the executable; nothing found names every place searched")
    func locatorOrderAndError() throws {
        let scratch = try TemporaryFolder("lexicons-env2")
        defer { scratch.remove() }
        let dir = scratch.path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let exe = Repo.path(".build/debug/recoupe")
        #expect(try LexiconLocator.locate(environment: ["RECOUPE_LEXICONS": dir], executable: exe) == dir)
        #expect(try LexiconLocator.locate(environment: [:], executable: exe) == Repo.path("Lexicons"))
        do {
            _ = try LexiconLocator.locate(environment: ["RECOUPE_LEXICONS": "/nonexistent/lexicons"],
                                          executable: "/nonexistent/bin/recoupe",
                                          currentDirectory: "/nonexistent/cwd",
                                          sourceFile: "/nonexistent/src/LexiconLocator.swift")
            Issue.record("expected LexiconLocator.NotFound")
        } catch let error as LexiconLocator.NotFound {
            let message = error.description
            for place in ["RECOUPE_LEXICONS=/nonexistent/lexicons", "/nonexistent/bin", "/nonexistent/cwd", "/nonexistent/src"] {
                #expect(message.contains(place), "\(message)")
            }
        }
    }

    @Test("a lexicon folder without language profiles keeps the shipped ones")
    func languageProfilesFallBack() throws {
        let scratch = try TemporaryFolder("no-profiles")
        defer { scratch.remove() }
        let dir = scratch.path
        try FileManager.default.createDirectory(atPath: dir + "/entities", withIntermediateDirectories: true)
        let fallback = try LanguageModel.shipped(lexiconDirectory: dir)
        let shipped = try LanguageModel.shipped()
        #expect(fallback.languages == shipped.languages)
        #expect(shipped.languages.contains("fr"))
    }

    @Test("a --lexicon file overrides a shipped entry by id and adds new names")
    func userOverride() throws {
        let lex = """
        per:sergey-lavrov\tPER\tSergey Viktorovich Lavrov\tru:Сергей Лавров\tLavrov|Sergueï Lavrov
        org:quai\tORG\tQuai Branly\t\tmusée du quai Branly
        """
        let doc = try annotateWith("Sergueï Lavrov a visité le musée du quai Branly.", lexicon: lex)
        #expect(doc.mentions("Sergueï Lavrov").first?.canonical == "Sergey Viktorovich Lavrov")
        #expect(doc.mentions("musée du quai Branly").first?.kbId == "org:quai")
    }
}
