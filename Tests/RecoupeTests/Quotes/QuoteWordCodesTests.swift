@testable import RecoupeCore
@testable import RecoupeQuotes
import Testing

/// `QuoteWordCodes` stands in for the word lists and the speech-verb lexicon inside the quotation stage:
/// a word's class bits and verb entry must say exactly what the lists and the lexicon say.
@Suite("Quotes: precomputed word codes")
struct QuoteWordCodesTests {
    @Test func classBitsAgreeWithTheirLists() throws {
        let verbs = try SpeechVerbLexicon.load()
        let codes = QuoteWordCodes(verbs: verbs)
        var words = Set(verbs.forms.keys).union(["Le", "consulat", "selon", "x", ",", "", "déclaration"])
        for (_, list) in QuoteWordCodes.classLists { words.formUnion(list) }
        for (c, list) in QuoteWordCodes.classLists {
            #expect(!list.isEmpty)
            for w in words {
                #expect((codes.code(w) & c.rawValue != 0) == list.contains(w), "class \(c.rawValue), word \(w)")
            }
        }
    }

    @Test func verbEntriesAgreeWithTheLexicon() throws {
        let verbs = try SpeechVerbLexicon.load()
        let codes = QuoteWordCodes(verbs: verbs)
        var checked = 0
        for w in Set(verbs.forms.keys).union(QuoteWords.auxiliaries).union(["le", "consulat", "que"]) {
            let n = codes.code(w) >> QuoteWordCodes.entryShift
            let entry = n == 0 ? nil : codes.entries[Int(n) - 1]
            #expect(entry == verbs.entry(w), "form \(w)")
            if entry != nil { checked += 1 }
        }
        #expect(checked == verbs.count)
        // Canonically equivalent spellings find the same code (a combining accent is looked up as a String).
        #expect(codes.code("de\u{301}claré") == codes.code("déclaré") && codes.code("déclaré") != 0)
        #expect(codes.code("selon\u{301}") == 0 && codes.code("selo") == 0 && codes.code("selonx") == 0)
    }

    @Test func tokensCarryTheirWordsCodes() throws {
        let verbs = try SpeechVerbLexicon.load()
        let doc = try annotate("Selon le ministre, il a également déclaré que « non ».")
        let t = QuoteTokens(doc, codes: QuoteWordCodes(verbs: verbs))
        let m = SpeechCueMatcher(quoteTokens: t, verbs: verbs)
        for i in 0..<t.count {
            #expect(t.has(i, .determiner) == QuoteWords.determiners.contains(t.norms[i]))
            #expect(t.has(i, .accordingStart) == QuoteWordCodes.accordingStarts.contains(t.norms[i]))
            #expect(m.verbEntry(i) == (t.isWord(i) ? verbs.entry(t.norms[i]) : nil))
        }
        #expect(t.has(0, .accordingStart) && !t.has(-1, .accordingStart) && !t.has(t.count, .accordingStart))
        // The punctuation classes answer as the String comparisons they replace in `indirectSpeech`.
        for i in -1...t.count {
            #expect(t.isPunct(i, .comma) == t.isPunct(i, ","))
            #expect(t.isPunct(i, .closingGuillemet) == t.isPunct(i, "»"))
            #expect(t.has(i, .pour) == (t.norm(i) == "pour") && t.has(i, .qui) == (t.norm(i) == "qui"))
        }
        #expect((0..<t.count).contains { t.isPunct($0, .comma) } && (0..<t.count).contains { t.isPunct($0, .closingGuillemet) })
        #expect((0..<t.count).contains { m.verbEntry($0)?.lemma == "déclarer" })
    }
}
