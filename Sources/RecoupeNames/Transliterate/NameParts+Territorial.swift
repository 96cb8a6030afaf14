import RecoupeCore

/// Territorial designations: a country written after a particle is one mark in every language
/// ("Dagmar af Danmark" = "Dagmar de Danemark" = "Dagmar van Denemarken" = "Bernardo de Nederlando").
/// `Lexicons/names/territories.tsv` (generated from Unicode CLDR by `scripts/names/territories.py`) lists
/// one-word country names; a listed word after a particle is no name part but a mark kept with the
/// generation mark (`NameParts.ordinal`, "@denmark"): names with different marks never match, a name without
/// one matches either ("Chulalongkorn" / "Chulalongkorn af Siam"). Only after a particle: a family name that is
/// also a country ("Michael Jordan") stays a part.
extension NameParts {
    /// Lowercase country name → the spelling it is read as (the first of its line).
    static let territories: [String: String] = {
        guard let p = LexiconLocator.path("names/territories.tsv"),
              let text = try? String(contentsOfFile: p, encoding: .utf8) else { return [:] }
        return territories(parsing: text)
    }()

    /// The table of a `territories.tsv` text.
    static func territories(parsing text: String) -> [String: String] {
        var out = [String: String]()
        // Bytes, not Characters (`LexiconFields`): splitting the 33 KB file into Characters cost 49 M instructions.
        for raw in LineBreaks.split(text) where !raw.hasPrefix("#") {
            let f = LexiconFields.split(raw, at: UInt8(ascii: "\t"), omittingEmpty: true)
            guard f.count >= 2 else { continue }
            let names = LexiconFields.split(f[1], at: UInt8(ascii: "|"), omittingEmpty: true).map(String.init)
            guard let first = names.first else { continue }
            for n in names { out[n] = first }
        }
        return out
    }

    /// For each word, the territory it designates when it is a listed country name after a particle (its
    /// line's first spelling: "danmark" → "denmark"), else nil. Not the first two words: a given name comes first.
    static func territoryMarks(_ words: [String], particles: Set<String>) -> [String?] {
        var out = [String?](repeating: nil, count: words.count)
        guard words.count >= 3 else { return out }
        for i in 2..<words.count where particles.contains(words[i - 1].lowercased()) {
            out[i] = territories[words[i].lowercased()]
        }
        return out
    }
}
