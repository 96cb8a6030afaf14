import RecoupeICU
/// A date expression and, when it could be resolved, its ISO 8601 value.
public struct DateMention: TextSpan, Codable, Hashable, Sendable {
    public enum Precision: String, Codable, Sendable {
        case day, month, year, range
    }

    public var start: Int
    public var end: Int
    public var surface: String
    /// ISO 8601 ("2025-02-27", "2024-11", "2024"); the first day of a range; nil when unresolved.
    public var value: String?
    /// Last day of a range ("ces dernières semaines"), when `precision == .range`.
    public var endValue: String?
    public var precision: Precision
    /// True when the value depends on the document date ("jeudi", "mardi").
    public var relative: Bool
    /// The rule that fired.
    public var rule: String
    /// The document date a relative expression was resolved against (ISO 8601), when one was used.
    public var anchor: String?

    public init(start: Int, end: Int, surface: String, value: String?, endValue: String? = nil,
                precision: Precision, relative: Bool, rule: String) {
        self.start = start
        self.end = end
        self.surface = surface
        self.value = value
        self.endValue = endValue
        self.precision = precision
        self.relative = relative
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case start, end, surface, value, endValue = "end_value", precision, relative, rule, anchor
    }
}
