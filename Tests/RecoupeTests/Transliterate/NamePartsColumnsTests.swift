@testable import RecoupeNames
import Testing

/// `NamePartsLinker` compares names through `NamePartsColumns` (interned ids in flat columns); it must
/// decide every pair exactly as `NameParts.compatible`, in both argument orders.
@Suite("Name parts columns")
struct NamePartsColumnsTests {
    static let names: [(String?, String)] = [
        ("fr", "Charles de Gaulle"), ("fr", "De Gaulle"), ("fr", "Gaulle"), ("fr", "Jean-Luc Mélenchon"),
        ("fr", "Jean Luc Melenchon"), ("fr", "J. Mélenchon"), (nil, "Hiroshige II"), (nil, "Hiroshige III"),
        (nil, "Andō Hiroshige"), (nil, "Hiroshige Andō"), ("ru", "Владимир Владимирович Путин"), ("ru", "Путин Владимир"),
        ("uk", "Володимир Зеленський"), ("en", "Volodymyr Zelensky"), ("de", "Ursula von der Leyen"),
        ("ru", "Эмманюэль Макрон"), ("fr", "Emmanuel Macron"), (nil, "Bashar al-Assad"), ("en", "Kishida Fumio"),
        ("en", "Fumio Kishida"), ("ru", "Си Цзиньпин"), ("en", "Xi Jinping"), ("ru", "Джеймс Браун"),
        ("en", "James Brown"), ("nl", "Jan Willem Bakker"), ("nl", "Jan Bakker"), ("nl", "Jan Hendrik Bakker"),
        ("nl", "Piet Bakker"), ("nl", "Pieter Bakker"), ("de", "Jürgen Klopp"), ("de", "Juergen Klopp"),
        ("ru", "Макс Фляйшер"), ("en", "Max Fleischer"), ("en", "Chris Evans"), ("en", "Christiaan Evans"),
    ]

    @Test func columnsDecideAsNameParts() {
        let parts = Self.names.map { NameParts(name: $0.1, language: $0.0) }
        let cols = parts.withUnsafeBufferPointer { NamePartsColumns($0, rows: Array(parts.indices)) }
        var linked = 0
        for x in parts.indices {
            for y in parts.indices where x != y {
                let expected = NameParts.compatible(parts[x], parts[y])
                #expect(cols.compatible(x, y) == expected, "\(Self.names[x].1) / \(Self.names[y].1)")
                if expected { linked += 1 }
            }
        }
        // The list holds both compatible and incompatible pairs.
        #expect(linked > 0 && linked < parts.count * (parts.count - 1))
    }

    @Test func asciiNamesSplitAsCharacters() {
        for name in Self.names.map(\.1) + ["Jean-Luc  Mélenchon", "O'Neil, Jr", "a\tb-c,d", "Ана\u{A0}Мария"] {
            let byCharacter = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "-" || $0 == "\u{2010}" || $0 == "," }).map(String.init)
            #expect(NameParts.words(of: name) == byCharacter, "\(name)")
        }
    }
}
