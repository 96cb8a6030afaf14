import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
extension SourceComparer {
    /// Quotations of one speaker in sources of different languages are put side by side
    /// ("cross-language"): their wording cannot be compared word for word, so they align on the
    /// reconciled speaker alone and their contents are reported as they are. Only quotations in
    /// marks align this way (reported speech is the writer's paraphrase), and not speakers known
    /// only by their words ("text:…").
    func alignAcrossLanguages(_ candidates: [QuoteCandidate], _ documents: [Document], _ sets: inout DisjointSets) {
        for i in candidates.indices {
            guard let si = candidates[i].speaker, !si.hasPrefix("text:"), candidates[i].quote.kind != .indirect else { continue }
            let li = documents[candidates[i].doc].source.language
            for j in (i + 1)..<max(i + 1, candidates.count) where candidates[j].speaker == si && candidates[j].quote.kind != .indirect {
                if documents[candidates[j].doc].source.language != li { sets.union(i, j) }
            }
        }
    }

    /// "cross-language" when the versions come from sources in more than one language.
    static func isCrossLanguage(_ members: [QuoteCandidate], _ documents: [Document]) -> Bool {
        Set(members.map { documents[$0.doc].source.language }).count > 1
    }
}
