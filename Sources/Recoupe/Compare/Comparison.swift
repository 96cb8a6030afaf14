import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
/// What several sources say about the same story, item by item, each pointing back to its text.
///
/// Built by `SourceComparer` from annotated documents; written as JSON (the reference output,
/// see docs/compare.md), Markdown or a self-contained HTML page.
///
/// ```swift
/// let comparison = SourceComparer().compare([docA, docB])
/// comparison.entities.filter(\.shared)          // mentioned by every source
/// comparison.divergences.filter { $0.kind == .roleModality }
/// ```
///
/// Every `SourcePointer` holds a document id and code-point offsets into that document's text.
public struct Comparison: Codable, Sendable {
    /// Bumped when the JSON layout changes.
    public static let formatVersion = 1

    public var format: Int = Comparison.formatVersion
    public var sources: [ComparedSource]
    /// Entities reconciled across sources (by kb_id, then by name key), shared ones first.
    public var entities: [EntityAcrossSources]
    /// Quotations grouped by alignment: one group per quotation, with its copies in each source.
    public var quotes: [QuoteAlignment]
    /// Who is quoted, in which sources, how often (speakers quoted by several sources first).
    public var speakers: [SpeakerAcrossSources]
    /// Dates grouped by resolved value.
    public var dates: [DateAcrossSources]
    /// Numbers grouped by the word they count.
    public var numbers: [NumberAcrossSources]
    /// Where sources disagree, most telling first.
    public var divergences: [Divergence]

    public init(sources: [ComparedSource], entities: [EntityAcrossSources], quotes: [QuoteAlignment],
                dates: [DateAcrossSources], numbers: [NumberAcrossSources], divergences: [Divergence]) {
        self.sources = sources
        self.entities = entities
        self.quotes = quotes
        self.speakers = SpeakerAcrossSources.summarize(quotes, sourceOrder: sources.map(\.id))
        self.dates = dates
        self.numbers = numbers
        self.divergences = divergences
    }
}

/// A place in one source: document id, code-point offsets (end-exclusive) and the text there.
public struct SourcePointer: Codable, Hashable, Sendable {
    public var doc: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(doc: String, start: Int, end: Int, text: String) {
        self.doc = doc
        self.start = start
        self.end = end
        self.text = text
    }

    init(_ document: Document, _ start: Int, _ end: Int) {
        self.init(doc: document.id, start: start, end: end, text: document.surface(start: start, end: end))
    }
}

/// One compared document.
public struct ComparedSource: Codable, Hashable, Sendable {
    public var id: String
    public var path: String?
    public var sha256: String
    public var outlet: String?
    public var date: String?
    public var language: String
    /// Length of the text in code points.
    public var length: Int
}

/// A spelling and how many times one source uses it.
public struct SpellingCount: Codable, Hashable, Sendable {
    public var text: String
    public var count: Int
    /// True when one word mixes scripts (a Cyrillic а in a Latin name): it looks like the others.
    public var mixedScript: Bool = false

    public init(text: String, count: Int) {
        self.text = text
        self.count = count
        self.mixedScript = SpellingForm.isMixedScript(text)
    }
}

/// One entity, reconciled across sources.
public struct EntityAcrossSources: Codable, Sendable {
    /// The reconciled id: the most used kb_id of the group.
    public var id: String
    /// Every kb_id merged into this entity (several when sources' ids differed but names matched).
    public var kbIds: [String]
    public var label: EntityMention.Label
    public var canonical: String
    /// Ids of the sources that mention it, in source order.
    public var sources: [String]
    /// True when every source mentions it.
    public var shared: Bool
    public var perSource: [EntityInSource]
}

/// How one source names and describes an entity.
public struct EntityInSource: Codable, Sendable {
    public var doc: String
    public var spellings: [SpellingCount]
    public var mentions: [SourcePointer]
    public var roles: [RoleInSource]
}

/// A role attached to an entity in one source ("pourrait devenir le prochain ambassadeur").
public struct RoleInSource: Codable, Hashable, Sendable {
    public var text: String
    public var modality: EntityMention.Modality
    public var at: SourcePointer
}

/// One quotation and its versions in each source that carries it.
public struct QuoteAlignment: Codable, Sendable {
    /// Reconciled speaker: entity id when resolved, otherwise the speaker's words ("unattributed" when none).
    public var speaker: String
    /// Human-readable speaker name.
    public var speakerName: String
    public var sources: [String]
    /// True when more than one source carries it.
    public var shared: Bool
    /// How the versions relate: "single", "identical", "partial" (one contains the other), "reworded".
    public var relation: String
    /// Lowest pairwise containment similarity among the versions (1 for a single quote).
    public var similarity: Double
    /// "verbatim" (every version in quotation marks), "paraphrase" (every version reported
    /// speech) or "verbatim-and-paraphrase" (quoted in one source, reported in another).
    public var form: String
    public var versions: [QuoteInSource]
    /// Word differences of each other version against the first verbatim one (empty when identical).
    public var differences: [QuoteWordDiff]
}

