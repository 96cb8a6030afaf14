import RecoupeICU
/// Removes diacritics from a normalized (case-folded) token: "état" → "etat", "türkiye" → "turkiye",
/// "ё" → "е". Used by the gazetteer for entries that match whatever the accents.
///
/// Letters below U+0590 (Latin, Greek, Cyrillic) fold through a table built once from ICU's NFD;
/// anything else goes through NFD and drops combining marks (Unicode category Mn).
public enum DiacriticFolding {
    private static let limit: UInt32 = 0x590

    /// Base letter of each scalar below `limit` (the scalar itself when it has no diacritic).
    private static let table: [UInt32] = {
        var t = (0..<limit).map { $0 }
        for v in 0xC0..<limit {
            guard let s = Unicode.Scalar(v), s.properties.isAlphabetic,
                  let d = try? Normalizer.normalize(Array(String(s).utf16), .nfd), d.count > 1,
                  d[0] < 0xD800 || d[0] > 0xDFFF else { continue }
            t[Int(v)] = UInt32(d[0])
        }
        // Russian й is a letter of its own but spelled и in careless text; keep it apart: й, ў.
        t[0x439] = 0x439; t[0x419] = 0x419; t[0x45E] = 0x45E; t[0x40E] = 0x40E
        return t
    }()

    public static func fold(_ s: String) -> String {
        // On the UTF-8 bytes: an ASCII word (most of them) is answered by one byte scan, and a word
        // to fold is written byte by byte into one string; appending to a scalar view, with the
        // table's lazy-global check per scalar, cost twice as much (issue 16).
        var copy = s
        switch copy.withUTF8({ foldUTF8($0) }) {
        case .unchanged: return s
        case .folded(let folded): return folded
        case .decompose: return decomposedFold(s)
        }
    }

    private enum Outcome {
        /// Nothing to fold: the word itself.
        case unchanged
        case folded(String)
        /// A letter of U+1E00–U+1EFF (Vietnamese, Welsh …): through ICU's NFD.
        case decompose
    }

    private static func foldUTF8(_ utf8: UnsafeBufferPointer<UInt8>) -> Outcome {
        let n = utf8.count
        var first = 0
        while first < n, utf8[first] < 0x80 { first += 1 }
        if first == n { return .unchanged }
        return table.withUnsafeBufferPointer { table in
            // Anything to fold: a letter with a diacritic below U+0590, a combining mark, or any
            // scalar from U+0590 on (Mn marks are dropped there) — as the scalar loop decided.
            // The same pass adds up the folded word's bytes (at most: marks from U+0590 on are
            // counted though dropped), so the string is made with that capacity: up to 15 bytes it
            // is a small string, with no allocation or UTF-8 validation when it is ASCII ("déclaré"
            // → "declare"), where 1.5 × the input's bytes made any word of 8 bytes or more a heap
            // string validated byte by byte (issue 16: 790 instructions a word).
            var i = first, needs = false, capacity = first
            while i < n {
                // ASCII bytes in place: `UTF8Coding` is not inlined here, a call per letter.
                if utf8[i] < 0x80 { capacity += 1; i += 1; continue }
                let v = UTF8Coding.decode(utf8, at: &i)
                if v < limit {
                    if (0x300...0x36F).contains(v) { needs = true; continue }
                    let f = table[Int(v)]
                    if f != v { needs = true }
                    capacity += f < 0x80 ? 1 : f < 0x800 ? 2 : 3
                } else {
                    needs = true
                    capacity += v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
                }
            }
            if !needs { return .unchanged }
            // A scalar below U+0590 folds to one below U+10000, counted above by its own length;
            // others are copied (counted) or dropped.
            var decompose = false
            let folded = String(unsafeUninitializedCapacity: capacity) { out in
                var i = 0, o = 0
                while i < n {
                    if utf8[i] < 0x80 { out[o] = utf8[i]; o += 1; i += 1; continue }
                    let v = UTF8Coding.decode(utf8, at: &i)
                    if v < limit {
                        if (0x300...0x36F).contains(v) { continue }
                        o += UTF8Coding.encode(table[Int(v)], into: out, at: o)
                    } else if Unicode.Scalar(v)!.properties.generalCategory == .nonspacingMark {
                        continue
                    } else if v >= 0x1E00 && v <= 0x1EFF {
                        decompose = true
                        return 0
                    } else {
                        o += UTF8Coding.encode(v, into: out, at: o)
                    }
                }
                return o
            }
            return decompose ? .decompose : .folded(folded)
        }
    }

    /// Every letter through NFD, combining marks (Mn) dropped.
    private static func decomposedFold(_ s: String) -> String {
        guard let d = try? Normalizer.normalize(Array(s.utf16), .nfd) else { return s }
        let str = String(decoding: d, as: UTF16.self)
        return String(String.UnicodeScalarView(str.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
    }
}
