import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText

/// Reads entity lexicons in Recoupe's TSV format (see `Lexicons/entities/README.md`):
///
/// ```text
/// # id	type	canonical	names	aliases	roles	match
/// per:sergey-lavrov	PER	Sergueï Lavrov	fr:Sergueï Lavrov|en:Sergey Lavrov|ru:Сергей Лавров	Lavrov	ministre des Affaires étrangères@2004-03-09/
/// ```
///
/// One entry per line, tab-separated; `|` separates the values of a multi-valued column; `#`
/// starts a comment line; trailing empty columns may be left out. Parsing works on bytes so a
/// million-line file reads in well under a second.
public enum LexiconReader {
    /// A malformed line, named by file and line number.
    public struct ParseError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public static func read(path: String) throws -> [LexiconEntry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParseError(file: path, line: 0, message: "cannot read lexicon file")
        }
        return try parse([UInt8](data), file: path)
    }

    public static func parse(_ text: String, file: String = "<string>") throws -> [LexiconEntry] {
        try parse(Array(text.utf8), file: file)
    }

    public static func parse(_ bytes: [UInt8], file: String) throws -> [LexiconEntry] {
        var out: [LexiconEntry] = []
        var lineNo = 0
        var i = 0
        let n = bytes.count
        // Skip a UTF-8 BOM.
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < n {
            var j = i
            while j < n, bytes[j] != 0x0A { j += 1 }
            lineNo += 1
            var e = j
            if e > i, bytes[e - 1] == 0x0D { e -= 1 }
            defer { i = j + 1 }
            if e == i || bytes[i] == 0x23 { continue }  // blank or "#"
            // Invalid UTF-8 was decoded with U+FFFD silently: a lexicon saved as Latin-1 matched nothing.
            if bytes[i..<e].contains(where: { $0 >= 0x80 }), String(validating: bytes[i..<e], as: UTF8.self) == nil {
                throw ParseError(file: file, line: lineNo, message: "invalid UTF-8; save the lexicon as UTF-8")
            }
            if let entry = try parseLine(bytes[i..<e], file: file, line: lineNo) { out.append(entry) }
        }
        return out
    }

    static func parseLine(_ line: ArraySlice<UInt8>, file: String, line lineNo: Int) throws -> LexiconEntry? {
        var fields: [String] = []
        fields.reserveCapacity(7)
        var s = line.startIndex
        for k in line.indices where line[k] == 0x09 {
            fields.append(String(decoding: line[s..<k], as: UTF8.self))
            s = k + 1
        }
        fields.append(String(decoding: line[s..<line.endIndex], as: UTF8.self))
        if fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { return nil }
        guard fields.count >= 3 else {
            throw ParseError(file: file, line: lineNo, message: "expected at least 3 tab-separated columns (id, type, canonical), found \(fields.count)")
        }
        let id = fields[0]
        guard !id.isEmpty else { throw ParseError(file: file, line: lineNo, message: "empty id") }
        guard let label = EntityMention.Label(rawValue: fields[1]), label != .date else {
            throw ParseError(file: file, line: lineNo, message: "type '\(fields[1])' is not PER, ORG, LOC or MISC")
        }
        let canonical = fields[2]
        guard !canonical.isEmpty else { throw ParseError(file: file, line: lineNo, message: "empty canonical name") }
        var entry = LexiconEntry(id: id, label: label, canonical: canonical)
        if fields.count > 3 { entry.names = values(fields[3]).map(parseName) }
        if fields.count > 4 { entry.aliases = values(fields[4]) }
        if fields.count > 5 { entry.roles = values(fields[5]).map(parseRole) }
        if fields.count > 6 {
            for flag in fields[6].split(separator: ",").map({ String(trimmedSpaces($0)) }) where !flag.isEmpty {
                switch flag {
                case "case": entry.sensitivity.insert(.caseSensitive)
                case "accents": entry.sensitivity.insert(.accentSensitive)
                case "exact": entry.sensitivity.formUnion([.caseSensitive, .accentSensitive])
                case "fold": break
                default: throw ParseError(file: file, line: lineNo, message: "unknown match flag '\(flag)' (case, accents, exact, fold)")
                }
            }
        }
        return entry
    }

    static func values(_ field: String) -> [String] {
        guard !field.isEmpty else { return [] }
        return field.split(separator: "|", omittingEmptySubsequences: true).map { String(trimmedSpaces($0)) }.filter { !$0.isEmpty }
    }

    /// "ru:Сергей Лавров" → (ru, Сергей Лавров); a name without a language tag gets "".
    static func parseName(_ v: String) -> LexiconEntry.Name {
        if let colon = v.firstIndex(of: ":") {
            let tag = v[..<colon]
            if !tag.isEmpty, tag.count <= 12, tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                return .init(language: String(tag), text: String(v[v.index(after: colon)...]))
            }
        }
        return .init(language: "", text: v)
    }

    /// "ambassadeur de Russie aux États-Unis@2025-03-06/" → title, from, to.
    static func parseRole(_ v: String) -> LexiconEntry.Role {
        guard let at = v.lastIndex(of: "@") else { return .init(title: v) }
        let title = String(v[..<at])
        let dates = v[v.index(after: at)...]
        let parts = dates.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let from = parts.first.flatMap { $0.isEmpty ? nil : $0 }
        let to = parts.count > 1 ? (parts[1].isEmpty ? nil : parts[1]) : nil
        return .init(title: title, from: from, to: to)
    }
}

extension LexiconEntry {
    /// The entry as one TSV line (the inverse of `LexiconReader`).
    public var tsvLine: String {
        func clean(_ s: String) -> String { s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "|", with: "/") }
        let names = names.map { ($0.language.isEmpty ? "" : $0.language + ":") + clean($0.text) }.joined(separator: "|")
        let roles = roles.map { r in
            clean(r.title) + ((r.from != nil || r.to != nil) ? "@\(r.from ?? "")/\(r.to ?? "")" : "")
        }.joined(separator: "|")
        var flags: [String] = []
        if sensitivity.contains(.caseSensitive) { flags.append("case") }
        if sensitivity.contains(.accentSensitive) { flags.append("accents") }
        var cols = [id, label.rawValue, clean(canonical), names, aliases.map(clean).joined(separator: "|"), roles, flags.joined(separator: ",")]
        while cols.count > 3, cols.last!.isEmpty { cols.removeLast() }
        return cols.joined(separator: "\t")
    }
}

/// `s` without leading and trailing spaces and tabs (what `.whitespaces` trimming removed in
/// lexicon fields), in Swift: Foundation's trimming bridged through NSString for every field.
func trimmedSpaces(_ s: Substring) -> Substring {
    func isSpace(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator || $0 == "\t" } }
    var t = s
    while let f = t.first, isSpace(f) { t.removeFirst() }
    while let l = t.last, isSpace(l) { t.removeLast() }
    return t
}
