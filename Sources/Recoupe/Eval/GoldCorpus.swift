import Foundation
import RecoupeCore
import RecoupeText

/// Gold documents read from one of the formats `recoupe eval` accepts, by what the path holds:
///
/// - a folder of gold JSON files (``GoldDocument``; `split.tsv` beside them gives `dev`/`test`);
/// - a folder of `NAME.entities.tsv` (+ `NAME.quotes.json`) files, Recoupe's older gold of the seeds
///   and news articles, the text read from `NAME.txt` beside them or from the quotes file's `document`;
/// - a CoNLL file (`.conll`, `.conllu`, `.bio`: one token a line, the tag in the last column, BIO or IO,
///   blank lines between sentences), such as WikiNEuRal or Europeana Newspapers: sentences are joined
///   with single spaces, `sentencesPerDocument` to a document, one sentence a line;
/// - an AADS JSON file (`{name: {"text", "labels": [[start, end]], "split"}}`): direct speech spans.
public struct GoldCorpus: Sendable {
    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(String, String)
        case unknownFormat(String)
        public var description: String {
            switch self {
            case .unreadable(let path, let why): return "\(path): \(why)"
            case .unknownFormat(let path):
                return "\(path): not a gold folder (*.json with text, *.entities.tsv), a CoNLL file (.conll, .conllu, .bio) or an AADS .json"
            }
        }
    }

    /// What one gold quotation is: a whole utterance (Recoupe's gold: incises and paragraph breaks
    /// inside), or a stretch between incises and paragraph breaks (AADS annotates those).
    public enum QuoteUnit: Sendable { case utterance, segment }

    public var name: String
    public var documents: [GoldDocument]
    public var quoteUnit: QuoteUnit

    public init(name: String, documents: [GoldDocument], quoteUnit: QuoteUnit = .utterance) {
        self.name = name
        self.documents = documents
        self.quoteUnit = quoteUnit
    }

    /// Reads `path` in whichever format it holds.
    public static func load(_ path: String, sentencesPerDocument: Int = 20) throws -> GoldCorpus {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError.unreadable(path, "no such file or folder")
        }
        let name = (path as NSString).lastPathComponent
        if isDirectory.boolValue {
            let files = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            if files.contains(where: { $0.hasSuffix(".entities.tsv") }) {
                return GoldCorpus(name: name, documents: try LegacyGold.load(folder: path, files: files))
            }
            let json = files.filter { $0.hasSuffix(".json") }
            guard !json.isEmpty else { throw LoadError.unknownFormat(path) }
            let splits = try readSplits(path + "/split.tsv")
            let decoder = JSONDecoder()
            var docs: [GoldDocument] = []
            for file in json {
                let data = try read(path + "/" + file)
                do {
                    var doc = try decoder.decode(GoldDocument.self, from: data)
                    if doc.split == nil { doc.split = splits[doc.id] }
                    docs.append(doc)
                } catch {
                    throw LoadError.unreadable(path + "/" + file, "not a gold document: \(error)")
                }
            }
            return GoldCorpus(name: name, documents: docs)
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".conll") || lower.hasSuffix(".conllu") || lower.hasSuffix(".bio") {
            let text = String(decoding: try read(path), as: UTF8.self)
            return GoldCorpus(name: name, documents: CoNLLGold.documents(text, prefix: name, perDocument: sentencesPerDocument))
        }
        if lower.hasSuffix(".json") {
            return GoldCorpus(name: name, documents: try AADSGold.documents(try read(path), path: path), quoteUnit: .segment)
        }
        throw LoadError.unknownFormat(path)
    }

    /// The documents of one split (`dev`, `test`); documents without a split belong to every split.
    public func filtered(split: String?) -> GoldCorpus {
        guard let split else { return self }
        return GoldCorpus(name: "\(name) (\(split))", documents: documents.filter { $0.split == nil || $0.split == split })
    }

    static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError.unreadable(path, "cannot be read")
        }
        return data
    }

    /// `split.tsv`: a header line, then `id<TAB>split[<TAB>…]`.
    static func readSplits(_ path: String) throws -> [String: String] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        var out: [String: String] = [:]
        for line in LineBreaks.split(String(decoding: try read(path), as: UTF8.self)).dropFirst() {
            let cols = line.split(separator: "\t")
            if cols.count >= 2 { out[String(cols[0])] = String(cols[1]) }
        }
        return out
    }
}

/// CoNLL-style token-per-line gold → documents with `ents` (BIO or IO tags, any label).
enum CoNLLGold {
    static func documents(_ text: String, prefix: String, perDocument: Int) -> [GoldDocument] {
        var sentences: [[(String, String)]] = [], current: [(String, String)] = []
        for line in LineBreaks.split(text, omittingEmpty: false) {
            let cols = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            if cols.count < 2 {
                if !current.isEmpty { sentences.append(current); current = [] }
                continue
            }
            if line.hasPrefix("#") && cols.count < 3 { continue }
            current.append((String(cols[cols.count - 2]), String(cols[cols.count - 1])))
        }
        if !current.isEmpty { sentences.append(current) }
        var docs: [GoldDocument] = []
        var index = 0
        while index < sentences.count {
            var text = "", ents: [GoldDocument.Mention] = [], pos = 0
            for sentence in sentences[index..<min(index + perDocument, sentences.count)] {
                if !text.isEmpty { text += "\n"; pos += 1 }
                var open: GoldDocument.Mention?
                for (i, (token, tag)) in sentence.enumerated() {
                    if i > 0 && !Self.isElision(sentence[i - 1].0) { text += " "; pos += 1 }
                    let start = pos
                    text += token
                    pos += token.unicodeScalars.count
                    let label = tag.count > 2 ? String(tag.dropFirst(2)) : ""
                    let begins = tag.hasPrefix("B-") || (tag.hasPrefix("I-") && open?.label != label)
                    if tag == "O" || begins, let o = open { ents.append(o); open = nil }
                    if begins { open = GoldDocument.Mention(start: start, end: pos, label: label) }
                    else if tag.hasPrefix("I-") { open?.end = pos }
                }
                if let o = open { ents.append(o) }
            }
            var doc = GoldDocument(id: "\(prefix)#\(docs.count)", text: text)
            doc.ents = ents
            docs.append(doc)
            index += perDocument
        }
        return docs
    }

