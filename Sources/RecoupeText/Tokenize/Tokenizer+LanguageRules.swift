import RecoupeCore
import RecoupeICU
extension Tokenizer {
    /// ICU's pieces → tokens' pieces under `rules`: the shared and French passes, then English
    /// contractions.
    func applyLanguageRules(_ raw: UnsafeBufferPointer<Piece>, _ u: UnsafeBufferPointer<UInt16>, _ rules: LanguageRules,
                            into out: inout [Piece]) {
        guard rules.splitsContractions else { return applyWordRules(raw, u, rules, into: &out) }
        var words: [Piece] = []
        words.reserveCapacity(raw.count)
        applyWordRules(raw, u, rules, into: &words)
        out += splitContractions(words, u)
    }

    /// English contractions and possessives, as spaCy `en` splits them: "don't" → "do" + "n't",
    /// "can't" → "ca" + "n't", "it's" → "it" + "'s", "Russia's" → "Russia" + "'s", "we'll" →
    /// "we" + "'ll". ICU keeps them as one word (the apostrophe is MidNumLet); names with an inner
    /// apostrophe ("O'Brien", "D'Angelo") end in no clitic and stay whole.
    func splitContractions(_ pieces: [Piece], _ u: UnsafeBufferPointer<UInt16>) -> [Piece] {
        var out: [Piece] = []
        out.reserveCapacity(pieces.count + pieces.count / 16)
        for p in pieces {
            guard p.kind == .word, let cut = contractionCut(p, u) else {
                out.append(p)
                continue
            }
            var head = p
            head.end = cut
            var tail = p
            tail.start = cut
            tail.shape = []
            out.append(head)
            out.append(tail)
        }
        return out
    }

    /// Where a word's contraction begins (a UTF-16 offset), or nil.
    private func contractionCut(_ p: Piece, _ u: UnsafeBufferPointer<UInt16>) -> Int? {
        let n = p.end - p.start
        guard n >= 3 else { return nil }
        // The last apostrophe, at most three letters from the end.
        var a = p.end - 1
        while a > p.start, !CharacterClass.isApostrophe(u[a]), p.end - a <= 3 { a -= 1 }
        guard a > p.start, CharacterClass.isApostrophe(u[a]) else { return nil }
        let ending = lowerString(u, a + 1, p.end)
        // "n't": the n goes with the clitic.
        if ending == "t", a - 1 > p.start, u[a - 1] == 0x6E || u[a - 1] == 0x4E { return a - 1 }
        guard EnglishRules.cliticEndings.contains(ending), CharacterClass.isLetter(u[a - 1]) else { return nil }
        return a
    }
}
