import Foundation

extension Comparison {
    /// The reference output: pretty-printed JSON, snake_case keys (layout in docs/compare.md).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(self)
    }

    /// Reads JSON written by `jsonData()`.
    public static func decode(_ data: Data) throws -> Comparison {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Comparison.self, from: data)
    }
}
