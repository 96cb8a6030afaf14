import Foundation
import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes

extension Comparison {
    /// A Markdown report for a terminal or a pull request: entities, divergences, quotes, dates, numbers.
    public func markdown() -> String {
        var md = "# Comparison of \(sources.count) sources\n\n"
        for s in sources {
            md += "- \(MarkdownText.code(s.id))" + (s.path.map { " (\(MarkdownText.escape($0)))" } ?? "") + (s.outlet.map { ", \(MarkdownText.escape($0))" } ?? "") + (s.date.map { ", \(MarkdownText.escape($0))" } ?? "") + "\n"
        }
        md += "\n## Entities\n\n| entity | label | " + sources.map { MarkdownText.code($0.id) }.joined(separator: " | ") + " |\n"
        md += "|---|---|" + String(repeating: "---|", count: sources.count) + "\n"
        for e in entities {
            md += "| \(cell(e.canonical))\(e.shared ? " (all)" : "") | \(e.label.rawValue) | "
            md += sources.map { s in
                guard let p = e.perSource.first(where: { $0.doc == s.id }) else { return "—" }
                return cell(p.spellings.map { "\($0.text) ×\($0.count)" }.joined(separator: " / "))
            }.joined(separator: " | ") + " |\n"
        }
        md += "\n## Divergences\n\n| kind | subject | detail | readings |\n|---|---|---|---|\n"
        for d in divergences {
            let readings = d.readings.map { r in
                MarkdownText.code(r.doc) + (r.at.map { "@\($0.start)–\($0.end)" } ?? "") + ": " + MarkdownText.escape(r.text) + (r.note.map { " (\(MarkdownText.escape($0)))" } ?? "")
            }.joined(separator: " ; ")
            md += "| \(d.kind.rawValue) | \(cell(d.subject)) | \(cell(d.detail)) | \(readings) |\n"
        }
        md += "\n## Roles\n\n"
        for e in entities where e.perSource.contains(where: { !$0.roles.isEmpty }) {
            md += "- **\(MarkdownText.escape(e.canonical))**\n"
            for p in e.perSource { for r in p.roles { md += "  - \(MarkdownText.code(p.doc))@\(r.at.start)–\(r.at.end) (\(r.modality.rawValue)): \(MarkdownText.escape(r.text))\n" } }
        }
        md += "\n## Speakers\n\n| speaker | " + sources.map { MarkdownText.code($0.id) }.joined(separator: " | ") + " |\n|---|" + String(repeating: "---|", count: sources.count) + "\n"
        for sp in speakers {
            md += "| \(cell(sp.speakerName))\(sp.shared ? " (quoted by \(sp.sources.count) sources)" : "") | " + sources.map { s in
                sp.quotesPerSource.first { $0.doc == s.id }.map { "\($0.count) quotation(s)" } ?? "—"
            }.joined(separator: " | ") + " |\n"
        }
        md += "\n## Quotations by speaker\n\n"
        var lastSpeaker: String? = nil
        for q in quotes {
            if q.speakerName != lastSpeaker { md += "- **\(MarkdownText.escape(q.speakerName))**\n" }
            lastSpeaker = q.speakerName
            md += "  - " + (q.shared ? "in \(q.sources.count) sources, \(MarkdownText.escape(q.relation))" : "only in \(MarkdownText.code(q.sources[0]))") + "\n"
            for v in q.versions {
                md += "    - \(MarkdownText.code(v.doc))@\(v.content.start)–\(v.content.end) (\(v.kind.rawValue)\(v.cue.map { ", \(MarkdownText.escape($0))" } ?? "")): « \(MarkdownText.escape(v.content.text)) »\n"
            }
        }
        md += "\n## Dates\n\n| date | " + sources.map { MarkdownText.code($0.id) }.joined(separator: " | ") + " |\n|---|" + String(repeating: "---|", count: sources.count) + "\n"
        for d in dates {
            md += "| \(cell(d.value))\(d.shared ? " (shared)" : "") | " + sources.map { s in
                cell(d.occurrences.filter { $0.doc == s.id }.map { "\($0.at.text) @\($0.at.start)" }.joined(separator: "; "))
            }.joined(separator: " | ") + " |\n"
        }
        md += "\n## Numbers\n\n| counted | differs | " + sources.map { MarkdownText.code($0.id) }.joined(separator: " | ") + " |\n|---|---|" + String(repeating: "---|", count: sources.count) + "\n"
        for n in numbers {
            md += "| \(cell(n.unit)) | \(n.differs ? "yes" : "") | " + sources.map { s in
                cell(n.occurrences.filter { $0.doc == s.id }.map { "\($0.at.text) @\($0.at.start)" }.joined(separator: "; "))
            }.joined(separator: " | ") + " |\n"
        }
        return md
    }

    /// A table cell: literal text (see `MarkdownText`).
    private func cell(_ s: String) -> String { MarkdownText.escape(s) }
}
