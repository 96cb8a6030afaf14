import RecoupeCore
import Yams

/// An article's metadata written as a YAML block at the top of a `.txt`/`.md` file:
///
/// ```
/// ---
/// date: 2025-03-20
/// outlet: Le Temps
/// title: …
/// ---
/// Article body…
/// ```
///
/// The block is cut from the text before any stage runs, so every offset points into the body.
/// Known keys fill `DocumentSource` (`date`, `outlet`, `title`, `url`, `author`, `language`);
/// unknown keys are ignored with a warning; a block that does not parse, is not a mapping, is
/// never closed, or whose date is no calendar date is an error naming the file.
public struct FrontMatter: Sendable, Equatable {
    public var date: String?
    public var outlet: String?
    public var title: String?
    public var url: String?
    public var author: String?
    public var language: String?
    /// Keys met but not used.
    public var ignoredKeys: [String] = []

    public static let keys = ["date", "outlet", "title", "url", "author", "language"]

    /// Why a front matter block was refused (the reader turns it into an `IngestError`).
    public struct Malformed: Error, CustomStringConvertible, Sendable {
        public var reason: String
        public var description: String { reason }
    }

    /// Splits `text` into its front matter and its body. Text that does not open with a `---`
    /// line has none: `(nil, text)`.
    public static func split(_ text: String) throws -> (FrontMatter?, String) {
        guard text.hasPrefix("---") else { return (nil, text) }
        // Scalars, not Characters: "\r\n" is one Character and would hide the "\n".
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var yamlStart = lineStart
        var first = true
        while lineStart < scalars.endIndex {
            let newline = scalars[lineStart...].firstIndex(of: "\n")
            let next = newline.map { scalars.index(after: $0) } ?? scalars.endIndex
            let line = Self.trimmed(scalars[lineStart..<(newline ?? scalars.endIndex)])
            if first {
                guard line == "---" else { return (nil, text) }
                yamlStart = next
                first = false
            } else if line == "---" || line == "..." {
                return (try parse(String(scalars[yamlStart..<lineStart])), String(scalars[next...]))
            }
            lineStart = next
        }
        throw Malformed(reason: "front matter opened with --- on line 1 is never closed (end it with a line holding --- alone)")
    }

    /// The line without a trailing carriage return or spaces (CRLF files, "--- ").
    static func trimmed(_ line: Substring.UnicodeScalarView) -> String {
        var s = line
        while let last = s.last, last == "\r" || last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }

    /// Reads the YAML mapping between the two `---` lines.
    static func parse(_ yaml: String) throws -> FrontMatter {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw Malformed(reason: "front matter is not valid YAML (line numbers count from the line after the opening ---): \(error)")
        }
        var out = FrontMatter()
        guard let node else { return out }  // an empty block
        guard let mapping = node.mapping else {
            throw Malformed(reason: "front matter must be key: value lines (\(keys.joined(separator: ", "))), not a YAML \(Self.kind(node))")
        }
        for (k, v) in mapping {
            guard let key = k.scalar?.string else { throw Malformed(reason: "front matter keys must be plain words") }
            guard keys.contains(key) else { out.ignoredKeys.append(key); continue }
            if case .scalar(let s) = v, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { continue }
            guard let value = v.scalar?.string else {
                throw Malformed(reason: "front matter \(key) must be a single value, not a YAML \(Self.kind(v))")
            }
            switch key {
            case "date":
                guard value.count >= 10, CivilDate(iso: value) != nil,
                      value.count == 10 || value.dropFirst(10).first == "T" || value.dropFirst(10).first == " " else {
                    throw Malformed(reason: "front matter date \(value.debugDescription) is not an ISO 8601 date (write date: YYYY-MM-DD)")
                }
                out.date = String(value.prefix(10))
            case "outlet": out.outlet = value
            case "title": out.title = value
            case "url": out.url = value
            case "author": out.author = value
            default:
                guard (2...3).contains(value.count), value.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                    throw Malformed(reason: "front matter language \(value.debugDescription) is not a language code such as fr or en")
                }
                out.language = value
            }
        }
        return out
    }

    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar: return "value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }

    /// Copies the fields into a document source (front matter wins over what the reader guessed).
    public func apply(to source: inout DocumentSource) {
        if let date { source.date = date }
        if let outlet { source.outlet = outlet }
        if let title { source.title = title }
        if let url { source.url = url }
        if let author { source.author = author }
        if let language { source.language = language }
    }
}
