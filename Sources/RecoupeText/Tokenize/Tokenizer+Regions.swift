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
    func applyLanguageRules(_ raw: [Piece], _ u: UnsafeBufferPointer<UInt16>, _ rules: LanguageRules, regions: [RuleRegion]) -> [Piece] {
        guard !regions.isEmpty else { return applyLanguageRules(raw, u, rules) }
        var out: [Piece] = []
        out.reserveCapacity(raw.count)
        var i = 0
        for region in regions {
            var j = i
            while j < raw.count, raw[j].start < region.range.lowerBound { j += 1 }
            out += applyLanguageRules(Array(raw[i..<j]), u, rules)
            var k = j
            while k < raw.count, raw[k].end <= region.range.upperBound { k += 1 }
            out += applyLanguageRules(Array(raw[j..<k]), u, region.rules)
            i = k
        }
        out += applyLanguageRules(Array(raw[i...]), u, rules)
        return out
    }
}
