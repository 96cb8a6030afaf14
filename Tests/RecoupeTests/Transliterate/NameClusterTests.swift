@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

@Suite("Name clustering")
struct NameClusterTests {
    /// Pairwise precision and recall of `NameClusterer` on the evaluation list
    /// (Fixtures/translit/names-eval.tsv: ENTITY, LANG, NAME).
    @Test func evaluationListPrecisionAndRecall() {
        let rows = translitFixture("names-eval.tsv")
        #expect(rows.count > 400)
        let ids = NameClusterer().cluster(rows.map { (language: $0[1] == "-" ? nil : $0[1], name: $0[2]) })
        var tp = 0, fp = 0, fn = 0
        var wrong = [String]()
        for a in 0..<rows.count {
            for b in (a + 1)..<rows.count {
                let gold = rows[a][0] == rows[b][0], pred = ids[a] == ids[b]
                if gold && pred { tp += 1 } else if pred { fp += 1; wrong.append("merged \(rows[a][2]) | \(rows[b][2])") }
                else if gold { fn += 1; wrong.append("missed \(rows[a][2]) | \(rows[b][2])") }
            }
        }
        let precision = Double(tp) / Double(max(1, tp + fp)), recall = Double(tp) / Double(max(1, tp + fn))
        print("names-eval: \(rows.count) names, pairs tp=\(tp) fp=\(fp) fn=\(fn) precision=\(precision) recall=\(recall)")
        #expect(precision >= 0.95, "\(wrong.prefix(20))")
        #expect(recall >= 0.95, "\(wrong.prefix(20))")
    }

    @Test func outputIsOneClusterPerInputInFirstAppearanceOrder() {
        let ids = NameClusterer().cluster([
            (language: "fr", name: "Alexandre Dartchiev"), (language: "fr", name: "Sergueï Lavrov"),
            (language: "en", name: "Alexander Darchiev"), (language: nil, name: "Dаrchiev"),
        ])
        #expect(ids == [1, 2, 1, 1])
    }

    @Test func genderedSurnamesNeedTheSameGivenName() {
        let ids = NameClusterer().cluster([
            (language: "fr", name: "Alexeï Navalny"), (language: "fr", name: "Ioulia Navalnaïa"),
            (language: "en", name: "Yulia Navalny"), (language: "en", name: "Navalnaya"),
        ])
        #expect(ids[0] != ids[1])
        #expect(ids[1] == ids[2])          // English press writes her name with the masculine form
        #expect(ids[3] == ids[1])          // the surname alone joins the one full name of that form
    }

    @Test func ambiguousSurnameAloneStaysApart() {
        let ids = NameClusterer().cluster([
            (language: "fr", name: "Ksenia Sobtchak"), (language: "fr", name: "Anatoli Sobtchak"), (language: "fr", name: "Sobtchak"),
        ])
        #expect(Set(ids).count == 3)
    }

    @Test func diminutivesAreNotFullNames() {
        let names = NameTable.givenNames
        #expect(names.group(of: "Sacha", language: "fr") == "sasha")
        #expect(names.group(of: "Alexandre", language: "fr") == "aleksandr")
        #expect(names.group(of: "Alessandro", language: nil) == "aleksandr")
        #expect(names.group(of: "Léon", language: "fr") == names.group(of: "Лев", language: "ru"))
        #expect(names.group(of: "Joseph", language: "en") == names.group(of: "Иосиф", language: "ru"))
        #expect(names.group(of: "Pyotr", language: "en") == names.group(of: "Peter", language: "de"))
        #expect(names.entries.count >= 150)
    }

    @Test func givenNameTableHasNoSpellingClaimedByTwoFullNames() {
        // Two full-name groups whose spellings key alike would silently shadow each other.
        var owner = [String: String]()
        var clashes = [String]()
        for e in NameTable.givenNames.entries where e.kind == "name" {
            for s in e.spellings {
                for lang in ["fr", "en", "de"] {
                    let k = NameKey.key(for: s, language: lang)
                    if let o = owner[k], o != e.id { clashes.append("\(s)/\(lang) → \(k): \(o) vs \(e.id)") } else { owner[k] = e.id }
                }
            }
        }
        #expect(clashes.isEmpty, "\(clashes)")
    }

    @Test func personKeyDropsTitlesAndPatronymics() {
        let a = NameKey.personKey(for: "Vladimir Vladimirovitch Poutine", language: "fr")
        let b = NameKey.personKey(for: "President Vladimir Putin", language: "en")
        let c = NameKey.personKey(for: "Poutine, Vladimir", language: "fr")
        let d = NameKey.personKey(for: "Vladimir Poutine (président russe)", language: "fr")
        #expect(a.key == b.key && b.key == c.key && c.key == d.key)
        #expect(a.gender == .masculine)
        #expect(NameKey.personKey(for: "Ioulia Navalnaïa", language: "fr").surnameStem == NameKey.personKey(for: "Alexeï Navalny", language: "fr").surnameStem)
    }
}
