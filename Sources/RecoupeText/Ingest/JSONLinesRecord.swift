import Foundation
import RecoupeCore
import RecoupeICU

/// One `--jsonl-in` input line: `{"id": …, "text": …, "date": …, "source": …}`.
///
/// `text` is required; `id` may be a string or an integer (the line number when absent);
/// `date` becomes `doc.source.date` and `source` (the outlet name) `doc.source.outlet`. Other
/// keys are ignored, so records from a crawler pass through unchanged. The document's SHA-256
/// and byte count are those of `text` in UTF-8, which equal the file's when the same article is
/// annotated from a BOM-less UTF-8 file.
public struct JSONLinesRecord: Sendable {
    public var id: String
    public var text: String
    public var date: String?
    public var outlet: String?

    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public var reason: String
        /// The record's id when it could be read (so an error line can still be joined back).
        public var id: String?
        public var description: String { reason }
    }

    public init(parsing bytes: [UInt8], line: Int) throws {
        var body = bytes[...]
        if body.last == 0x0D { body = body.dropLast() }
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // a BOM on the first line
        guard String(validating: body, as: UTF8.self) != nil else {
            throw Invalid(reason: "not valid UTF-8 (JSON Lines input must be UTF-8)")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(body), options: [])
        } catch {
            throw Invalid(reason: "not valid JSON: \(Self.describe(error))")
        }
        guard let o = object as? [String: Any] else { throw Invalid(reason: "not a JSON object") }
        var id = String(line)
        if let v = o["id"] {
            if let s = v as? String { id = s } else if let n = v as? NSNumber, !(v is Bool), n.doubleValue == n.doubleValue.rounded() {
                id = String(n.int64Value)
            } else if !(v is NSNull) {
                throw Invalid(reason: "\"id\" must be a string or an integer")
            }
        }
        guard let t = o["text"] else { throw Invalid(reason: "no \"text\" field", id: id) }
        guard let text = t as? String else { throw Invalid(reason: "\"text\" must be a string", id: id) }
        self.id = id
        self.text = text
        self.date = try Self.optionalString(o, "date", id: id)
        self.outlet = try Self.optionalString(o, "source", id: id)
    }

    private static func optionalString(_ o: [String: Any], _ key: String, id: String) throws -> String? {
        guard let v = o[key], !(v is NSNull) else { return nil }
        guard let s = v as? String else { throw Invalid(reason: "\"\(key)\" must be a string", id: id) }
        return s
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }
}
