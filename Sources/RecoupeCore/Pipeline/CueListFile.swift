import Foundation

/// Reads Recoupe's word lists, `Lexicons/cues/LANG/NAME.txt`: one entry a line, `#` starts a
/// comment line, blank lines are skipped. An entry with surrounding spaces or given twice makes the
/// file invalid rather than silently different. Shared by the entity stage's `CueLexicon` and the
/// quotation stage's `QuoteCueLexicon`, which each list the files they read.
///
/// Each list is meant to be read once per process, by the `static let` that holds it; a missing or
/// invalid shipped file stops the process with an error naming the file (``words(_:context:)``),
/// since a stage cannot work without its words.
package enum CueListFile {
    /// A word list file whose content is not a word list.
    package struct InvalidFile: Error, CustomStringConvertible, Sendable {
        /// The file, relative to a `Lexicons/` folder ("cues/fr/roles.txt").
        package let file: String
        /// The 1-based line at fault, or nil for the file as a whole.
        package let line: Int?
        package let reason: String
        package var description: String {
            "lexicon file \(file)" + (line.map { " line \($0)" } ?? "") + ": " + reason
        }
    }

    /// The file of list `name` ("fr/roles" → "cues/fr/roles.txt"), relative to a `Lexicons/` folder.
    package static func file(_ name: String) -> String { "cues/\(name).txt" }

    /// The entries of a list's text, in file order.
    /// - Throws: ``InvalidFile`` for an untrimmed or repeated entry, or a list with no entry.
    ///
    /// Lines are split on the UTF-8 line feed and ASCII lines checked byte by byte: splitting the
    /// lists into `Character`s and trimming through Foundation cost ~80 M instructions per process
    /// (issue 16). A line feed is always a grapheme of its own save in "\r\n", so a text with a
    /// carriage return, and any non-ASCII line, take the `Character` checks.
    package static func parse(_ text: String, file: String) throws -> [String] {
        if text.utf8.contains(0x0D) { return try parseCharacters(text, file: file) }
        var words: [String] = []
        var seen = Set<String>()
        var lineNumber = 0
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Substring(raw)
            if raw.allSatisfy({ $0 < 0x80 }) {
                // ASCII: Character.isWhitespace is 0x09–0x0D and space; CharacterSet.whitespaces is tab and space.
                if raw.first == UInt8(ascii: "#") || raw.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { continue }
                if [0x20, 0x09].contains(raw.first!) || [0x20, 0x09].contains(raw.last!) {
                    throw InvalidFile(file: file, line: lineNumber, reason: "entry \"\(line)\" has surrounding spaces")
                }
            } else if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) {
                continue
            }
            try add(String(line), lineNumber, file, &words, &seen)
        }
        guard !words.isEmpty else { throw InvalidFile(file: file, line: nil, reason: "no entry") }
        return words
    }

    /// ``parse(_:file:)`` on `Character`s (texts with carriage returns).
    static func parseCharacters(_ text: String, file: String) throws -> [String] {
        var words: [String] = []
        var seen = Set<String>()
        for (i, line) in LineBreaks.split(text, omittingEmpty: false).enumerated() {
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            try add(String(line), i + 1, file, &words, &seen)
        }
        guard !words.isEmpty else { throw InvalidFile(file: file, line: nil, reason: "no entry") }
        return words
    }

    /// Appends an entry after checking it is trimmed and new.
    private static func add(_ word: String, _ line: Int, _ file: String, _ words: inout [String], _ seen: inout Set<String>) throws {
        // Untrimmed ASCII lines were turned away by the caller; this is the check for the others.
        if word.utf8.contains(where: { $0 >= 0x80 }) || word.utf8.first == 0x20 || word.utf8.last == 0x20 || word.utf8.contains(0x09) {
            guard word.trimmingCharacters(in: .whitespaces) == word else {
                throw InvalidFile(file: file, line: line, reason: "entry \"\(word)\" has surrounding spaces")
            }
        }
        guard seen.insert(word).inserted else {
            throw InvalidFile(file: file, line: line, reason: "entry \"\(word)\" is listed twice")
        }
        words.append(word)
    }

    /// List `name`, from `lexiconDirectory` when it has the file, else from the shipped `Lexicons/`.
    /// - Throws: `LexiconLocator.MissingFile` naming the file when it is nowhere; ``InvalidFile``;
    ///   the error of `String(contentsOfFile:)` when it cannot be read.
    package static func load(_ name: String, lexiconDirectory: String? = nil) throws -> [String] {
        let path = try LexiconLocator.file(file(name), lexiconDirectory: lexiconDirectory)
        return try parse(String(contentsOfFile: path, encoding: .utf8), file: file(name))
    }

    /// The shipped list `name`, in file order; stops the process with the error naming the file
    /// when the list is missing or invalid (for `static let` initializers, which cannot throw).
    package static func words(_ name: String, context: String) -> [String] {
        do { return try load(name) } catch { fatalError("Recoupe \(context): \(error)") }
    }

    /// "KEY VALUE" entries as a dictionary ("-t-il il" → ["-t-il": "il"]).
    /// - Throws: ``InvalidFile`` naming `file` and the entry that is not two words or repeats a key.
    package static func pairs(_ entries: [String], file: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for entry in entries {
            let parts = entry.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, out[parts[0]] == nil else {
                throw InvalidFile(file: file, line: nil, reason: "entry \"\(entry)\" is not \"KEY VALUE\" with a new key")
            }
            out[parts[0]] = parts[1]
        }
        return out
    }
}
