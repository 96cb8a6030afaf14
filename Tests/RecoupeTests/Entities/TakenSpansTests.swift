@testable import RecoupeNames
import RecoupeCore
import Testing

@Suite("Entities: taken spans")
struct TakenSpansTests {
    /// The answers of the linear scan it replaces (`ranges.contains { $0.overlaps(r) }`), on random sets of
    /// ranges that nest, overlap, touch, repeat or are empty, queried with every small range.
    @Test func sameAnswersAsALinearScan() {
        var random = SplitMix64(seed: 16)
        for _ in 0..<200 {
            let ranges: [Range<Int>] = (0..<Int.random(in: 0...8, using: &random)).map { _ in
                let a = Int.random(in: 0...30, using: &random)
                return a..<(a + Int.random(in: 0...10, using: &random))
            }
            let taken = TakenSpans(ranges)
            for a in 0...42 {
                for b in a...min(a + 12, 42) {
                    #expect(taken.overlaps(a..<b) == ranges.contains { $0.overlaps(a..<b) }, "\(ranges) \(a)..<\(b)")
                }
            }
        }
    }

    @Test func touchingIsNotOverlapping() {
        let taken = TakenSpans([10..<20])
        #expect(!taken.overlaps(0..<10))
        #expect(!taken.overlaps(20..<25))
        #expect(taken.overlaps(19..<25))
        #expect(!taken.overlaps(15..<15))
        #expect(!TakenSpans([]).overlaps(0..<100))
    }
}

@Suite("Entities: description articles")
struct DescriptionArticleTests {
    /// `isDefiniteArticle` skips the look-up for words that are not two bytes long: every article must be.
    @Test func everyArticleIsTwoBytesAndRecognised() {
        for a in RoleExtractor.definiteArticles {
            #expect(a.utf8.count == 2, "\(a)")
            #expect(RoleExtractor.isDefiniteArticle(a))
        }
        for w in ["les", "l", "", "lé", "un", "laquelle", "l’"] { #expect(!RoleExtractor.isDefiniteArticle(w), "\(w)") }
    }
}
