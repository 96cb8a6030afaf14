import RecoupeCore
import RecoupeICU
/// Reads one input (file bytes, stdin, or a JSON Lines record) into a `Document`: decoding, BOM,
/// SHA-256, source facts, and a warning for every byte the decoder could not keep.
public struct DocumentReader: Sendable {
    public var decoder = TextDecoder()
    public var maxBytes = FileReader.defaultMaxBytes
    /// Publication date and outlet given on the command line (`--date`, `--outlet`): they win
    /// over the file's front matter.
    public var date: String?
    public var outlet: String?

    public init() {}

    /// Reads the file at `path`; `id` is the document id (by default the file name without extension).
    public func read(path: String, id: String? = nil) throws -> Document {
        let bytes = try FileReader.read(path, maxBytes: maxBytes)
        return try document(bytes: bytes, path: path, id: id ?? Self.defaultID(path))
    }

    /// Builds a document from raw bytes already in memory; pass `sha256` when already computed.
    public func document(bytes: [UInt8], path: String?, id: String, language: String = "fr",
                         sha256: String? = nil) throws -> Document {
        let decoded = try decoder.decode(bytes, path: path ?? id)
        // Front matter is cut before anything else, so offsets point into the article body.
        let frontMatter: FrontMatter?, text: String
        do { (frontMatter, text) = try FrontMatter.split(decoded.text) } catch let e as FrontMatter.Malformed {
            throw IngestError(path: path ?? id, code: .frontMatter, reason: e.reason)
        }
        var source = DocumentSource(
            path: path, byteCount: bytes.count, sha256: sha256 ?? SHA256.hex(bytes), encoding: decoded.encoding,
            hadBOM: decoded.hadBOM, lineEndings: decoded.lineEndings, replacements: decoded.replacements,
            language: language)
        frontMatter?.apply(to: &source)
        if let date { source.date = date }
        if let outlet { source.outlet = outlet }
        var doc = Document(id: id, text: text, source: source)
        doc.warnings += decoded.warnings
        if let ignored = frontMatter?.ignoredKeys, !ignored.isEmpty {
            doc.warnings.append(DocumentWarning(stage: "ingest", code: "front-matter-key",
                                                message: "front matter key(s) \(ignored.joined(separator: ", ")) ignored (known: \(FrontMatter.keys.joined(separator: ", ")))"))
        }
        if bytes.isEmpty {
            doc.warnings.append(DocumentWarning(stage: "ingest", code: "empty", message: "the input is empty (0 bytes)"))
        }
        return doc
    }

    /// A document from a JSON Lines record: the text is already Unicode; hash and size are
    /// those of its UTF-8 bytes.
    public func document(record: JSONLinesRecord, language: String = "fr") -> Document {
        let utf8 = Array(record.text.utf8)
        let lineEndings = utf8.withUnsafeBytes { TextDecoder.lineEndings($0) }
        // A date that is no ISO 8601 date is dropped with a warning, not taken silently.
        var warnings: [DocumentWarning] = []
        var date = record.date
        if let d = date, CivilDate(iso: d) == nil {
            warnings.append(DocumentWarning(stage: "ingest", code: "bad-date",
                                            message: "date \(d.debugDescription) is not an ISO 8601 date (YYYY-MM-DD); ignored"))
            date = nil
        }
        if let first = utf8.firstIndex(of: 0) {
            let nuls = utf8.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
            warnings.append(DocumentWarning(stage: "ingest", code: "nul-bytes",
                                            message: "\(nuls) NUL character(s) kept as U+0000 (first at byte \(first) of the text)"))
        }
        let source = DocumentSource(
            path: nil, byteCount: utf8.count, sha256: SHA256.hex(utf8), encoding: "UTF-8", hadBOM: false,
            lineEndings: lineEndings, replacements: 0, language: language, date: date, outlet: record.outlet)
        var doc = Document(id: record.id, text: record.text, source: source)
        doc.warnings = warnings
        return doc
    }

    /// "dir/000_abb.txt" → "000_abb".
    public static func defaultID(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }
}
