import Foundation
import RecoupeICU

/// The annotated-document JSON format (documented in the README).
///
/// Top-level keys follow spaCy's `Doc.to_json()` — `text`, `tokens` (`id`, `start`, `end`),
/// `sents`, `ents` (`start`, `end`, `label`), `spans` (span group `mentions`: the ents again with
/// their `kb_id`, which `Doc.from_json` reads only from span groups) — with Recoupe's layers
/// beside them. All offsets are code points into `text`.
public enum DocumentJSON {
    /// Bumped when the JSON layout changes; recorded in each output for resume checks.
    public static let formatVersion = 1

    /// Compact JSON for one document (one line, no trailing newline).
    public static func encode(_ doc: Document, pipelineVersion: String = RecoupeVersion.string) -> [UInt8] {
        // Sized for the tokens, which are most of the output (~80 bytes each), so that a large
        // document does not double its buffer past twice what it needs.
        var w = JSONWriter(capacity: doc.text.utf8.count * 2 + doc.tokens.count * 96 + 4096)
        write(doc, pipelineVersion: pipelineVersion, into: &w) { _ in }
        return w.bytes
    }

    /// Encodes `doc` in pieces of about `chunkBytes`, handing each to `sink` as soon as it is
    /// full: the output (about 16 bytes per byte of text) never sits whole in memory. Pieces
    /// concatenate to exactly what ``encode(_:pipelineVersion:)`` returns.
    public static func encode(_ doc: Document, pipelineVersion: String = RecoupeVersion.string, chunkBytes: Int = 1 << 20,
                              sink: ([UInt8]) throws -> Void) throws {
        var w = JSONWriter(capacity: chunkBytes + 64 * 1024)
        try write(doc, pipelineVersion: pipelineVersion, into: &w) { w in
            if w.bytes.count >= chunkBytes { try sink(w.bytes); w.removeAllBytes() }
        }
        if !w.bytes.isEmpty { try sink(w.bytes) }
    }

