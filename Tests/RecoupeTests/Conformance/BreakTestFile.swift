import Foundation

/// One line of a UAX #29 break test file (`WordBreakTest.txt` …): the code points and, as UTF-16
/// offsets, where the file says there is a boundary (÷), including the start and the end.
struct BreakTestCase: CustomStringConvertible, Sendable {
    /// 1-based line number in the file.
    var line: Int
    /// The test string as the file writes it ("÷ 0041 × 003A ÷").
    var pattern: String
    var scalars: [Unicode.Scalar]
    var expected: [Int32]

    var utf16: [UInt16] { scalars.flatMap { Array($0.utf16) } }

    var description: String { "line \(line): \(pattern)" }

    /// Parses the file's data lines (comments and blank lines skipped).
    static func parse(_ lines: [Substring]) -> [BreakTestCase] {
        var cases: [BreakTestCase] = []
        for (index, raw) in lines.enumerated() {
            let data = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if data.isEmpty { continue }
            var scalars: [Unicode.Scalar] = []
            var expected: [Int32] = []
            var offset: Int32 = 0
            for field in data.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                switch field {
                case "÷": expected.append(offset)
                case "×": break
                default:
                    let s = Unicode.Scalar(UInt32(field, radix: 16)!)!
                    scalars.append(s)
                    offset += Int32(s.utf16.count)
                }
            }
            cases.append(BreakTestCase(line: index + 1, pattern: data, scalars: scalars, expected: expected))
        }
        return cases
    }
}
