import Foundation
import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes

/// The comparison as one self-contained HTML file: sources side by side with entity mentions
/// highlighted (one colour per reconciled entity, the same in every source), quotations marked
/// by speaker, roles and dates underlined, and tables of entities and divergences.
///
/// No script, no network, no external asset: styles are inline in the page. All article text
/// and every value from the documents is escaped.
///
/// ```swift
/// let html = ComparisonPage(comparison: c, documents: docs).render()
/// ```
///
/// DOM hooks (for tests and user styles): `article.source[data-doc]`, `mark.ent[data-entity]`,
/// `span.quote[data-speaker]`, `span.role[data-modality]`, `time.date`, `table#entity-table`
/// (`tr[data-entity]`, `td.spellings[data-doc]`), `table#divergence-table` (`tr[data-kind]`).
public struct ComparisonPage {
    public var comparison: Comparison
    public var documents: [Document]
    /// The interface language (French by default).
    public var ui: PageLanguage

    public init(comparison: Comparison, documents: [Document], ui: PageLanguage = .fr) {
        self.comparison = comparison
        self.documents = documents
        self.ui = ui
    }

    var t: PageText { PageText.of(ui) }

    /// A piece of markup over a span of one document.
    struct Markup {
        var start: Int
        var end: Int
        /// Outer layers first when spans start and end together.
        var layer: Int
        var open: String
        var close: String
    }

    public func render() -> String {
        var kbToEntity: [String: Int] = [:]
        for (i, e) in comparison.entities.enumerated() { for k in e.kbIds { kbToEntity[k] = i } }
        let speakers = SourceComparer.unique(comparison.quotes.map(\.speakerName))
        let speakerIndex = Dictionary(speakers.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })

        let t = self.t
        var h = "<!DOCTYPE html>\n<html lang=\"\(ui.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>Recoupe — \(t.title(comparison.sources.count))</title>\n<style>\n"
        h += Self.css(sourceCount: comparison.sources.count)
        for i in comparison.entities.indices { h += ".e\(i),.sw\(i){background:\(EntityPalette.css(EntityPalette.colour(i)))}\n" }
        for i in speakers.indices { h += ".sp\(i){border-bottom-color:\(Self.colour(i, light: false))}\n.sp\(i)::before{background:\(Self.colour(i, light: false))}\n" }
        h += "</style>\n</head>\n<body>\n"
        h += "<header><h1>\(t.title(comparison.sources.count))</h1>\n<p class=\"summary\">"
        h += t.summary(comparison.entities.count, comparison.entities.filter(\.shared).count, comparison.quotes.count,
                       comparison.quotes.filter(\.shared).count, comparison.dates.count, comparison.dates.filter(\.shared).count,
                       comparison.divergences.count) + "</p>\n"
        let targets = ["legend", "sources", "entities", "divergences", "quotes", "dates", "numbers"]
        h += "<nav>" + zip(targets, t.nav).map { "<a href=\"#\($0)\">\($1)</a>" }.joined(separator: " · ") + "</nav></header>\n"
        h += legend()

        // Sources side by side.
        var anchors = Set<String>()
        h += "<section id=\"sources\"><h2>\(t.sourcesHeading)</h2>\n"
        if documents.count > 2 { h += "<p class=\"hint\">\(t.scrollHint)</p>\n" }
        h += "<div class=\"columns\" style=\"--sources:\(documents.count)\">\n"
        for (d, doc) in documents.enumerated() {
            // The outlet names the source when front matter gave one; the file stays in the meta line.
            let meta = [doc.source.date, doc.source.title, doc.source.outlet == nil ? nil : doc.id].compactMap { $0 }.joined(separator: " · ")
            h += "<article class=\"source\" id=\"src-\(d)\" data-doc=\"\(e(doc.id))\"><h3>\(e(doc.source.outlet ?? doc.id))</h3>"
            h += "<p class=\"meta\">\(e(meta))</p>\n<div class=\"text\">"
            h += markedText(doc, d, kbToEntity: kbToEntity, speakerIndex: speakerIndex, anchors: &anchors)
            h += "</div></article>\n"
        }
        h += "</div></section>\n"

