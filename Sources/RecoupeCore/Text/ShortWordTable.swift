/// An exact look-up of a few dozen ASCII words asked for every word of a text, on the word's UTF-8
/// bytes: the words are grouped by first byte, and a word is compared by length and bytes with the
/// few of its group. A `[String: Int]` hashed every word that got past `WordShapeFilter` (366
/// instructions each); most of those are articles and pronouns answered here in a few dozen.
///
/// Same answers as a dictionary of the same words: the keys are ASCII (checked at init), and a
/// String equal to an ASCII key has the key's bytes (no character decomposes to the lower-case
/// letters, digits, "'", "-" and "." the keys are made of).
public struct ShortWordTable: Sendable {
    /// Keys' bytes, one after the other.
    @usableFromInline let keyBytes: [UInt8]
    /// Per key, grouped by first byte: where its bytes start in `keyBytes`, its length, its value.
    @usableFromInline let entries: [Entry]
    /// Per first byte b, its group: `entries[groupStart[b]..<groupStart[b + 1]]`.
    @usableFromInline let groupStart: [Int]

    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline let start: Int
        @usableFromInline let length: Int
        @usableFromInline let value: Int
        init(start: Int, length: Int, value: Int) { self.start = start; self.length = length; self.value = value }
    }

    public init(_ table: [String: Int]) {
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        var starts = [Int](repeating: 0, count: 257)
        let keys = table.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        for key in keys {
            precondition(!key.isEmpty && key.utf8.allSatisfy { $0 < 0x80 }, "ShortWordTable: key “\(key)” is not ASCII")
            entries.append(Entry(start: bytes.count, length: key.utf8.count, value: table[key]!))
            bytes.append(contentsOf: key.utf8)
            starts[Int(key.utf8.first!) + 1] += 1
        }
        for b in 0..<256 { starts[b + 1] += starts[b] }
        keyBytes = bytes
        self.entries = entries
        groupStart = starts
    }

    /// The value of the word with these UTF-8 bytes, nil when it is no key.
    @inlinable
    public func value(utf8 word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = word.first else { return nil }
        var e = groupStart[Int(first)]
        let end = groupStart[Int(first) + 1]
        while e < end {
            let entry = entries[e]
            e += 1
            guard entry.length == word.count else { continue }
            var same = true
            for i in 1..<entry.length where keyBytes[entry.start + i] != word[i] { same = false; break }
            if same { return entry.value }
        }
        return nil
    }
}
