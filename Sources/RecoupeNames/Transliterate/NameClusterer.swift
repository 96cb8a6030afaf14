import Foundation
import RecoupeCore
import RecoupeICU
import RecoupeText

/// Groups name spellings that denote the same entity ("Alexandre Dartchiev", "Alexander Darchiev",
/// "Александр Дарчиев", "A. Dartchiev", "Dartchiev").
///
/// Blocking, not all pairs: names are keyed (`NameKey.personKey`), names with equal keys are merged
/// at once, and the remaining decisions are taken inside blocks that share a gender-neutral surname
/// stem, between the few distinct keys of a block:
/// - a surname alone, or initials, join the one full name of the block that fits (none if several do:
///   "Sobtchak" with both "Ksenia" and "Anatoli Sobtchak" stays apart);
/// - gendered surname forms (Navalny / Navalnaïa) join only when the given names agree.
public struct NameClusterer: Sendable {
    public init() {}

    /// One cluster number per input (1, 2, … in order of first appearance).
    public func cluster(_ names: [(language: String?, name: String)]) -> [Int] {
        let n = names.count
        guard n > 0 else { return [] }
        // Keys in parallel: NameKey is thread-safe; one slice per core keeps the caches warm.
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, n / 2048))
        let chunk = (n + chunks - 1) / max(chunks, 1)
        // Written in place into uninitialized arrays (no Optional arrays unwrapped by a copy: a copy of
        // 100,000 keys and parts retains and releases every String and array they hold).
        var parts = [NameParts]()
        let keys = [PersonNameKey](unsafeUninitializedCapacity: n) { out, keyCount in
            parts = [NameParts](unsafeUninitializedCapacity: n) { partsOut, partCount in
                // Each iteration initializes its own indices only: no two threads touch the same element.
                nonisolated(unsafe) let base = out.baseAddress!
                nonisolated(unsafe) let partsBase = partsOut.baseAddress!
                // Words keyed by one worker are not keyed again by the other (`SharedWordMemo`).
                let shared = SharedWordMemo()
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    var cache = NamePartsCache(shared: shared)
                    let memo = PersonKeyMemo(shared: shared)
                    for i in (c * chunk)..<min(n, (c + 1) * chunk) {
                        (base + i).initialize(to: PersonNameKey(name: names[i].name, language: names[i].language, memo: memo))
                        (partsBase + i).initialize(to: NameParts(name: names[i].name, language: names[i].language, cache: &cache))
                    }
                }
                partCount = n
            }
            keyCount = n
        }
        return cluster(keys: keys, parts: parts)
    }

    /// Clusters precomputed keys (without `NameParts`: no linking across word counts, orders, particles or scripts).
    public func cluster(keys: [PersonNameKey]) -> [Int] {
        cluster(keys: keys, parts: nil)
    }

    /// Clusters precomputed keys and, when given, links names by their parts (`NamePartsLinker`). Blocks with
    /// more than `groupAbove` full names look them up through dictionaries (the decisions are the same:
    /// `NameClustererTests` clusters with both ways).
    func cluster(keys: [PersonNameKey], parts: [NameParts]?, groupAbove: Int = 16) -> [Int] {
        var uf = UnionFind(keys.count)
        // 1. Equal keys (a generation mark keeps equal keys apart: "Hiroshige II" / "Hiroshige III").
        // Looked up by `EqualKey.hash` in an `IntTable`, keys compared in place (`EqualKey.equal`): no key copied
        // (retaining its Strings and arrays) nor kept in a dictionary per name. Names whose hash another key holds
        // fall back to a dictionary of `EqualKey`: exact, the same representatives and unions as that dictionary.
        var firstOfHash = IntTable(capacity: keys.count)
        var collided = [EqualKey: Int]()
        var distinct = [Int]()          // one representative per distinct key
        let noOrdinals = [String](repeating: "", count: parts == nil ? keys.count : 0)
        // A name's generation mark, read in place (`parts?[i].ordinal` copied the whole `NameParts`: five arrays
        // and two Strings retained and released per name).
        keys.withUnsafeBufferPointer { keyBuffer in
            (parts ?? []).withUnsafeBufferPointer { partBuffer in
                noOrdinals.withUnsafeBufferPointer { none in
                    let key = keyBuffer.baseAddress!
                    func ordinal(_ i: Int) -> UnsafePointer<String> {
                        partBuffer.isEmpty ? none.baseAddress! + i : UnsafePointer(partBuffer.baseAddress! + i).pointer(to: \.ordinal)!
                    }
                    for i in 0..<keys.count {
                        let j = Int(firstOfHash.insert(EqualKey.hash(key + i, ordinal(i).pointee), Int32(i)))
                        if j == i { distinct.append(i); continue }
                        if EqualKey.equal(key + i, ordinal(i).pointee, key + j, ordinal(j).pointee) { uf.union(i, j); continue }
                        let full = EqualKey(key: keys[i], ordinal: ordinal(i).pointee)
                        if let f = collided[full] { uf.union(i, f) } else { collided[full] = i; distinct.append(i) }
                    }
                }
            }
        }
        // 2. Blocks of distinct keys by surname stem.
        // Keys read in place through a buffer (`keys[i]` of the array, or `let k = keys[i]`, copied the key: its
        // Strings and arrays retained and released per read).
        keys.withUnsafeBufferPointer { keys in
            var blocks = [String: [Int]]()
            for i in distinct where !keys[i].surnameStem.isEmpty { blocks[keys[i].surnameStem, default: []].append(i) }
            /// Whether `fits` name one set of given names (`Set(fits.map { keys[$0].given }).count == 1`, without
            /// building the set: equal arrays are what the set merges).
            func oneGiven(_ fits: [Int]) -> Bool {
                guard let first = fits.first else { return false }
                return fits.allSatisfy { keys[$0].given == keys[first].given }
            }
            for (_, block) in blocks where block.count > 1 {
                let full = block.filter { !keys[$0].given.isEmpty && !keys[$0].hasOnlyInitials }
                // A crowded block (a common surname) looks its full names up by surname and by given names instead
                // of scanning them for every name (quadratic): the same names in the same order (`grouping` keeps it).
                let grouped = full.count > groupAbove
                var bySurname = [String: [Int]](), byGiven = [[String]: [Int]]()
                if grouped {
                    bySurname = Dictionary(grouping: full, by: { keys[$0].surname })
                    byGiven = Dictionary(grouping: full, by: { keys[$0].given })
                }
                for i in block {
                    let k = keys.baseAddress! + i
                    if k.pointee.given.isEmpty {
                        // Surname alone: the one full name with this exact surname.
                        let fits = grouped ? bySurname[k.pointee.surname] ?? [] : full.filter { keys[$0].surname == k.pointee.surname }
                        if oneGiven(fits) { uf.union(i, fits[0]) }
                    } else if k.pointee.hasOnlyInitials {
                        let fits = (grouped ? bySurname[k.pointee.surname] ?? [] : full).filter { f in
                            keys[f].surname == k.pointee.surname && keys[f].givenKeys.count >= k.pointee.givenKeys.count
                                && zip(k.pointee.givenKeys, keys[f].givenKeys).allSatisfy { $1.hasPrefix($0) }
                        }
                        if oneGiven(fits) { uf.union(i, fits[0]) }
                    } else {
                        // Gendered surname forms: same given names required.
                        for j in grouped ? byGiven[k.pointee.given] ?? [] : full where j != i && keys[j].surname != k.pointee.surname && keys[j].given == k.pointee.given {
                            uf.union(i, j)
                        }
                    }
                }
            }
        }
        // 3. Names whose parts are compatible (middle names, particles, word order, scripts).
        if let parts { NamePartsLinker.link(parts, &uf) }
        // 4. Number clusters by first appearance.
        var number = [Int](repeating: 0, count: keys.count)   // by root, 0 when not yet numbered
        var clusters = 0
        var out = [Int]()
        out.reserveCapacity(keys.count)
        for i in 0..<keys.count {
            let r = uf.find(i)
            if number[r] == 0 { clusters += 1; number[r] = clusters }
            out.append(number[r])
        }
        return out
    }
}

