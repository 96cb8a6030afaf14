import Foundation

/// Scores annotated documents against gold (`recoupe eval`): entities, quotations, speakers, roles
/// and dates, each with precision/recall/F1 or an accuracy, and a list of errors by kind.
///
/// Conventions (README, "Measuring quality"):
/// - entities: exact span and label (the headline figure), and any-overlap with the same label;
///   micro over PER, ORG and LOC (MISC reported on its own row); DATE mentions are the dates layer.
/// - quotations: direct and partial quotations, one prediction per gold unit (an utterance, incises and
///   paragraph breaks inside; for AADS, each stretch between them, taken from the predicted `segments`),
///   matched when the shared part covers at least half of each span; also exact spans, indirect speech, and the kind confusion.
/// - speakers: over gold direct/partial quotations that have a speaker, right when the predicted speaker
///   designates the same entity (its span or its `kb_id`'s mentions overlap a gold mention of that entity,
///   or its span overlaps the gold speaker span); a missed quotation counts as wrong.
/// - roles: role spans by overlap, the person (as for speakers) and the modality.
/// - dates: spans (exact, overlap) and, over overlapping pairs, the ISO value.
public struct Evaluator {
    public enum Layer: String, CaseIterable, Codable, Sendable { case ents, quotes, speakers, roles, dates }

    public var layers: Set<Layer>
    /// Labels averaged into the micro entity score.
    public var microLabels = ["PER", "ORG", "LOC"]

    public init(layers: Set<Layer> = Set(Layer.allCases)) {
        self.layers = layers
    }

    /// Runs `pipeline` on every gold document and scores the result.
    public func evaluate(_ corpus: GoldCorpus, pipeline: Pipeline) throws -> EvalReport {
        var predictions: [Document] = []
        predictions.reserveCapacity(corpus.documents.count)
        for gold in corpus.documents {
            var doc = Document(id: gold.id, text: gold.text,
                               source: DocumentSource(byteCount: gold.text.utf8.count, date: gold.anchorDate))
            try pipeline.run(&doc)
            predictions.append(doc)
        }
        return score(corpus, predictions: predictions)
    }

    /// Scores documents already annotated (`predictions[i]` is the annotation of `corpus.documents[i]`).
    public func score(_ corpus: GoldCorpus, predictions: [Document]) -> EvalReport {
        var report = EvalReport(corpus: corpus.name, documents: corpus.documents.count)
        for (gold, predicted) in zip(corpus.documents, predictions) {
            let doc = corpus.quoteUnit == .segment ? Self.quotationsBySegment(predicted) : predicted
            var scorer = DocumentScorer(gold: gold, doc: doc, report: report)
            if layers.contains(.ents), gold.ents != nil { scorer.scoreEntities() }
            if gold.quotes != nil {
                if layers.contains(.quotes) { scorer.scoreQuotes() }
                if layers.contains(.speakers) { scorer.scoreSpeakers() }
            }
            if layers.contains(.roles), gold.roles != nil { scorer.scoreRoles() }
            if layers.contains(.dates), gold.dates != nil { scorer.scoreDates() }
            report = scorer.report
        }
        report.entityMicro = microLabels.reduce(PRF()) { $0 + (report.entities[$1] ?? PRF()) }
        report.entityMicroOverlap = microLabels.reduce(PRF()) { $0 + (report.entitiesOverlap[$1] ?? PRF()) }
        report.layers = layers.map(\.rawValue).sorted()
        return report
    }
}

extension Evaluator {
    /// The document with each quotation cut at its segments, for gold that annotates the stretches
    /// between incises and paragraph breaks (AADS): the first piece keeps the opening mark, the last
    /// the closing one, a piece keeps the punctuation right after its words ("« Nous sommes prêts,") and
    /// the mark that reopens it at a paragraph start.
    static func quotationsBySegment(_ doc: Document) -> Document {
        var out = doc
        let scalars = doc.scalars
        out.quotes = doc.quotes.flatMap { q -> [Quote] in
            guard q.segments.count > 1 else { return [q] }
            return q.segments.enumerated().map { i, g in
                var a = i == 0 ? q.start : g.start
                // A paragraph of a multi-paragraph quotation opens with its own mark: « Second point.
                var k = a
                while k > q.start, scalars[k - 1].properties.isWhitespace { k -= 1 }
                if i > 0, k > q.start, Self.openingMarks.contains(scalars[k - 1]) { a = k - 1 }
                var b = i == q.segments.count - 1 ? q.end : g.end
                while i < q.segments.count - 1, b < q.end, Self.trailingPunctuation.contains(scalars[b]) { b += 1 }
                return Quote(start: a, end: b, contentStart: g.start, contentEnd: g.end, kind: q.kind,
                             speaker: q.speaker, cue: q.cue, confidence: q.confidence)
            }
        }
        return out
    }

