import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText

/// A table of equivalent name spellings (`Lexicons/names/*.tsv`, format in its README): each line a
/// group (`ID<TAB>KIND<TAB>SPELLING|…`). Lookup is by `NameKey` key under the French, English and
/// German conventions, so every spelling that keys like a listed one is found too.
///
/// Two tables ship: `NameTable.givenNames` (Александр = Alexandre = Alexander = Aleksandr =
/// Alessandro; diminutives such as Sacha are groups of their own unless marked `same:PARENT`) and
/// `NameTable.places` (Kyiv = Kiev = Kijew, which no phonetic key joins).
public struct NameTable: Sendable {
    /// One line of the table.
    public struct Entry: Sendable {
        public let id: String
        /// `name`, `dim` (a diminutive kept apart from `parent`) or `same` (merged into `parent`).
        public let kind: String
        public let parent: String?
        public let spellings: [String]
    }

    public let entries: [Entry]
    /// Key (under each convention) → group id.
    private let byKey: [String: String]
    /// Group id → entry index.
    private let entryIndex: [String: Int]

    /// `Lexicons/names/given-names.tsv` (empty if not found).
    public static let givenNames = NameTable(shipped: "names/given-names.tsv")
    /// `Lexicons/names/places.tsv` (empty if not found).
    public static let places = NameTable(shipped: "names/places.tsv")

    /// A table of `Lexicons/` (empty if the file is not found). Its keys come from and go to
    /// `NameKeyStore.shared` (computing them through ICU was most of the table's cost).
    public init(shipped relative: String) {
        guard let p = LexiconLocator.path(relative),
              let text = try? String(contentsOfFile: p, encoding: .utf8) else { self.init(entries: []); return }
        self.init(parsing: text, keyStore: .shared)
        NameKeyStore.shared.save()
    }

    /// A table of the text of a table file; keys through `keyStore` when given, else computed.
    public init(parsing text: String, keyStore: NameKeyStore? = nil) {
        var entries = [Entry]()
        // Bytes and scalars, not Characters and Foundation's trimming (`LexiconFields`: 38 M instructions a process).
        for raw in LineBreaks.split(text) {
            let line = LexiconFields.trimmingSpaces(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = LexiconFields.split(line, at: UInt8(ascii: "\t"))
            guard f.count >= 3 else { continue }
            let kindField = f[1]
            var kind = String(kindField), parent: String? = nil
            if let colon = kindField.firstIndex(of: ":") {
                kind = String(kindField[..<colon]); parent = String(kindField[kindField.index(after: colon)...])
            }
            let spellings = LexiconFields.split(f[2], at: UInt8(ascii: "|"), omittingEmpty: true)
                .map { String(LexiconFields.trimmingSpaces($0)) }.filter { !$0.isEmpty }
            entries.append(Entry(id: String(f[0]), kind: kind, parent: parent, spellings: spellings))
        }
        self.init(entries: entries, keyStore: keyStore)
    }

    public init(entries: [Entry], keyStore: NameKeyStore? = nil) {
        self.entries = entries
        var byKey = [String: String]()
        var index = [String: Int]()
        // Full names first, so a diminutive that keys like a full name never shadows it.
        let ordered = entries.enumerated().sorted { ($0.element.kind == "name" ? 0 : 1, $0.offset) < ($1.element.kind == "name" ? 0 : 1, $1.offset) }
        for (i, e) in ordered {
            index[e.id] = i
            let group = (e.kind == "same" ? e.parent : nil) ?? e.id
            for s in e.spellings {
                for lang in ["fr", "en", "de", nil] as [String?] {
                    let k = keyStore?.key(for: s, language: lang) ?? NameKey.key(for: s, language: lang)
                    if !k.isEmpty, byKey[k] == nil { byKey[k] = group }
                }
            }
        }
        self.byKey = byKey
        self.entryIndex = index
        self.firstWords = Set(byKey.keys.map { String($0.prefix { $0 != " " }) })
    }

    /// The first word of every key: a phrase whose first word is none of them has no group (`PersonNameKey`
    /// looks a whole name up in `places` only when its first word is one).
    private let firstWords: Set<String>

    /// False when no key of the table starts with the word `word` (then no phrase starting with it has a group).
    func mayStartKey(_ word: String) -> Bool { firstWords.contains(word) }

    /// The group id of a spelling, or nil when the table does not list it.
    public func group(of spelling: String, language: String?) -> String? {
        byKey[NameKey.key(for: spelling, language: language)]
    }

    /// The group id for an already computed key.
    public func group(forKey key: String) -> String? { byKey[key] }

    /// The entry of a group id.
    public func entry(_ id: String) -> Entry? { entryIndex[id].map { entries[$0] } }
}

/// The given-name table under the name other stages call it by (`GivenNames.shared.group(of:language:)`).
public enum GivenNames {
    public static var shared: NameTable { NameTable.givenNames }
}
