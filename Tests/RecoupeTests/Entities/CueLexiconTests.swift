import Foundation
@testable import RecoupeCore
@testable import RecoupeNames
@testable import RecoupeQuotes
@testable import RecoupeDates
import Testing

@Suite("Entities: cue word lists")
struct CueLexiconTests {
    /// Every shipped list loads, has entries, and none is untrimmed or repeated (checked on the raw
    /// lines too, not only through the loader's own validation).
    @Test(arguments: CueLexicon.shippedLists)
    func shippedListIsValid(_ name: String) throws {
        let words = try CueLexicon.load(name)
        #expect(!words.isEmpty)
        let raw = try String(contentsOfFile: Repo.path("Lexicons/" + CueLexicon.file(name)), encoding: .utf8)
        let lines = raw.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(lines == words, "\(name): loaded entries differ from the file's lines")
        #expect(Set(lines).count == lines.count, "\(name) has a duplicate")
        for w in lines { #expect(w == w.trimmingCharacters(in: .whitespacesAndNewlines) && !w.isEmpty, "\(name): \"\(w)\"") }
    }

    /// The folder holds exactly the lists the code reads (entity cues and quotation words): none
    /// forgotten in a `shippedLists`, none stale, none claimed by both stages.
    @Test func folderMatchesShippedLists() throws {
        let root = Repo.path("Lexicons/cues")
        let files = try FileManager.default.subpathsOfDirectory(atPath: root)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
        #expect(Set(files) == Set(CueLexicon.shippedLists).union(QuoteCueLexicon.shippedLists).union(DateCueLexicon.shippedLists))
        #expect(Set(CueLexicon.shippedLists).isDisjoint(with: QuoteCueLexicon.shippedLists))
        #expect(Set(DateCueLexicon.shippedLists).isDisjoint(with: Set(CueLexicon.shippedLists).union(QuoteCueLexicon.shippedLists)))
    }

    /// Every date list is valid (as a quotation list); folding keeps its entries distinct.
    @Test(arguments: DateCueLexicon.shippedLists)
    func dateListIsValid(_ name: String) throws {
        let words = try Self.checkCommentedList(name)
        #expect(DateCueLexicon.folded(name).count == words.count, "\(name): two entries fold to one")
    }

    /// Every quotation list loads, has entries, says what it is for, and its loaded entries are the file's lines.
    @Test(arguments: QuoteCueLexicon.shippedLists)
    func quoteListIsValid(_ name: String) throws {
        _ = try Self.checkCommentedList(name)
    }

    /// The checks of a list whose file opens with a comment saying what it is for; its loaded entries.
    static func checkCommentedList(_ name: String) throws -> [String] {
        let words = try CueListFile.load(name)
        #expect(!words.isEmpty)
        let raw = try String(contentsOfFile: Repo.path("Lexicons/" + CueListFile.file(name)), encoding: .utf8)
        let lines = raw.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(lines == words, "\(name): loaded entries differ from the file's lines")
        #expect(raw.hasPrefix("# "), "\(name): no comment saying what the list is for")
        return words
    }

    /// Each quotation property is its file's words: a file entry reaches the code that matches on it.
    @Test func quotePropertiesHoldTheFilesWords() throws {
        let properties: [(String, Set<String>)] = [
            ("fr/quote-auxiliaries", QuoteWords.auxiliaries), ("fr/quote-subject-pronouns", QuoteWords.subjectPronouns),
            ("fr/quote-impersonal-verbs", QuoteWords.impersonalVerbs), ("fr/quote-passive-auxiliaries", QuoteWords.passiveAuxiliaries),
            ("fr/quote-adverbs", QuoteWords.adverbs), ("fr/quote-connectors", QuoteWords.connectors),
            ("fr/quote-clause-pronouns", QuoteWords.clauseOpeningPronouns), ("fr/quote-name-links", QuoteWords.nameLinks),
            ("fr/quote-prepositions", QuoteWords.prepositions), ("fr/quote-complement-prepositions", QuoteWords.complementPrepositions),
            ("fr/quote-articles", QuoteWords.articles), ("fr/quote-determiners", QuoteWords.determiners),
            ("fr/quote-phrase-stops", QuoteWords.phraseStops), ("fr/quote-document-nouns", QuoteWords.documentNouns),
            ("fr/quote-mention-cues", QuoteWords.mentionCues), ("fr/quote-dialogue-words", QuoteWords.dialogueWords),
            ("fr/quote-clause-enders", QuoteWords.clauseEnders), ("fr/quote-months", QuoteWords.monthNames),
            ("fr/quote-organization-nouns", SpeakerLinker.organizationNouns),
            ("fr/quote-abstract-suffixes", Set(SpeakerLinker.abstractSuffixes)),
            ("fr/quote-naming-words", QuoteFinderRun.namingWords),
            ("fr/quote-time-words", SpeechCueMatcher.timeWords), ("fr/quote-holders", SpeechCueMatcher.holders),
            ("fr/quote-time-nouns", QuoteFinderRun.timeNouns), ("fr/quote-not-complementizers", QuoteFinderRun.notComplementizer),
            ("fr/quote-address-prepositions", QuoteFinderRun.addressPrepositions),
            ("fr/quote-mid-according", QuoteFinderRun.beforeMidAccording), ("fr/quote-report-nouns", QuoteFinderRun.reportNouns),
            ("fr/quote-causative-complements", QuoteFinderRun.causativeComplements),
            ("fr/quote-no-infinitive-report", QuoteFinderRun.noInfinitiveReport),
            ("fr/quote-person-nouns", SpeakerLinker.otherPersonNouns),
            ("en/quote-determiners", EnglishRussianQuoteFinder.englishDeterminers),
            ("en/quote-skippable", EnglishRussianQuoteFinder.englishSkippable),
            ("ru/quote-skippable", EnglishRussianQuoteFinder.russianSkippable),
        ]
        #expect(Set(properties.map(\.0)).count == properties.count)
        #expect(Set(properties.map(\.0)).union(["fr/quote-inverted-pronouns"]) == Set(QuoteCueLexicon.shippedLists))
        for (name, property) in properties { #expect(try Set(QuoteCueLexicon.load(name)) == property, "\(name)") }
        let inversions = try QuoteCueLexicon.load("fr/quote-inverted-pronouns")
        #expect(QuoteWords.invertedPronouns.count == inversions.count)
        #expect(QuoteWords.invertedPronouns["-t-il"] == "il" && QuoteWords.invertedPronouns["-elles"] == "elles")
    }

    /// A missing quotation list is an error naming its file.
    @Test func missingQuoteListIsNamed() throws {
        let error = try #require(throws: LexiconLocator.MissingFile.self) { try QuoteCueLexicon.load("fr/quote-no-such-list") }
        #expect(error.file == "cues/fr/quote-no-such-list.txt")
        #expect(error.description.contains("cues/fr/quote-no-such-list.txt"))
    }

    /// A quotation list is read as strictly as the entity cues: a repeated entry is
    /// an error naming file and line; a "KEY VALUE" list with a malformed line or a repeated key names the entry.
    @Test func invalidQuoteListIsNamed() throws {
        let dir = try TemporaryFolder("quote-cues")
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.file("cues/fr"), withIntermediateDirectories: true)
        try "# adverbs\naussi\nencore\naussi\n".write(toFile: dir.file("cues/fr/quote-adverbs.txt"), atomically: true, encoding: .utf8)
        let error = try #require(throws: QuoteCueLexicon.InvalidFile.self) { try QuoteCueLexicon.load("fr/quote-adverbs", lexiconDirectory: dir.path) }
        #expect(error.file == "cues/fr/quote-adverbs.txt" && error.line == 4 && error.description.contains("twice"))
        #expect(try QuoteCueLexicon.pairs(["-t-il il", "-il il"], file: "f") == ["-t-il": "il", "-il": "il"])
        for bad in [["-t-il"], ["-t-il il", "-t-il elle"], ["-t-il  il"]] {
            let e = try #require(throws: QuoteCueLexicon.InvalidFile.self) { try QuoteCueLexicon.pairs(bad, file: "cues/fr/quote-inverted-pronouns.txt") }
            #expect(e.description.contains("cues/fr/quote-inverted-pronouns.txt") && e.description.contains("KEY VALUE"))
        }
    }

    /// The Swift sets are the files' words (plus derived forms): a file entry reaches its property.
    @Test func propertiesHoldTheFilesWords() throws {
        #expect(try Set(CueLexicon.load("fr/roles")).isSubset(of: FrenchCues.roles))
        #expect(try Set(CueLexicon.load("en/roles")).isSubset(of: FrenchCues.roles))
        #expect(try Set(CueLexicon.load("fr/not-names")).isSubset(of: FrenchCues.notNames))
        #expect(try Set(CueLexicon.load("fr/name-particles")) == EntityRecognizer.particles)
        #expect(try Set(CueLexicon.load("fr/appointments")) == RoleExtractor.appointments)
        #expect(try Set(CueLexicon.load("fr/ordinal-suffixes")) == RoleExtractor.ordinalSuffixes)
        #expect(try Set(CueLexicon.load("fr/company-forms")) == FrenchCues.companyForms)
        #expect(FrenchCues.organizationWords.isDisjoint(with: FrenchCues.companyForms))
        // Derived forms: French feminine plural, Russian case forms.
        #expect(FrenchCues.nationalities.isSuperset(of: ["américaines", "ukrainienne", "turque", "occidentaux"]))
        #expect(FrenchCues.roles.contains("министра"))
    }

    /// A missing list is an error naming its file, not an empty list that cues nothing.
    @Test func missingFileIsNamed() throws {
        let error = try #require(throws: LexiconLocator.MissingFile.self) { try CueLexicon.load("xx/no-such-list") }
        #expect(error.file == "cues/xx/no-such-list.txt")
        #expect(error.description.contains("cues/xx/no-such-list.txt"))
    }

    /// An invalid list (repeated or untrimmed entry, no entry) is an error naming the file and line;
    /// `lexiconDirectory` is honoured.
    @Test(arguments: [
        ("# roles\nministre\nmaire\nministre\n", 4, "twice"),
        ("ministre\n maire\n", 2, "spaces"),
        ("# only a comment\n\n", nil, "no entry"),
    ] as [(String, Int?, String)])
    func invalidFileIsNamed(_ text: String, _ line: Int?, _ reason: String) throws {
        let dir = try TemporaryFolder("cues")
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.file("cues/fr"), withIntermediateDirectories: true)
        try text.write(toFile: dir.file("cues/fr/roles.txt"), atomically: true, encoding: .utf8)
        let error = try #require(throws: CueLexicon.InvalidFile.self) { try CueLexicon.load("fr/roles", lexiconDirectory: dir.path) }
        #expect(error.file == "cues/fr/roles.txt")
        #expect(error.line == line)
        #expect(error.description.contains("cues/fr/roles.txt") && error.description.contains(reason))
    }

    @Test func customDirectoryWins() throws {
        let dir = try TemporaryFolder("cues")
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.file("cues/fr"), withIntermediateDirectories: true)
        try "# test\nvizir\n".write(toFile: dir.file("cues/fr/roles.txt"), atomically: true, encoding: .utf8)
        #expect(try CueLexicon.load("fr/roles", lexiconDirectory: dir.path) == ["vizir"])
    }
}
