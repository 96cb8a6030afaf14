import RecoupeCore

/// How one version of an aligned quotation differs, word by word, from the version it is read
/// against: words it adds, words it cuts, and runs it changes ("Nous sommes prêts" → "Moscou
/// était prête"). Words are compared on their norms (case and typography folded), shown as written.
public struct QuoteWordDiff: Codable, Sendable, Equatable {
    /// The source this version is in.
    public var doc: String
    /// The source of the reference version (the first verbatim one, in source order).
    public var against: String
    public var added: [String]
    public var cut: [String]
    public var changed: [Change]

    public struct Change: Codable, Sendable, Equatable {
        public var from: String
        public var to: String
    }

    public var isEmpty: Bool { added.isEmpty && cut.isEmpty && changed.isEmpty }

    /// One line for a reader: "cuts “mais pas à n'importe quel prix”; changes “Nous sommes” → “Moscou était”".
    public var summary: String {
        var parts: [String] = []
        if !cut.isEmpty { parts.append("cuts " + cut.map { "“\($0)”" }.joined(separator: ", ")) }
        if !added.isEmpty { parts.append("adds " + added.map { "“\($0)”" }.joined(separator: ", ")) }
        if !changed.isEmpty { parts.append("changes " + changed.map { "“\($0.from)” → “\($0.to)”" }.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// A word as written and as compared; `gap` is the text between it and the word before
    /// (so a run of words is shown as written: "n'importe", not "n' importe").
    struct Word { var surface: String; var norm: String; var gap: String = " " }

    static func written(_ run: [Word]) -> String {
        guard let first = run.first else { return "" }
        return run.dropFirst().reduce(first.surface) { $0 + $1.gap + $1.surface }
    }

    /// Longest common subsequence of norms, then the gaps between matches: a gap with words on
    /// one side only is a cut or an addition, with words on both sides a change. Quotations are
    /// short (tens of words), so the O(n·m) table is small.
    static func diff(_ reference: [Word], _ other: [Word], doc: String, against: String) -> QuoteWordDiff {
        let n = reference.count, m = other.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = reference[i].norm == other[j].norm ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out = QuoteWordDiff(doc: doc, against: against, added: [], cut: [], changed: [])
        var i = 0, j = 0
        var gone: [Word] = [], new: [Word] = []
        func flush() {
            switch (gone.isEmpty, new.isEmpty) {
            case (false, false): out.changed.append(Change(from: written(gone), to: written(new)))
            case (false, true): out.cut.append(written(gone))
            case (true, false): out.added.append(written(new))
            case (true, true): break
            }
            gone = []; new = []
        }
        while i < n || j < m {
            if i < n, j < m, reference[i].norm == other[j].norm {
                flush(); i += 1; j += 1
            } else if j >= m || (i < n && table[i + 1][j] >= table[i][j + 1]) {
                gone.append(reference[i]); i += 1
            } else {
                new.append(other[j]); j += 1
            }
        }
        flush()
        return out
    }
}

extension Document {
    /// Word and number tokens inside `start..<end`, as written and as compared.
    func quoteWords(start: Int, end: Int) -> [QuoteWordDiff.Word] {
        guard !tokens.isEmpty else {
            return wordNorms(start: start, end: end).map { QuoteWordDiff.Word(surface: $0, norm: $0) }
        }
        var out: [QuoteWordDiff.Word] = []
        var i = firstToken(endingAfter: start)
        var previousEnd: Int? = nil
        while i < tokens.count, tokens[i].start < end {
            let t = tokens[i]
            if t.isWordLike, t.start >= start {
                let gap = previousEnd.map { surface(start: $0, end: t.start) } ?? ""
                out.append(QuoteWordDiff.Word(surface: surface(start: t.start, end: t.end), norm: t.norm, gap: gap))
                previousEnd = t.end
            }
            i += 1
        }
        return out
    }
}