    /// The document's JSON into `w`; `flush` is called at points where the bytes so far may be
    /// handed on (between token chunks and between sections).
    static func write(_ doc: Document, pipelineVersion: String, into w: inout JSONWriter,
                      flush: (inout JSONWriter) throws -> Void) rethrows {
        w.beginObject()
        w.key("id"); w.value(doc.id)
        w.key("text"); w.value(doc.text)
        w.key("source"); writeSource(doc.source, &w)
        try flush(&w)
        w.key("tokens"); w.beginArray()
        try writeTokens(doc.tokens, &w, flush: flush)
        w.endArray()
        try flush(&w)
        w.key("sents"); writeSpans(doc.sentences, &w)
        w.key("paragraphs"); writeSpans(doc.paragraphs, &w)
        w.key("languages"); w.beginArray()
        for l in doc.languages {
            w.beginObject()
            w.key("start"); w.value(l.start)
            w.key("end"); w.value(l.end)
            w.key("language"); w.value(l.language)
            w.key("confidence"); w.value(l.confidence)
            w.endObject()
        }
        w.endArray()
        w.key("ents"); w.beginArray()
        for m in doc.mentions { writeMention(m, &w) }
        w.endArray()
        // spaCy's span groups: `Doc.from_json` reads no kb_id from "ents", but keeps it here.
        w.key("spans"); w.beginObject()
        w.key("mentions"); w.beginArray()
        for m in doc.mentions {
            w.beginObject()
            w.key("start"); w.value(m.start)
            w.key("end"); w.value(m.end)
            w.key("label"); w.value(m.label.rawValue)
            w.key("kb_id"); w.value(m.kbId)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.key("entities"); w.beginArray()
        for e in doc.entities { writeEntity(e, &w) }
        w.endArray()
        w.key("dates"); w.beginArray()
        for d in doc.dates { writeDate(d, &w) }
        w.endArray()
        w.key("quotes"); w.beginArray()
        for q in doc.quotes { writeQuote(q, &w) }
        w.endArray()
        w.key("warnings"); w.beginArray()
        for x in doc.warnings {
            w.beginObject()
            w.key("stage"); w.value(x.stage)
            w.key("code"); w.value(x.code)
            w.key("message"); w.value(x.message)
            if let s = x.start { w.key("start"); w.value(s) }
            if let e = x.end { w.key("end"); w.value(e) }
            w.endObject()
        }
        w.endArray()
        w.key("pipeline"); w.beginObject()
        w.key("version"); w.value(pipelineVersion)
        w.key("format"); w.value(formatVersion)
        w.key("icu"); w.value(ICUVersion.icu)
        w.key("layers"); w.beginArray()
        for l in doc.layers { w.value(l.rawValue) }
        w.endArray()
        w.endObject()
        w.endObject()
    }

    /// The tokens array's contents — the bulk of the output — laid out directly through a pointer,
    /// kind and shape pre-encoded, in chunks so that the buffer grows once per chunk.
    static func writeTokens(_ tokens: [Token], _ w: inout JSONWriter, flush: (inout JSONWriter) throws -> Void = { _ in }) rethrows {
        let kindJSON = Self.kindJSON, shapeJSON = Self.shapeJSON
        try tokens.withUnsafeBufferPointer { all in
            var first = 0
            while first < all.count {
                // Interrupted (SIGTERM): stop; the caller checks `Cancellation` and drops the JSON.
                if first & 0x3FFF == 0, Cancellation.isRequested { return }
                let last = min(first + 256, all.count)
                // Worst case per token: fixed keys and three integers (≤ 80 bytes), kind (≤ 25),
                // shape (≤ 90), and the norm at 6 bytes per UTF-8 byte when every byte is escaped.
                var capacity = 0
                for i in first..<last { capacity += 200 + 6 * all[i].norm.utf8.count }
                w.appendUnsafe(capacity: capacity) { out in
                    var c = RawCursor(out)
                    for i in first..<last {
                        let t = all[i]
                        if i > 0 { c.put(0x2C) }
                        c.put("{\"id\":")
                        c.putInt(t.id)
                        c.put(",\"start\":")
                        c.putInt(t.start)
                        c.put(",\"end\":")
                        c.putInt(t.end)
                        kindJSON[t.kind.index].withUnsafeBufferPointer { c.put($0) }
                        c.putString(t.norm)
                        if !t.shape.isEmpty { shapeJSON[Int(t.shape.rawValue)].withUnsafeBufferPointer { c.put($0) } }
                        c.put(0x7D)
                    }
                    return c.p - out
                }
                try flush(&w)
                first = last
            }
        }
    }

    /// Writes through a pointer into space the caller reserved (no bounds or growth checks).
    struct RawCursor {
        var p: UnsafeMutablePointer<UInt8>
        init(_ p: UnsafeMutablePointer<UInt8>) { self.p = p }

        @inline(__always) mutating func put(_ b: UInt8) { p.pointee = b; p += 1 }

        @inline(__always) mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
            p.update(from: bytes.baseAddress!, count: bytes.count)
            p += bytes.count
        }

        @inline(__always) mutating func put(_ s: StaticString) {
            p.update(from: s.utf8Start, count: s.utf8CodeUnitCount)
            p += s.utf8CodeUnitCount
        }

        @inline(__always) mutating func putInt(_ n: Int) {
            if n >= 0 && n < 10 { put(UInt8(truncatingIfNeeded: 0x30 + n)); return }
            if n < 0 { put(0x2D) }
            var v = n.magnitude
            var digits = 0
            var t = v
            while t > 0 { digits += 1; t /= 10 }
            var k = p + (digits - 1)
            while v > 0 { k.pointee = UInt8(truncatingIfNeeded: 0x30 &+ v % 10); v /= 10; k -= 1 }
            p += digits
        }

        /// A JSON string: quoted, escaped per RFC 8259 (at most 6 bytes per input byte, plus 2).
        @inline(__always) mutating func putString(_ s: String) {
            put(0x22)
            var s = s
            s.withUTF8 { utf8 in
                for c in utf8 {
                    if c >= 0x20 && c != 0x22 && c != 0x5C { put(c); continue }
                    put(0x5C)
                    switch c {
                    case 0x22: put(0x22)
                    case 0x5C: put(0x5C)
                    case 0x0A: put(0x6E)
                    case 0x0D: put(0x72)
                    case 0x09: put(0x74)
                    default:
                        let hex: StaticString = "0123456789abcdef"
                        put(0x75); put(0x30); put(0x30)
                        put(hex.utf8Start[Int(c >> 4)]); put(hex.utf8Start[Int(c & 0xF)])
                    }
                }
            }
            put(0x22)
        }
    }

