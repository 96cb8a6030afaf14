import Foundation

/// A loose key under which spellings of one transliterated name meet: "Dartchiev" (French),
/// "Darchiev" (English) and "Дарчиев" all give "darciev".
///
/// Deliberately lossy: every ch/tch/sh/sch/tsch sound becomes "c", kh becomes "h", ou "u", w "v",
/// y "i", doubled letters collapse, diacritics go. Used to reconcile entities whose kb_ids differ
/// (across sources in `SourceComparer`, across batches in `NameRegistry`); matching a key alone is
/// never enough for a person, the first names must agree too (see `NameVariantKey.samePerson`).
///
/// Cost: one ICU transliteration for names with non-Latin letters; string replacements otherwise.
public enum NameVariantKey {
    /// Ordered rewrites (longest first so "tch" is not read as "t" + "ch").
    private static let rewrites: [(String, String)] = [
        ("tsch", "c"), ("tch", "c"), ("sch", "c"), ("ch", "c"), ("sh", "c"), ("zh", "j"), ("dj", "j"),
        ("kh", "h"), ("gue", "ge"), ("gui", "gi"), ("qu", "k"), ("ou", "u"), ("ck", "k"), ("ph", "f"),
        ("ks", "x"), ("w", "v"), ("y", "i"), ("ï", "i"),
    ]

    /// The key of a whole name or of one word of it.
    public static func key(_ name: String) -> String {
        var s = name
        if s.unicodeScalars.contains(where: { $0.value >= 0x370 && $0.properties.isAlphabetic }) {
            s = latin(s)
        }
        s = s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        s = String(s.unicodeScalars.filter { $0.properties.isAlphabetic || $0 == " " }.map(Character.init))
        for (from, to) in rewrites { s = s.replacingOccurrences(of: from, with: to) }
        // "-off" and "-ov" endings (Smirnoff / Smirnov).
        s = s.split(separator: " ").map { w -> String in
            var w = String(w)
            if w.hasSuffix("ff") { w = String(w.dropLast(2)) + "v" }
            return w
        }.joined(separator: " ")
        var out = ""
        var last: Character? = nil
        for c in s where c != last || c == " " {
            out.append(c)
            last = c
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// The key of the last word of a name (the surname for "Alexandre Dartchiev").
    public static func surnameKey(_ name: String) -> String {
        key(name).split(separator: " ").last.map(String.init) ?? ""
    }

    /// Two person names are taken as one person when their surname keys are equal and their
    /// first names, when both are given, start alike ("Alexandre" / "Alexander", "A.").
    public static func samePerson(_ a: String, _ b: String) -> Bool {
        let ka = key(a).split(separator: " "), kb = key(b).split(separator: " ")
        guard let la = ka.last, let lb = kb.last, la == lb, la.count >= 3 else { return false }
        guard ka.count > 1, kb.count > 1 else { return true }
        return ka.first!.first == kb.first!.first
    }

    private static let transliteratorKey = "recoupe.NameVariantKey.translit"

    /// Any script to Latin; one transliterator per thread (ICU ones are not thread-safe).
    private static func latin(_ s: String) -> String {
        let dict = Thread.current.threadDictionary
        let t: Transliterator
        if let cached = dict[transliteratorKey] as? Transliterator {
            t = cached
        } else if let made = try? Transliterator(id: "Any-Latin; Latin-ASCII") {
            dict[transliteratorKey] = made
            t = made
        } else {
            return s
        }
        return (try? t.transform(s)) ?? s
    }
}
