@testable import RecoupeCore
@testable import RecoupeNames
import Testing

/// `PersonName.words` splits on scalars what the Character split split, on random names made of
/// letters, spaces, no-break spaces, initials, particles and the characters that make the scalar path
/// step aside (combining marks, a zero-width joiner, emoji, Arabic and Hebrew).
@Suite("Entities: person name words on scalars")
struct PersonNameWordsTests {
    static let pieces = ["Jean", "A.", "de", "Van", "DU", " ", " ", "\u{A0}", ".", "-", "é", "Lavrov", "Ж", "Сергей", "Ïo",
                         "e\u{301}", "\u{301}", "\u{200D}", "👍🏽", "عبد", "\u{5B4}", "x", "I", "O'", "ΑΒ"]

    @Test func agreesWithCharacterSplit() {
        var rng = SplitMix64(seed: 48)
        var scalarPath = 0
        for _ in 0..<3000 {
            let name = (0..<Int(rng.next() % 8)).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            if name.unicodeScalars.allSatisfy({ $0.value < 0x300 || (0x370...0x52F).contains($0.value) }) { scalarPath += 1 }
            #expect(PersonName.words(name) == PersonName.wordsByCharacter(name), "\(name.debugDescription)")
        }
        #expect(scalarPath > 1000)  // both paths exercised
        #expect(PersonName.words("M. Jean-Paul de La Fontaine") == ["Jean-Paul", "Fontaine"])
        #expect(PersonName.words("Sergueï\u{A0}Lavrov") == ["Sergueï", "Lavrov"])
    }
}
