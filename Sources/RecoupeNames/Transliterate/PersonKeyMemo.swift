/// The per-word work of `PersonNameKey(name:language:)`, memoised for one worker of `NameClusterer`
/// (100,000 names are made of a couple of thousand distinct words: keying each word once instead of
/// once per name it stands in).
///
/// Exact, not approximate: a word's key depends only on the word, the language and the convention
/// (`NameKey.key(for:language:convention:separator:)`), and the guessed convention of a name is a sum
/// of per-word scores (`NameKey.guessConvention`) in which whitespace ends a word, so the sum over the
/// name's whitespace tokens is the same sum. Not thread-safe: one memo per worker.
final class PersonKeyMemo {
    /// A token by its bytes, with the language and convention it is keyed under: the key `NamePartsCache` uses.
    private typealias Key = NamePartsCache.Key

    /// Convention evidence of a token (`PhoneticKey.addScores` over its words); nil when it has
    /// non-Latin letters (the name then has no single convention).
    private var scores = WordTable<(fr: Int, en: Int, de: Int)?>()
    private var tokens = WordTable<PersonNameKey.Token>()

    /// The tables shared with the other workers of one run, asked on a miss (`SharedWordMemo`); nil: none.
    private let shared: SharedWordMemo?

    init(shared: SharedWordMemo? = nil) { self.shared = shared }

    /// `NameKey.guessConvention(of:language:)` of the name whose whitespace tokens are `tokens`.
    func convention(of tokens: [String], language: String?) -> PhoneticKey.Convention? {
        if let c = NameKey.convention(for: language) { return c }
        var total = (fr: 0, en: 0, de: 0)
        for t in tokens {
            let k = Key(word: t, language: nil, convention: nil)
            let s: (fr: Int, en: Int, de: Int)?
            if let hit = scores[k] { s = hit } else {
                s = shared.map { $0.scores(k) { Self.scores(of: t) } } ?? Self.scores(of: t)
                scores[k] = s
            }
            guard let s else { return nil }
            total.fr += s.fr; total.en += s.en; total.de += s.de
        }
        return PhoneticKey.decide(total)
    }

    /// `NameKey.key(for:language:convention:separator:)` with separator "-" (as `PersonNameKey` keys tokens).
    func key(of token: String, language: String?, convention: PhoneticKey.Convention?) -> String {
        self.token(token, language: language, convention: convention).key
    }

    /// Everything `PersonNameKey` derives from one token under a language and convention (`PersonNameKey.Token`),
    /// computed once: its key and the table look-ups and tests made on the key or the token's own text.
    func token(_ token: String, language: String?, convention: PhoneticKey.Convention?) -> PersonNameKey.Token {
        let k = Key(word: token, language: language, convention: convention)
        if let hit = tokens[k] { return hit }
        let make = { PersonNameKey.Token(token, language: language, convention: convention) }
        let v = shared.map { $0.token(k, make) } ?? make()
        tokens[k] = v
        return v
    }

    /// The scores `NameKey.guessConvention` adds for one token.
    private static func scores(of token: String) -> (fr: Int, en: Int, de: Int)? { NameKey.conventionScores(of: token) }
}
