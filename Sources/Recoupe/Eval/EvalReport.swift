import Foundation

/// One error of the system against gold, for reading (`recoupe eval` lists them grouped by kind).
public struct EvalError: Codable, Sendable {
    public var layer: String
    /// `missed`, `spurious`, `wrong boundary`, `wrong label`, `wrong kind`, `wrong speaker`,
    /// `wrong person`, `wrong modality`, `wrong value`.
    public var kind: String
    public var document: String
    public var start: Int, end: Int
    public var detail: String
    /// The text around the gold (or predicted) span, the span in brackets.
    public var excerpt: String
}

/// The scores of one evaluation run; ``metrics`` flattens them for floors and comparisons.
public struct EvalReport: Codable, Sendable {
    public var corpus: String
    public var documents: Int
    public var layers: [String] = []
    /// Exact span and label, per label.
    public var entities: [String: PRF] = [:]
    /// Overlapping span, same label, per label.
    public var entitiesOverlap: [String: PRF] = [:]
    public var entityMicro = PRF()
    public var entityMicroOverlap = PRF()
    /// Direct + partial quotations, half-of-each overlap, one prediction per gold unit.
    public var quotes = PRF()
    public var quotesExact = PRF()
    public var indirect = PRF()
    /// Indirect speech whose clause boundaries are the gold's exactly.
    public var indirectExact = PRF()
    /// "gold kind→predicted kind" (or →none) over every gold quotation.
    public var quoteKinds: [String: Int] = [:]
    /// Wrong kinds in aggregate: "gold→predicted, rule R" → count.
    public var quoteKindErrorRules: [String: Int] = [:]
    public var speakers = Ratio()
    public var speakersGivenQuote = Ratio()
    public var speakersIndirect = Ratio()
    /// Speaker errors in aggregate: "kind: what was predicted; where the gold speaker is named" → count.
    public var speakerErrorClasses: [String: Int] = [:]
    public var roles = PRF()
    public var rolePerson = Ratio()
    public var roleModality = Ratio()
    public var dates = PRF()
    public var datesOverlap = PRF()
    public var dateValues = Ratio()
    public var errors: [EvalError] = []

    /// Named figures (`ents.micro.f1`, `ents.PER.f1`, `quotes.f1`, `speakers.accuracy`, `roles.modality`,
    /// `dates.value`, …) for floors and machine-readable summaries; only layers that were scored.
    public var metrics: [String: Double] {
        var m: [String: Double] = [:]
        if layers.contains("ents"), entityMicro.gold + entityMicro.predicted > 0 {
            m["ents.micro.precision"] = entityMicro.precision
            m["ents.micro.recall"] = entityMicro.recall
            m["ents.micro.f1"] = entityMicro.f1
            m["ents.micro.overlap.f1"] = entityMicroOverlap.f1
            for (label, s) in entities where s.gold > 0 {
                m["ents.\(label).precision"] = s.precision
                m["ents.\(label).recall"] = s.recall
                m["ents.\(label).f1"] = s.f1
            }
        }
        if layers.contains("quotes"), quotes.gold > 0 {
            m["quotes.precision"] = quotes.precision
            m["quotes.recall"] = quotes.recall
            m["quotes.f1"] = quotes.f1
            m["quotes.exact.f1"] = quotesExact.f1
            if indirect.gold > 0 { m["quotes.indirect.f1"] = indirect.f1; m["quotes.indirect.exact.f1"] = indirectExact.f1 }
        }
        if layers.contains("speakers"), speakers.total > 0 { m["speakers.accuracy"] = speakers.value }
        if layers.contains("roles"), roles.gold > 0 {
            m["roles.f1"] = roles.f1
            if roleModality.total > 0 { m["roles.modality"] = roleModality.value }
        }
        if layers.contains("dates"), dates.gold > 0 {
            m["dates.f1"] = dates.f1
            m["dates.overlap.f1"] = datesOverlap.f1
            if dateValues.total > 0 { m["dates.value"] = dateValues.value }
        }
        return m
    }

    /// Metrics below their floor: `(name, value, floor)`; a floor whose metric was not measured fails too.
    public func belowFloors(_ floors: [String: Double]) -> [(String, Double?, Double)] {
        let m = metrics
        return floors.keys.sorted().compactMap { key in
            let floor = floors[key]!
            guard let value = m[key] else { return (key, nil, floor) }
            return value + 1e-9 < floor ? (key, value, floor) : nil
        }
    }

