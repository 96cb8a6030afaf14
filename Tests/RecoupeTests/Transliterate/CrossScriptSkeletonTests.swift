import Foundation
@testable import RecoupeNames
import Testing

/// Cyrillic renderings of Western, Chinese, Japanese and South Slavic names, other Cyrillic alphabets,
/// and Latin diacritic conventions (issue 19, round 3): real names that are not in the Wikidata
/// development set, linked through `Lexicons/names/cross-script.tsv`.
@Suite("Cross-script skeleton")
struct CrossScriptSkeletonTests {
    func together(_ names: [(String?, String)]) -> Bool {
        Set(NameClusterer().cluster(names.map { (language: $0.0, name: $0.1) })).count == 1
    }

    func keys(_ w: String, _ cyrillic: Bool) -> Set<String> {
        Set(CrossScriptSkeleton.shared.keys(of: w, cyrillic: cyrillic))
    }

    @Test func bothSidesReachOneKey() {
        #expect(!keys("Джеймс", true).isDisjoint(with: keys("James", false)))
        #expect(!keys("Цзиньпин", true).isDisjoint(with: keys("Jinping", false)))     // Palladius цз = j
        #expect(!keys("Дзюнъити", true).isDisjoint(with: keys("Jun'ichi", false)))    // Polivanov дз, ти
        #expect(!keys("Ђоковић", true).isDisjoint(with: keys("Đoković", false)))
        #expect(keys("Джеймс", true).isDisjoint(with: keys("Jane", false)))
        #expect(keys("Штайнмайер", true).isDisjoint(with: keys("Steinberg", false)))
    }

    @Test func westernNamesInCyrillicMeetTheirSpelling() {
        #expect(together([("ru", "Джеймс Кэмерон"), ("en", "James Cameron")]))
        #expect(together([("ru", "Джорджо Армани"), (nil, "Giorgio Armani")]))
        #expect(together([("ru", "Шарль Азнавур"), ("fr", "Charles Aznavour")]))
        #expect(together([("ru", "Франк-Вальтер Штайнмайер"), ("de", "Frank-Walter Steinmeier")]))
    }

    @Test func chineseAndJapaneseNamesInCyrillicMeetTheirRomanization() {
        #expect(together([("ru", "Хаяо Миядзаки"), (nil, "Hayao Miyazaki")]))
        #expect(together([("ru", "Ёсихидэ Суга"), (nil, "Yoshihide Suga")]))
        #expect(together([("ru", "Си Цзиньпин"), (nil, "Xi Jinping")]))
        #expect(together([("ru", "Ли Кэцян"), (nil, "Li Keqiang")]))
    }

    @Test func otherCyrillicAlphabetsMeetTheirNationalLatin() {
        #expect(together([("sr", "Новак Ђоковић"), (nil, "Novak Đoković")]))
        #expect(together([("be", "Святлана Ціханоўская"), (nil, "Sviatlana Tsikhanouskaya")]))
        #expect(together([("mk", "Кирил Ѓорѓиев"), (nil, "Kiril Gjorgjiev")]))
    }

    @Test func latinDiacriticsStrippedOrExpandedMeet() {
        #expect(together([(nil, "Jürgen Klopp"), (nil, "Juergen Klopp")]))
        #expect(together([(nil, "Recep Tayyip Erdoğan"), (nil, "Recep Tayyip Erdogan")]))
        #expect(together([(nil, "Mesut Özil"), (nil, "Mesut Oezil")]))
    }

    @Test func aCyrillicNameWithFewerPartsJoinsTheOnePersonItFits() {
        #expect(together([("ru", "Джон Кеннеди"), ("en", "John Fitzgerald Kennedy")]))
        // Two persons fit: it joins neither.
        let ids = NameClusterer().cluster([(language: "ru", name: "Джон Кеннеди"), (language: "en", name: "John Fitzgerald Kennedy"),
                                           (language: "en", name: "John Joseph Kennedy")])
        #expect(Set(ids).count == 3)
    }

    @Test func differentGivenNamesStayApart() {
        let ids = NameClusterer().cluster([(language: "ru", name: "Джеймс Кэмерон"), (language: "en", name: "Jane Cameron"),
                                           (language: nil, name: "Novak Đoković"), (language: nil, name: "Nikola Đoković")])
        #expect(ids[0] != ids[1] && ids[2] != ids[3])
    }

    @Test func aGroupListedTwiceAddsItsAlternatives() {
        let t = CrossScriptSkeleton(parsing: "cyrillic\tщ\tC\ncyrillic\tщ\tCt\ncyrillic\tа\tV\nlatin\tst$\tst|\n")
        #expect(Set(t.keys(of: "ща", cyrillic: true)) == ["C", "Ct"])
        #expect(Set(t.keys(of: "ast", cyrillic: false)) == ["ast", "a"])   // no rule for a: its own letter
    }
}
