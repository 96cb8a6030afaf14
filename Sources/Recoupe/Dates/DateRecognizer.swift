/// Placeholder replaced below.
public final class DateRecognizer: Stage {
    public let name = "dates"
    public let requires: [Layer] = [.tokens, .norms, .sentences]
    public let produces: [Layer] = [.dates]
    public init() {}
    public func run(_ document: inout Document) throws {}
}
