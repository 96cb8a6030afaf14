import Foundation
import RecoupeCore
import RecoupeICU

/// Naive Bayes over character n-grams, one class per language profile, gated by script.
///
/// The script with the most letters decides which profiles compete (Latin: fr, en, de …;
/// Cyrillic: ru, uk …), and only n-grams of that script are counted, so a Latin brand name in a
/// Russian sentence does not vote. A script without profiles gives the language it implies ("el"
/// for Greek) or "und". Each n-gram adds log P(n-gram | language), add-one smoothed over the union
/// of the profiles' n-grams with the training totals as denominators; n-grams no profile knows
/// are skipped. Scores
/// of paragraphs add up, so a document is scored once, paragraph by paragraph.
///
/// ```swift
/// let model = try LanguageModel.shipped()
/// model.identify("Захарова заявила, що переговори тривають.").language   // "uk"
/// ```
/// Immutable and `Sendable`: one model serves every worker. Cost: one pass over the text and one
/// dictionary look-up per n-gram (three per letter).
public final class LanguageModel: Sendable {
    /// The profiled languages, in the order of score vectors.
    public let languages: [String]
    public let scripts: [WritingScript]
    /// Row of each n-gram in `logProbabilities` (row × languages.count) and its script bucket.
    let rows: NGramRowTable
    let rowScripts: [UInt8]
    let logProbabilities: [Float]
    /// For each script (by index), the columns of its languages: `scriptColumns[columnStart[s]..<columnStart[s + 1]]`.
    /// A row adds only to those: `decide` reads a script's bucket for that script's languages alone.
    let scriptColumns: [Int32]
    let columnStart: [Int]

    /// A model of its parts (``init(compiled:sources:)``).
    init(languages: [String], scripts: [WritingScript], rows: NGramRowTable, rowScripts: [UInt8], logProbabilities: [Float],
         scriptColumns: [Int32], columnStart: [Int]) {
        (self.languages, self.scripts, self.rows, self.rowScripts) = (languages, scripts, rows, rowScripts)
        (self.logProbabilities, self.scriptColumns, self.columnStart) = (logProbabilities, scriptColumns, columnStart)
    }

    public init(profiles: [LanguageProfile], smoothing: Double = 1) {
        let profiles = profiles.sorted { $0.language < $1.language }
        languages = profiles.map(\.language)
        scripts = profiles.map(\.script)
        var rows: [UInt64: Int32] = [:]
        var rowScripts: [UInt8] = []
        for p in profiles {
            for k in p.counts.keys where rows[k] == nil {
                guard let script = CharacterNGrams.script(of: k) else { continue }
                rows[k] = Int32(rows.count)
                rowScripts.append(UInt8(script.index))
            }
        }
        let width = profiles.count
        var table = [Float](repeating: 0, count: rows.count * width)
        for (l, p) in profiles.enumerated() {
            // Add-one smoothing over the union of the profiles' n-grams: measured better on held-out
            // text than giving left-out n-grams the profile's left-out mass (see docs/languages.md).
            let missing: [Double] = (1...CharacterNGrams.maxOrder).map { order in
                log(smoothing / (Double(max(p.totals[order - 1], 1)) + smoothing * Double(rows.count)))
            }
            for (k, r) in rows {
                let order = CharacterNGrams.order(k)
                let total = Double(max(p.totals[order - 1], 1)) + smoothing * Double(rows.count)
                let value = p.counts[k].map { log((Double($0) + smoothing) / total) } ?? missing[order - 1]
                table[Int(r) * width + l] = Float(value)
            }
        }
        self.rows = NGramRowTable(rows)
        self.rowScripts = rowScripts
        var columns: [Int32] = [], starts = [0]
        let languageScripts = profiles.map(\.script)
        for script in WritingScript.allCases {  // in `index` order
            columns += languageScripts.indices.filter { languageScripts[$0] == script }.map(Int32.init)
            starts.append(columns.count)
        }
        scriptColumns = columns
        columnStart = starts
        self.logProbabilities = table
    }

    /// Letters by script and log-likelihoods by script and language of a stretch of text; they add up.
    public struct Scores: Sendable {
        /// Letters per script, indexed like `WritingScript.allCases`.
        public var letters: [Int]
        /// Log-likelihood of the n-grams of each script (row) under each language (column).
        public var logLikelihoods: [Double]
        /// N-grams that some profile knows.
        public var ngrams: Int
        let languageCount: Int

        public init(languages: Int) {
            letters = Array(repeating: 0, count: WritingScript.allCases.count)
            logLikelihoods = Array(repeating: 0, count: languages * WritingScript.allCases.count)
            ngrams = 0
            languageCount = languages
        }

        public static func + (a: Scores, b: Scores) -> Scores {
            var s = a
            for i in s.letters.indices { s.letters[i] += b.letters[i] }
            for i in s.logLikelihoods.indices { s.logLikelihoods[i] += b.logLikelihoods[i] }
            s.ngrams += b.ngrams
            return s
        }

        public var letterCount: Int { letters.reduce(0, +) }

        /// The log-likelihood of language `l` from the n-grams of `script`.
        public func logLikelihood(_ l: Int, script: WritingScript) -> Double {
            logLikelihoods[script.index * languageCount + l]
        }
    }


