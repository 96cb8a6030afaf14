@testable import RecoupeCore
@testable import RecoupeText
import Testing

/// A document's tokens are its largest structure (issue 18, item 3): they stay compact.
@Suite("Token storage")
struct TokenStorageTests {
    @Test("a token takes 32 bytes: 32-bit offsets, one-byte kind and shape, the norm")
    func compactLayout() {
        #expect(MemoryLayout<Token>.stride == 32)
    }

    @Test("offsets read back as written, up to the largest document --max-mb allows")
    func offsetsRoundTrip() {
        var t = Token(id: 7, start: 1_000_000_000, end: 1_000_000_005, kind: .word, norm: "moscou", shape: .titleCase)
        #expect((t.id, t.start, t.end) == (7, 1_000_000_000, 1_000_000_005))
        t.end += 3
        t.start = 12
        #expect((t.start, t.end, t.kind, t.norm, t.shape) == (12, 1_000_000_008, .word, "moscou", .titleCase))
    }

    @Test("the token array is sized for the tokens, not for ICU's pieces (single spaces are no tokens)")
    func tokenArrayIsNotOverReserved() throws {
        let text = String(repeating: "Le ministre a parlé à Moscou hier. ", count: 2_000)
        let tokens = try Tokenizer().tokenize(text)
        #expect(tokens.count > 10_000)
        #expect(tokens.capacity < tokens.count + tokens.count / 8)
    }
}
