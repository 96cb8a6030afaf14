import Foundation
@testable import RecoupeCore
@testable import RecoupeNames
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

    /// The folder holds exactly the lists the code reads: none forgotten in `shippedLists`, none stale.
    @Test func folderMatchesShippedLists() throws {
        let root = Repo.path("Lexicons/cues")
        let files = try FileManager.default.subpathsOfDirectory(atPath: root)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
        #expect(Set(files) == Set(CueLexicon.shippedLists))
    }

    /// The Swift sets are the files' words (plus derived forms): a file entry reaches its property.
    @Test func propertiesHoldTheFilesWords() throws {
        #expect(try Set(CueLexicon.load("fr/roles")).isSubset(of: FrenchCues.roles))
        #expect(try Set(CueLexicon.load("en/roles")).isSubset(of: FrenchCues.roles))
        #expect(try Set(CueLexicon.load("fr/not-names")).isSubset(of: FrenchCues.notNames))
        #expect(try Set(CueLexicon.load("fr/name-particles")) == EntityRecognizer.particles)
        #expect(try Set(CueLexicon.load("fr/appointments")) == RoleExtractor.appointments)
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