    public func scores<C: Collection>(_ scalars: C) -> Scores where C.Element == Unicode.Scalar {
        scores(scalars, ngramsOf: scalars)
    }

    /// The letters of `scalars` and the n-grams of `sample` (a part of them, or all): the letters
    /// decide the script exactly while the n-grams of a paragraph's first words may already leave no
    /// doubt about its language (``lead(of:in:prior:)``).
    public func scores<C: Collection, S: Collection>(_ scalars: C, ngramsOf sample: S) -> Scores
    where C.Element == Unicode.Scalar, S.Element == Unicode.Scalar {
        var s = Scores(languages: languages.count)
        s.letters.withUnsafeMutableBufferPointer { letters in
            for c in scalars {
                if let script = WritingScript.of(letter: c) { letters[script.index] += 1 }
            }
        }
        addNGrams(of: sample, to: &s)
        return s
    }

    /// Adds the log-likelihoods of the n-grams of `scalars` to `s`.
    func addNGrams<C: Collection>(of scalars: C, to s: inout Scores) where C.Element == Unicode.Scalar {
        let width = languages.count
        var known = 0
        // Raw pointers in the hot loop: the array subscripts cost a uniqueness check and bounds
        // checks per addition (five per n-gram), more than the look-up itself. Same additions, same order.
        // Only the columns of the row's script are added (the others of that bucket are never read): the
        // sums `decide` reads are the same additions in the same order.
        s.logLikelihoods.withUnsafeMutableBufferPointer { sums in
            logProbabilities.withUnsafeBufferPointer { table in
                rowScripts.withUnsafeBufferPointer { rowScripts in
                    scriptColumns.withUnsafeBufferPointer { columns in
                        columnStart.withUnsafeBufferPointer { starts in
                            CharacterNGrams.forEach(in: scalars) { key, _ in
                                guard let r = rows[key] else { return }
                                known += 1
                                let base = table.baseAddress! + Int(r) * width
                                let script = Int(rowScripts[Int(r)])
                                let bucket = sums.baseAddress! + script * width
                                for c in starts[script]..<starts[script + 1] {
                                    let l = Int(columns[c])
                                    bucket[l] += Double(base[l])
                                }
                            }
                        }
                    }
                }
            }
        }
        s.ngrams += known
    }

    /// How many nats `language` leads the best other language of its script by in `s`, `prior`
    /// added as in ``decide(_:prior:)``: +infinity when it has no rival, -infinity when the script
    /// with the most letters is not its script (or the text has none).
    public func lead(of language: String, in s: Scores, prior: [String: Double] = [:]) -> Double {
        guard let l = languages.firstIndex(of: language), s.letterCount > 0,
              let top = s.letters.indices.max(by: { s.letters[$0] < s.letters[$1] }),
              WritingScript.allCases[top] == scripts[l] else { return -.infinity }
        let script = scripts[l]
        let own = s.logLikelihood(l, script: script) + (prior[language] ?? 0)
        var rival = -Double.infinity
        for c in languages.indices where c != l && scripts[c] == script {
            rival = max(rival, s.logLikelihood(c, script: script) + (prior[languages[c]] ?? 0))
        }
        return own - rival
    }

    /// The language the scores point to. `prior` adds log-odds to some languages (the language a
    /// short text is most likely in); a sentence of evidence outweighs a few nats.
    public func decide(_ s: Scores, prior: [String: Double] = [:]) -> LanguageGuess {
        let total = s.letterCount
        guard total > 0, let top = s.letters.indices.max(by: { s.letters[$0] < s.letters[$1] }) else {
            return LanguageGuess(language: "und", script: nil, confidence: 0, letters: 0)
        }
        let script = WritingScript.allCases[top]
        let candidates = languages.indices.filter { scripts[$0] == script }
        guard !candidates.isEmpty else {
            return LanguageGuess(language: script.impliedLanguage ?? "und", script: script,
                                 confidence: Double(s.letters[top]) / Double(total), letters: total)
        }
        let ll = candidates.map { s.logLikelihood($0, script: script) + (prior[languages[$0]] ?? 0) }
        let bestAt = ll.indices.max { ll[$0] < ll[$1] }!
        let best = candidates[bestAt]
        // Posterior among the candidates, uniform prior.
        let z = ll.reduce(0.0) { $0 + exp($1 - ll[bestAt]) }
        return LanguageGuess(language: languages[best], script: script, confidence: 1 / z, letters: total)
    }

    public func identify(_ text: String, prior: [String: Double] = [:]) -> LanguageGuess {
        decide(scores(text.unicodeScalars), prior: prior)
    }
}

/// What `LanguageModel` concluded about a stretch of text.
public struct LanguageGuess: Hashable, Sendable {
    /// BCP 47 code, or "und" when the text has no letters.
    public var language: String
    /// The script with the most letters.
    public var script: WritingScript?
    /// Posterior probability of `language` among the candidates of its script (naive Bayes: close
    /// to 1 for anything longer than a sentence), or the share of letters in a script without profiles.
    public var confidence: Double
    /// Letters in the text.
    public var letters: Int
}