        // Entities.
        h += "<section id=\"entities\"><h2>\(t.entitiesHeading)</h2>\n" + tableHead("entity-table", t.entityColumns)
        for (i, ent) in comparison.entities.enumerated() {
            h += "<tr data-entity=\"\(e(ent.id))\" class=\"\(ent.shared ? "shared" : "partial")\"><td><span class=\"swatch sw\(i)\"></span>\(e(ent.canonical))"
            if ent.shared { h += " <small>\(t.allSources)</small>" }
            h += "</td><td>\(ent.label.rawValue)</td>"
            for s in comparison.sources {
                if let p = ent.perSource.first(where: { $0.doc == s.id }) {
                    h += "<td class=\"spellings\" data-doc=\"\(e(s.id))\">"
                    h += p.spellings.map { s in
                        "<span class=\"spelling\">\(e(s.text))</span> ×\(s.count)"
                            + (s.mixedScript ? " <span class=\"mixed-script\" title=\"\(e(SpellingForm.foreignLetters(s.text).joined(separator: ", ")))\">⚠ \(t.mixedScript)</span>" : "")
                    }.joined(separator: "<br>")
                    for r in p.roles { h += "<div class=\"role-note\">\(e(r.modality.rawValue)): \(link(r.at, d: docIndex(r.at.doc), anchors))</div>" }
                    h += "</td>"
                } else { h += "<td class=\"absent\">—</td>" }
            }
            h += "</tr>\n"
        }
        h += "</tbody></table></div></section>\n"

        // Divergences.
        h += "<section id=\"divergences\"><h2>\(t.divergencesHeading)</h2>\n" + tableHead("divergence-table", t.divergenceColumns)
        for dv in comparison.divergences {
            h += "<tr data-kind=\"\(dv.kind.rawValue)\"><td>\(t.kinds[dv.kind] ?? dv.kind.rawValue)</td><td>\(e(dv.subject))</td><td>\(e(dv.detail))</td>"
            h += cellPerSource(dv.readings, doc: \.doc) { r in
                (r.at.map { link($0, d: docIndex($0.doc), anchors) } ?? e(r.text)) + (r.note.map { " <small>(\(e($0)))</small>" } ?? "")
            }
            h += "</tr>\n"
        }
        h += "</tbody></table></div></section>\n"

        // Speakers, then quotations by speaker.
        h += "<section id=\"quotes\"><h2>\(t.quotesHeading)</h2>\n" + tableHead("speaker-table", [t.speakerColumn])
        for sp in comparison.speakers {
            h += "<tr class=\"\(sp.shared ? "shared" : "single")\" data-speaker=\"\(e(sp.speakerName))\"><td>\(e(sp.speakerName))\(sp.shared ? " <small>\(t.quotedBy(sp.sources.count))</small>" : "")</td>"
            for s in comparison.sources {
                h += "<td>" + (sp.quotesPerSource.first { $0.doc == s.id }.map { t.quotations($0.count) } ?? "—") + "</td>"
            }
            h += "</tr>\n"
        }
        h += "</tbody></table></div>\n<h3>\(t.quotationsHeading)</h3>\n" + tableHead("quote-table", t.quoteColumns)
        for q in comparison.quotes {
            h += "<tr class=\"\(q.shared ? "shared" : "single")\" data-form=\"\(q.form)\"><td>\(e(q.speakerName))</td><td>\(e(q.relation))</td>"
            h += cellPerSource(q.versions, doc: \.doc) { v in
                // Reported speech is the writer's words: never inside « ».
                let words = link(v.content, d: docIndex(v.doc), anchors)
                let cue = v.cue.map { ", " + e($0) } ?? ""
                let diff = q.differences.first { $0.doc == v.doc }.map { "<div class=\"quote-diff\">\(e($0.summary))</div>" } ?? ""
                return (v.verbatim ? "<q class=\"verbatim\">« \(words) »</q> <small>(\(t.verbatim)\(cue))</small>"
                    : "<span class=\"reported-speech\">\(words)</span> <small>(\(t.reported)\(cue))</small>") + diff
            }
            h += "</tr>\n"
        }
        h += "</tbody></table></div></section>\n"