    // MARK: Output

    public func json() throws -> String {
        struct Out: Encodable { var report: EvalReport; var metrics: [String: Double] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Out(report: self, metrics: metrics)), as: UTF8.self)
    }

    /// A Markdown report: one table a layer, then up to `examples` errors of each kind.
    public func markdown(examples: Int = 5) -> String {
        var out = "## \(corpus): \(documents) document(s)\n\n"
        func pct(_ x: Double) -> String { String(format: "%.3f", x) }
        func row(_ name: String, _ s: PRF) -> String {
            "| \(name) | \(pct(s.precision)) | \(pct(s.recall)) | \(pct(s.f1)) | \(s.gold) | \(s.predicted) |\n"
        }
        let header = "| | P | R | F1 | gold | predicted |\n|---|---|---|---|---|---|\n"
        if layers.contains("ents"), entityMicro.gold + entityMicro.predicted > 0 || !entities.isEmpty {
            out += "### Entities (exact span and label)\n\n" + header
            for label in entities.keys.sorted() { out += row(label, entities[label]!) }
            out += row("micro PER/ORG/LOC", entityMicro)
            out += row("micro, overlapping spans", entityMicroOverlap) + "\n"
        }
        if layers.contains("quotes"), quotes.gold + quotes.predicted > 0 {
            out += "### Quotations (direct + partial)\n\n" + header
            out += row("spans, ≥ 50% of each", quotes) + row("spans, exact", quotesExact)
            if indirect.gold > 0 { out += row("indirect, ≥ 50% of each", indirect) + row("indirect, exact", indirectExact) }
            if !quoteKinds.isEmpty {
                out += "\nKinds (gold→predicted): " + quoteKinds.keys.sorted().map { "\($0) \(quoteKinds[$0]!)" }.joined(separator: ", ") + "\n"
            }
            if !quoteKindErrorRules.isEmpty {
                out += "\nWrong kinds by the rule that decided them: " + quoteKindErrorRules.keys.sorted().map { "\($0) \(quoteKindErrorRules[$0]!)" }.joined(separator: "; ") + "\n"
            }
            out += "\n"
        }
        if layers.contains("speakers"), speakers.total > 0 {
            out += "### Speakers\n\n| | right | of | accuracy |\n|---|---|---|---|\n"
            out += "| direct + partial quotations with a gold speaker | \(speakers.right) | \(speakers.total) | \(pct(speakers.value)) |\n"
            out += "| … of those found | \(speakersGivenQuote.right) | \(speakersGivenQuote.total) | \(pct(speakersGivenQuote.value)) |\n"
            if speakersIndirect.total > 0 {
                out += "| indirect speech | \(speakersIndirect.right) | \(speakersIndirect.total) | \(pct(speakersIndirect.value)) |\n"
            }
            if !speakerErrorClasses.isEmpty {
                out += "\nSpeaker errors in aggregate (quotation: prediction; where the gold speaker is named):\n\n"
                for key in speakerErrorClasses.keys.sorted() { out += "- \(key): \(speakerErrorClasses[key]!)\n" }
            }
            out += "\n"
        }
        if layers.contains("roles"), roles.gold + roles.predicted > 0 {
            out += "### Roles\n\n" + header + row("role spans (overlap)", roles)
            out += "\nOf the roles found: right person \(rolePerson.right)/\(rolePerson.total), right modality \(roleModality.right)/\(roleModality.total) (\(pct(roleModality.value))).\n\n"
        }
        if layers.contains("dates"), dates.gold + dates.predicted > 0 {
            out += "### Dates\n\n" + header + row("spans, exact", dates) + row("spans, overlap", datesOverlap)
            out += "\nValues right on overlapping spans: \(dateValues.right)/\(dateValues.total) (\(pct(dateValues.value))).\n\n"
        }
        if examples > 0, !errors.isEmpty {
            out += "### Errors by kind\n\n"
            let groups = Dictionary(grouping: errors) { "\($0.layer): \($0.kind)" }
            for key in groups.keys.sorted() {
                let list = groups[key]!
                out += "- **\(key)** (\(list.count))\n"
                for e in list.prefix(examples) {
                    out += "  - `\(e.document)` \(e.detail): \(e.excerpt.replacingOccurrences(of: "|", with: "\\|"))\n"
                }
            }
            out += "\n"
        }
        return out
    }
}
