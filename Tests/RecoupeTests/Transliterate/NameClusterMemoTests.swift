@testable import RecoupeNames
import Testing

/// `NameClusterer` keys names through memos and flat blocks (speed, issue 19); they must give exactly
/// what the plain computations give.
@Suite("Name clustering memos")
struct NameClusterMemoTests {
    /// Names of the fixtures plus spellings that exercise the convention guess across words, scripts,
    /// asides, commas and every whitespace `PersonNameKey` splits on.
    static var spellings: [String] {
        let fixtures = (translitFixture("names-eval.tsv") + translitFixture("same-surname.tsv")).compactMap { $0.count > 2 ? $0[2] : nil }
        return fixtures + [
            "Wolfgang Schäuble", "Schwarz Tschaikowsky", "Jean-Jacques Rousseau", "Poutine, Vladimir", "Vladimir Poutine (président)",
            "Dаrchiev Alexandre", "Ана\u{A0}Мария Петрова", "Olaf\tScholz", "Si Tsziньpin", "Dupont  Dupond", "", "   ",
            "Chostakovitch Dmitri", "Kishida Fumio", "Жан-Люк Меланшон", "Václav Havel", "al-Assad Bashar",
        ]
    }

    /// A memo shared by every name and language (as one worker shares it) keys each name as a fresh computation does.
    @Test func memoisedPersonKeysEqualFreshOnes() {
        let memo = PersonKeyMemo()
        let names = Self.spellings
        #expect(names.count > 800)
        var differing = [String]()
        for language in [nil, "fr", "en", "de", "ru", "uk"] as [String?] {
            for name in names where PersonNameKey(name: name, language: language, memo: memo) != PersonNameKey(name: name, language: language) {
                differing.append("\(language ?? "-") \(name)")
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    /// The convention a memo sums word by word is the one guessed on the whole name.
    @Test func memoisedConventionEqualsWholeNameGuess() {
        let memo = PersonKeyMemo()
        var guessed = Set<String>()
        for name in Self.spellings {
            let tokens = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).map(String.init)
            let whole = NameKey.guessConvention(of: name, language: nil)
            #expect(memo.convention(of: tokens, language: nil) == whole, "\(name)")
            guessed.insert(whole.map { "\($0)" } ?? "nil")
        }
        // The list reaches every outcome (French, English, German, none).
        #expect(guessed.count == 4, "\(guessed)")
    }

    /// Flat blocks hold the rows a dictionary of arrays would, in the same order, with each row's filter values.
    @Test func flatBlocksHoldTheRowsOfEachKey() {
        var blocks = NameBlocks()
        var reference = [Int: [Int32]]()
        var rng = SystemRandomNumberGenerator()
        for row in 0..<2000 {
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let key = Int.random(in: -50...300, using: &rng) << 20
                blocks.add(key, Int32(row)); reference[key, default: []].append(Int32(row))
            }
        }
        blocks.finish { NameBlocks.Member(row: $0, count: $0 % 4, cyrillic: $0 % 3 == 0, required: UInt64($0), letters: ~UInt64($0)) }
        #expect(reference.count > 100)
        for (key, rows) in reference {
            let got = blocks[key].map { Array($0) } ?? []
            #expect(got.map(\.row) == rows)
            #expect(got.allSatisfy { $0.count == $0.row % 4 && $0.letters == ~UInt64($0.row) })
        }
        #expect(blocks[7] == nil)
    }
}