    /// CoNLL files split "d'Edmonton" into "d'" and "Edmonton"; the text is rebuilt as French writes it,
    /// the elided word joined to the next ("d' Edmonton" would read as a quotation mark after "d"). The
    /// elided words are the tokenizer's own (`FrenchRules.elisionPrefixes`).
    static func isElision(_ token: String) -> Bool {
        guard let last = token.last, last == "'" || last == "’" else { return false }
        return FrenchRules.elisionPrefixes.contains(token.dropLast().lowercased())
    }
}

/// AADS ("Automatic Annotation of Direct Speech in Written French Narratives") → direct quotations.
enum AADSGold {
    struct Chapter: Decodable { var text: String; var labels: [[Int]]; var split: String? }

    static func documents(_ data: Data, path: String) throws -> [GoldDocument] {
        let chapters: [String: Chapter]
        do { chapters = try JSONDecoder().decode([String: Chapter].self, from: data) } catch {
            throw GoldCorpus.LoadError.unknownFormat(path)
        }
        return chapters.keys.sorted().map { name in
            let c = chapters[name]!
            var doc = GoldDocument(id: name, text: c.text)
            doc.split = c.split
            doc.quotes = c.labels.filter { $0.count == 2 }.map { GoldDocument.Quotation(start: $0[0], end: $0[1], kind: "direct") }
            return doc
        }
    }
}

/// Recoupe's first gold format (`NAME.entities.tsv`: start, end, label, surface, value; `NAME.quotes.json`).
enum LegacyGold {
    struct QuoteFile: Decodable {
        struct Q: Decodable {
            struct S: Decodable { var start: Int; var end: Int }
            var start: Int, end: Int, kind: String
            var speaker: S?
        }
        var document: String?
        var quotes: [Q]
    }

    static func load(folder: String, files: [String]) throws -> [GoldDocument] {
        var docs: [GoldDocument] = []
        for file in files where file.hasSuffix(".entities.tsv") {
            let name = String(file.dropLast(".entities.tsv".count))
            let quotesPath = folder + "/" + name + ".quotes.json"
            let quoteFile = FileManager.default.fileExists(atPath: quotesPath)
                ? try JSONDecoder().decode(QuoteFile.self, from: GoldCorpus.read(quotesPath)) : nil
            guard let textPath = textPath(folder: folder, name: name, document: quoteFile?.document) else {
                throw GoldCorpus.LoadError.unreadable(folder + "/" + file, "no \(name).txt beside it or in seeds/")
            }
            var doc = GoldDocument(id: name, text: String(decoding: try GoldCorpus.read(textPath), as: UTF8.self))
            var ents: [GoldDocument.Mention] = [], dates: [GoldDocument.DateValue] = []
            for line in LineBreaks.split(String(decoding: try GoldCorpus.read(folder + "/" + file), as: UTF8.self))
            where !line.hasPrefix("#") {
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard cols.count >= 3, let s = Int(cols[0]), let e = Int(cols[1]) else { continue }
                if cols[2] == "DATE" {
                    dates.append(.init(start: s, end: e, value: cols.count > 4 && !cols[4].isEmpty ? cols[4] : nil))
                } else {
                    ents.append(.init(start: s, end: e, label: cols[2]))
                }
            }
            doc.ents = ents
            if dates.count > 0 { doc.dates = dates }
            if let quoteFile {
                // No kb ids in this format: a speaker is its span (scored by overlap).
                doc.quotes = quoteFile.quotes.map { q in
                    GoldDocument.Quotation(start: q.start, end: q.end, kind: q.kind,
                                           speaker: q.speaker.map { .init(start: $0.start, end: $0.end, kbId: nil) })
                }
            }
            docs.append(doc)
        }
        return docs
    }

    /// NAME.txt beside the gold, else the quotes file's `document` path looked up from the gold
    /// folder upwards (the seeds live in the repository's `seeds/`).
    static func textPath(folder: String, name: String, document: String?) -> String? {
        let fm = FileManager.default
        if fm.fileExists(atPath: folder + "/" + name + ".txt") { return folder + "/" + name + ".txt" }
        var dir = folder.hasPrefix("/") ? folder : fm.currentDirectoryPath + "/" + folder
        dir = (dir as NSString).standardizingPath
        let relative = document ?? "seeds/\(name).txt"
        while !dir.isEmpty && dir != "/" {
            if fm.fileExists(atPath: dir + "/" + relative) { return dir + "/" + relative }
            dir = (dir as NSString).deletingLastPathComponent
        }
        return nil
    }
}
