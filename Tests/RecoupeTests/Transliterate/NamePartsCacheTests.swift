@testable import RecoupeNames
import Testing

/// `NamePartsCache` memoizes what a word gives wherever it stands: a shared cache must give the same
/// parts as keying each name alone, even when one word is a particle, a generation mark or a
/// patronymic in one name and an ordinary part in another.
@Suite("Name parts cache")
struct NamePartsCacheTests {
    @Test func sharedCacheGivesTheSamePartsAsNoCache() {
        let names: [(String?, String)] = [
            ("fr", "Charles de Gaulle"), ("fr", "De Gaulle"), ("fr", "Jean-Luc Mélenchon"),
            (nil, "Hiroshige II"), (nil, "II Hiroshige"), (nil, "Andō Hiroshige"),
            ("ru", "Владимир Владимирович Путин"), ("ru", "Путин Владимир"), ("uk", "Володимир Зеленський"),
            ("en", "Volodymyr Zelensky"), ("de", "Ursula von der Leyen"), (nil, "Von Trier"),
            ("ru", "Эмманюэль Макрон"), ("fr", "Emmanuel Macron"), (nil, "Bashar al-Assad"),
        ]
        var cache = NamePartsCache()
        for (language, name) in names + names {
            let cached = NameParts(name: name, language: language, cache: &cache)
            let alone = NameParts(name: name, language: language)
            #expect(cached == alone, "\(name)")
        }
        #expect(!cache.words.isEmpty)
    }
}
