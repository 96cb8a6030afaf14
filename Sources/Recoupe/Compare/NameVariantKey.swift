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
    /// Ordered rewrites, longest first at each position so "tch" is not read as "t" + "ch".
    private static let rewrites: [([UInt8], [UInt8])] = [
        ("tsch", "c"), ("tch", "c"), ("sch", "c"), ("ch", "c"), ("sh", "c"), ("zh", "j"), ("dj", "j"),
        ("kh", "h"), ("gue", "ge"), ("gui", "gi"), ("qu", "k"), ("ou", "u"), ("ck", "k"), ("ph", "f"),
        ("ks", "x"), ("w", "v"), ("y", "i"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Latin letters with diacritics (U+00C0…U+024F) folded to ASCII, built once.
    private static let latinFolds: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for v in UInt32(0xC0)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic else { continue }
            let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            table[v] = folded
        }
        return table
    }()

    /// The key of a whole name or of one word of it.
    public static func key(_ name: String) -> String {
        var source = name
        if source.unicodeScalars.contains(where: { $0.value >= 0x370 && $0.properties.isAlphabetic }) {
            source = latin(source)
        }
        // Lower-case ASCII letters and single spaces; other letters kept as UTF-8.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.utf8.count)
        for scalar in source.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if b >= 65 && b <= 90 { bytes.append(b + 32) }
                else if b >= 97 && b <= 122 { bytes.append(b) }
                else if (b == 32 || b == 45) && bytes.last != 32 && !bytes.isEmpty { bytes.append(32) }
            } else if let folded = latinFolds[v] {
                bytes.append(contentsOf: folded.lowercased().utf8)
            } else if scalar.properties.isAlphabetic && !(0x300...0x36F).contains(v) {
                bytes.append(contentsOf: String(scalar).lowercased().utf8)
            }
        }
        // Rewrites, left to right.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        scan: while i < bytes.count {
            for (from, to) in rewrites where bytes[i] == from[0] && i + from.count <= bytes.count {
                if from.count == 1 || bytes[i..<(i + from.count)].elementsEqual(from) {
                    out.append(contentsOf: to)
                    i += from.count
                    continue scan
                }
            }
            out.append(bytes[i])
            i += 1
        }
        // "-off" endings (Smirnoff / Smirnov), then doubled letters collapse.
        var words = out.split(separator: 32).map { w -> [UInt8] in
            var w = Array(w)
            if w.count > 2 && w.suffix(2).elementsEqual([102, 102]) { w.removeLast(2); w.append(118) }
            var collapsed: [UInt8] = []
            for b in w where b != collapsed.last || b >= 0x80 { collapsed.append(b) }
            return collapsed
        }
        words.removeAll { $0.isEmpty }
        return String(decoding: Array(words.joined(separator: [32])), as: UTF8.self)
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
