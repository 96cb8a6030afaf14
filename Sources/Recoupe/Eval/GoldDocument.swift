import Foundation

/// One hand-annotated article: the text and the layers Recoupe is measured against.
///
/// The JSON form (`Tests/RecoupeTests/Gold/wikinews-fr/*.json`, `GUIDELINES.md` beside them) uses
/// the keys and code-point offsets of Recoupe's own output (`ents`, `entities`, `quotes`, `roles`,
/// `dates`), so gold made elsewhere in that shape can be scored with `recoupe eval` too. Every key
/// but `id` and `text` may be missing: a layer that a gold file lacks is not scored for it.
public struct GoldDocument: Codable, Sendable {
    public struct Mention: Codable, Sendable, Hashable {
        public var start: Int, end: Int, label: String
        public var kbId: String?
        enum CodingKeys: String, CodingKey { case start, end, label, kbId = "kb_id" }
        public init(start: Int, end: Int, label: String, kbId: String? = nil) {
            self.start = start; self.end = end; self.label = label; self.kbId = kbId
        }
    }

    public struct Entity: Codable, Sendable {
        public var id: String, label: String
        public var canonical: String?
        public var lexiconId: String?
        enum CodingKeys: String, CodingKey { case id, label, canonical, lexiconId = "lexicon_id" }
    }

    public struct Offsets: Codable, Sendable, Hashable {
        public var start: Int, end: Int
        public init(start: Int, end: Int) { self.start = start; self.end = end }
    }

    public struct Speaker: Codable, Sendable {
        public var start: Int?, end: Int?
        public var kbId: String?
        enum CodingKeys: String, CodingKey { case start, end, kbId = "kb_id" }
    }

    public struct Quotation: Codable, Sendable {
        public var start: Int, end: Int
        /// `direct`, `partial`, `indirect` or `mention`.
        public var kind: String
        public var speaker: Speaker?
        public var cue: Offsets?
        public var segments: [Offsets]?
        public init(start: Int, end: Int, kind: String, speaker: Speaker? = nil) {
            self.start = start; self.end = end; self.kind = kind; self.speaker = speaker
        }
    }

    public struct Role: Codable, Sendable {
        public var kbId: String
        public var start: Int, end: Int
        public var modality: String
        enum CodingKeys: String, CodingKey { case kbId = "kb_id", start, end, modality }
    }

    public struct DateValue: Codable, Sendable {
        public var start: Int, end: Int
        public var value: String?
    }

    public var id: String
    public var text: String
    /// ISO date the article's relative dates resolve against (from `dateline` when absent).
    public var date: String?
    public var dateline: String?
    /// `dev` or `test` (from `split.tsv` beside the files when absent).
    public var split: String?
    public var topic: String?
    public var ents: [Mention]?
    public var entities: [Entity]?
    public var quotes: [Quotation]?
    public var roles: [Role]?
    public var dates: [DateValue]?

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }

    /// The document date: `date`, else `dateline` read as a French date ("9 novembre 2012").
    public var anchorDate: String? {
        if let date { return date }
        guard let dateline else { return nil }
        return Self.isoDate(frenchDateline: dateline)
    }

    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                               "septembre", "octobre", "novembre", "décembre"]

    /// "9 novembre 2012" / "1er mai 2012" → "2012-11-09"; nil for anything else.
    static func isoDate(frenchDateline: String) -> String? {
        let words = frenchDateline.lowercased().split(separator: " ").map(String.init)
        guard words.count == 3, let year = Int(words[2]),
              let month = frenchMonths.firstIndex(of: words[1]),
              let day = Int(words[0].hasSuffix("er") ? String(words[0].dropLast(2)) : words[0]),
              (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month + 1, day)
    }
}
