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

/// Rows of a tab-separated fixture under Tests/RecoupeTests/Fixtures/translit/ (comments skipped).
func translitFixture(_ name: String) -> [[String]] {
    let path = Repo.path("Tests/RecoupeTests/Fixtures/translit/" + name)
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
}

@Suite("Transliteration schemes")
struct TranslitSchemeTests {
    /// iuliia's published samples (MIT): every one, byte for byte.
    static let iuliia = translitFixture("iuliia-samples.tsv")

    @Test func iuliiaFixtureCoversTheFiveSchemes() {
        let schemes = Set(Self.iuliia.map { $0[0] })
        #expect(schemes == ["wikipedia", "mvd-310-fr", "icao-9303", "iso9", "scientific"])
        #expect(Self.iuliia.count == 34)
    }

    @Test(arguments: iuliia)
    func iuliiaSample(_ row: [String]) throws {
        let got = try Transliteration.transliterate(row[2], scheme: row[0])
        #expect(Array(got.unicodeScalars) == Array(row[3].unicodeScalars), "\(row[0]) \(row[2]) → \(got), want \(row[3])")
    }

    /// CLDR's own test vectors for ru-Latn-t-ru-m0-bgn (Debian unicode-cldr-core).
    static let cldrPath = "/usr/share/unicode/cldr/common/testData/transforms/ru-Latn-t-ru-m0-bgn.txt"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: cldrPath),
                   "CLDR test data missing — apt-get install unicode-cldr-core"))
    func cldrBGNVectors() throws {
        let text = try String(contentsOfFile: Self.cldrPath, encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 2 else { continue }
            let got = try Transliteration.transliterate(f[0], scheme: "bgn-pcgn", language: "ru")
            #expect(got == f[1], "\(f[0]) → \(got), want \(f[1])")
            checked += 1
        }
        #expect(checked == 83)
    }

    static let cldrUkrainianPath = "/usr/share/unicode/cldr/common/testData/transforms/uk-Latn-t-uk-m0-bgn.txt"

    /// CLDR's vectors for Ukrainian BGN/PCGN (the `bgn-pcgn` scheme's Ukrainian rules).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: cldrUkrainianPath),
                   "CLDR test data missing — apt-get install unicode-cldr-core"))
    func cldrUkrainianBGNVectors() throws {
        let text = try String(contentsOfFile: Self.cldrUkrainianPath, encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 2 else { continue }
            let got = try Transliteration.transliterate(f[0], scheme: "bgn-pcgn", language: "uk")
            #expect(got == f[1], "\(f[0]) → \(got), want \(f[1])")
            checked += 1
        }
        #expect(checked == 703)
    }

    static let press = translitFixture("press-examples.tsv")

    @Test(arguments: press)
    func pressExample(_ row: [String]) throws {
        let got = try Transliteration.transliterate(row[2], scheme: row[1], language: row[0])
        #expect(got == row[3], "\(row[1]) \(row[2]) → \(got), want \(row[3])")
    }

    static let kmu = translitFixture("uk-kmu-2010-examples.tsv")

    @Test(arguments: kmu)
    func kmuExample(_ row: [String]) throws {
        let got = try Transliteration.transliterate(row[0], scheme: "uk-kmu-2010", language: "uk")
        #expect(got == row[1], "\(row[0]) → \(got), want \(row[1])")
    }

    @Test func caseFollowsTheSource() throws {
        #expect(try Transliteration.transliterate("ЩЕГЛОВ Щеглов щеглов", scheme: "wikipedia") == "SHCHEGLOV Shcheglov shcheglov")
        #expect(try Transliteration.transliterate("ХРУЩЁВ", scheme: "fr-press") == "KHROUCHTCHEV")
    }

    @Test func ukrainianIsDetectedByItsLetters() {
        #expect(TranslitScheme.looksUkrainian("Київ"))
        #expect(TranslitScheme.looksUkrainian("Зеленський"))
        #expect(TranslitScheme.looksUkrainian("Знам’янка"))
        #expect(!TranslitScheme.looksUkrainian("Зеленский"))
        #expect(!TranslitScheme.looksUkrainian("Уральск"))
    }

    @Test func everySchemeCompiles() throws {
        for s in TranslitScheme.all {
            #expect(try !Transliteration.transliterate("Дарчиев", scheme: s.name, language: "ru").isEmpty)
            #expect(try !Transliteration.transliterate("Київ", scheme: s.name, language: "uk").isEmpty)
        }
        #expect(throws: Transliteration.Failure.self) { try Transliteration.transliterate("x", scheme: "nope") }
    }

    @Test func threadsShareNothingMutable() async throws {
        let inputs = ["Дарчиев", "Хрущёв", "Зеленський", "Шойгу"]
        let expected = try inputs.map { try Transliteration.transliterate($0, scheme: "fr-press") }
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { try (0..<50).allSatisfy { i in try Transliteration.transliterate(inputs[i % 4], scheme: "fr-press") == expected[i % 4] } }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}
