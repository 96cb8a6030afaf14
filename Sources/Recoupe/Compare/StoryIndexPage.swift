import RecoupeCore

/// One story of a corpus: its documents and what the index page shows of it.
public struct StorySummary: Codable, Sendable {
    /// "story-001": also the name of its page.
    public var id: String
    public var documents: [String]
    public var outlets: [String]
    /// Earliest and latest publication date among its sources.
    public var firstDate: String?
    public var lastDate: String?
    /// A title from its first source's front matter, else the first line of its text.
    public var title: String
    /// The entities most of its sources mention, most shared first.
    public var entities: [String]
    /// Divergences found by comparing its sources (0 for a one-source story).
    public var divergences: Int

    public init(id: String, documents: [Document], comparison: Comparison?) {
        self.id = id
        self.documents = documents.map(\.id)
        self.outlets = SourceComparer.unique(documents.compactMap(\.source.outlet))
        let dates = documents.compactMap(\.source.date).sorted()
        self.firstDate = dates.first
        self.lastDate = dates.last
        let first = documents[0]
        self.title = first.source.title ?? String(first.text.split(separator: "\n").first ?? "").trimmingCharacters(in: .whitespaces)
        self.entities = comparison.map { c in Array(c.entities.prefix(6).map(\.canonical)) } ?? []
        self.divergences = comparison?.divergences.count ?? 0
    }
}

/// The index of `compare --stories`: one row per story, linking to its page.
public struct StoryIndexPage {
    public var stories: [StorySummary]
    public var documentCount: Int
    /// The page extension the story pages have ("html", "json", "md").
    public var pageExtension: String

    public init(stories: [StorySummary], documentCount: Int, pageExtension: String) {
        self.stories = stories
        self.documentCount = documentCount
        self.pageExtension = pageExtension
    }

    public func html() -> String {
        let e = HTMLText.escape
        var h = "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>Recoupe — \(stories.count) sujets, \(documentCount) articles</title>\n<style>\n"
        h += "body{font:16px/1.45 system-ui,sans-serif;margin:1rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}"
        h += "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}"
        h += "@media (max-width:600px){td:nth-child(4),th:nth-child(4){display:none}}\n</style>\n</head>\n<body>\n"
        h += "<h1>\(stories.count) sujets dans \(documentCount) articles</h1>\n"
        h += "<p>Deux articles relèvent du même sujet quand ils citent au moins deux mêmes entités peu fréquentes "
        h += "et que leurs dates sont proches (trois jours au plus).</p>\n"
        h += "<table id=\"story-table\">\n<thead><tr><th>Sujet</th><th>Sources</th><th>Dates</th><th>Entités</th><th>Divergences</th></tr></thead>\n<tbody>\n"
        for s in stories {
            let dates = [s.firstDate, s.lastDate].compactMap { $0 }
            let range = dates.isEmpty ? "—" : dates.first == dates.last ? dates[0] : "\(dates[0]) – \(dates[1])"
            let title = s.documents.count > 1 ? "<a href=\"\(e(s.id)).\(pageExtension)\">\(e(s.title))</a>" : e(s.title)
            h += "<tr data-story=\"\(e(s.id))\" data-sources=\"\(s.documents.count)\"><td>\(title)</td>"
            h += "<td>\(s.documents.count) — \(e(s.outlets.joined(separator: ", ")))</td><td>\(e(range))</td>"
            h += "<td>\(e(s.entities.joined(separator: ", ")))</td><td>\(s.documents.count > 1 ? String(s.divergences) : "—")</td></tr>\n"
        }
        h += "</tbody>\n</table>\n</body>\n</html>\n"
        return h
    }
}