    static let trailingPunctuation: Set<Unicode.Scalar> = [",", ";", ":", ".", "!", "?", "…"]
    static let openingMarks: Set<Unicode.Scalar> = ["«", "“", "\"", "„", "‹"]
}

/// The per-document part of ``Evaluator``: aligns one prediction with its gold and adds to the report.
struct DocumentScorer {
    let gold: GoldDocument
    let doc: Document
    var report: EvalReport
    let scalars: [Unicode.Scalar]
    /// The prediction's paragraphs, or the text's when another system's output has none.
    let paragraphs: [Span]

    init(gold: GoldDocument, doc: Document, report: EvalReport) {
        self.gold = gold
        self.doc = doc
        self.report = report
        self.scalars = Array(gold.text.unicodeScalars)
        self.paragraphs = doc.paragraphs.isEmpty ? Document.paragraphs(of: scalars) : doc.paragraphs
    }

    func excerpt(_ s: Int, _ e: Int) -> String {
        let a = max(0, s - 40), b = min(scalars.count, e + 40)
        func str(_ x: Int, _ y: Int) -> String { String(String.UnicodeScalarView(scalars[max(0, min(x, y))..<min(scalars.count, y)])) }
        return (str(a, s) + "[" + str(s, e) + "]" + str(e, b)).replacingOccurrences(of: "\n", with: " ⏎ ")
    }

    mutating func error(_ layer: Evaluator.Layer, _ kind: String, _ s: Int, _ e: Int, _ detail: String) {
        report.errors.append(EvalError(layer: layer.rawValue, kind: kind, document: gold.id, start: s, end: e,
                                       detail: detail, excerpt: excerpt(s, e)))
    }

    // MARK: Entities

    mutating func scoreEntities() {
        let goldMentions = gold.ents ?? []
        let predicted = doc.mentions.filter { $0.label != .date }
        let g = goldMentions.map { Interval(start: $0.start, end: $0.end) }
        let p = predicted.map { Interval(start: $0.start, end: $0.end) }
        let sameLabel: (Int, Int) -> Bool = { goldMentions[$0].label == predicted[$1].label.rawValue }
        let exact = SpanMatching.match(gold: g, predicted: p, criterion: .exact, compatible: sameLabel)
        let overlap = SpanMatching.match(gold: g, predicted: p, criterion: .overlap, compatible: sameLabel)
        let any = SpanMatching.match(gold: g, predicted: p, criterion: .overlap)
        let labels = Set(goldMentions.map(\.label)).union(predicted.map(\.label.rawValue))
        for label in labels {
            var e = report.entities[label] ?? PRF(), o = report.entitiesOverlap[label] ?? PRF()
            let nGold = goldMentions.filter { $0.label == label }.count
            let nPred = predicted.filter { $0.label.rawValue == label }.count
            e.gold += nGold; e.predicted += nPred
            e.matched += exact.filter { goldMentions[$0.key].label == label }.count
            o.gold += nGold; o.predicted += nPred
            o.matched += overlap.filter { goldMentions[$0.key].label == label }.count
            report.entities[label] = e
            report.entitiesOverlap[label] = o
        }
        let exactPredicted = Set(exact.values)
        for (gi, m) in goldMentions.enumerated() where exact[gi] == nil {
            if let pi = any[gi] {
                let q = predicted[pi]
                if q.label.rawValue != m.label {
                    error(.ents, "wrong label", m.start, m.end, "gold \(m.label), predicted \(q.label.rawValue) [\(q.start),\(q.end)) by \(q.rule)")
                } else {
                    error(.ents, "wrong boundary", m.start, m.end, "gold \(m.label) [\(m.start),\(m.end)), predicted [\(q.start),\(q.end)) \(q.surface) by \(q.rule)")
                }
            } else {
                error(.ents, "missed", m.start, m.end, "gold \(m.label)")
            }
        }
        let anyPredicted = Set(any.values)
        for (pi, q) in predicted.enumerated() where !exactPredicted.contains(pi) && !anyPredicted.contains(pi) {
            error(.ents, "spurious", q.start, q.end, "predicted \(q.label.rawValue) by \(q.rule)")
        }
    }

