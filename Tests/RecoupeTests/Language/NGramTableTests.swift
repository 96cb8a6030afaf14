@testable import RecoupeText
import Testing

@Suite("Language model tables")
struct NGramTableTests {
    @Test("WritingScript.index is each script's position in allCases (score vectors are laid out by it)")
    func scriptIndexMatchesAllCases() {
        for (i, script) in WritingScript.allCases.enumerated() { #expect(script.index == i, "\(script)") }
    }

    @Test("NGramRowTable finds every key it was built from and nothing else")
    func rowTableLookups() {
        var entries: [UInt64: Int32] = [:]
        // Real n-gram keys of a French and a Russian sentence, plus collisions in the low bits.
        for text in ["l'ambassadeur est arrivé à Istanbul", "Посол прибыл в Стамбул"] {
            CharacterNGrams.forEach(in: text.unicodeScalars) { key, _ in entries[key] = entries[key] ?? Int32(entries.count) }
        }
        for k in 1...64 { entries[UInt64(k) << 40] = Int32(entries.count) }
        let table = NGramRowTable(entries)
        for (k, r) in entries { #expect(table[k] == r) }
        CharacterNGrams.forEach(in: "Zürich, quartz".unicodeScalars) { key, _ in
            #expect(table[key] == entries[key])
        }
        #expect(table[UInt64.max] == nil)
    }
}
