import Foundation

/// Annotations made by another system (or an earlier Recoupe run), scored instead of running the pipeline
/// (`recoupe eval GOLD --predictions DIR`): one `ID.json` a gold document, in the gold JSON shape or as
/// Recoupe's own output (both have `ents`, `quotes`, `dates` with the same keys). Roles are read from
/// the gold shape only.
public enum Predictions {
    /// Reads `folder/ID.json` for each gold document; a missing file is an empty prediction.
    public static func load(_ folder: String, for corpus: GoldCorpus) throws -> [Document] {
        try corpus.documents.map { gold in
            let path = folder + "/" + gold.id.replacingOccurrences(of: "/", with: "_") + ".json"
            guard let data = FileManager.default.contents(atPath: path) else {
                return Document(id: gold.id, text: gold.text)
            }
            let p: GoldDocument
            do { p = try JSONDecoder().decode(GoldDocument.self, from: data) } catch {
                throw GoldCorpus.LoadError.unreadable(path, "not a prediction document: \(error)")
            }
            guard p.text == gold.text else {
                throw GoldCorpus.LoadError.unreadable(path, "its text is not the gold document's text")
            }
            return document(p)
        }
    }

    /// A gold-shaped document as a ``Document`` the evaluator can score.
    public static func document(_ p: GoldDocument) -> Document {
        var doc = Document(id: p.id, text: p.text)
        func surface(_ s: Int, _ e: Int) -> String {
            guard 0 <= s, s <= e, e <= doc.scalars.count else { return "" }
            return String(String.UnicodeScalarView(doc.scalars[s..<e]))
        }
        let roles = Dictionary(grouping: p.roles ?? [], by: \.kbId)
        doc.mentions = (p.ents ?? []).compactMap { m in
            guard let label = EntityMention.Label(rawValue: m.label), label != .date else { return nil }
            let kb = m.kbId ?? ""
            // Attach a role to the mention of its entity nearest to the role span.
            let role = roles[kb]?.first.map { r in
                EntityMention.Role(text: surface(r.start, r.end), start: r.start, end: r.end,
                                   modality: EntityMention.Modality(rawValue: r.modality) ?? .stated)
            }
            return EntityMention(start: m.start, end: m.end, label: label, kbId: kb, surface: surface(m.start, m.end),
                                 canonical: surface(m.start, m.end), confidence: 1, rule: "external", role: role)
        }
        doc.quotes = (p.quotes ?? []).compactMap { q in
            guard let kind = Quote.Kind(rawValue: q.kind) else { return nil }
            let speaker = q.speaker.map { s in
                Quote.Speaker(start: s.start ?? q.start, end: s.end ?? q.start,
                              text: s.start.flatMap { a in s.end.map { surface(a, $0) } } ?? "", kbId: s.kbId)
            }
            return Quote(start: q.start, end: q.end, contentStart: q.start, contentEnd: q.end, kind: kind,
                         speaker: speaker, confidence: 1)
        }
        doc.dates = (p.dates ?? []).map { d in
            let parts = d.value?.split(separator: "/").map(String.init) ?? []
            return DateMention(start: d.start, end: d.end, surface: surface(d.start, d.end), value: parts.first,
                               endValue: parts.count > 1 ? parts[1] : nil, precision: .day, relative: false, rule: "external")
        }
        return doc
    }
}
