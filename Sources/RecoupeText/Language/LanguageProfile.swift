import Foundation
import RecoupeCore
import RecoupeICU

/// The character n-gram counts of one language, read from and written to a profile file
/// (`Lexicons/language/LANG.tsv`).
///
/// File format (UTF-8, one entry a line, `#` lines are metadata):
/// ```
/// # language	uk
/// # script	Cyrl
/// # source	Firefox ESR 153 uk localisation (Debian firefox-esr-l10n-uk), MPL-2.0
/// # totals	812345	790000	760000
/// _п	1234
/// ```
/// `totals` are the counts of all n-grams of order 1, 2 and 3 in the training text, including the
/// ones the file leaves out (it keeps the most frequent n-grams of the language's own script), so
/// probabilities stay calibrated.
public struct LanguageProfile: Sendable {
    /// BCP 47 language code ("fr").
    public var language: String
    public var script: WritingScript
    /// Where the training text came from and under which licence.
    public var source: String
    /// Total n-gram counts of orders 1, 2, 3 (index 0, 1, 2).
    public var totals: [Int]
    /// Counts of the kept n-grams, by key (see `CharacterNGrams`).
    public var counts: [UInt64: Int]

    public init(language: String, script: WritingScript, source: String, totals: [Int], counts: [UInt64: Int]) {
        self.language = language
        self.script = script
        self.source = source
        self.totals = totals
        self.counts = counts
    }

    /// Counts every n-gram of `texts`, then keeps the `keep[order-1]` most frequent of each order
    /// among those written in `script` (a Latin brand name in a Ukrainian text is not Ukrainian).
    public static func build(language: String, script: WritingScript, source: String,
                             texts: some Sequence<String>, keep: [Int] = [400, 3000, 8000]) -> LanguageProfile {
        var all: [UInt64: Int] = [:]
        var totals = [0, 0, 0]
        for text in texts {
            CharacterNGrams.forEach(in: text.unicodeScalars) { key, order in
                all[key, default: 0] += 1
                totals[order - 1] += 1
            }
        }
        var counts: [UInt64: Int] = [:]
        for order in 1...CharacterNGrams.maxOrder {
            let ranked = all.filter { CharacterNGrams.order($0.key) == order && CharacterNGrams.script(of: $0.key) == script }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            for (k, c) in ranked.prefix(keep[order - 1]) { counts[k] = c }
        }
        return LanguageProfile(language: language, script: script, source: source, totals: totals, counts: counts)
    }

    /// The profile file text: metadata, then n-grams by order and decreasing count.
    public func serialized() -> String {
        var out = "# Recoupe language profile: character 1-3-grams (see docs/languages.md)\n"
        out += "# language\t\(language)\n# script\t\(script.rawValue)\n# source\t\(source)\n"
        out += "# totals\t" + totals.map(String.init).joined(separator: "\t") + "\n"
        let sorted = counts.sorted {
            let (a, b) = (CharacterNGrams.order($0.key), CharacterNGrams.order($1.key))
            if a != b { return a < b }
            return $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }
        for (k, c) in sorted { out += "\(CharacterNGrams.string(k))\t\(c)\n" }
        return out
    }

    /// Reads a profile file.
    public static func load(path: String) throws -> LanguageProfile {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw LanguageProfileError(path: path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        var language: String?
        var script: WritingScript?
        var source = ""
        var totals: [Int] = []
        var counts: [UInt64: Int] = [:]
        // One pass over the bytes, fields sliced in place: splitting into arrays of lines and fields
        // (and Character-based prefix tests) cost ~6,000 instructions per line, ~30,000 lines per process.
        var bytes = Array(text.utf8)
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        counts.reserveCapacity(bytes.count / 8)
        try bytes.withUnsafeBufferPointer { all in
            var start = 0
            var n = 0
            while start < all.count {
                var end = start
                while all[end] != UInt8(ascii: "\n") { end += 1 }
                defer { start = end + 1; n += 1 }
                guard end > start else { continue }
                let lineBytes = UnsafeBufferPointer(rebasing: all[start..<end])
                if lineBytes[0] == UInt8(ascii: "#") {
                    let line = String(decoding: lineBytes, as: UTF8.self)
                    if line.hasPrefix("#") {
                        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                        guard fields.count >= 2 else { continue }
                        switch fields[0].dropFirst().trimmingCharacters(in: .whitespaces) {
                        case "language": language = String(fields[1])
                        case "script": script = WritingScript(rawValue: String(fields[1]))
                        case "source": source = String(fields[1])
                        case "totals": totals = fields.dropFirst().compactMap { Int($0) }
                        default: break
                        }
                        continue
                    }
                }
                let tab = lineBytes.firstIndex(of: UInt8(ascii: "\t"))
                let single = tab.map { t in !lineBytes[(t + 1)...].contains(UInt8(ascii: "\t")) } ?? false
                guard let tab, single,
                      let key = CharacterNGrams.key(String(decoding: UnsafeBufferPointer(rebasing: lineBytes[..<tab]), as: UTF8.self)),
                      let count = Int(String(decoding: UnsafeBufferPointer(rebasing: lineBytes[(tab + 1)...]), as: UTF8.self)), count > 0 else {
                    throw LanguageProfileError(path: path, line: n + 1,
                                               reason: "expected 'ngram<TAB>count', got \(String(decoding: lineBytes, as: UTF8.self).debugDescription)")
                }
                counts[key] = count
            }
        }
        guard let language, let script, totals.count == CharacterNGrams.maxOrder else {
            throw LanguageProfileError(path: path, line: 0, reason: "missing '# language', '# script', or '# totals' (3 numbers)")
        }
        return LanguageProfile(language: language, script: script, source: source, totals: totals, counts: counts)
    }
}

/// A profile file that could not be read: which file, which line, why.
public struct LanguageProfileError: Error, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var reason: String
    public var description: String { "\(path):\(line): \(reason)" }
}