    // MARK: Quotations

    static let quoteKinds: Set<String> = ["direct", "partial"]

    mutating func scoreQuotes() {
        let goldQuotes = gold.quotes ?? []
        let gUnits = goldQuotes.filter { Self.quoteKinds.contains($0.kind) }
        let pUnits = doc.quotes.filter { Self.quoteKinds.contains($0.kind.rawValue) }
        let g = gUnits.map { Interval(start: $0.start, end: $0.end) }
        let p = pUnits.map { Interval(start: $0.start, end: $0.end) }
        let half = SpanMatching.match(gold: g, predicted: p, criterion: .halfOfEach)
        let exact = SpanMatching.match(gold: g, predicted: p, criterion: .exact)
        report.quotes = report.quotes + PRF(gold: g.count, predicted: p.count, matched: half.count)
        report.quotesExact = report.quotesExact + PRF(gold: g.count, predicted: p.count, matched: exact.count)
        // All kinds, for the kind confusion and the errors.
        let gAll = goldQuotes.map { Interval(start: $0.start, end: $0.end) }
        let pAll = doc.quotes.map { Interval(start: $0.start, end: $0.end) }
        let all = SpanMatching.match(gold: gAll, predicted: pAll, criterion: .halfOfEach)
        for (gi, q) in goldQuotes.enumerated() {
            let predictedKind = all[gi].map { doc.quotes[$0].kind.rawValue } ?? "none"
            report.quoteKinds["\(q.kind)→\(predictedKind)", default: 0] += 1
            if let pi = all[gi], predictedKind != q.kind {
                report.quoteKindErrorRules["\(q.kind)→\(predictedKind), rule \(doc.quotes[pi].rule ?? "-")", default: 0] += 1
            }
        }
        let gIndirect = goldQuotes.filter { $0.kind == "indirect" }.map { Interval(start: $0.start, end: $0.end) }
        let pIndirect = doc.quotes.filter { $0.kind == .indirect }.map { Interval(start: $0.start, end: $0.end) }
        let ind = SpanMatching.match(gold: gIndirect, predicted: pIndirect, criterion: .halfOfEach)
        report.indirect = report.indirect + PRF(gold: gIndirect.count, predicted: pIndirect.count, matched: ind.count)
        let indExact = SpanMatching.match(gold: gIndirect, predicted: pIndirect, criterion: .exact)
        report.indirectExact = report.indirectExact + PRF(gold: gIndirect.count, predicted: pIndirect.count, matched: indExact.count)
        // Indirect speech errors, listed apart so that they can be worked on by class.
        let matchedIndirect = Set(ind.values)
        for (gi, x) in gIndirect.enumerated() where ind[gi] == nil {
            if let b = pIndirect.first(where: { $0.overlaps(x) }) {
                error(.quotes, "indirect: wrong boundary", x.start, x.end, "gold [\(x.start),\(x.end)), predicted [\(b.start),\(b.end))")
            } else {
                error(.quotes, "indirect: missed", x.start, x.end, "gold indirect")
            }
        }
        for (pi, x) in pIndirect.enumerated() where !matchedIndirect.contains(pi) && !gIndirect.contains(where: { $0.overlaps(x) }) {
            error(.quotes, "indirect: spurious", x.start, x.end, "predicted indirect")
        }

        let matchedAll = Set(all.values)
        for (gi, q) in gUnits.enumerated() where half[gi] == nil {
            let gIndex = goldQuotes.firstIndex { $0.start == q.start && $0.end == q.end } ?? 0
            if let pi = all[gIndex] {
                let x = doc.quotes[pi]
                error(.quotes, "wrong kind", q.start, q.end, "gold \(q.kind), predicted \(x.kind.rawValue)")
            } else if let pi = pAll.firstIndex(where: { $0.overlaps(g[gi]) }) {
                let x = doc.quotes[pi]
                error(.quotes, "wrong boundary", q.start, q.end, "gold \(q.kind) [\(q.start),\(q.end)), predicted \(x.kind.rawValue) [\(x.start),\(x.end))")
            } else {
                error(.quotes, "missed", q.start, q.end, "gold \(q.kind)")
            }
        }
        let matchedUnits = Set(half.values)
        for (pi, x) in pUnits.enumerated() where !matchedUnits.contains(pi) {
            let allIndex = doc.quotes.firstIndex { $0.start == x.start && $0.end == x.end && $0.kind == x.kind } ?? 0
            if let gi = all.first(where: { $0.value == allIndex })?.key, !Self.quoteKinds.contains(goldQuotes[gi].kind) {
                error(.quotes, "wrong kind", x.start, x.end, "gold \(goldQuotes[gi].kind), predicted \(x.kind.rawValue)")
            } else if !matchedAll.contains(allIndex) && !g.contains(where: { $0.overlaps(p[pi]) }) {
                error(.quotes, "spurious", x.start, x.end, "predicted \(x.kind.rawValue)")
            }
        }
    }