        // Dates.
        h += "<section id=\"dates\"><h2>\(t.datesHeading)</h2>\n" + tableHead("date-table", [t.dateColumn])
        for dt in comparison.dates {
            h += "<tr class=\"\(dt.shared ? "shared" : "single")\"><td>\(e(dt.value))\(dt.shared ? " <small>\(t.shared)</small>" : "")</td>"
            h += cellPerSource(dt.occurrences, doc: \.doc) { o in
                "<b>\(link(o.at, d: docIndex(o.doc), anchors))</b> — <span class=\"context\">\(e(o.context.text))</span>"
            }
            h += "</tr>\n"
        }
        h += "</tbody></table></div></section>\n"

        // Numbers.
        h += "<section id=\"numbers\"><h2>\(t.numbersHeading)</h2>\n" + tableHead("number-table", [t.numberColumn])
        for n in comparison.numbers {
            h += "<tr class=\"\(n.differs ? "differs" : "same")\"><td>\(e(n.unit))\(n.differs ? " <small>\(t.differs)</small>" : "")</td>"
            h += cellPerSource(n.occurrences, doc: \.doc) { link($0.at, d: docIndex($0.doc), anchors) }
            h += "</tr>\n"
        }
        h += "</tbody></table></div></section>\n"
        h += "<footer>Recoupe \(e(RecoupeVersion.string)) · \(t.footer)</footer>\n</body>\n</html>\n"
        return h
    }

    private func e(_ s: String) -> String { HTMLText.escape(s) }

    /// One `<td>` per source (in `comparison.sources` order) holding that source's items, one per line.
    private func cellPerSource<T>(_ items: [T], doc: KeyPath<T, String>, _ render: (T) -> String) -> String {
        comparison.sources.map { s in
            "<td>" + items.filter { $0[keyPath: doc] == s.id }.map(render).joined(separator: "<br>") + "</td>"
        }.joined()
    }

    /// Opens a table whose header is `columns` then one column per source, up to `<tbody>`.
    private func tableHead(_ id: String, _ columns: [String]) -> String {
        "<div class=\"table-wrap\"><table id=\"\(id)\"><thead><tr>" + columns.map { "<th>\($0)</th>" }.joined()
            + comparison.sources.map { "<th>\(e($0.outlet ?? $0.id))</th>" }.joined() + "</tr></thead><tbody>\n"
    }

    private func docIndex(_ id: String) -> Int { documents.firstIndex { $0.id == id } ?? 0 }

    static func anchor(_ d: Int, _ start: Int, _ end: Int) -> String { "d\(d)-\(start)-\(end)" }

    /// The pointer's text, linked to its place in the side-by-side view when it is marked there.
    private func link(_ p: SourcePointer, d: Int, _ anchors: Set<String>) -> String {
        let id = Self.anchor(d, p.start, p.end)
        let title = "\(p.doc) @\(p.start)–\(p.end)"
        if anchors.contains(id) { return "<a href=\"#\(id)\" title=\"\(e(title))\">\(e(p.text))</a>" }
        return "<span title=\"\(e(title))\">\(e(p.text))</span>"
    }

    /// The document's text with its layers as nested elements (crossing spans are closed and reopened).
    func markedText(_ doc: Document, _ d: Int, kbToEntity: [String: Int], speakerIndex: [String: Int], anchors: inout Set<String>) -> String {
        var marks: [Markup] = []
        var quoteSpeaker: [Int: String] = [:]
        for q in comparison.quotes { for v in q.versions where v.doc == doc.id { quoteSpeaker[v.content.start] = q.speakerName } }
        func add(_ start: Int, _ end: Int, _ layer: Int, _ tag: String, _ attributes: String) {
            guard start < end, end <= doc.length else { return }
            let id = Self.anchor(d, start, end)
            let idAttr = anchors.insert(id).inserted ? " id=\"\(id)\"" : ""
            marks.append(Markup(start: start, end: end, layer: layer, open: "<\(tag)\(idAttr) \(attributes)>", close: "</\(tag)>"))
        }
        for q in doc.quotes {
            let name = quoteSpeaker[q.contentStart]
            let cls = name.flatMap { speakerIndex[$0] }.map { " sp\($0)" } ?? " unattributed"
            let form = q.kind == .indirect ? "reported-speech" : "verbatim"
            let what = q.kind == .indirect ? t.reported : t.verbatim
            add(q.contentStart, q.contentEnd, 0, "span", "class=\"quote\(cls) \(q.kind.rawValue) \(form)\" data-speaker=\"\(e(name ?? q.speaker?.text ?? "?"))\" data-form=\"\(form)\" title=\"\(e((name ?? "?") + " — " + what))\"")
        }
        for m in doc.mentions where m.label != .date {
            let i = kbToEntity[m.kbId]
            let entity = i.map { comparison.entities[$0] }
            add(m.start, m.end, 2, "mark", "class=\"ent\(i.map { " e\($0)" } ?? "")\" data-entity=\"\(e(entity?.id ?? m.kbId))\" data-label=\"\(m.label.rawValue)\" title=\"\(e((entity?.canonical ?? m.canonical) + " · " + m.label.rawValue))\"")
            if let r = m.role {
                add(r.start, r.end, 1, "span", "class=\"role \(r.modality.rawValue)\" data-modality=\"\(r.modality.rawValue)\" title=\"\(e("role of " + m.canonical + " · " + r.modality.rawValue))\"")
            }
        }
        for en in doc.entities {
            for r in en.roles where !doc.mentions.contains(where: { $0.role?.start == r.start && $0.role?.end == r.end }) {
                add(r.start, r.end, 1, "span", "class=\"role \(r.modality.rawValue)\" data-modality=\"\(r.modality.rawValue)\" title=\"\(e("role of " + en.canonical + " · " + r.modality.rawValue))\"")
            }
        }
        for dt in doc.dates {
            add(dt.start, dt.end, 3, "time", "class=\"date\"\(dt.value.map { " datetime=\"\(e($0))\"" } ?? "") title=\"\(e(dt.value ?? "unresolved"))\"")
        }
        for n in comparison.numbers { for o in n.occurrences where o.doc == doc.id { add(o.at.start, o.at.end, 4, "span", "class=\"num\" title=\"\(e(o.value))\"") } }
        marks.sort { ($0.start, -$0.end, $0.layer) < ($1.start, -$1.end, $1.layer) }

        var cuts = Set([0, doc.length])
        for m in marks { cuts.insert(m.start); cuts.insert(m.end) }
        let points = cuts.sorted()
        var out = ""
        var stack: [Int] = []  // indices into marks
        var cursor = 0  // marks before it start at or before the current segment
        var candidates: [Int] = []
        for k in 0..<(points.count - 1) {
            let a = points[k], b = points[k + 1]
            while cursor < marks.count, marks[cursor].start <= a { candidates.append(cursor); cursor += 1 }
            candidates.removeAll { marks[$0].end <= a }
            let wanted = candidates.filter { marks[$0].end >= b }
            var keep = 0
            while keep < stack.count, keep < wanted.count, stack[keep] == wanted[keep] { keep += 1 }
            for i in stack[keep...].reversed() { out += marks[i].close }
            for i in wanted[keep...] {
                // A reopened span keeps its id only the first time.
                out += stack.contains(i) ? marks[i].open.replacingOccurrences(of: " id=\"", with: " data-continued=\"") : marks[i].open
            }
            stack = wanted
            out += e(doc.surface(start: a, end: b))
        }
        for i in stack.reversed() { out += marks[i].close }
        return out
    }

    /// Speaker tags and underlines: golden-angle hues, dark enough for white text.
    static func colour(_ i: Int, light: Bool) -> String {
        let hue = Int((Double(i) * 137.508).truncatingRemainder(dividingBy: 360))
        return light ? "hsl(\(hue) 75% 80%)" : "hsl(\(hue) 65% \([38, 30, 45][i % 3])%)"
    }

    /// What each mark of the page means, drawn with the page's own styles.
    func legend() -> String {
        let l = t.legendItems
        var h = "<section id=\"legend\"><h2>\(t.legend)</h2>\n<ul class=\"legend\">"
        h += "<li><mark class=\"ent e0\">Genève</mark> \(l[0])</li>"
        h += "<li><span class=\"quote verbatim\" data-speaker=\"S. Lavrov\">…</span> \(l[1])</li>"
        h += "<li><span class=\"quote reported-speech\" data-speaker=\"S. Lavrov\">…</span> \(l[2])</li>"
        h += "<li><span class=\"role stated\">ambassadeur</span> \(l[3])</li>"
        h += "<li><span class=\"role speculative\">ambassadeur</span> \(l[4])</li>"
        h += "<li><span class=\"role former\">ambassadeur</span> \(l[5])</li>"
        h += "<li><time class=\"date\">jeudi</time> \(l[6])</li><li><span class=\"num\">six</span> \(l[7])</li>"
        h += "<li><span class=\"mixed-script\">⚠ \(t.mixedScript)</span> \(l[8])</li>"
        return h + "</ul></section>\n"
    }

    static func css(sourceCount: Int) -> String {
        """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 1.5rem 2rem;color:#1d1d1f;background:#fafafa}
        header h1{margin:.8rem 0 .2rem;font-size:1.5rem}.summary{margin:.2rem 0;color:#444}nav{margin:.3rem 0 1rem}
        h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:1.6rem}
        .columns{display:grid;grid-auto-flow:column;gap:1rem;overflow-x:auto;scroll-snap-type:x mandatory;padding-bottom:.5rem;
          grid-auto-columns:minmax(min(\(sourceCount > 4 ? "22rem" : "0px"),88vw),1fr)}
        article.source{scroll-snap-align:start;min-width:0}
        @media (max-width:700px){body{margin:0 .6rem 1rem}.columns{grid-auto-columns:88vw}}
        .hint{color:#666;font-size:.85em;margin:.2rem 0}
        ul.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;padding:0;list-style:none;font-size:.9em}
        .reported-speech{font-style:italic}.quote.reported-speech{border-bottom-style:dotted;background:none}
        .table-wrap{overflow-x:auto;max-width:100%}
        q.verbatim{quotes:none}.quote-diff{font-size:.85em;color:#8a1c3b}
        .mixed-script{color:#8a4b00;font-size:.8em;font-weight:600;white-space:nowrap}
        article.source{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem}
        article.source h3{margin:.2rem 0;font-size:1rem;font-family:ui-monospace,monospace}.meta{color:#666;font-size:.85em;margin:0 0 .5rem}
        .text{white-space:pre-wrap;overflow-wrap:anywhere}
        mark.ent{border-radius:3px;padding:0 1px;color:inherit}
        .quote{border-bottom:2px solid #888;background:rgba(120,120,120,.07)}
        .quote.unattributed{border-bottom-style:dashed}
        .quote:not([data-continued])::before{content:attr(data-speaker);font-size:.7em;color:#fff;padding:0 4px;margin-right:3px;border-radius:3px;vertical-align:super;background:#888}
        .role{text-decoration:underline 2px;text-underline-offset:3px}.role.speculative{text-decoration-style:wavy;text-decoration-color:#c05}
        .role.stated{text-decoration-color:#07a}.role.former{text-decoration-style:dotted}
        time.date{outline:1px dashed #a60;border-radius:2px}.num{font-weight:600}
        table{border-collapse:collapse;width:100%;background:#fff;font-size:.9em}
        th,td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f0f0f0}
        tr.shared td:first-child{font-weight:600}td.absent{color:#aaa;text-align:center}
        tr[data-kind=role-modality]{background:#fff3f6}tr[data-kind=spelling]{background:#f6f8ff}tr[data-kind=coverage]{color:#555}
        .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.4em;vertical-align:-.1em}
        .role-note{font-size:.85em;color:#555}.context{color:#555}a{color:#0550ae;text-decoration:none}a:hover{text-decoration:underline}
        :target{outline:2px solid #e33}footer{margin-top:2rem;color:#888;font-size:.8em}

        """
    }
}