    /// `,"kind":"word","norm":` for each token kind, in `Token.Kind.index` order.
    static let kindJSON: [[UInt8]] = Token.Kind.allInIndexOrder.map { Array(",\"kind\":\"\($0.rawValue)\",\"norm\":".utf8) }

    /// `,"shape":["title",…]` for each of the 256 shape values.
    static let shapeJSON: [[UInt8]] = (0...255).map { raw in
        let names = Token.Shape(rawValue: UInt8(raw)).names.map { "\"\($0)\"" }.joined(separator: ",")
        return Array(",\"shape\":[\(names)]".utf8)
    }

    static func writeSource(_ s: DocumentSource, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("path"); w.value(s.path)
        w.key("bytes"); w.value(s.byteCount)
        w.key("sha256"); w.value(s.sha256)
        w.key("encoding"); w.value(s.encoding)
        w.key("bom"); w.value(s.hadBOM)
        w.key("line_endings"); w.value(s.lineEndings)
        w.key("replacements"); w.value(s.replacements)
        w.key("language"); w.value(s.language)
        w.key("date"); w.value(s.date)
        w.key("outlet"); w.value(s.outlet)
        // Written only when front matter gave them, so outputs without them are unchanged.
        if let t = s.title { w.key("title"); w.value(t) }
        if let u = s.url { w.key("url"); w.value(u) }
        if let a = s.author { w.key("author"); w.value(a) }
        w.endObject()
    }

    static func writeSpans(_ spans: [Span], _ w: inout JSONWriter) {
        w.beginArray()
        for s in spans {
            w.beginObject()
            w.key("start"); w.value(s.start)
            w.key("end"); w.value(s.end)
            w.endObject()
        }
        w.endArray()
    }

    static func writeRole(_ r: EntityMention.Role, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("text"); w.value(r.text)
        w.key("start"); w.value(r.start)
        w.key("end"); w.value(r.end)
        w.key("modality"); w.value(r.modality.rawValue)
        w.endObject()
    }

    static func writeMention(_ m: EntityMention, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("start"); w.value(m.start)
        w.key("end"); w.value(m.end)
        w.key("label"); w.value(m.label.rawValue)
        w.key("kb_id"); w.value(m.kbId)
        w.key("surface"); w.value(m.surface)
        w.key("canonical"); w.value(m.canonical)
        w.key("confidence"); w.value(m.confidence)
        w.key("rule"); w.value(m.rule)
        if let r = m.role { w.key("role"); writeRole(r, &w) }
        w.endObject()
    }

    static func writeEntity(_ e: Entity, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.value(e.id)
        w.key("label"); w.value(e.label.rawValue)
        w.key("canonical"); w.value(e.canonical)
        w.key("mentions"); w.beginArray(); for m in e.mentions { w.value(m) }; w.endArray()
        w.key("spellings"); w.beginArray(); for s in e.spellings { w.value(s) }; w.endArray()
        w.key("roles"); w.beginArray(); for r in e.roles { writeRole(r, &w) }; w.endArray()
        w.endObject()
    }

    static func writeDate(_ d: DateMention, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("start"); w.value(d.start)
        w.key("end"); w.value(d.end)
        w.key("surface"); w.value(d.surface)
        w.key("value"); w.value(d.value)
        if let e = d.endValue { w.key("end_value"); w.value(e) }
        w.key("precision"); w.value(d.precision.rawValue)
        w.key("relative"); w.value(d.relative)
        w.key("rule"); w.value(d.rule)
        if let a = d.anchor { w.key("anchor"); w.value(a) }
        w.endObject()
    }

