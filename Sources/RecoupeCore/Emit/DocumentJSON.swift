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
    /// handed on (between token chunks, after each mention, entity, date, quotation and warning,
    /// between sections): a novel's quotations alone made 71 MB of JSON.
    static func write(_ doc: Document, pipelineVersion: String, into w: inout JSONWriter,
                      flush: (inout JSONWriter) throws -> Void) rethrows {
        w.beginObject()
        w.key(DocKey.id); w.value(doc.id)
        w.key(DocKey.text); try w.value(doc.text, flush: flush)
        w.key(DocKey.source); writeSource(doc.source, &w)
        try flush(&w)
        w.key(DocKey.tokens); w.beginArray()
        try writeTokens(doc.tokens, &w, flush: flush)
        w.endArray()
        try flush(&w)
        w.key(DocKey.sents); writeSpans(doc.sentences, &w)
        try flush(&w)
        w.key(DocKey.paragraphs); writeSpans(doc.paragraphs, &w)
        try flush(&w)
        w.key(DocKey.languages); w.beginArray()
        for l in doc.languages {
            w.beginObject()
            w.key(LanguageSpan.CodingKeys.start); w.value(l.start)
            w.key(LanguageSpan.CodingKeys.end); w.value(l.end)
            w.key(LanguageSpan.CodingKeys.language); w.value(l.language)
            w.key(LanguageSpan.CodingKeys.confidence); w.value(l.confidence)
            w.endObject()
        }
        w.endArray()
        w.key(DocKey.ents); w.beginArray()
        for m in doc.mentions { writeMention(m, &w); try flush(&w) }
        w.endArray()
        // spaCy's span groups: `Doc.from_json` reads no kb_id from "ents", but keeps it here.
        w.key(SpanGroupKey.spans); w.beginObject()
        w.key(SpanGroupKey.mentions); w.beginArray()
        for m in doc.mentions {
            w.beginObject()
            w.key(EntityMention.CodingKeys.start); w.value(m.start)
            w.key(EntityMention.CodingKeys.end); w.value(m.end)
            w.key(EntityMention.CodingKeys.label); w.value(m.label.rawValue)
            w.key(EntityMention.CodingKeys.kbId); w.value(m.kbId)
            w.endObject()
            try flush(&w)
        }
        w.endArray()
        w.endObject()
        w.key(DocKey.entities); w.beginArray()
        for e in doc.entities { writeEntity(e, &w); try flush(&w) }
        w.endArray()
        w.key(DocKey.dates); w.beginArray()
        for d in doc.dates { writeDate(d, &w); try flush(&w) }
        w.endArray()
        w.key(DocKey.quotes); w.beginArray()
        for q in doc.quotes { writeQuote(q, &w); try flush(&w) }
        w.endArray()
        w.key(DocKey.warnings); w.beginArray()
        for x in doc.warnings {
            w.beginObject()
            w.key(DocumentWarning.CodingKeys.stage); w.value(x.stage)
            w.key(DocumentWarning.CodingKeys.code); w.value(x.code)
            w.key(DocumentWarning.CodingKeys.message); w.value(x.message)
            if let s = x.start { w.key(DocumentWarning.CodingKeys.start); w.value(s) }
            if let e = x.end { w.key(DocumentWarning.CodingKeys.end); w.value(e) }
            w.endObject()
            try flush(&w)
        }
        w.endArray()
        w.key(DocKey.pipeline); w.beginObject()
        w.key(PipelineDTO.CodingKeys.version); w.value(pipelineVersion)
        w.key(PipelineDTO.CodingKeys.format); w.value(formatVersion)
        w.key(PipelineDTO.CodingKeys.icu); w.value(ICUVersion.icu)
        w.key(PipelineDTO.CodingKeys.layers); w.beginArray()
        for l in doc.layers { w.value(l.rawValue) }
        w.endArray()
        w.endObject()
        w.endObject()
    }

    /// The tokens array's contents — the bulk of the output — laid out directly through a pointer,
    /// kind and shape pre-encoded, in chunks so that the buffer grows once per chunk.
    static func writeTokens(_ tokens: [Token], _ w: inout JSONWriter, flush: (inout JSONWriter) throws -> Void = { _ in }) rethrows {
        let kindJSON = Self.kindJSON, shapeJSON = Self.shapeJSON
        let idJSON = Self.tokenIdJSON, startJSON = Self.tokenStartJSON, endJSON = Self.tokenEndJSON
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
                        idJSON.withUnsafeBufferPointer { c.put($0) }
                        c.putInt(t.id)
                        startJSON.withUnsafeBufferPointer { c.put($0) }
                        c.putInt(t.start)
                        endJSON.withUnsafeBufferPointer { c.put($0) }
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

        /// A JSON string: quoted, escaped by ``JSONEscaping`` (at most 6 bytes per input byte, plus 2).
        @inline(__always) mutating func putString(_ s: String) {
            put(0x22)
            var s = s
            let written = s.withUTF8 { JSONEscaping.writeEscaped($0, to: p) }
            p += written
            put(0x22)
        }
    }

    /// `{"id":`, `,"start":` and `,"end":` of a token, from its key table.
    static let tokenIdJSON = Array("{\"\(TokenDTO.CodingKeys.id.stringValue)\":".utf8)
    static let tokenStartJSON = Array(",\"\(TokenDTO.CodingKeys.start.stringValue)\":".utf8)
    static let tokenEndJSON = Array(",\"\(TokenDTO.CodingKeys.end.stringValue)\":".utf8)

    /// `,"kind":"word","norm":` for each token kind, in `Token.Kind.index` order.
    static let kindJSON: [[UInt8]] = Token.Kind.allInIndexOrder.map {
        Array(",\"\(TokenDTO.CodingKeys.kind.stringValue)\":\"\($0.rawValue)\",\"\(TokenDTO.CodingKeys.norm.stringValue)\":".utf8)
    }

    /// `,"shape":["title",…]` for each of the 256 shape values.
    static let shapeJSON: [[UInt8]] = (0...255).map { raw in
        let names = Token.Shape(rawValue: UInt8(raw)).names.map { "\"\($0)\"" }.joined(separator: ",")
        return Array(",\"\(TokenDTO.CodingKeys.shape.stringValue)\":[\(names)]".utf8)
    }

    static func writeSource(_ s: DocumentSource, _ w: inout JSONWriter) {
        w.beginObject()
        w.key(DocumentSource.CodingKeys.path); w.value(s.path)
        w.key(DocumentSource.CodingKeys.byteCount); w.value(s.byteCount)
        w.key(DocumentSource.CodingKeys.sha256); w.value(s.sha256)
        w.key(DocumentSource.CodingKeys.encoding); w.value(s.encoding)
        w.key(DocumentSource.CodingKeys.hadBOM); w.value(s.hadBOM)
        w.key(DocumentSource.CodingKeys.lineEndings); w.value(s.lineEndings)
        w.key(DocumentSource.CodingKeys.replacements); w.value(s.replacements)
        w.key(DocumentSource.CodingKeys.language); w.value(s.language)
        w.key(DocumentSource.CodingKeys.date); w.value(s.date)
        w.key(DocumentSource.CodingKeys.outlet); w.value(s.outlet)
        // Written only when front matter gave them, so outputs without them are unchanged.
        if let t = s.title { w.key(DocumentSource.CodingKeys.title); w.value(t) }
        if let u = s.url { w.key(DocumentSource.CodingKeys.url); w.value(u) }
        if let a = s.author { w.key(DocumentSource.CodingKeys.author); w.value(a) }
        w.endObject()
    }

    static func writeSpans(_ spans: [Span], _ w: inout JSONWriter) {
        w.beginArray()
        for s in spans {
            w.beginObject()
            w.key(Span.CodingKeys.start); w.value(s.start)
            w.key(Span.CodingKeys.end); w.value(s.end)
            w.endObject()
        }
        w.endArray()
    }

    static func writeRole(_ r: EntityMention.Role, _ w: inout JSONWriter) {
        w.beginObject()
        w.key(EntityMention.Role.CodingKeys.text); w.value(r.text)
        w.key(EntityMention.Role.CodingKeys.start); w.value(r.start)
        w.key(EntityMention.Role.CodingKeys.end); w.value(r.end)
        w.key(EntityMention.Role.CodingKeys.modality); w.value(r.modality.rawValue)
        w.endObject()
    }

    static func writeMention(_ m: EntityMention, _ w: inout JSONWriter) {
        w.beginObject()
        w.key(EntityMention.CodingKeys.start); w.value(m.start)
        w.key(EntityMention.CodingKeys.end); w.value(m.end)
        w.key(EntityMention.CodingKeys.label); w.value(m.label.rawValue)
        w.key(EntityMention.CodingKeys.kbId); w.value(m.kbId)
        w.key(EntityMention.CodingKeys.surface); w.value(m.surface)
        w.key(EntityMention.CodingKeys.canonical); w.value(m.canonical)
        w.key(EntityMention.CodingKeys.confidence); w.value(m.confidence)
        w.key(EntityMention.CodingKeys.rule); w.value(m.rule)
        if let r = m.role { w.key(EntityMention.CodingKeys.role); writeRole(r, &w) }
        if let r = m.newRole { w.key(EntityMention.CodingKeys.newRole); writeRole(r, &w) }
        if let rs = m.coordinatedRoles, !rs.isEmpty {
            w.key(EntityMention.CodingKeys.coordinatedRoles); w.beginArray(); for r in rs { writeRole(r, &w) }; w.endArray()
        }
        w.endObject()
    }

    static func writeEntity(_ e: Entity, _ w: inout JSONWriter) {
        w.beginObject()
        w.key(Entity.CodingKeys.id); w.value(e.id)
        w.key(Entity.CodingKeys.label); w.value(e.label.rawValue)
        w.key(Entity.CodingKeys.canonical); w.value(e.canonical)
        w.key(Entity.CodingKeys.mentions); w.beginArray(); for m in e.mentions { w.value(m) }; w.endArray()
        w.key(Entity.CodingKeys.spellings); w.beginArray(); for s in e.spellings { w.value(s) }; w.endArray()
        w.key(Entity.CodingKeys.roles); w.beginArray(); for r in e.roles { writeRole(r, &w) }; w.endArray()
        w.endObject()
    }

    static func writeDate(_ d: DateMention, _ w: inout JSONWriter) {
        w.beginObject()
        w.key(DateMention.CodingKeys.start); w.value(d.start)
        w.key(DateMention.CodingKeys.end); w.value(d.end)
        w.key(DateMention.CodingKeys.surface); w.value(d.surface)
        w.key(DateMention.CodingKeys.value); w.value(d.value)
        if let e = d.endValue { w.key(DateMention.CodingKeys.endValue); w.value(e) }
        w.key(DateMention.CodingKeys.precision); w.value(d.precision.rawValue)
        w.key(DateMention.CodingKeys.relative); w.value(d.relative)
        w.key(DateMention.CodingKeys.rule); w.value(d.rule)
        if let a = d.anchor { w.key(DateMention.CodingKeys.anchor); w.value(a) }
        w.endObject()
    }

    static func writeQuote(_ q: Quote, _ w: inout JSONWriter) {
        w.beginObject()
        w.key(Quote.CodingKeys.start); w.value(q.start)
        w.key(Quote.CodingKeys.end); w.value(q.end)
        w.key(Quote.CodingKeys.contentStart); w.value(q.contentStart)
        w.key(Quote.CodingKeys.contentEnd); w.value(q.contentEnd)
        w.key(Quote.CodingKeys.kind); w.value(q.kind.rawValue)
        w.key(Quote.CodingKeys.speaker)
        if let s = q.speaker {
            w.beginObject()
            w.key(Quote.Speaker.CodingKeys.start); w.value(s.start)
            w.key(Quote.Speaker.CodingKeys.end); w.value(s.end)
            w.key(Quote.Speaker.CodingKeys.text); w.value(s.text)
            w.key(Quote.Speaker.CodingKeys.kbId); w.value(s.kbId)
            if let i = s.issuer {
                w.key(Quote.Speaker.CodingKeys.issuer); w.beginObject()
                w.key(Quote.Issuer.CodingKeys.start); w.value(i.start)
                w.key(Quote.Issuer.CodingKeys.end); w.value(i.end)
                w.key(Quote.Issuer.CodingKeys.text); w.value(i.text)
                w.key(Quote.Issuer.CodingKeys.kbId); w.value(i.kbId)
                w.endObject()
            }
            w.endObject()
        } else { w.null() }
        w.key(Quote.CodingKeys.cue)
        if let c = q.cue {
            w.beginObject()
            w.key(Quote.Cue.CodingKeys.start); w.value(c.start)
            w.key(Quote.Cue.CodingKeys.end); w.value(c.end)
            w.key(Quote.Cue.CodingKeys.text); w.value(c.text)
            w.key(Quote.Cue.CodingKeys.lemma); w.value(c.lemma)
            w.endObject()
        } else { w.null() }
        w.key(Quote.CodingKeys.segments); w.beginArray()
        for g in q.segments {
            w.beginObject()
            w.key(Quote.Segment.CodingKeys.start); w.value(g.start)
            w.key(Quote.Segment.CodingKeys.end); w.value(g.end)
            w.endObject()
        }
        w.endArray()
        if let r = q.rule { w.key(Quote.CodingKeys.rule); w.value(r) }
        w.key(Quote.CodingKeys.confidence); w.value(q.confidence)
        w.endObject()
    }

    // MARK: Reading

    // Key tables: each JSON type's keys are its `CodingKeys`, which the writer above spells and
    // the decoder reads, so the two cannot drift apart.

    struct TokenDTO: Codable {
        var id: Int, start: Int, end: Int, kind: Token.Kind, norm: String, shape: [String]?
        enum CodingKeys: String, CodingKey { case id, start, end, kind, norm, shape }
    }

    struct PipelineDTO: Codable {
        var version: String
        var format: Int
        var icu: String?
        var layers: [String]
        enum CodingKeys: String, CodingKey { case version, format, icu, layers }
    }

    /// spaCy's span groups (`"spans": {"mentions": [...]}`): written for `Doc.from_json`, not read
    /// back (the same mentions are in `ents`).
    enum SpanGroupKey: String, CodingKey { case spans, mentions }

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
        enum CodingKeys: String, CodingKey {
            case id, text, source, tokens, sents, paragraphs, languages, ents, entities, dates, quotes, warnings, pipeline
        }
    }

    typealias DocKey = DocumentDTO.CodingKeys

    /// The keys resume looks for in an output's bytes (`OutputProvenance`), from the key tables.
    package static let provenanceKeys = (source: DocKey.source.stringValue, sha256: DocumentSource.CodingKeys.sha256.stringValue,
                                         pipeline: DocKey.pipeline.stringValue, version: PipelineDTO.CodingKeys.version.stringValue)

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
