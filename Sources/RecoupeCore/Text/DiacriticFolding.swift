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
        // Most words have nothing to fold (ASCII, or Cyrillic without ё): return them as they are
        // instead of rebuilding an equal string scalar by scalar.
        var needs = false
        for u in s.unicodeScalars where u.value >= 0x80 {
            if u.value >= limit || table[Int(u.value)] != u.value || (0x300...0x36F).contains(u.value) { needs = true; break }
        }
        if !needs { return s }
        var out = String.UnicodeScalarView()
        var slow = false
        for u in s.unicodeScalars {
            if u.value < limit {
                if (0x300...0x36F).contains(u.value) { continue }
                out.append(Unicode.Scalar(table[Int(u.value)])!)
            } else if u.properties.generalCategory == .nonspacingMark {
                continue
            } else if u.value >= 0x1E00 && u.value <= 0x1EFF {
                slow = true
                break
            } else {
                out.append(u)
            }
        }
        if !slow { return String(out) }
        guard let d = try? Normalizer.normalize(Array(s.utf16), .nfd) else { return s }
        let str = String(decoding: d, as: UTF16.self)
        return String(String.UnicodeScalarView(str.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
    }
}