    static func writeQuote(_ q: Quote, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("start"); w.value(q.start)
        w.key("end"); w.value(q.end)
        w.key("content_start"); w.value(q.contentStart)
        w.key("content_end"); w.value(q.contentEnd)
        w.key("kind"); w.value(q.kind.rawValue)
        w.key("speaker")
        if let s = q.speaker {
            w.beginObject()
            w.key("start"); w.value(s.start)
            w.key("end"); w.value(s.end)
            w.key("text"); w.value(s.text)
            w.key("kb_id"); w.value(s.kbId)
            if let i = s.issuer {
                w.key("issuer"); w.beginObject()
                w.key("start"); w.value(i.start)
                w.key("end"); w.value(i.end)
                w.key("text"); w.value(i.text)
                w.key("kb_id"); w.value(i.kbId)
                w.endObject()
            }
            w.endObject()
        } else { w.null() }
        w.key("cue")
        if let c = q.cue {
            w.beginObject()
            w.key("start"); w.value(c.start)
            w.key("end"); w.value(c.end)
            w.key("text"); w.value(c.text)
            w.key("lemma"); w.value(c.lemma)
            w.endObject()
        } else { w.null() }
        w.key("segments"); w.beginArray()
        for g in q.segments {
            w.beginObject()
            w.key("start"); w.value(g.start)
            w.key("end"); w.value(g.end)
            w.endObject()
        }
        w.endArray()
        if let r = q.rule { w.key("rule"); w.value(r) }
        w.key("confidence"); w.value(q.confidence)
        w.endObject()
    }

    // MARK: Reading

    struct TokenDTO: Codable {
        var id: Int, start: Int, end: Int, kind: Token.Kind, norm: String, shape: [String]?
    }

    struct PipelineDTO: Codable {
        var version: String
        var format: Int
        var layers: [String]
    }

    struct DocumentDTO: Codable {
        var id: String
        var text: String
        var source: DocumentSource
        var tokens: [TokenDTO]
        var sents: [Span]
        var paragraphs: [Span]?
        var languages: [LanguageSpan]?
        var ents: [EntityMention]
        var entities: [Entity]?
        var dates: [DateMention]?
        var quotes: [Quote]?
        var warnings: [DocumentWarning]?
        var pipeline: PipelineDTO?
    }

    /// Reads a document written by `encode` (or by another Recoupe version with the same format).
    public static func decode(_ data: Data) throws -> Document {
        let dto = try JSONDecoder().decode(DocumentDTO.self, from: data)
        var doc = Document(id: dto.id, text: dto.text, source: dto.source)
        doc.tokens = dto.tokens.map {
            Token(id: $0.id, start: $0.start, end: $0.end, kind: $0.kind, norm: $0.norm, shape: Token.Shape(names: $0.shape ?? []))
        }
        doc.sentences = dto.sents
        doc.paragraphs = dto.paragraphs ?? []
        doc.languages = dto.languages ?? []
        doc.mentions = dto.ents
        doc.entities = dto.entities ?? []
        doc.dates = dto.dates ?? []
        doc.quotes = dto.quotes ?? []
        doc.warnings = dto.warnings ?? []
        // A layer name this version does not know (a newer writer) is dropped, not an error.
        doc.layers = (dto.pipeline?.layers ?? []).compactMap(Layer.init(rawValue:))
        return doc
    }

    /// The pipeline version and source hash recorded in an output file, for resume.
    public static func provenance(_ data: Data) -> (version: String, sha256: String)? {
        struct Probe: Decodable {
            struct Src: Decodable { var sha256: String }
            var source: Src
            var pipeline: PipelineDTO
        }
        guard let p = try? JSONDecoder().decode(Probe.self, from: data) else { return nil }
        return (p.pipeline.version, p.source.sha256)
    }
}
