@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Text that is valid Unicode but built to break tokenizers: every case must annotate, keep every
/// span slicing the text (`annotate` checks), and keep names whole where Unicode says they are.
@Suite("Bad input: hostile text")
struct HostileTextTests {
    /// The token whose code points contain `piece`'s (String.contains compares characters,
    /// and a joiner glues itself to the letter before it).
    func token(_ doc: Document, containing piece: String) -> Token? {
        let needle = Array(piece.unicodeScalars)
        return doc.tokens.first { t in
            let s = Array(doc.scalars[t.start..<t.end])
            return s.count >= needle.count && (0...(s.count - needle.count)).contains { Array(s[$0..<($0 + needle.count)]) == needle }
        }
    }

    @Test("a combining-mark storm stays inside its word (3,000 marks on one letter)")
    func combiningStorm() throws {
        let storm = "e" + String(repeating: "\u{0301}", count: 3000) + "tienne"
        let doc = try annotate("Le ministre \(storm) Lavrov a parlé.")
        #expect(doc.words == ["Le", "ministre", storm, "Lavrov", "a", "parlé", "."])
        // No token may start with a combining mark: that would split a grapheme cluster.
        for t in doc.tokens { #expect(doc.scalars[t.start].properties.generalCategory != .nonspacingMark) }
    }

    @Test("storms of different marks on many letters keep grapheme clusters whole")
    func markStormsEverywhere() throws {
        let marks: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0308}", "\u{0327}", "\u{0336}", "\u{20DD}"]
        var text = ""
        for (i, c) in "Zakharova et Lavrov".unicodeScalars.enumerated() {
            text.unicodeScalars.append(c)
            if c != " " { for k in 0..<(i % 7) * 20 { text.unicodeScalars.append(marks[k % marks.count]) } }
        }
        let doc = try annotate(text)
        #expect(doc.words.count == 3)
        for t in doc.tokens { #expect(doc.scalars[t.start].properties.generalCategory != .nonspacingMark) }
    }

    @Test("marks stacked on spaces and at the start of the text lose nothing")
    func marksOnSpaces() throws {
        // Degenerate clusters (a space or nothing as base): `annotate` checks that spans tile the text.
        let doc = try annotate("\u{0301}\u{0301}Le \u{0308}\u{0308}\u{0308} ministre \u{20DD}")
        #expect(doc.words.contains("ministre"))
    }

    @Test("bidi controls and joiners inside names: one token, clean norm", arguments: [
        ("Maria Zakha\u{202E}rova\u{202C} a parlé.", "Zakha", "zakharova"),
        ("Selon \u{2067}Lavrov\u{2069}, rien.", "Lavrov", "lavrov"),
        ("Sergueï Lav\u{200D}rov a parlé.", "Lav", "lavrov"),
        ("Alexandre Dart\u{200C}chiev a parlé.", "Dart", "dartchiev"),
        ("Alexandre Dart\u{200E}chiev\u{200F} a parlé.", "Dart", "dartchiev"),
        ("Alexandre Dart\u{00AD}chiev a parlé.", "Dart", "dartchiev"),
    ])
    func invisibleControls(_ text: String, _ piece: String, _ norm: String) throws {
        let doc = try annotate(text)
        let t = try #require(token(doc, containing: piece))
        #expect(t.norm == norm)
        #expect(t.kind == .word)
    }

    @Test("U+200B ZERO WIDTH SPACE is a word boundary (UAX #29), not a joiner")
    func zeroWidthSpace() throws {
        let doc = try annotate("Zakh\u{200B}arova")
        #expect(doc.words.filter { !$0.unicodeScalars.allSatisfy { $0 == "\u{200B}" } } == ["Zakh", "arova"])
    }

    @Test("Cyrillic homoglyphs inside a Latin name are flagged and match through the confusable skeleton")
    func homoglyphs() throws {
        let doc = try annotate("Selon Dаrchiev et Lavrоv, rien.")  // Cyrillic а (U+0430) and о (U+043E)
        for name in ["Dаrchiev", "Lavrоv"] {
            let t = try #require(token(doc, containing: name))
            #expect(t.shape.contains(.mixedScript), "\(name)")
        }
        let plain = try annotate("Selon Darchiev et Lavrov, rien.")
        #expect(plain.tokens.allSatisfy { !$0.shape.contains(.mixedScript) })
        let spoof = try SpoofChecker()
        #expect(try spoof.skeleton("Dаrchiev") == spoof.skeleton("Darchiev"))
        #expect(try spoof.skeleton("Lavrоv") == spoof.skeleton("Lavrov"))
        #expect(try spoof.isSuspicious("Dаrchiev"))
        #expect(try !spoof.isSuspicious("Darchiev"))
    }

    @Test("an unbalanced « annotates, every guillemet a token")
    func unbalancedGuillemet() throws {
        let doc = try annotate("Il a dit « mesures initiales concrètes et puis rien. Le lendemain, silence.")
        #expect(doc.words.filter { $0 == "«" }.count == 1)
        #expect(doc.sentences.count == 2)
    }

    @Test("quotation marks nested 20 deep annotate, every mark a token")
    func nestedQuotes() throws {
        let open = ["«\u{202F}", "“", "‘", "‹"], close = ["\u{202F}»", "”", "’", "›"]
        var text = "Il a dit "
        for i in 0..<20 { text += open[i % 4] + "niveau\(i) " }
        text += "cœur"
        for i in (0..<20).reversed() { text += close[i % 4] }
        text += ", a-t-il ajouté."
        let doc = try annotate(text)
        for mark in ["«", "“", "‘", "‹", "»", "”", "’", "›"] {
            #expect(doc.words.filter { $0 == mark }.count == 5, "\(mark)")
        }
        #expect(doc.words.contains("cœur"))
    }

    @Test("a 10,000-character word is one token")
    func longWord() throws {
        let word = String(repeating: "anticonstitutionnellement", count: 400)
        let doc = try annotate("Le mot \(word) est long.")
        #expect(doc.words == ["Le", "mot", word, "est", "long", "."])
        #expect(word.unicodeScalars.count == 10_000)
    }

    @Test("a 10,000-character run without letters (digits, then punctuation) annotates")
    func longRuns() throws {
        let doc = try annotate(String(repeating: "7", count: 10_000) + " " + String(repeating: "!", count: 10_000))
        #expect(doc.tokens.first.map { doc.surface(of: $0).count } == 10_000)
    }
}
