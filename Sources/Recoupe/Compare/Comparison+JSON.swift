import Foundation
import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes

/// The JSON of Recoupe's reports (`Comparison`, `NameReport`): pretty-printed, sorted snake_case
/// keys, slashes unescaped, so the files diff well and read the same from Python.
package enum ReportJSON {
    package static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(value)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: data)
    }
}

extension Comparison {
    /// The reference output: pretty-printed JSON, snake_case keys (layout in docs/compare.md).
    public func jsonData() throws -> Data { try ReportJSON.encode(self) }

    /// Reads JSON written by `jsonData()`.
    public static func decode(_ data: Data) throws -> Comparison { try ReportJSON.decode(Comparison.self, from: data) }
}
