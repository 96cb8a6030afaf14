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

    /// Splitting at separator scalars gives the words the Character split gives, on every fixture name and on
    /// names where a combining mark follows a separator (there the fast scan declines and Characters split).
    @Test func scalarSplitEqualsCharacterSplit() {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
        let names = Self.spellings + ["a \u{301}b", "Jean-\u{301}Luc", "Zoë\u{A0}Ålund", "Ю\u{483} Ли", "a\u{2010}b, c", "  ", "-"]
        var declined = 0
        for name in names {
            #expect(NameParts.words(of: name) == name.split(whereSeparator: { isSpace($0) || $0 == "-" || $0 == "\u{2010}" || $0 == "," }).map(String.init), "\(name)")
            if let fast = NameSplit.fastWords(of: name, separators: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }) {
                #expect(fast == name.split(whereSeparator: isSpace).map(String.init), "\(name)")
            } else { declined += 1 }
        }
        // The combining marks after a separator send those names to the Character split.
        #expect(declined >= 3)
        #expect(NameSplit.fastWords(of: "a \u{301}b", separators: { $0 == " " }) == nil)
        #expect("a \u{301}b".split(separator: " ").count == 1)
    }

    /// Merging by `EqualKey` and `NameParts.Unordered` groups names exactly as their joined String keys
    /// (`key + "#" + ordinal`, `unorderedKey`) do, on the fixtures in every language.
    @Test func hashedKeysGroupAsJoinedStrings() {
        let memo = PersonKeyMemo()
        for language in [nil, "fr", "en", "de", "ru", "uk"] as [String?] {
            let names = Self.spellings + ["Hiroshige II", "Hiroshige III", "Kho Liang Ie", "Liang Ie Kho", "Ivan", "Ivanov", "Dagmar af Danmark"]
            let keys = names.map { PersonNameKey(name: $0, language: language, memo: memo) }
            let parts = names.map { NameParts(name: $0, language: language) }
            func classes<K: Hashable>(_ key: (Int) -> K) -> [Int] {
                var first = [K: Int]()
                return names.indices.map { i in
                    if let j = first[key(i)] { return j }
                    first[key(i)] = i; return i
                }
            }
            let joined = classes { (i: Int) -> String in parts[i].ordinal.isEmpty ? keys[i].key : keys[i].key + "#" + parts[i].ordinal }
            #expect(classes { EqualKey(key: keys[$0], ordinal: parts[$0].ordinal) } == joined)
            #expect(Set(joined).count < names.count)
            let unorderedJoined = classes { parts[$0].unorderedKey }
            #expect(classes { parts[$0].unordered } == unorderedJoined)
            #expect(Set(unorderedJoined).count < names.count)
        }
    }

    /// A crowded surname block looked up through dictionaries (`groupAbove`) clusters as the scan of its full
    /// names does: on the fixtures, and on one block of many full names with gendered forms, a lone surname and initials.
    @Test func groupedBlocksClusterAsScanned() {
        let given = ["Ivan", "Anna", "Oleg", "Maria", "Pavel", "Olga", "Yulia", "Sergei", "Irina", "Dmitri", "Elena", "Boris",
                     "Tatiana", "Nikolai", "Vera", "Igor", "Daria", "Anton", "Sofia", "Mikhail"]
        var crowded = [String]()
        for g in given { crowded += ["\(g) Navalny", "\(g) Navalnaïa", "\(g) Navalnaya"] }
        crowded += ["Navalny", "Navalnaïa", "A. Navalny", "I. Navalnaïa", "S. Navalny", "Anna Navalny", "Ivan Navalnaïa"]
        for names in [Self.spellings, crowded] {
            for language in [nil, "fr", "en", "ru"] as [String?] {
                let keys = names.map { PersonNameKey(name: $0, language: language) }
                let parts = names.map { NameParts(name: $0, language: language) }
                let scanned = NameClusterer().cluster(keys: keys, parts: parts, groupAbove: Int.max)
                let grouped = NameClusterer().cluster(keys: keys, parts: parts, groupAbove: 0)
                #expect(grouped == scanned, "\(language ?? "-")")
                // Some names merge, not all.
                #expect(Set(scanned).count < names.count && Set(scanned).count > 1)
            }
        }
    }

    /// The open-addressing table answers as a dictionary does, through growth and for keys that collide in their low bits.
    @Test func intTableAnswersAsADictionary() {
        var table = IntTable(capacity: 3)
        var reference = [Int: Int32]()
        var rng = SystemRandomNumberGenerator()
        for n in 0..<5000 {
            let key = n % 3 == 0 ? Int.random(in: -1000...1000, using: &rng) << 32 : Int.random(in: Int.min...Int.max, using: &rng)
            let expected = reference[key] ?? Int32(reference.count)
            reference[key] = expected
            #expect(table.insert(key, Int32(table.count)) == expected)
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table[key] == value) }
        #expect(table[12345] == (reference[12345] ?? -1))
    }
}
