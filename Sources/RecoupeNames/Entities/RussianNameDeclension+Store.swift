import RecoupeCore

/// The Russian case forms of the lexicon's Cyrillic names, kept across processes: declining them was
/// 144 M of the 631 M instructions of a warm `Pipeline.standard` (issue 16). The forms are a pure
/// function of the name, its label and this code (no lexicon data goes into them), and the cache file
/// is stamped with the executable, so stored forms are the forms that would be computed.
extension DerivedStringStore {
    /// The store of this process, over `DerivedTableCache.standard`, file `russian-case-forms`
    /// (namespace "forms " + label, one list of forms per name).
    public static let russianCaseForms = DerivedStringStore(cache: DerivedTableCache.standard, file: "russian-case-forms")
}

extension RussianNameDeclension {
    /// ``matchForms(of:label:)`` from `store` when it has them, else computed and kept.
    static func storedMatchForms(of name: String, label: EntityMention.Label, in store: DerivedStringStore) -> [String] {
        store.list(for: name, namespace: "forms " + label.rawValue) { matchForms(of: name, label: label) }
    }
}
