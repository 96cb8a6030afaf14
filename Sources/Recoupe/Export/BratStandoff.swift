import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
/// brat standoff export (`NAME.txt` + `NAME.ann`, plus the collection's `annotation.conf` and
/// `visual.conf`), which brat and INCEpTION open as is.
///
/// Written: entity mentions as `T` lines typed PER/ORG/LOC/MISC with `kb_id` and canonical name
/// in an `AnnotatorNotes` line; dates (`DATE`, value in a note); quotations (`Quote`, content
/// span, `QuoteKind` attribute) linked to their speaker (`SaidBy`, to the entity mention at the
/// speaker's span or a `Speaker` span) and cue (`QuoteCue`); roles (`Role`, `Modality`
/// attribute) linked from their mention (`HasRole`).
///
/// Offsets are code points, as in brat. brat reads `.txt` files with universal newlines, so a
/// text with CR or CRLF line ends is written with LF and every offset is shifted to match.
/// Spans that cross a line break are written as discontinuous fragments, one per line.
public struct BratStandoff {
    /// The text to write as `NAME.txt` (line ends made LF).
    public let text: String
    /// The `NAME.ann` content.
    public let annotations: String

    public init(_ doc: Document) {
        // Offset map for CRLF → LF: shift[i] = CRs dropped before scalar i.
        let scalars = doc.scalars
        var shift = [Int](repeating: 0, count: scalars.count + 1)
        var out = String.UnicodeScalarView()
        var dropped = 0
        for (i, s) in scalars.enumerated() {
            shift[i] = dropped
            if s == "\r" {
                if i + 1 < scalars.count, scalars[i + 1] == "\n" { dropped += 1; continue }
                out.append("\n")
            } else {
                out.append(s)
            }
        }
        shift[scalars.count] = dropped
        let lf = Array(out)
        text = String(out)

        var lines: [String] = []
        var t = 0, r = 0, a = 0, n = 0
        var spanIDs: [String: String] = [:]  // "start-end" (original offsets) → T id of an entity

        func fragments(_ start: Int, _ end: Int) -> (String, String)? {
            let s = start - shift[start], e = end - shift[end]
            var parts: [(Int, Int)] = []
            var a = s
            for i in s..<e where lf[i] == "\n" {
                if i > a { parts.append((a, i)) }
                a = i + 1
            }
            if e > a { parts.append((a, e)) }
            parts = parts.filter { p in lf[p.0..<p.1].contains { !$0.properties.isWhitespace } }
            guard !parts.isEmpty else { return nil }
            let offsets = parts.map { "\($0.0) \($0.1)" }.joined(separator: ";")
            let surface = parts.map { p -> String in
                var v = String.UnicodeScalarView()
                v.append(contentsOf: lf[p.0..<p.1])
                return String(v)
            }.joined(separator: " ")
            return (offsets, surface)
        }
        func addSpan(_ type: String, _ start: Int, _ end: Int) -> String? {
            guard start < end, end <= scalars.count, let (offsets, surface) = fragments(start, end) else { return nil }
            t += 1
            lines.append("T\(t)\t\(type) \(offsets)\t\(surface)")
            return "T\(t)"
        }
        func note(_ id: String, _ text: String) {
            n += 1
            lines.append("#\(n)\tAnnotatorNotes \(id)\t\(text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " "))")
        }

        for m in doc.mentions {
            guard let id = addSpan(m.label.rawValue, m.start, m.end) else { continue }
            spanIDs["\(m.start)-\(m.end)"] = id
            if m.label != .date { note(id, "kb_id=\(m.kbId); canonical=\(m.canonical); rule=\(m.rule)") }
            for role in m.allRoles {
                guard let rid = addSpan("Role", role.start, role.end) else { continue }
                r += 1
                lines.append("R\(r)\tHasRole Arg1:\(id) Arg2:\(rid)")
                a += 1
                lines.append("A\(a)\tModality \(rid) \(role.modality.rawValue)")
            }
        }
        for d in doc.dates where spanIDs["\(d.start)-\(d.end)"] == nil {
            guard let id = addSpan("DATE", d.start, d.end) else { continue }
            note(id, "value=\(d.value ?? "?")" + (d.endValue.map { "; end_value=\($0)" } ?? "") + "; precision=\(d.precision.rawValue)")
        }
        for q in doc.quotes {
            guard let qid = addSpan("Quote", q.contentStart, q.contentEnd) else { continue }
            a += 1
            lines.append("A\(a)\tQuoteKind \(qid) \(q.kind.rawValue)")
            if let s = q.speaker {
                let sid = spanIDs["\(s.start)-\(s.end)"] ?? addSpan("Speaker", s.start, s.end)
                if let sid {
                    r += 1
                    lines.append("R\(r)\tSaidBy Arg1:\(qid) Arg2:\(sid)")
                }
            }
            if let c = q.cue, let cid = addSpan("Cue", c.start, c.end) {
                r += 1
                lines.append("R\(r)\tQuoteCue Arg1:\(qid) Arg2:\(cid)")
            }
        }
        annotations = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The collection's `annotation.conf`: the types and relations the export uses.
    public static let annotationConfiguration = """
        [entities]
        PER
        ORG
        LOC
        MISC
        DATE
        Quote
        Speaker
        Cue
        Role

        [relations]
        SaidBy\tArg1:Quote, Arg2:<ENTITY>
        QuoteCue\tArg1:Quote, Arg2:Cue
        HasRole\tArg1:<ENTITY>, Arg2:Role
        <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

        [events]

        [attributes]
        Modality\tArg:Role, Value:stated|speculative|former
        QuoteKind\tArg:Quote, Value:direct|partial|indirect|mention

        """

    /// The collection's `visual.conf`: colours close to the HTML comparison's.
    public static let visualConfiguration = """
        [labels]
        PER | Person | PER
        ORG | Organization | ORG
        LOC | Location | LOC
        MISC | Miscellaneous | MISC
        DATE | Date | DATE

        [drawing]
        PER\tbgColor:#ffccaa
        ORG\tbgColor:#8fb2ff
        LOC\tbgColor:#95dfff
        MISC\tbgColor:#f1f447
        DATE\tbgColor:#e6e6e6
        Quote\tbgColor:#dddddd
        Role\tbgColor:#c6f2c6
        SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken
        ARC_DEFAULT\tcolor:black, arrowHead:triangle-5

        """
}
