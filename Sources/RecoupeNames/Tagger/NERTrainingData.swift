import RecoupeCore
import RecoupeText
import Foundation

/// A text with gold entity spans, for training or scoring the tagger. Offsets are code points, end-exclusive.
public struct LabeledText: Sendable {
    public var id: String
    public var text: String
    /// `(start, end, label index in EntityTagSet.labels)`.
    public var entities: [(start: Int, end: Int, label: Int)]

    public init(id: String, text: String, entities: [(start: Int, end: Int, label: Int)]) {
        self.id = id
        self.text = text
        self.entities = entities
    }
}

/// Readers of NER training files, in two simple formats:
///
/// - **CoNLL** (any other extension): one token a line, `TOKEN<TAB>TAG` (or space-separated; with three or
///   more columns the second is the token and the last the tag, as in WikiNEuRal's `index<TAB>token<TAB>tag`),
///   a blank line between sentences, `-DOCSTART-` lines ignored. Tags in BIO, IO or BILOU over PER (PERS),
///   ORG, LOC, MISC; other labels count as O. Each sentence becomes a line of its tokens joined by single
///   spaces, `sentencesPerDocument` sentences a document (as `scripts/eval-wikineural.py` builds them).
/// - **JSON** (`.json`, `.jsonl`): documents `{"text": …, "ents": [{"start", "end", "label"}, …]}` (or `ents`
///   as `[start, end, label]` triples) with code-point offsets, as JSON Lines, a JSON array, one object, or an
///   object whose values are documents; a folder is read file by file (`.json`, `.jsonl`, `.conll`, `.bio`, `.conllu`).
public enum NERTrainingData {
    public struct FormatError: Error, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var reason: String
        public var description: String { "\(path):\(line): \(reason)" }
    }

    /// Reads a file or folder in either format (see above).
    public static func read(path: String, sentencesPerDocument: Int = 20) throws -> [LabeledText] {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            return try names.filter { ["json", "jsonl", "conll", "conllu", "bio", "tsv"].contains(($0 as NSString).pathExtension) }
                .flatMap { try read(path: path + "/" + $0, sentencesPerDocument: sentencesPerDocument) }
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw FormatError(path: path, line: 0, reason: "cannot read as UTF-8")
        }
        let ext = (path as NSString).pathExtension
        if ext == "json" || ext == "jsonl" { return try json(text, path: path) }
        return try conll(text, path: path, sentencesPerDocument: sentencesPerDocument)
    }

    public static func conll(_ content: String, path: String, sentencesPerDocument: Int = 20) throws -> [LabeledText] {
        var sentences: [[(token: String, tag: String)]] = []
        var current: [(token: String, tag: String)] = []
        for raw in LineBreaks.split(content, omittingEmpty: false) {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty {
                if !current.isEmpty { sentences.append(current); current = [] }
                continue
            }
            if line.hasPrefix("-DOCSTART-") { continue }
            let cols = line.contains("\t") ? line.split(separator: "\t").map(String.init) : line.split(separator: " ").map(String.init)
            guard cols.count >= 2 else { continue }
            current.append((cols.count >= 3 ? cols[1] : cols[0], cols[cols.count - 1]))
        }
        if !current.isEmpty { sentences.append(current) }
        let name = (path as NSString).lastPathComponent
        var out: [LabeledText] = []
        var d = 0
        while d < sentences.count {
            var text = "", pos = 0
            var ents: [(start: Int, end: Int, label: Int)] = []
            for (si, sent) in sentences[d..<min(d + sentencesPerDocument, sentences.count)].enumerated() {
                if si > 0 { text += "\n"; pos += 1 }
                var open: (start: Int, end: Int, label: Int)?
                var previousLabel: Int?
                for (i, (tok, tag)) in sent.enumerated() {
                    if i > 0 { text += " "; pos += 1 }
                    let len = tok.unicodeScalars.count
                    let prefix = tag.count > 2 && tag.dropFirst().first == "-" ? String(tag.prefix(1)) : ""
                    let label = EntityTagSet.labelIndex(prefix.isEmpty ? tag : String(tag.dropFirst(2)))
                    if let o = open, label == nil || label != previousLabel || prefix == "B" || prefix == "U" || prefix == "S" {
                        ents.append(o); open = nil
                    }
                    if let l = label {
                        if open == nil { open = (pos, pos + len, l) } else { open!.end = pos + len }
                        if prefix == "L" || prefix == "E" || prefix == "U" || prefix == "S" { ents.append(open!); open = nil }
                    }
                    previousLabel = label
                    text += tok
                    pos += len
                }
                if let o = open { ents.append(o) }
            }
            out.append(LabeledText(id: "\(name)#\(d / sentencesPerDocument)", text: text, entities: ents))
            d += sentencesPerDocument
        }
        return out
    }

    public static func json(_ content: String, path: String) throws -> [LabeledText] {
        var objects: [(Any, Int)] = []
        if let whole = try? JSONSerialization.jsonObject(with: Data(content.utf8)) {
            if let a = whole as? [Any] { objects = a.map { ($0, 0) } }
            else if let o = whole as? [String: Any], o["text"] != nil { objects = [(o, 0)] }
            else if let o = whole as? [String: Any] { objects = o.keys.sorted().map { (o[$0]!, 0) } }
        } else {
            for (n, line) in LineBreaks.split(content).enumerated() where !line.allSatisfy(\.isWhitespace) {
                guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) else {
                    throw FormatError(path: path, line: n + 1, reason: "not JSON")
                }
                objects.append((o, n + 1))
            }
        }
        return try objects.enumerated().map { (k, item) in
            let (obj, line) = item
            guard let o = obj as? [String: Any], let text = o["text"] as? String else {
                throw FormatError(path: path, line: line, reason: "a document needs \"text\"")
            }
            var ents: [(start: Int, end: Int, label: Int)] = []
            for e in o["ents"] as? [Any] ?? [] {
                var s: Int?, en: Int?, lab: String?
                if let d = e as? [String: Any] { s = d["start"] as? Int; en = d["end"] as? Int; lab = d["label"] as? String }
                else if let a = e as? [Any], a.count >= 3 { s = a[0] as? Int; en = a[1] as? Int; lab = a[2] as? String }
                guard let s, let en, let lab, s < en else { throw FormatError(path: path, line: line, reason: "bad entity \(e)") }
                if let l = EntityTagSet.labelIndex(lab) { ents.append((s, en, l)) }
            }
            let id = o["id"] as? String ?? "\((path as NSString).lastPathComponent)#\(k)"
            return LabeledText(id: id, text: text, entities: ents)
        }
    }
}
