import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
extension SourceComparer {
    /// A quotation prepared for alignment.
    struct QuoteCandidate {
        var doc: Int
        var quote: Quote
        /// Reconciled speaker id, the speaker's words, or nil when unattributed.
        var speaker: String?
        /// The speaker as written, when the source names one.
        var speakerText: String?
        var words: [String]
        var content: Set<String>
    }

    /// Groups the quotations of all documents so that the same quotation in several sources is
    /// one `QuoteAlignment`, even when it is reworded a little or only partly quoted in one.
    ///
    /// Two quotations from different documents align when they share at least
    /// `quoteSharedWords` content words making up at least `quoteContainment` of the shorter
    /// one, and either have the same speaker or share 80% of the shorter one (then the
    /// attribution divergence is reported).
    func alignQuotes(_ documents: [Document], kbGroup: [String: String], entities: [EntityAcrossSources]) -> [QuoteAlignment] {
        // Speakers written without a kb_id are matched to an entity by their name key.
        var entityByKey: [String: String] = [:]
        for e in entities {
            for s in e.perSource.flatMap(\.spellings) { entityByKey[NameVariantKey.key(s.text)] = e.id }
            entityByKey[NameVariantKey.key(e.canonical)] = e.id
        }
        var candidates: [QuoteCandidate] = []
        for (d, doc) in documents.enumerated() {
            for q in doc.quotes where q.kind != .mention {
                var speaker: String? = nil
                if let s = q.speaker {
                    if let k = s.kbId { speaker = kbGroup[k] ?? k }
                    else { speaker = entityByKey[NameVariantKey.key(s.text)] ?? "text:" + NameVariantKey.key(s.text) }
                }
                let words = doc.wordNorms(start: q.contentStart, end: q.contentEnd)
                candidates.append(QuoteCandidate(doc: d, quote: q, speaker: speaker, speakerText: q.speaker?.text, words: words,
                                                 content: FrenchFunctionWords.contentStems(words)))
            }
        }
        var sets = DisjointSets(count: candidates.count)
        for i in candidates.indices {
            for j in (i + 1)..<max(i + 1, candidates.count) where candidates[i].doc != candidates[j].doc {
                if aligned(candidates[i], candidates[j]) { sets.union(i, j) }
            }
        }
        alignAcrossLanguages(candidates, documents, &sets)
        let names = Dictionary(entities.map { ($0.id, $0.canonical) }, uniquingKeysWith: { a, _ in a })
        var result: [QuoteAlignment] = []
        for group in sets.groups() {
            let members = group.map { candidates[$0] }
            let speakers = members.compactMap(\.speaker)
            let speaker = speakers.isEmpty ? "unattributed" : Self.mostCommon(speakers)
            let speakerName: String
            if let n = names[speaker] { speakerName = n }
            else if let m = members.first(where: { $0.speaker == speaker }), let s = m.quote.speaker { speakerName = s.text }
            else { speakerName = "(unattributed)" }
            let versions = members.map { m -> QuoteInSource in
                let doc = documents[m.doc]
                return QuoteInSource(
                    doc: doc.id, kind: m.quote.kind, verbatim: m.quote.kind != .indirect, content: SourcePointer(doc, m.quote.contentStart, m.quote.contentEnd),
                    speaker: m.quote.speaker.map { SourcePointer(doc: doc.id, start: $0.start, end: $0.end, text: $0.text) },
                    speakerId: m.speaker,
                    cue: m.quote.cue?.lemma, confidence: m.quote.confidence)
            }
            let docs = Self.unique(members.map { documents[$0.doc].id })
            var similarity = 1.0
            for a in members.indices {
                for b in (a + 1)..<max(a + 1, members.count) where members[a].doc != members[b].doc {
                    similarity = min(similarity, Self.containment(members[a].content, members[b].content))
                }
            }
            let crossLanguage = docs.count > 1 && Self.isCrossLanguage(members, documents)
            let verbatim = Set(versions.map(\.verbatim))
            result.append(QuoteAlignment(
                speaker: speaker, speakerName: speakerName, sources: docs, shared: docs.count > 1,
                relation: docs.count > 1 ? (crossLanguage ? "cross-language" : Self.relation(members)) : "single",
                similarity: similarity,
                form: verbatim.count > 1 ? "verbatim-and-paraphrase" : verbatim.first == true ? "verbatim" : "paraphrase",
                versions: versions,
                differences: crossLanguage ? [] : Self.wordDifferences(members, documents)))
        }
        // Per speaker, shared quotations first, then in order of first appearance.
        return result.enumerated().sorted { x, y in
            (x.element.speakerName == "(unattributed)" ? 1 : 0, x.element.speakerName, x.element.shared ? 0 : 1, x.offset)
                < (y.element.speakerName == "(unattributed)" ? 1 : 0, y.element.speakerName, y.element.shared ? 0 : 1, y.offset)
        }.map(\.element)
    }

