@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Unicode 15.0's own UAX #29 test files against ICU's root break rules through CICU.
///
/// Exact pass counts are asserted, so a changed ICU or data file shows up as a failure rather
/// than as a silently different number.
@Suite("Unicode conformance: UAX #29 breaks")
struct BreakConformanceTests {
    /// Runs every line of `file` through a root-locale iterator of `kind`; returns the lines that
    /// disagree with the file.
    static func failures(_ file: String, _ kind: BreakIterator.Kind) throws -> (total: Int, failed: [BreakTestCase])? {
        guard let lines = UnicodeDataFile.lines("auxiliary/" + file) else { return nil }
        let cases = BreakTestCase.parse(lines)
        let iterator = try BreakIterator(kind, locale: "")
        var failed: [BreakTestCase] = []
        for c in cases where try iterator.boundaries(c.utf16).offsets != c.expected {
            failed.append(c)
        }
        return (cases.count, failed)
    }

    @Test("GraphemeBreakTest.txt: 602/602", UnicodeDataFile.enabled("auxiliary/GraphemeBreakTest.txt"))
    func graphemes() throws {
        let r = try #require(try Self.failures("GraphemeBreakTest.txt", .character))
        #expect(r.total == 602)
        #expect(r.failed.isEmpty, "\(r.failed)")
    }

    @Test("SentenceBreakTest.txt: 502/502", UnicodeDataFile.enabled("auxiliary/SentenceBreakTest.txt"))
    func sentences() throws {
        let r = try #require(try Self.failures("SentenceBreakTest.txt", .sentence))
        #expect(r.total == 502)
        #expect(r.failed.isEmpty, "\(r.failed)")
    }

    @Test("WordBreakTest.txt: 1808/1823, the 15 others are the documented ICU-22112 exclusions", UnicodeDataFile.enabled("auxiliary/WordBreakTest.txt"))
    func words() throws {
        let r = try #require(try Self.failures("WordBreakTest.txt", .word))
        #expect(r.total == 1823)
        let excluded = WordBreakExclusions.patterns(forICU: ICUVersion.icu)
        let unexpected = r.failed.filter { !excluded.contains($0.pattern) }
        #expect(unexpected.isEmpty, "word break lines failing outside the exclusion list: \(unexpected)")
        // An exclusion that starts passing (a newer ICU) must be removed from the list.
        let fixed = excluded.subtracting(r.failed.map(\.pattern))
        #expect(fixed.isEmpty, "excluded lines that now pass: \(fixed.sorted())")
        if ICUVersion.icu.hasPrefix("72.") {
            #expect(excluded.count == 15)
            #expect(r.total - r.failed.count == 1808)
        }
    }

    @Test("every word break exclusion involves U+003A COLON")
    func exclusionsAreAboutColon() {
        for pattern in WordBreakExclusions.patterns(forICU: ICUVersion.icu) {
            #expect(pattern.contains("003A"), "\(pattern)")
        }
    }
}