/// `PersonNameKey.key` and a generation mark, compared as `key + "#" + ordinal` was (without joining a String
/// per name): the key's words are the given names then the surname when not empty, none of them empty or with
/// a space (keys join words with "-"), so equal joined keys are equal word sequences; '#' occurs in no key.
struct EqualKey: Hashable {
    let key: PersonNameKey
    let ordinal: String

    static func == (a: EqualKey, b: EqualKey) -> Bool {
        withUnsafePointer(to: a.key) { x in withUnsafePointer(to: b.key) { y in equal(x, a.ordinal, y, b.ordinal) } }
    }

    func hash(into h: inout Hasher) {
        withUnsafePointer(to: key) { Self.combine($0, ordinal, into: &h) }
    }

    /// Equality of two keys read in place (`NameClusterer` compares names without copying their keys).
    @inline(__always)
    static func equal(_ a: UnsafePointer<PersonNameKey>, _ ao: String, _ b: UnsafePointer<PersonNameKey>, _ bo: String) -> Bool {
        let n = wordCount(a)
        guard n == wordCount(b), ao == bo else { return false }
        for i in 0..<n where word(a, i) != word(b, i) { return false }
        return true
    }

    /// The hash of a key read in place, as `hashValue` gives it.
    @inline(__always)
    static func hash(_ key: UnsafePointer<PersonNameKey>, _ ordinal: String) -> Int {
        var h = Hasher()
        combine(key, ordinal, into: &h)
        return h.finalize()
    }

    @inline(__always)
    private static func combine(_ key: UnsafePointer<PersonNameKey>, _ ordinal: String, into h: inout Hasher) {
        let n = wordCount(key)
        h.combine(n)
        for i in 0..<n { h.combine(word(key, i)) }
        h.combine(ordinal)
    }

    @inline(__always) private static func wordCount(_ k: UnsafePointer<PersonNameKey>) -> Int {
        k.pointee.given.count + (k.pointee.surname.isEmpty ? 0 : 1)
    }
    @inline(__always) private static func word(_ k: UnsafePointer<PersonNameKey>, _ i: Int) -> String {
        i < k.pointee.given.count ? k.pointee.given[i] : k.pointee.surname
    }
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]
    init(_ n: Int) { parent = Array(0..<n); size = Array(repeating: 1, count: n) }
    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }
    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        if ra == rb { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = ra; size[ra] += size[rb]
    }
}
