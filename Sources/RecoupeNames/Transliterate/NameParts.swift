import RecoupeCore
import RecoupeText

/// The distinguishing parts of a person name, for comparing names whose words differ in number,
/// order, particles or script ("Johan Christiaan van Eerde" / "Johan van Eerde", "Kishida Fumio" /
/// "Fumio Kishida", "Jean-Luc Mélenchon" / "Jean Luc Melenchon", "Макс Фляйшер" / "Max Fleischer").
///
/// Each word (hyphens split words) is keyed with `NameKey` under the language's convention, or, when the
/// language is unknown, under the convention its own letters point to: a part's key never depends on
/// the other words of the name ("Jenny" keys alike in "Jenny Dalenoord" and "Jenny Johanna Dalenoord");
/// titles, patronymics and the particles of `Lexicons/names/name-parts.tsv` (de, van der, von, al-)
/// are dropped; a generation mark (II, Jr, Старший) is kept apart as `ordinal`.
/// `NameParts.compatible` compares two names part by part (see there); `NameClusterer` links
/// names with it inside blocks of `blockKeys`, never all pairs.
public struct NameParts: Hashable, Sendable {
    /// Word keys, in the order of the name.
    public let parts: [String]
    /// Given-name group of each part (`Lexicons/names/given-names.tsv`), nil when none.
    public let groups: [String?]
    /// Generation mark ("2" for II, Jr, Младший) and territorial designation ("@denmark" for af Danmark,
    /// `NameParts+Territorial.swift`), empty when none.
    public let ordinal: String
    /// True when the name was written in Cyrillic (its keys come through transliteration).
    public let cyrillic: Bool
    /// `skeleton` of each part (compared across scripts, and blocking keys).
    public let skeletons: [String]
    /// `CrossScriptSkeleton` key codes of all parts, flat (no nested array to retain per comparison);
    /// part k's are `coarseCodes[coarseEnds[k - 1] ..< coarseEnds[k]]`.
    let coarseCodes: [UInt64]
    let coarseEnds: [Int32]

    /// The coarse key codes of part k.
    func coarse(_ k: Int) -> ArraySlice<UInt64> { coarseCodes[(k == 0 ? 0 : Int(coarseEnds[k - 1]))..<Int(coarseEnds[k])] }
    /// Bits of the first skeleton letter and of the first two of every part (`letterBits`), and of the
    /// parts without a given-name group only (`requiredBits`): a part of a name matches a part of
    /// another only if its required bits are among the other's bits (a cheap filter before `compatible`).
    let letterBits: UInt64, requiredBits: UInt64

    /// One string for equal-parts merging: parts (a given name by its group), ordinal and script.
    public var key: String { Self.joinedKey(partKeys, ordinal: ordinal, cyrillic: cyrillic) }

    /// `key` with the parts in sorted order: a name and its family-name-first order ("Kho Liang Ie" /
    /// "Liang Ie Kho", "Torii Kiyonobu" / "Kiyonobu Torii") have every part equal, which no other person's
    /// name of the same words in another order is likelier to share; merged at once, as equal parts are.
    var unorderedKey: String { Self.joinedKey(partKeys.sorted(), ordinal: ordinal, cyrillic: cyrillic) }

    /// What `unorderedKey` compares, without building it: the multiset of parts (a part with a given-name
    /// group as its group, marked: no key starts with "="), ordinal and script. Parts contain no space, so
    /// equal joined keys are equal sorted part lists, and two names have equal `Unordered` values exactly
    /// when they have equal `unorderedKey`s.
    struct Unordered: Hashable {
        let parts: [PartKey]
        let ordinal: String
        let cyrillic: Bool
    }
    /// A part as `unorderedKey` writes it: "=" + group, or its key.
    struct PartKey: Hashable, Comparable {
        let isGroup: Bool
        let text: String
        /// The order of the written keys ("=" sorts before every letter of a key).
        static func < (a: PartKey, b: PartKey) -> Bool { a.isGroup != b.isGroup ? a.isGroup : a.text < b.text }
    }

