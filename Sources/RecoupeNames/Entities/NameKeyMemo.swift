import RecoupeCore
import RecoupeICU
import RecoupeText
/// `NameKey`'s word keys, memoised per distinct spelling: what entity linking and the gazetteer
/// call for every capitalised word. Use it where the same spellings are keyed over and over (one
/// per pipeline, so per worker thread; not shared between threads); call `NameKey` directly for
/// one-off keys.
///
/// A key is equal for the spellings of one name across scripts and conventions ("Dartchiev",
/// "Darchiev", "Дарчиев"): French, English and German conventions, Cyrillic through
/// transliteration, homoglyphs through UTS #39 skeletons, and given names through the equivalence
/// table of `Lexicons/names/given-names.tsv`. The language is left to `NameKey` to guess per
/// word: a French article may quote an English spelling ("Alexander Darchiev").
///
/// A novel asks for the same few hundred surnames tens of thousands of times, and a key through
/// ICU transliteration costs microseconds. The table is bounded; past the bound, keys are computed.
public final class NameKeyMemo {
    private var keys: [String: String] = [:]
    private var givenKeys: [String: String] = [:]
    /// Distinct spellings remembered per table (a news archive's worth of names in a few MB).
    static let memoLimit = 50_000

    /// Where keys missing from the memo are looked up before being computed (the gazetteer's
    /// construction passes `NameKeyStore.shared`; document words pass nothing).
    private let store: NameKeyStore?

    public init(store: NameKeyStore? = nil) { self.store = store }

    /// The key of one word of a name ("Dartchiev" → "darCev").
    public func key(_ word: String, language: String?) -> String {
        if let k = keys[word] { return k }
        let k = wordKey(word)
        if keys.count < Self.memoLimit { keys[word] = k }
        return k
    }

    /// The key of a given name: `=ID` of its equivalence group (Alexandre = Aleksandr) when the
    /// given-names table knows it, else ``key(_:language:)``.
    public func givenNameKey(_ word: String, language: String?) -> String {
        if let k = givenKeys[word] { return k }
        let group = GivenNames.shared.group(forKey: wordKey(word))
        let k = group.map { "=" + $0 } ?? key(word, language: language)
        if givenKeys.count < Self.memoLimit { givenKeys[word] = k }
        return k
    }

    /// `NameKey.key(for: word, language: nil)`: through `store` when given (construction: computed
    /// keys are added), else looked up in `NameKeyStore.shared` without adding (a document's words
    /// would grow it without bound) and computed on a miss. The look-up matters for lexicon names:
    /// linking keys every name and alias of a gazetteer person, Cyrillic ones included, and
    /// computing one opens ICU's transliterator registry (~145 M instructions) in a French batch.
    private func wordKey(_ word: String) -> String {
        if let store { return store.key(for: word, language: nil) }
        return NameKeyStore.shared.storedKey(for: word, language: nil) ?? NameKey.key(for: word, language: nil)
    }
}
