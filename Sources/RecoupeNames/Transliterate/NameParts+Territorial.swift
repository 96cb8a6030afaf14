import RecoupeCore

/// Territorial designations: a country written after a particle is one mark in every language
/// ("Dagmar af Danmark" = "Dagmar de Danemark" = "Dagmar van Denemarken" = "Bernardo de Nederlando").
/// `Lexicons/names/territories.tsv` (generated from Unicode CLDR by `scripts/names/territories.py`) lists
/// one-word country names; a listed word after a particle is read as the code's first spelling, so every
/// translation keys alike. Only after a particle: a family name that is also a country ("Michael Jordan")
/// stays as written.
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
        for raw in text.split(separator: "\n") where !raw.hasPrefix("#") {
            let f = raw.split(separator: "\t")
            guard f.count >= 2 else { continue }
            let names = f[1].split(separator: "|").map(String.init)
            guard let first = names.first else { continue }
            for n in names { out[n] = first }
        }
        return out
    }

    /// `words` with each country name that follows a particle read as its territory's first spelling.
    static func withTerritories(_ words: [String], particles: Set<String>) -> [String] {
        guard words.count >= 3 else { return words }
        var out = words
        for i in 2..<words.count where particles.contains(words[i - 1].lowercased()) {
            if let t = territories[words[i].lowercased()] { out[i] = t }
        }
        return out
    }
}
