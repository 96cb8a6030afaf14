import RecoupeCore
import RecoupeText

/// Coarse keys where a Cyrillic rendering of a Western, Chinese, Japanese or South Slavic name and its
/// Latin spelling meet ("Джеймс" / "James", "Си Цзиньпин" / "Xi Jinping", "Дзюнъити" / "Jun'ichi",
/// "Ђорђе" / "Đorđe"): the rules of `Lexicons/names/cross-script.tsv` (the Russian practical
/// transcription, Palladius and Polivanov run in reverse, per-alphabet letters) map both sides to
/// one small alphabet: consonant classes, a vowel kept only at the start of a word.
///
/// An ambiguous group gives several keys (Latin "ch" is ш, ч, х or к; Cyrillic "си" is "si" or
/// "shi"): two words meet when one key of each is equal. The keys are coarse, so `NameParts` compares
/// them only across scripts, between names with as many parts.
struct CrossScriptSkeleton: Sendable {
    struct Rule: Sendable {
        let group: [Unicode.Scalar]
        let atStart: Bool, atEnd: Bool
        /// Alternatives, likeliest first; each a string of class bytes ("V" a vowel, "" silent).
        let outputs: [[UInt8]]
    }

    /// Rules by their first scalar, longest group first.
    let latin: [Unicode.Scalar: [Rule]]
    let cyrillic: [Unicode.Scalar: [Rule]]

    /// At most this many keys per word (ambiguities multiply).
    static let maxKeys = 16

    static let shared: CrossScriptSkeleton = {
        guard let p = LexiconLocator.path("names/cross-script.tsv"),
              let text = try? String(contentsOfFile: p, encoding: .utf8) else { return CrossScriptSkeleton(parsing: "") }
        return CrossScriptSkeleton(parsing: text)
    }()

    init(parsing text: String) {
        var tables: [String: [String: (Bool, Bool, [[UInt8]])]] = ["latin": [:], "cyrillic": [:]]
        for raw in LineBreaks.split(text) where !raw.hasPrefix("#") {
            let f = LexiconFields.split(raw, at: UInt8(ascii: "\t")).map(String.init)
            guard f.count >= 2, tables[f[0]] != nil else { continue }
            var g = f[1]
            let start = g.hasPrefix("^"), end = g.hasSuffix("$") && g.count > 1
            if start { g.removeFirst() }
            if end { g.removeLast() }
            let outs = LexiconFields.split(Substring(f.count > 2 ? f[2] : ""), at: UInt8(ascii: "|")).map { Array($0.utf8) }
            let id = (start ? "^" : "") + g + (end ? "$" : "")
            // A group listed twice adds its alternatives.
            let old = tables[f[0]]![id]?.2 ?? []
            tables[f[0]]![id] = (start, end, old + outs.filter { !old.contains($0) })
        }
        func index(_ t: [String: (Bool, Bool, [[UInt8]])]) -> [Unicode.Scalar: [Rule]] {
            var out = [Unicode.Scalar: [Rule]]()
            for (id, r) in t {
                var g = Array(id.unicodeScalars)
                if r.0 { g.removeFirst() }
                if r.1 { g.removeLast() }
                guard let first = g.first else { continue }
                out[first, default: []].append(Rule(group: g, atStart: r.0, atEnd: r.1, outputs: r.2))
            }
            // Longest first; at equal length a rule with a context first.
            for k in out.keys {
                out[k]!.sort { ($0.group.count, $0.atStart || $0.atEnd ? 1 : 0) > ($1.group.count, $1.atStart || $1.atEnd ? 1 : 0) }
            }
            return out
        }
        latin = index(tables["latin"]!)
        cyrillic = index(tables["cyrillic"]!)
    }

    /// The keys of one word as numbers (`code`): what `NameParts` stores and compares.
    func codes(of word: String, cyrillic isCyrillic: Bool) -> [UInt64] {
        keys(of: word, cyrillic: isCyrillic).map(Self.code)
    }

    /// A key as a number: its class count (top byte), first class (next byte) and a 48-bit FNV-1a hash.
    static func code(_ key: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return UInt64(min(key.utf8.count, 255)) << 56 | UInt64(key.utf8.first ?? 0) << 48 | (h & 0xFFFF_FFFF_FFFF)
    }

    /// The class count and the first class of a `code`.
    @inline(__always) static func classes(_ code: UInt64) -> Int { Int(code >> 56) }
    @inline(__always) static func firstClass(_ code: UInt64) -> Int { Int((code >> 48) & 0xFF) }

    /// The keys of one word (lowercased inside), empty when it has no letters.
    func keys(of word: String, cyrillic isCyrillic: Bool) -> [String] {
        let table = isCyrillic ? cyrillic : latin
        // Latin letters without a rule of their own fold to ASCII (é → e, ß → ss).
        var s = [Unicode.Scalar]()
        for c in word.lowercased().unicodeScalars {
            if table[c] != nil { s.append(c); continue }
            if isCyrillic { continue }
            switch LatinFolding.fold(c) {
            case .bytes(let b): for x in b { s.append(Unicode.Scalar(x)) }
            default: continue
            }
        }
        guard !s.isEmpty else { return [] }
        var partials: [[UInt8]] = [[]]
        var k = 0
        let n = s.count
        while k < n {
            var outputs: [[UInt8]]? = nil
            var len = 1
            if let rules = table[s[k]] {
                for r in rules where k + r.group.count <= n && (!r.atStart || k == 0) && (!r.atEnd || k + r.group.count == n) {
                    var ok = true
                    for (j, g) in r.group.enumerated() where s[k + j] != g { ok = false; break }
                    if ok { outputs = r.outputs; len = r.group.count; break }
                }
            }
            let alts = outputs ?? (s[k].isASCII && !isCyrillic ? [[UInt8(s[k].value)]] : [[]])
            if alts.count == 1 {
                for p in partials.indices { Self.append(alts[0], to: &partials[p]) }
            } else {
                var next = [[UInt8]]()
                for p in partials {
                    for a in alts where next.count < Self.maxKeys {
                        var q = p
                        Self.append(a, to: &q)
                        if !next.contains(q) { next.append(q) }
                    }
                }
                partials = next
            }
            k += len
        }
        var keys = [String]()
        for p in partials {
            // A vowel counts only at the start of a word.
            var out = [UInt8]()
            for (i, b) in p.enumerated() where b != UInt8(ascii: "V") || i == 0 { if out.last != b { out.append(b) } }
            let key = String(decoding: out, as: UTF8.self)
            if !key.isEmpty, !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// Appends class bytes, collapsing a class that repeats the last one (double letters, vowel runs).
    @inline(__always)
    static func append(_ a: [UInt8], to p: inout [UInt8]) {
        for b in a where p.last != b { p.append(b) }
    }
}
