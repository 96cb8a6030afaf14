@testable import RecoupeCore
import RecoupeICU
import Testing

@Suite("Core: diacritic folding on UTF-8 bytes")
struct DiacriticFoldingTests {
    /// The scalar-by-scalar folding that `DiacriticFolding.fold` replaced (issue 16), kept here as
    /// the reference: NFD base letters below U+0590 (й and ў kept), combining marks dropped, the
    /// U+1E00–U+1EFF block through ICU's NFD.
    static func reference(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value < 0x590 {
                if (0x300...0x36F).contains(u.value) { continue }
                out.append(Unicode.Scalar(baseLetter(u.value))!)
            } else if u.properties.generalCategory == .nonspacingMark {
                continue
            } else if u.value >= 0x1E00 && u.value <= 0x1EFF {
                guard let d = try? Normalizer.normalize(Array(s.utf16), .nfd) else { return s }
                let str = String(decoding: d, as: UTF16.self)
                return String(String.UnicodeScalarView(str.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    static func baseLetter(_ v: UInt32) -> UInt32 {
        guard v >= 0xC0, ![0x439, 0x419, 0x45E, 0x40E].contains(v), let s = Unicode.Scalar(v), s.properties.isAlphabetic,
              let d = try? Normalizer.normalize(Array(String(s).utf16), .nfd), d.count > 1, d[0] < 0xD800 || d[0] > 0xDFFF else { return v }
        return UInt32(d[0])
    }

    static let words = [
        "", "paris", "état", "türkiye", "ёлка", "йошкар-ола", "ўзбек", "москва", "e\u{0301}te\u{0301}", "nguyễn", "việt nam",
        "ŵyddgrug", "ἀθῆναι", "ελλάδα", "שָׁלוֹם", "مُحَمَّد", "日本", "straße", "œuvre", "a\u{0301}\u{0300}", "\u{0301}", "x😀é",
        "ǆemal", "ǖ", "ḩ", "l’été", "ßé\u{05B0}", "ạ",
    ]

    @Test func sameAsScalarLoopOnWords() {
        for w in Self.words { #expect(DiacriticFolding.fold(w) == Self.reference(w), "\(w)") }
    }

    /// The folded string is made with the capacity counted in the first pass: results just under,
    /// at and over a small string's 15 bytes, ASCII or not, with marks dropped, fold as before.
    @Test func sameAsScalarLoopAroundTheSmallStringLength() {
        let words = ["déclaré", "déclarée", "présidentielle", "présidentielles", "anticonstitutionnellement",
                     "électroencéphalographiques", "ёжикёжикёжик", "здравствуйтеёжик", "ελληνικάελληνικά",
                     "e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}",
                     "שָׁלוֹםשָׁלוֹם", "aaaaaaaaaaaaaaé", "aaaaaaaaaaaaaaaé", "aaaaaaaaaaaaaé€", "日本日本日本日本é"]
        for w in words {
            let folded = DiacriticFolding.fold(w), expected = Self.reference(w)
            #expect(folded == expected && Array(folded.utf8) == Array(expected.utf8), "\(w)")
        }
    }

    /// Every scalar below U+0600 alone and between ASCII letters, plus samples beyond.
    @Test func sameAsScalarLoopOnEveryLowScalar() {
        let samples = Array(0x80..<0x600) + [0x1E00, 0x1EA1, 0x1EFF, 0x1F00, 0x20AC, 0x3042, 0xFB01, 0x1F600]
        for v in samples {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            for w in [String(s), "a" + String(s) + "b", String(s) + String(s)] {
                let folded = DiacriticFolding.fold(w), expected = Self.reference(w)
                #expect(folded == expected && Array(folded.utf8) == Array(expected.utf8), "U+\(String(v, radix: 16))")
            }
        }
    }
}
