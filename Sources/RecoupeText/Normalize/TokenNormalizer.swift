import CICU
import RecoupeCore
import RecoupeICU

/// Fills each token's `norm`: typography folded, then NFKC with full case folding (ICU's
/// `NFKC_Casefold`, which also drops default-ignorables). Diacritics are kept: `État` → `état`;
/// matchers that ignore them fold further.
///
/// The text itself is never touched. Cost: a table lookup per scalar for Latin, Greek and
/// Cyrillic text already in NFC; one ICU call for tokens with anything else.
public final class TokenNormalizer: Stage {
    public let name = "normalize"
    public let requires: [Layer] = [.tokens]
    public let produces: [Layer] = [.norms]

    /// Simple single-scalar folds for U+0000..<U+0590 (0 = take the ICU path).
    private let table: [UInt32]
    private static let tableSize = 0x590

    public init() throws {
        var table = [UInt32](repeating: 0, count: Self.tableSize)
        for v in 0..<UInt32(Self.tableSize) {
            guard let s = Unicode.Scalar(v), !TypographyFolding.needsFolding(v) else { continue }
            // Combining marks need composition with their base: ICU path.
            if (0x300...0x36F).contains(v) || (0x483...0x489).contains(v) { continue }
            let folded = try Normalizer.normalize(Array(String(s).utf16), .nfkcCasefold)
            if folded.count == 1, folded[0] < 0xD800 || folded[0] > 0xDFFF { table[Int(v)] = UInt32(folded[0]) }
        }
        self.table = table
    }

    public func run(_ document: inout Document) throws {
        let scalars = document.scalars
        for i in document.tokens.indices {
            let t = document.tokens[i]
            if t.kind == .space {
                document.tokens[i].norm = " "
                continue
            }
            document.tokens[i].norm = try norm(scalars[t.start..<t.end])
        }
    }

    /// The matching form of any string (what lexicon entries are compared with).
    public func norm(_ string: String) throws -> String {
        let scalars = Array(string.unicodeScalars)
        return try norm(scalars[...])
    }

    public func norm(_ scalars: ArraySlice<Unicode.Scalar>) throws -> String {
        if let fast = tableNorm(scalars) { return fast }
        // Slow path: typography, then ICU NFKC_Casefold.
        var folded = String.UnicodeScalarView()
        for s in scalars {
            if let r = TypographyFolding.fold(s.value) { folded.append(contentsOf: r.unicodeScalars) } else { folded.append(s) }
        }
        let out = try Normalizer.normalize(Array(String(folded).utf16), .nfkcCasefold)
        return String(decoding: out, as: UTF16.self)
    }

    /// Fast path: when every scalar has a one-scalar fold in the table, the folds encoded straight
    /// to UTF-8 (no scalar-by-scalar String appends); nil when one has not.
    @inline(__always)
    private func tableNorm(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        var ok = true
        // Table values are BMP code units (no surrogates): at most 3 UTF-8 bytes each.
        // Encoded into scratch space, then copied: a String made with capacity `3 × count` would sit
        // on the heap for any word over five letters, where `String(decoding:)` keeps up to 15 bytes
        // inline (a document's norms took 3.4 bytes per byte of text; issue 18).
        let out = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 3) { buf -> String in
            table.withUnsafeBufferPointer { table in
                var o = 0
                for s in scalars {
                    let v = s.value
                    let f = v < 0x590 ? table[Int(v)] : 0
                    if f == 0 { ok = false; return "" }
                    o += UTF8Coding.encode(UInt32(f), into: buf, at: o)
                }
                return String(decoding: UnsafeBufferPointer(rebasing: buf[0..<o]), as: UTF8.self)
            }
        }
        return ok ? out : nil
    }
}
