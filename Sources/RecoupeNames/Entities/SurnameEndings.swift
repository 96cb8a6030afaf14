/// A list of word endings, tested on a word's UTF-8 bytes with the answer of
/// `endings.contains { word.hasSuffix($0) }`.
///
/// The tagger asks `FrenchCues.hasSurnameShape` of every new word type and the name rules of every
/// capitalised sequence; 33 `String.hasSuffix` calls per word (each a call, a retain and release, a
/// compare through the standard library) were about 3 % of a French novel's document time.
///
/// Why bytes give the same answer: `hasSuffix` compares characters (grapheme clusters) under
/// canonical equivalence. An ASCII letter is canonically equivalent only to itself, and ASCII letters
/// never join one another into a cluster, so for an ASCII ending the characters match exactly when
/// the bytes do and a cluster boundary lies before them. Before an ASCII scalar that boundary always
/// exists (no ASCII scalar is a Prepend); before another scalar, and for endings that are not ASCII
/// ("skaïa", which a decomposed ï also matches), the standard library decides.
struct SurnameEndings: Sendable {
    /// The ASCII endings as bytes, with their text.
    private let ascii: [(bytes: [UInt8], text: String)]
    /// Endings with a non-ASCII scalar: compared by `hasSuffix`.
    private let other: [String]

    init(_ endings: [String]) {
        ascii = endings.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { (Array($0.utf8), $0) }
        other = endings.filter { $0.utf8.contains { $0 >= 0x80 } }
    }

    /// Whether `word` ends with one of the endings (`hasSuffix`).
    func matches(_ word: String) -> Bool {
        var copy = word
        let byBytes = copy.withUTF8 { bytes -> Bool in
            let n = bytes.count
            for (ending, text) in ascii where ending.count <= n {
                let k = ending.count
                var equal = true
                for j in 0..<k where bytes[n - k + j] != ending[j] {
                    equal = false
                    break
                }
                guard equal else { continue }
                if k == n || bytes[n - k - 1] < 0x80 || word.hasSuffix(text) { return true }
            }
            return false
        }
        return byBytes || other.contains { word.hasSuffix($0) }
    }
}
