@testable import RecoupeNames
import Testing

@Suite("Entities: surname endings on bytes")
struct SurnameEndingsTests {
    /// The answer of the `String.hasSuffix` loop it replaces, for the shipped endings.
    static func reference(_ word: String) -> Bool { FrenchCues.surnameEndings.contains { word.hasSuffix($0) } }

    /// Plain words, surnames, whole endings, accents, a decomposed ending, clusters across the
    /// ending's first letter (a combining mark after it, a Prepend scalar before it) and other scripts.
    static let words = [
        "", "o", "ov", "lavrov", "zakharova", "zelensky", "chevtchenko", "maison", "de", "été", "skaïa",
        "ivanovskaïa", "ivanovskai\u{0308}a", "petrov\u{0301}", "pe\u{0301}trov", "x\u{0600}ov", "\u{0600}ov",
        "é\u{0301}ov", "ov\u{200D}", "Lavrov", "LAVROV", "лавров", "petrovitch", "kowalski", "nowakowa",
        "tbilissi", "shvili", "djougachvili", "marine", "ukraine", "mikoyan", "a\u{0301}yan",
    ]

    @Test func sameAnswersAsHasSuffix() {
        let matcher = FrenchCues.surnameEndingMatcher
        for w in Self.words { #expect(matcher.matches(w) == Self.reference(w), "\(w.unicodeScalars.map { $0.value })") }
    }

    /// Every ending, alone and after words of each kind of last scalar, answers as `hasSuffix` does.
    @Test func everyEndingAfterEveryKindOfScalar() {
        let matcher = FrenchCues.surnameEndingMatcher
        for ending in FrenchCues.surnameEndings {
            for head in ["", "a", "é", "e\u{0301}", "\u{0600}", "\u{200D}", "я", "1"] {
                for w in [head + ending, head + ending + "e", head + String(ending.dropFirst())] {
                    #expect(matcher.matches(w) == Self.reference(w), "\(w.unicodeScalars.map { $0.value })")
                }
            }
        }
    }

    /// An ending with a non-ASCII letter goes through `hasSuffix` (canonical equivalence).
    @Test func nonASCIIEnding() {
        let m = SurnameEndings(["ïa", "ov"])
        #expect(m.matches("skaïa") && m.matches("skai\u{0308}a") && !m.matches("skaia"))
        #expect(m.matches("petrov") && !m.matches("petrov\u{0301}") && !m.matches("\u{0600}ovx"))
    }
}