    // MARK: Speakers

    /// Gold entity ids a predicted (span, kb id) designates.
    func goldEntities(span: Interval?, kbId: String?) -> Set<String> {
        var out = Set<String>()
        let goldMentions = gold.ents ?? []
        var spans: [Interval] = span.map { [$0] } ?? []
        if let kbId, !kbId.isEmpty {
            spans += doc.mentions.filter { $0.kbId == kbId }.map { Interval(start: $0.start, end: $0.end) }
        }
        for s in spans {
            for m in goldMentions where Interval(start: m.start, end: m.end).overlaps(s) {
                if let k = m.kbId { out.insert(k) }
            }
            for q in gold.quotes ?? [] {
                if let sp = q.speaker, let a = sp.start, let b = sp.end, Interval(start: a, end: b).overlaps(s), let k = sp.kbId {
                    out.insert(k)
                }
            }
        }
        return out
    }

    func speakerIsRight(gold g: GoldDocument.Speaker, predicted: Quote.Speaker) -> Bool {
        let candidates: [(Interval, String?)] = [(Interval(start: predicted.start, end: predicted.end), predicted.kbId)]
            + (predicted.issuer.map { [(Interval(start: $0.start, end: $0.end), $0.kbId)] } ?? [])
        for (span, kb) in candidates {
            if let a = g.start, let b = g.end, Interval(start: a, end: b).overlaps(span) { return true }
            if let k = g.kbId, goldEntities(span: span, kbId: kb).contains(k) { return true }
        }
        return false
    }

