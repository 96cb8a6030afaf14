@testable import RecoupeCore
@testable import RecoupeNames
import Testing

@Suite("NER tagger: type feature hashes")
struct TaggerTypeHashesTests {
    static let types: [TokenType] = [
        TokenType(norm: "lavrov", shape: Token.Shape([.titleCase, .capitalized]).rawValue),
        TokenType(norm: "été", shape: 0), TokenType(norm: "e\u{0301}te\u{0301}", shape: 0),
        TokenType(norm: "a", shape: 0), TokenType(norm: "l’", shape: Token.Shape.elision.rawValue),
        TokenType(norm: "москва", shape: Token.Shape.capitalized.rawValue), TokenType(norm: "1914", shape: Token.Shape.hasDigit.rawValue),
        TokenType(norm: "", shape: 0xFF),
    ]

    /// The tagger decodes a type's code points once and reuses one buffer for its five slots: the
    /// hashes are those of the one-call form, in the same order, whatever the buffer held before,
    /// and the whole-norm feature hashes the same code points as the String's scalar view.
    @Test func reusedBufferGivesTheOneCallHashes() {
        let features = TaggerFeatures(firstNames: ["anna"])
        var buffer: [UInt64] = [1, 2, 3]
        for t in Self.types {
            let cues = t.shape == 0xFF ? 0 : features.cueBits(t.norm)
            let pattern = t.shape == 0xFF ? 0 : TaggerFeatures.pattern(t)
            let scalars = TaggerFeatures.scalars(of: t)
            for slot in 0..<TaggerFeatures.window {
                features.typeHashes(t, slot: slot, cues: cues, pattern: pattern, scalars: scalars, into: &buffer)
                #expect(buffer == features.typeHashes(t, slot: slot), "\(t.norm) slot \(slot)")
                #expect(buffer.first == TaggerFeatures.hash(TaggerFeatures.template(slot, 1), Substring(t.norm).unicodeScalars))
            }
        }
    }
}
