/// Reads one input (file bytes or stdin) into a `Document`: decoding, BOM, SHA-256, source facts.
public struct DocumentReader {
    public var decoder = TextDecoder()
    public var maxBytes = FileReader.defaultMaxBytes

    public init() {}

    /// Reads the file at `path`; `id` is the document id (by default the file name without extension).
    public func read(path: String, id: String? = nil) throws -> Document {
        let bytes = try FileReader.read(path, maxBytes: maxBytes)
        return try document(bytes: bytes, path: path, id: id ?? Self.defaultID(path))
    }

    /// Builds a document from raw bytes already in memory.
    public func document(bytes: [UInt8], path: String?, id: String, language: String = "fr") throws -> Document {
        let decoded = try decoder.decode(bytes, path: path ?? id)
        let source = DocumentSource(
            path: path, byteCount: bytes.count, sha256: SHA256.hex(bytes), encoding: decoded.encoding,
            hadBOM: decoded.hadBOM, lineEndings: decoded.lineEndings, replacements: decoded.replacements,
            language: language)
        var doc = Document(id: id, text: decoded.text, source: source)
        if decoded.replacements > 0 {
            doc.warnings.append(DocumentWarning(
                stage: "ingest", code: "invalid-bytes",
                message: "\(decoded.replacements) invalid \(decoded.encoding) sequence(s) replaced by U+FFFD"))
        }
        return doc
    }

    /// "dir/000_abb.txt" → "000_abb".
    public static func defaultID(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }
}