    mutating func scoreSpeakers() {
        let goldQuotes = gold.quotes ?? []
        let gAll = goldQuotes.map { Interval(start: $0.start, end: $0.end) }
        let pAll = doc.quotes.map { Interval(start: $0.start, end: $0.end) }
        let all = SpanMatching.match(gold: gAll, predicted: pAll, criterion: .halfOfEach)
        for (gi, q) in goldQuotes.enumerated() {
            guard let sp = q.speaker, sp.kbId != nil || sp.start != nil else { continue }
            let direct = Self.quoteKinds.contains(q.kind)
            var right = false
            var detail = "quotation missed"
            if let pi = all[gi] {
                if let ps = doc.quotes[pi].speaker {
                    right = speakerIsRight(gold: sp, predicted: ps)
                    detail = "predicted \(ps.text)" + (ps.kbId.map { " (\($0))" } ?? "")
                } else {
                    detail = "predicted no speaker"
                }
                if direct { report.speakersGivenQuote.total += 1; report.speakersGivenQuote.right += right ? 1 : 0 }
            }
            if direct {
                report.speakers.total += 1
                report.speakers.right += right ? 1 : 0
            } else if q.kind == "indirect" {
                report.speakersIndirect.total += 1
                report.speakersIndirect.right += right ? 1 : 0
            }
            if !right && (direct || q.kind == "indirect") {
                error(.speakers, direct ? "wrong speaker" : "wrong speaker of indirect speech", q.start, q.end, "gold \(sp.kbId ?? "?"), \(detail)")
                let predictedClass: String
                if let pi = all[gi] {
                    let pq = doc.quotes[pi]
                    let rule = "rule \(pq.rule ?? "-"), cue \(pq.cue?.lemma ?? "-")"
                    if let ps = pq.speaker {
                        let place = ps.end <= q.start
                            ? (sameSentence(ps.start, q.start) ? "before, same sentence" : "before, other sentence")
                            : ps.start >= q.end ? (sameSentence(ps.start, q.end) ? "after, same sentence" : "after, other sentence") : "inside"
                        predictedClass = (ps.kbId == nil ? "unlinked span" : "other entity") + " (\(place), \(rule))"
                    } else {
                        predictedClass = "none (\(rule))"
                    }
                } else {
                    predictedClass = "quotation missed"
                }
                var found = "no gold span"
                if let a = sp.start, let b = sp.end {
                    let m = doc.mentions.first { $0.start < b && a < $0.end }
                    found = m.map { "predicted mention \($0.label.rawValue)" + ($0.start == a && $0.end == b ? "" : " (other bounds)") } ?? "not a predicted mention"
                    if m == nil, a < b, b <= scalars.count {
                        let first = scalars[a]
                        let words = String(String.UnicodeScalarView(scalars[a..<b])).split(separator: " ").count
                        found += first.properties.isUppercase ? " (capitalised, \(words) words)" : " (lower case, \(words) words)"
                    }
                }
                let key = "\(direct ? "direct/partial" : "indirect"): \(predictedClass); gold speaker \(goldSpeakerPlace(sp, quote: q)), \(found)"
                report.speakerErrorClasses[key, default: 0] += 1
            }
        }
    }

    /// Where the gold speaker is named, relative to quotation `q`: its own span if the gold gives one,
    /// else the nearest gold mention of its entity before the quotation (after it when none is before).
    /// For the aggregate error classes of `recoupe eval` (test splits are read only in aggregate).
    func goldSpeakerPlace(_ sp: GoldDocument.Speaker, quote q: GoldDocument.Quotation) -> String {
        var spans: [Interval] = []
        if let a = sp.start, let b = sp.end { spans.append(Interval(start: a, end: b)) }
        if let k = sp.kbId { spans += (gold.ents ?? []).filter { $0.kbId == k }.map { Interval(start: $0.start, end: $0.end) } }
        guard !spans.isEmpty else { return "not named" }
        if let a = sp.start, let b = sp.end, a < b, b <= scalars.count {
            let w = String(String.UnicodeScalarView(scalars[a..<b])).lowercased()
            if ["il", "elle", "ils", "elles", "on", "celui-ci", "celle-ci", "ce dernier", "cette dernière", "lui", "nous", "je"].contains(w) {
                return "a pronoun (\(w)), " + (sameSentence(a, q.start) || sameSentence(a, max(q.start, q.end - 1)) ? "same sentence" : "elsewhere")
            }
        }
        let before = spans.filter { $0.end <= q.start }.max { $0.end < $1.end }
        let inside = spans.first { $0.start >= q.start && $0.end <= q.end }
        let after = spans.filter { $0.start >= q.end }.min { $0.start < $1.start }
        let sentence = doc.sentences.first { $0.start <= q.start && q.start < $0.end }
        if let a = after, sameSentence(a.start, max(q.start, q.end - 1)) || sameSentence(a.start, q.end) { return "after, same sentence" }
        if let b = before, let s = sentence, b.start >= s.start { return "before, same sentence" }
        if let b = before {
            let gap = paragraphIndex(q.start) - paragraphIndex(b.start)
            return gap <= 0 ? "before, same paragraph" : gap == 1 ? "previous paragraph" : "earlier paragraphs"
        }
        if inside != nil { return "inside the quotation" }
        return after == nil ? "not named" : "after, later sentence"
    }

    func sameSentence(_ a: Int, _ b: Int) -> Bool {
        doc.sentences.contains { $0.start <= min(a, b) && max(a, b) < $0.end }
    }

    /// The index of the paragraph holding `offset`.
    func paragraphIndex(_ offset: Int) -> Int {
        paragraphs.partitionIndex { $0.end <= offset }
    }

