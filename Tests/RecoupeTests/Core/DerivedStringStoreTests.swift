import Foundation
@testable import RecoupeCore
@testable import RecoupeNames
import Testing

/// `DerivedStringStore`: lists of strings survive the file as lists (empty lists, empty strings and
/// strings holding line breaks included); a body of the earlier format is ignored.
@Suite("Derived string store")
struct DerivedStringStoreTests {
    static let values: [(String, String, [String])] = [
        ("Лавров", "forms PER", ["Лавров", "Лаврова", "Лаврову"]),
        ("Лавров", "forms LOC", ["Лавров"]),
        ("a", "", []),
        ("b", "", [""]),
        ("c\nd", "x", ["line\nbreak", "", "é"]),
    ]

    @Test func listsRoundTripThroughTheFile() throws {
        let dir = try TemporaryFolder("derived-strings")
        defer { dir.remove() }
        let cache = DerivedTableCache(directory: dir.path, stamp: "test 1")
        let store = DerivedStringStore(cache: cache, file: "lists")
        for (s, ns, v) in Self.values { #expect(store.list(for: s, namespace: ns) { v } == v) }
        #expect(store.value(for: "k", namespace: "fr") { "key" } == "key")
        store.save()
        let warm = DerivedStringStore(cache: cache, file: "lists")
        #expect(warm.loadedCount == Self.values.count + 1)
        for (s, ns, v) in Self.values { #expect(warm.list(for: s, namespace: ns) { ["computed"] } == v) }
        #expect(warm.storedValue(for: "k", namespace: "fr") == "key")
        #expect(warm.storedValue(for: "k", namespace: "en") == nil)
    }

    @Test func aBodyOfTheEarlierFormatIsIgnored() throws {
        // Version 1: (length, key) (length, value) records, no magic.
        var old: [UInt8] = []
        for part in [Array("fr\u{1F}Lavrov".utf8), Array("lavrov".utf8)] {
            old += [UInt8(part.count), 0, 0, 0] + part
        }
        #expect(DerivedStringStore.decode(old) == nil)
        #expect(DerivedStringStore.decode(DerivedStringStore.encode([Array("fr\u{1F}Lavrov".utf8): ["lavrov"]])) == [Array("fr\u{1F}Lavrov".utf8): ["lavrov"]])
    }
}
