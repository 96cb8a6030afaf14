import RecoupeCore
import RecoupeICU
extension Tokenizer {
    /// A stretch of the text (UTF-16 offsets) tokenized under another language's rules: a
    /// paragraph `LanguageIdentifier` found in another language.
    struct RuleRegion {
        var range: Range<Int>
        var rules: LanguageRules
    }

    /// The document's paragraphs in another language, in UTF-16 offsets, with their rules.
    static func regions(of document: Document) -> [RuleRegion] {
        guard !document.languages.isEmpty else { return [] }
        // Code-point offsets → UTF-16 offsets, in one pass.
        var out: [RuleRegion] = []
        var unit = 0, scalar = 0
        var spans = document.languages.sorted { $0.start < $1.start }[...]
        var open: (Int, LanguageRules)? = nil
        for s in document.scalars {
            if let (start, rules) = open, let span = spans.first, scalar == span.end {
                out.append(RuleRegion(range: start..<unit, rules: rules))
                open = nil
                spans = spans.dropFirst()
            }
            if open == nil, let span = spans.first, scalar == span.start { open = (unit, LanguageRules.of(span.language)) }
            unit += s.utf16.count
            scalar += 1
        }
        if let (start, rules) = open { out.append(RuleRegion(range: start..<unit, rules: rules)) }
        return out
    }

    /// Applies `rules` to the pieces outside `regions` and each region's rules inside it.
    /// Regions are whole paragraphs, so no piece straddles a region's edge.
    /// Every stretch appends to one output array, read in place (no copy of the pieces per stretch).
    func applyLanguageRules(_ raw: [Piece], _ u: UnsafeBufferPointer<UInt16>, _ rules: LanguageRules, regions: [RuleRegion]) -> [Piece] {
        var out: [Piece] = []
        // Elisions and inversions split pieces, compounds and abbreviations merge them: a little room
        // spares a huge document one doubling of its largest array.
        out.reserveCapacity(raw.count + raw.count / 16)
        raw.withUnsafeBufferPointer { all in
            var i = 0
            for region in regions {
                var j = i
                while j < all.count, all[j].start < region.range.lowerBound { j += 1 }
                applyLanguageRules(UnsafeBufferPointer(rebasing: all[i..<j]), u, rules, into: &out)
                var k = j
                while k < all.count, all[k].end <= region.range.upperBound { k += 1 }
                applyLanguageRules(UnsafeBufferPointer(rebasing: all[j..<k]), u, region.rules, into: &out)
                i = k
            }
            applyLanguageRules(UnsafeBufferPointer(rebasing: all[i...]), u, rules, into: &out)
        }
        return out
    }
}