    // MARK: Roles

    mutating func scoreRoles() {
        let goldRoles = gold.roles ?? []
        // One role span per holder: the mentions of one entity may repeat it; two people may share it ("des
        // astronomes X et Y"), as the gold then lists it twice.
        var seen = Set<String>()
        var predicted: [(role: EntityMention.Role, mention: EntityMention)] = []
        for m in doc.mentions {
            for r in m.allRoles where seen.insert("\(r.start):\(r.end):\(m.kbId)").inserted { predicted.append((r, m)) }
        }
        let g = goldRoles.map { Interval(start: $0.start, end: $0.end) }
        let p = predicted.map { Interval(start: $0.role.start, end: $0.role.end) }
        // Right holders first, so that two people sharing a span are not crossed; then the other spans.
        let holders = predicted.map { goldEntities(span: Interval(start: $0.mention.start, end: $0.mention.end), kbId: $0.mention.kbId) }
        var pairs = SpanMatching.match(gold: g, predicted: p, criterion: .overlap) { holders[$1].contains(goldRoles[$0].kbId) }
        let used = Set(pairs.values)
        for (gi, pi) in SpanMatching.match(gold: g, predicted: p, criterion: .overlap, compatible: { pairs[$0] == nil && !used.contains($1) }) {
            pairs[gi] = pi
        }
        report.roles = report.roles + PRF(gold: g.count, predicted: p.count, matched: pairs.count)
        for (gi, r) in goldRoles.enumerated() {
            guard let pi = pairs[gi] else {
                error(.roles, "missed", r.start, r.end, "gold \(r.modality) role of \(r.kbId)")
                continue
            }
            let (role, mention) = predicted[pi]
            let person = holders[pi].contains(r.kbId)
            report.rolePerson.total += 1
            report.rolePerson.right += person ? 1 : 0
            report.roleModality.total += 1
            let sameModality = role.modality.rawValue == r.modality
            report.roleModality.right += sameModality ? 1 : 0
            if !person { error(.roles, "wrong person", r.start, r.end, "gold \(r.kbId), predicted \(mention.surface)") }
            if !sameModality { error(.roles, "wrong modality", r.start, r.end, "gold \(r.modality), predicted \(role.modality.rawValue)") }
        }
        let matched = Set(pairs.values)
        for (pi, x) in predicted.enumerated() where !matched.contains(pi) {
            error(.roles, "spurious", x.role.start, x.role.end, "predicted \(x.role.modality.rawValue) role of \(x.mention.surface)")
        }
    }

    // MARK: Dates

    mutating func scoreDates() {
        let goldDates = gold.dates ?? []
        let g = goldDates.map { Interval(start: $0.start, end: $0.end) }
        let p = doc.dates.map { Interval(start: $0.start, end: $0.end) }
        let exact = SpanMatching.match(gold: g, predicted: p, criterion: .exact)
        let overlap = SpanMatching.match(gold: g, predicted: p, criterion: .overlap)
        report.dates = report.dates + PRF(gold: g.count, predicted: p.count, matched: exact.count)
        report.datesOverlap = report.datesOverlap + PRF(gold: g.count, predicted: p.count, matched: overlap.count)
        for (gi, d) in goldDates.enumerated() {
            guard let pi = overlap[gi] else {
                error(.dates, "missed", d.start, d.end, "gold \(d.value ?? "?")")
                continue
            }
            let x = doc.dates[pi]
            let value = x.value.map { v in x.endValue.map { "\(v)/\($0)" } ?? v }
            report.dateValues.total += 1
            if value == d.value { report.dateValues.right += 1 } else {
                error(.dates, "wrong value", d.start, d.end, "gold \(d.value ?? "none"), predicted \(value ?? "none") for \(x.surface)")
            }
            if exact[gi] == nil { error(.dates, "wrong boundary", d.start, d.end, "predicted [\(x.start),\(x.end)) \(x.surface)") }
        }
        let matched = Set(overlap.values)
        for (pi, x) in doc.dates.enumerated() where !matched.contains(pi) {
            error(.dates, "spurious", x.start, x.end, "predicted \(x.value ?? "?")")
        }
    }
}