    func aligned(_ a: QuoteCandidate, _ b: QuoteCandidate) -> Bool {
        let shared = a.content.intersection(b.content).count
        let shorter = min(a.content.count, b.content.count)
        guard shorter > 0 else { return false }
        let c = Double(shared) / Double(shorter)
        let sameSpeaker = Self.sameSpeaker(a, b)
        if sameSpeaker || a.speaker == nil || b.speaker == nil {
            // A one- or two-word partial quotation aligns only when all its content words are shared.
            return (shared >= quoteSharedWords && c >= quoteContainment) || (shorter < quoteSharedWords && c == 1 && sameSpeaker)
        }
        return shared >= 3 && c >= 0.8
    }

    /// Same reconciled speaker, or speaker words naming the same person ("Sergueï Lavrov" / "Lavrov").
    static func sameSpeaker(_ a: QuoteCandidate, _ b: QuoteCandidate) -> Bool {
        guard let sa = a.speaker, let sb = b.speaker else { return false }
        if sa == sb { return true }
        guard let ta = a.speakerText, let tb = b.speakerText else { return false }
        return NameVariantKey.samePerson(ta, tb) || NameVariantKey.key(ta) == NameVariantKey.key(tb)
    }

    /// Shared content words over the content words of the shorter quotation.
    static func containment(_ a: Set<String>, _ b: Set<String>) -> Double {
        let shorter = min(a.count, b.count)
        return shorter == 0 ? 0 : Double(a.intersection(b).count) / Double(shorter)
    }

    /// Each version of another source against the reference: the first verbatim version in
    /// source order (the first version when none is verbatim). Identical versions are left out.
    static func wordDifferences(_ members: [QuoteCandidate], _ documents: [Document]) -> [QuoteWordDiff] {
        guard let reference = members.first(where: { $0.quote.kind != .indirect }) ?? members.first else { return [] }
        let refDoc = documents[reference.doc]
        let refWords = refDoc.quoteWords(start: reference.quote.contentStart, end: reference.quote.contentEnd)
        return members.filter { $0.doc != reference.doc }.map { m in
            let doc = documents[m.doc]
            return QuoteWordDiff.diff(refWords, doc.quoteWords(start: m.quote.contentStart, end: m.quote.contentEnd),
                                      doc: doc.id, against: refDoc.id)
        }.filter { !$0.isEmpty }
    }

    /// "identical" when every version has the same words, "partial" when each version's words
    /// run inside the longest one's, "reworded" otherwise.
    static func relation(_ members: [QuoteCandidate]) -> String {
        let texts = members.map { " " + $0.words.joined(separator: " ") + " " }
        if Set(texts).count == 1 { return "identical" }
        let longest = texts.max { $0.count < $1.count }!
        return texts.allSatisfy { longest.contains($0) } ? "partial" : "reworded"
    }
}
