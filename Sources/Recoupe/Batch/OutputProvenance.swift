import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
/// What resume needs from an existing output: the pipeline version and the source SHA-256 it
/// records, found by scanning the bytes rather than decoding a JSON that can be tens of MB.
///
/// Safe because `DocumentJSON` writes compact JSON whose strings are escaped: a raw `"` only
/// opens or closes a string, so the byte patterns `,"source":{` and `"pipeline":{` occur only as
/// the real keys (inside a string they would read `\"source\"`). A file that does not end in
/// `}` (cut short by something other than Recoupe's atomic writer) has no provenance.
public struct OutputProvenance: Equatable, Sendable {
    public var version: String
    public var sha256: String

    public init?(_ bytes: [UInt8]) {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        guard end > 0, bytes[end - 1] == 0x7D else { return nil }
        let k = DocumentJSON.provenanceKeys
        guard let source = Self.find(Array(",\"\(k.source)\":{".utf8), in: bytes, from: 0, to: end),
              let sha = Self.stringValue(of: "\"\(k.sha256)\":\"", in: bytes, from: source, to: end),
              let pipeline = Self.findLast(Array("\"\(k.pipeline)\":{".utf8), in: bytes, to: end),
              let version = Self.stringValue(of: "\"\(k.version)\":\"", in: bytes, from: pipeline, to: end)
        else { return nil }
        self.version = version
        self.sha256 = sha
    }

    /// The string after `key` (which ends with the opening quote), up to the next raw quote;
    /// only simple values (hex digests, version numbers) are read, so escapes are refused.
    private static func stringValue(of key: String, in b: [UInt8], from: Int, to end: Int) -> String? {
        let k = Array(key.utf8)
        guard let at = find(k, in: b, from: from, to: end) else { return nil }
        var i = at + k.count
        let start = i
        while i < end, b[i] != 0x22 {
            if b[i] == 0x5C { return nil }
            i += 1
        }
        guard i < end else { return nil }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in b: [UInt8], from: Int, to end: Int) -> Int? {
        guard needle.count <= end - from else { return nil }
        let first = needle[0]
        var i = from
        while i <= end - needle.count {
            if b[i] == first {
                var k = 1
                while k < needle.count, b[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func findLast(_ needle: [UInt8], in b: [UInt8], to end: Int) -> Int? {
        var i = end - needle.count
        while i >= 0 {
            if b[i] == needle[0] {
                var k = 1
                while k < needle.count, b[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i -= 1
        }
        return nil
    }
}