/// How many items one source has.
public struct SourceCount: Codable, Hashable, Sendable {
    public var doc: String
    public var count: Int
}

/// A speaker and the quotations each source gives them.
public struct SpeakerAcrossSources: Codable, Sendable {
    /// As `QuoteAlignment.speaker`.
    public var speaker: String
    public var speakerName: String
    public var sources: [String]
    /// True when more than one source quotes this speaker.
    public var shared: Bool
    /// Number of quotations (alignment groups) per source, in source order.
    public var quotesPerSource: [SourceCount]

    static func summarize(_ quotes: [QuoteAlignment], sourceOrder: [String]) -> [SpeakerAcrossSources] {
        var order: [String] = []
        var byId: [String: SpeakerAcrossSources] = [:]
        var counts: [String: [String: Int]] = [:]
        for q in quotes where q.speaker != "unattributed" {
            if byId[q.speaker] == nil {
                order.append(q.speaker)
                byId[q.speaker] = SpeakerAcrossSources(speaker: q.speaker, speakerName: q.speakerName, sources: [], shared: false, quotesPerSource: [])
            }
            for doc in q.sources { counts[q.speaker, default: [:]][doc, default: 0] += 1 }
        }
        return order.map { id in
            var s = byId[id]!
            let c = counts[id] ?? [:]
            s.sources = sourceOrder.filter { c[$0] != nil }
            s.shared = s.sources.count > 1
            s.quotesPerSource = s.sources.map { SourceCount(doc: $0, count: c[$0]!) }
            return s
        }.enumerated().sorted { ($0.element.shared ? 0 : 1, $0.offset) < ($1.element.shared ? 0 : 1, $1.offset) }.map(\.element)
    }
}

/// One source's version of a quotation.
public struct QuoteInSource: Codable, Sendable {
    public var doc: String
    public var kind: Quote.Kind
    /// True for the speaker's own words in quotation marks (direct or partial quotation), false
    /// for reported speech ("a affirmé que …").
    public var verbatim: Bool
    /// The quoted words (without the marks).
    public var content: SourcePointer
    /// The speaker as this source writes it.
    public var speaker: SourcePointer?
    /// The reconciled speaker (an entity id, or "text:" and the name key of the speaker's words).
    public var speakerId: String?
    /// The verb or preposition attributing it.
    public var cue: String?
    public var confidence: Double
}

/// A date (resolved value) and where each source gives it.
public struct DateAcrossSources: Codable, Sendable {
    /// ISO 8601 value ("2025-02-27"), "start/end" for a range, or "?surface" when unresolved.
    public var value: String
    public var precision: DateMention.Precision
    public var sources: [String]
    public var shared: Bool
    public var occurrences: [DateInSource]
}

/// A date in one source with the sentence around it (the event it dates).
public struct DateInSource: Codable, Sendable {
    public var doc: String
    public var at: SourcePointer
    public var relative: Bool
    /// The sentence holding the date.
    public var context: SourcePointer
}

/// Numbers counting the same thing ("heures", "propriétés") across sources.
public struct NumberAcrossSources: Codable, Sendable {
    /// The counted word's norm, plural folded ("heure").
    public var unit: String
    /// True when sources give different values for it.
    public var differs: Bool
    public var occurrences: [NumberInSource]
}

/// A number in one source.
public struct NumberInSource: Codable, Sendable {
    public var doc: String
    /// The value as digits ("5" for "cinq", "1000" for "1 000").
    public var value: String
    /// The number and the word it counts.
    public var at: SourcePointer
}

/// One disagreement between sources, with each source's reading.
public struct Divergence: Codable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A role asserted in one source and only envisaged (or former) in another.
        case roleModality = "role-modality"
        /// A role worded differently.
        case roleWording = "role-wording"
        /// The same entity spelled differently (case and typography aside).
        case spelling
        /// A spelling mixing scripts in one word (a Cyrillic а in a Latin name).
        case mixedScript = "mixed-script"
        /// The same quotation attributed to different speakers.
        case quoteAttribution = "quote-attribution"
        /// The same quotation worded differently or cut differently.
        case quoteWording = "quote-wording"
        /// Different numbers for the same thing.
        case number
        /// An entity that only some sources mention.
        case coverage
    }

    public var kind: Kind
    /// What it is about: an entity's canonical name, a speaker, a counted word.
    public var subject: String
    /// One line saying how the sources differ.
    public var detail: String
    /// Each source's reading, with where it is.
    public var readings: [Reading]

    /// A source's reading of the divergent item.
    public struct Reading: Codable, Sendable {
        public var doc: String
        public var text: String
        /// A qualifier ("speculative", "stated", "partial", "absent").
        public var note: String?
        public var at: SourcePointer?
    }
}