    var unordered: Unordered {
        var keys = [PartKey]()
        keys.reserveCapacity(parts.count)
        for k in parts.indices { keys.append(groups[k].map { PartKey(isGroup: true, text: $0) } ?? PartKey(isGroup: false, text: parts[k])) }
        if keys.count == 2 { if keys[1] < keys[0] { keys.swapAt(0, 1) } } else if keys.count > 2 { keys.sort() }
        return Unordered(parts: keys, ordinal: ordinal, cyrillic: cyrillic)
    }

    /// A hash of `unordered` (equal `Unordered` values, equal hashes): the sum of `partHash` over the parts,
    /// so the order of the parts does not count and their multiset does, then the ordinal's bytes and the
    /// script. Computed with the parts (`init`: each cached word adds the sum of its own parts), read by
    /// `NamePartsLinker` in place of hashing `unordered` (no array, no `Hasher` rounds, no copy of the name);
    /// the linker compares `unordered` on equal hashes.
    let unorderedHash: Int

    /// A part's share of `unorderedHash`: an FNV-1a hash of its `PartKey` (a flag byte, then the group's or
    /// key's bytes), mixed.
    static func partHash(part: String, group: String?) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var text: String
        if let g = group { h = (h ^ 1) &* 0x100_0000_01b3; text = g } else { h = (h ^ 2) &* 0x100_0000_01b3; text = part }
        text.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
        return mix(h)
    }

    /// `unorderedHash` from the sum of the parts' `partHash`, the ordinal and the script.
    static func unorderedHash(partSum: UInt64, ordinal: String, cyrillic: Bool) -> Int {
        var h = partSum ^ (cyrillic ? 0x9E37_79B9_7F4A_7C15 : 0)
        var o = ordinal
        o.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
        return Int(bitPattern: UInt(mix(h)))
    }

    /// A 64-bit finalizer (splitmix64's): spreads an FNV hash over all bits before parts are summed.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Each part as compared: its group of equivalent given names ("=…") or its own key.
    private var partKeys: [String] { parts.indices.map { groups[$0].map { "=" + $0 } ?? parts[$0] } }

    private static func joinedKey(_ keys: [String], ordinal: String, cyrillic: Bool) -> String {
        keys.joined(separator: " ") + "#" + ordinal + (cyrillic ? "c" : "l")
    }

    public init(name: String, language: String?) {
        var cache = NamePartsCache()
        self.init(name: name, language: language, cache: &cache)
    }

    /// `init(name:language:)` with the words already keyed in `cache` (names repeat their words).
    init(name: String, language: String?, cache: inout NamePartsCache) {
        let table = NamePartsTable.shared
        // The language's convention; nil lets each word pick its own (not the whole name's guess: a
        // middle name must not change the key of a given name next to it).
        let conv = NameKey.convention(for: language)
        // The words, cut in place (no second array per name): split words are never empty, a cut one may be.
        var words = NameParts.words(of: name)
        var emptied = false
        for k in words.indices {
            let w = words[k]
            // An elided particle (d'Estaing, l'Africano, al'…) is cut off. (A word without the bytes of ' or ’ has neither.)
            if w.anyUTF8Byte({ $0 == 0x27 || $0 == 0xE2 }), let ap = w.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }), w.distance(from: w.startIndex, to: ap) <= 2,
               table.particles.contains(w[..<ap].lowercased()) {
                words[k] = String(w[w.index(after: ap)...])
                if words[k].isEmpty { emptied = true }
            }
        }
        if emptied { words.removeAll(where: { $0.isEmpty }) }
        // A country after a particle is a mark, not a part ("Dagmar af Danmark" = "Dagmar van Denemarken"); a name of
        // fewer than 3 words has none (no array of marks built for it).
        let territory = words.count >= 3 ? NameParts.territoryMarks(words, particles: table.particles) : nil
        var parts = [String](), groups = [String?](), ordinal = "", mark = ""
        var cyrillic = false
        var skeletons = [String](), coarseCodes = [UInt64](), coarseEnds = [Int32]()
        var all: UInt64 = 0, required: UInt64 = 0, partSum: UInt64 = 0
        parts.reserveCapacity(words.count); groups.reserveCapacity(words.count); skeletons.reserveCapacity(words.count)
        coarseEnds.reserveCapacity(words.count); coarseCodes.reserveCapacity(2 * words.count)
        // A glued particle (ter, le) before the family name is written into it as often as apart ("Gerard ter
        // Borch" / "Gerard Terborch", "Le Mayeur" / "Lemayeur", "фон Лекок" / "von Le Coq"): kept, glued to it.
        var glue: String? = nil
        for (i, var w) in words.enumerated() {
            if let t = territory?[i] ?? nil { mark = "@" + t; continue }
            if let g = glue { w = g + w.lowercased(); glue = nil }
            let cacheKey = NamePartsCache.Key(word: w, language: language, convention: conv)
            let e: NamePartsCache.Word
            if let hit = cache.words[cacheKey] { e = hit } else {
                let make = { NamePartsCache.Word(w, language: language, convention: conv) }
                e = cache.shared.map { $0.part(cacheKey, make) } ?? make()
                cache.words[cacheKey] = e
            }
            if e.isGlued, i > 0, NameParts.isFamilyName(at: i + 1, of: words, table) { glue = w.lowercased(); continue }
            // A collective (Frères, Gebrüder) may also come first; a generation mark never does.
            if let n = e.ordinal, i > 0 || (words.count > 1 && n.first?.isNumber == false) {
                ordinal = n; continue
            }
            if i < words.count - 1, e.isParticle { continue }
            guard !e.key.isEmpty else { continue }
            if parts.isEmpty, words.count > 1, e.isTitle { continue }
            if i > 0, i < words.count - 1, e.isPatronymic { continue }
            if e.cyrillic { cyrillic = true }
            if e.parts.count == 1 {
                // Most words are one part: single appends (`append(contentsOf:)` of a one-element array costs more).
                parts.append(e.parts[0]); groups.append(e.groups[0]); skeletons.append(e.skeletons[0])
                coarseCodes += e.coarse[0]; coarseEnds.append(Int32(coarseCodes.count))
            } else {
                parts += e.parts; groups += e.groups; skeletons += e.skeletons
                for c in e.coarse { coarseCodes += c; coarseEnds.append(Int32(coarseCodes.count)) }
            }
            all |= e.letterBits; required |= e.requiredBits; partSum &+= e.partHashSum
        }
        self.parts = parts; self.groups = groups; self.ordinal = ordinal + mark; self.cyrillic = cyrillic
        self.skeletons = skeletons; self.coarseCodes = coarseCodes; self.coarseEnds = coarseEnds
        letterBits = all; requiredBits = required
        unorderedHash = Self.unorderedHash(partSum: partSum, ordinal: self.ordinal, cyrillic: cyrillic)
    }

    /// The `letterBits` and `requiredBits` that parts with these keys, groups and skeletons add (an OR over parts).
    static func letterBits(parts: [String], groups: [String?], skeletons: [String]) -> (all: UInt64, required: UInt64) {
        var all: UInt64 = 0, required: UInt64 = 0
        for (k, sk) in skeletons.enumerated() {
            let b = NameParts.bits(sk)
            all |= b.first | b.two
            // A given name of the table, or a diminutive (Wim / Willem), need not share the other's letters.
            if groups[k] == nil, Diminutives.shared.code(part: parts[k], group: nil) < 0 {
                required |= sk.utf8.count == 1 || parts[k].utf8.count == 1 ? b.first : b.two
            }
        }
        return (all, required)
    }

    /// True when word k is the last of the name but for generation marks (the family name a glued particle joins).
    static func isFamilyName(at k: Int, of words: [String], _ table: NamePartsTable) -> Bool {
        guard k < words.count, !table.particles.contains(words[k].lowercased()) else { return false }
        return words[(k + 1)...].allSatisfy { table.ordinals[$0.lowercased()] != nil }
    }

    /// The words of a name: spaces, tabs, no-break spaces, hyphens and commas separate them. An ASCII name
    /// is split on its bytes (the same words: no separator there is part of a longer character).
    static func words(of name: String) -> [String] {
        let isSeparator: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "-" || $0 == "\u{2010}" || $0 == "," }
        guard !name.anyUTF8Byte({ $0 >= 0x80 }) else {
            return NameSplit.fastWords(of: name, separators: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "-" || $0 == "\u{2010}" || $0 == "," })
                ?? name.split(whereSeparator: isSeparator).map(String.init)
        }
        // One scan of the bytes into one array (what `utf8.split(whereSeparator:)` and a map gave, without the array of slices).
        var out = [String]()
        out.reserveCapacity(4)
        var name = name
        name.withUTF8 { b in
            var start = 0
            for i in 0...b.count {
                if i == b.count || b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x2D || b[i] == 0x2C {
                    if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
                    start = i + 1
                }
            }
        }
        return out
    }

    /// A key where Latin and Cyrillic renderings of one name meet more often than under `NameKey`:
    /// vowel runs become `V`, х/h become `g`, doubled letters collapse ("Фляйшер" fliaiCer and
    /// "Fleischer" fleiCer → `flVCVr`). Compared across scripts only.
    public static func skeleton(_ k: String) -> String {
        var out = [UInt8]()
        for var b in k.utf8 {
            switch b {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"):
                b = UInt8(ascii: "V")
            case UInt8(ascii: "H"), UInt8(ascii: "h"): b = UInt8(ascii: "g")
            default: break
            }
            if out.last != b { out.append(b) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One bit for the first letter, one for the first two letters of a skeleton (hashed into 64 bits).
    static func bits(_ sk: String) -> (first: UInt64, two: UInt64) {
        var it = sk.utf8.makeIterator()
        guard let a = it.next() else { return (0, 0) }
        let first = UInt64(1) << (UInt64(a) & 31)
        guard let b = it.next() else { return (first, 0) }
        return (first, UInt64(1) << (32 + ((UInt64(a) &* 31 &+ UInt64(b)) & 31)))
    }

    /// How two parts match: 2 strongly (same key, same given-name group, or across scripts the
    /// same `skeleton`), 1 weakly (an initial, or within one script a prefix of 3+ letters:
    /// Chris / Christiaan, Piet / Pieter), 0 not.
    static func match(_ x: borrowing NameParts, _ i: Int, _ y: borrowing NameParts, _ j: Int, crossScript: Bool) -> Int {
        let a = x.parts[i], b = y.parts[j]
        let an = a.utf8.count, bn = b.utf8.count
        if an == bn, a.utf8.elementsEqual(b.utf8) { return an >= 2 ? 2 : 1 }
        if let ga = x.groups[i], ga == y.groups[j] { return 2 }
        if a.utf8.count == 1 || b.utf8.count == 1 { return a.utf8.first == b.utf8.first ? 1 : 0 }
        if crossScript {
            if a.utf8.count >= 3 && x.skeletons[i] == y.skeletons[j] { return 2 }
            if meet(x, i, y, j, minClasses: 1) { return 2 }
            return diminutive(x, i, y, j) ? 1 : 0
        }
        // Within a script (Jürgen / Juergen, Balašević / Balasevic): coarse keys of 3 classes or more.
        if an >= 3, bn >= 3, meet(x, i, y, j, minClasses: 3) { return 2 }
        if a.utf8.count >= 3, b.utf8.count >= 3, a.hasPrefix(b) || b.hasPrefix(a) { return 1 }
        // A diminutive and its full name (Wim / Willem: `Diminutives`), weakly.
        return diminutive(x, i, y, j) ? 1 : 0
    }

    /// True when parts share a coarse key of at least `minClasses` classes (`CrossScriptSkeleton`).
    @inline(__always)
    static func meet(_ x: borrowing NameParts, _ i: Int, _ y: borrowing NameParts, _ j: Int, minClasses: Int) -> Bool {
        let xs = i == 0 ? 0 : Int(x.coarseEnds[i - 1]), xe = Int(x.coarseEnds[i])
        let ys = j == 0 ? 0 : Int(y.coarseEnds[j - 1]), ye = Int(y.coarseEnds[j])
        var a = xs
        while a < xe {
            let c = x.coarseCodes[a]
            if CrossScriptSkeleton.classes(c) >= minClasses {
                var b = ys
                while b < ye { if y.coarseCodes[b] == c { return true }; b += 1 }
            }
            a += 1
        }
        return false
    }

    /// Two names may denote one person: every part of the shorter matches its own part of the
    /// longer, and a surname anchors the match (the shorter's last or first part strongly matches
    /// the longer's last or first part). Penalties keep precision: a crossed order (family name
    /// first) needs as many parts on both sides and only strong matches; names across scripts need
    /// as many parts; a lone word matches only the other's last part; different generation marks
    /// never match.
    public static func compatible(_ x: borrowing NameParts, _ y: borrowing NameParts) -> Bool {
        if !x.ordinal.isEmpty, !y.ordinal.isEmpty, x.ordinal != y.ordinal { return false }
        return x.parts.count <= y.parts.count ? fits(x, in: y) : fits(y, in: x)
    }

    /// `compatible`, the shorter name `s` first.
    static func fits(_ s: borrowing NameParts, in l: borrowing NameParts) -> Bool {
        guard !s.parts.isEmpty, s.requiredBits & ~l.letterBits == 0 || s.cyrillic != l.cyrillic else { return false }
        let cross = s.cyrillic != l.cyrillic
        let sn = s.parts.count, ln = l.parts.count
        // Across scripts with fewer parts ("Джон Хиллерс" / "John Karl Hillers"): in order, every part strong.
        let crossFewer = cross && sn != ln
        if crossFewer, sn < 2 { return false }
        if loneFamilyName(s, in: l) { return true }
        return assign(sn, ln, crossFewer: crossFewer, length: { s.parts[$0].utf8.count },
                      match: { match(s, $0, l, $1, crossScript: cross) })
    }

    /// A lone word of 5 letters or more that is no given name of the table, equal to the first part of a
    /// longer name in the same script: a family name written first ("Hokusai" / "Hokusai Katsushika",
    /// "Tshibumba" / "Tshibumba Kanda Matulu"). `NamePartsColumns.fits` decides the same.
    static func loneFamilyName(_ s: borrowing NameParts, in l: borrowing NameParts) -> Bool {
        s.parts.count == 1 && l.parts.count >= 2 && s.cyrillic == l.cyrillic && s.parts[0].utf8.count >= 5
            && s.groups[0] == nil && s.parts[0].utf8.elementsEqual(l.parts[0].utf8)
    }

    /// The part-by-part decision of `fits`, shared with `NamePartsColumns` (which reads the same parts
    /// from flat columns): `length(i)` is part i's length in the shorter name, `match(i, j)` scores part i
    /// of the shorter against part j of the longer (`match`).
    @inline(__always)
    static func assign(_ sn: Int, _ ln: Int, crossFewer: Bool, length: (Int) -> Int, match: (Int, Int) -> Int) -> Bool {
        if sn == 1 {
            return length(0) >= 3 && match(0, ln - 1) == 2
        }
        let straight = match(sn - 1, ln - 1) == 2 && length(sn - 1) >= 3
        let crossed = !straight && sn == ln && !crossFewer
            && ((match(sn - 1, 0) == 2 && length(sn - 1) >= 3) || (match(0, ln - 1) == 2 && length(0) >= 3))
        guard straight || crossed else {
            // A shorter name that is the start of a longer one, in order and every part strong: the extra
            // parts end a compound family name ("Julio Breff" / "Julio Breff Guilarte", "Birgit Maas" /
            // "Birgit Maas-Knöpper"). Not across scripts, where parts are looser.
            return !crossFewer && sn < ln && length(sn - 1) >= 3 && match(sn - 1, sn - 1) == 2
                && (0..<(sn - 1)).allSatisfy { match($0, $0) == 2 }
        }
        // Greedy one-to-one assignment, strong matches first (bit sets: no allocation per comparison).
        guard ln <= 64 else { return false }
        var used: UInt64 = 0, done: UInt64 = 0
        for pass in 0..<2 {
            let minScore = pass == 0 ? 2 : 1
            for i in 0..<sn where done & (1 << UInt64(i)) == 0 {
                var found = -1
                for j in 0..<ln where used & (1 << UInt64(j)) == 0 && match(i, j) >= minScore { found = j; break }
                if found >= 0 {
                    used |= 1 << UInt64(found); done |= 1 << UInt64(i)
                } else if minScore == 1 || crossed || crossFewer { return false }
            }
        }
        return true
    }
}

/// Words already keyed for `NameParts` (one cache per thread: `NameClusterer` keys 100,000 names
/// whose words repeat).
struct NamePartsCache {
    /// The word by its bytes: String equality would normalize Cyrillic on every lookup (a miss only costs a keying).
    /// The String itself is kept (a short word is stored inline: no array allocated per lookup).
    struct Key: Hashable {
        let word: String; let language: String?; let convention: PhoneticKey.Convention?
        static func == (a: Key, b: Key) -> Bool {
            a.word.sameBytes(as: b.word) && a.language == b.language && a.convention == b.convention
        }
        func hash(into h: inout Hasher) {
            var w = word
            w.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
            h.combine(language)
            h.combine(convention)
        }
    }

    /// What a word gives wherever it stands in a name (a class: a cache hit retains one object, not six arrays).
    /// The word's table look-ups are made once here, not per name it stands in.
    final class Word {
        let key: String
        let cyrillic: Bool
        /// The generation mark the word writes (II, Jr; a short word only in capitals: "II", not "ii").
        let ordinal: String?
        /// A particle (de, van, von) of `name-parts.tsv`, a title, a patronymic key.
        let isParticle: Bool, isTitle: Bool, isPatronymic: Bool
        /// A particle also written glued to the family name (ter, le: `glued` in `name-parts.tsv`).
        let isGlued: Bool
        let parts: [String], groups: [String?], skeletons: [String], coarse: [[UInt64]]
        /// What the word's parts add to `NameParts.letterBits` and `requiredBits`.
        let letterBits: UInt64, requiredBits: UInt64
        /// What the word's parts add to the sum of `NameParts.unorderedHash` (the sum of their `partHash`).
        let partHashSum: UInt64

        init(_ w: String, language: String?, convention conv: PhoneticKey.Convention?) {
            let lower = w.lowercased()
            let table = NamePartsTable.shared
            // A Czech or Slovak feminine ending added to a foreign family name is cut (Bieberová = Bieber).
            let w = table.withoutFeminineSuffix(w)
            ordinal = table.ordinals[lower].flatMap { lower.count > 2 || w == w.uppercased() ? $0 : nil }
            isParticle = table.particles.contains(lower)
            isGlued = table.glued.contains(lower)
            key = NameKey.key(for: w, language: language, convention: conv, separator: UInt8(ascii: " "))
            isTitle = PersonNameKey.titleKeys.contains(key)
            isPatronymic = PersonNameKey.isPatronymic(key)
            cyrillic = w.unicodeScalars.contains(where: { (0x400...0x52F).contains($0.value) })
            // A Cyrillic word is one part even when its transliteration breaks it ("Хэддон" → "H edon").
            let ps = key.isEmpty ? [] : (cyrillic ? [key.filter { $0 != " " }] : key.split(separator: " ").map(String.init))
            parts = ps
            groups = ps.map { NameTable.givenNames.group(forKey: $0) }
            skeletons = ps.map(NameParts.skeleton)
            // Coarse keys of each part: a Latin word's parts are its words as `NameKey` splits them.
            let skeleton = CrossScriptSkeleton.shared
            if cyrillic {
                coarse = ps.isEmpty ? [] : [skeleton.codes(of: w, cyrillic: true)]
            } else {
                let sub = NameKey.splitWords(w).map { skeleton.codes(of: $0, cyrillic: false) }.filter { !$0.isEmpty }
                coarse = sub.count == ps.count ? sub : ps.map { _ in [] }
            }
            (letterBits, requiredBits) = NameParts.letterBits(parts: parts, groups: groups, skeletons: skeletons)
            let gs = groups
            partHashSum = ps.indices.reduce(0) { $0 &+ NameParts.partHash(part: ps[$1], group: gs[$1]) }
        }
    }

    var words = WordTable<Word>()
    /// The words the other workers of one run have keyed, asked on a miss (`SharedWordMemo`); nil: none.
    var shared: SharedWordMemo? = nil
}

/// `Lexicons/names/name-parts.tsv`: particles, titles and generation marks.
struct NamePartsTable: Sendable {
    let particles: Set<String>
    let ordinals: [String: String]
    /// Titles and honorifics before a name (President, Sir, Raden): not a name part.
    let titles: Set<String>
    /// Particles also written glued to the family name (ter Borch / Terborch): glued to it, not dropped.
    let glued: Set<String>
    /// Feminine endings added to a foreign family name (`suffix` in `name-parts.tsv`: Czech -ová, -ové).
    let suffixes: [String]

    /// `w` without a listed suffix, when 4 letters or more stay (only non-ASCII suffixes: an ASCII word is kept as is).
    func withoutFeminineSuffix(_ w: String) -> String {
        guard !suffixes.isEmpty, w.anyUTF8Byte({ $0 >= 0x80 }) else { return w }
        let lower = w.lowercased(), count = w.count
        for s in suffixes where count >= s.count + 4 && lower.hasSuffix(s) { return String(w.dropLast(s.count)) }
        return w
    }

    static let shared: NamePartsTable = {
        guard let p = LexiconLocator.path("names/name-parts.tsv"),
              let text = try? String(contentsOfFile: p, encoding: .utf8) else { return NamePartsTable(particles: [], ordinals: [:], titles: []) }
        return NamePartsTable(parsing: text)
    }()

    init(particles: Set<String>, ordinals: [String: String], titles: Set<String> = [], glued: Set<String> = [], suffixes: [String] = []) {
        self.particles = particles; self.ordinals = ordinals; self.titles = titles; self.glued = glued; self.suffixes = suffixes
    }

    init(parsing text: String) {
        var particles = Set<String>(), ordinals = [String: String](), titles = Set<String>(), glued = Set<String>()
        var suffixes = [String]()
        for raw in LineBreaks.split(text) where !raw.hasPrefix("#") {
            let f = LexiconFields.split(raw, at: UInt8(ascii: "\t"), omittingEmpty: true).map(String.init)
            guard f.count >= 2 else { continue }
            let words = LexiconFields.split(Substring(f[1]), at: UInt8(ascii: "|"), omittingEmpty: true).map { LexiconFields.trimmingSpaces($0).lowercased() }
            if f[0] == "particle" { particles.formUnion(words) }
            else if f[0] == "title" { titles.formUnion(words) }
            else if f[0] == "glued" { glued.formUnion(words); particles.formUnion(words) }
            else if f[0] == "suffix" { suffixes += words }
            else if f[0].hasPrefix("ordinal:") { for w in words { ordinals[w] = String(f[0].dropFirst(8)) } }
        }
        self.init(particles: particles, ordinals: ordinals, titles: titles, glued: glued, suffixes: suffixes)
    }
}
