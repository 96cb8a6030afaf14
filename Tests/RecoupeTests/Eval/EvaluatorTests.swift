import Foundation
@testable import Recoupe
import Testing

/// The scorer behind `recoupe eval`: matching rules, gold formats, speaker alignment, floors.
@Suite struct EvaluatorTests {
    func interval(_ s: Int, _ e: Int) -> Interval { Interval(start: s, end: e) }

    @Test func oneToOneMatchingPrefersTheLargestOverlap() {
        // Two predictions overlap the first gold span; the larger overlap wins and the other stays free.
        let pairs = SpanMatching.match(gold: [interval(0, 10), interval(12, 20)],
                                       predicted: [interval(0, 4), interval(1, 11), interval(13, 20)], criterion: .overlap)
        #expect(pairs == [0: 1, 1: 2])
    }

    @Test func halfOfEachRejectsShortAndOverlongPredictions() {
        let g = interval(100, 200)
        #expect(SpanMatching.Criterion.halfOfEach.accepts(g, interval(100, 150)))
        #expect(!SpanMatching.Criterion.halfOfEach.accepts(g, interval(100, 149)))
        #expect(SpanMatching.Criterion.halfOfEach.accepts(g, interval(50, 200)))
        #expect(!SpanMatching.Criterion.halfOfEach.accepts(g, interval(0, 201)))
    }

    @Test func prfCountsLikeConlleval() {
        let s = PRF(gold: 4, predicted: 5, matched: 3)
        #expect(abs(s.precision - 0.6) < 1e-9 && abs(s.recall - 0.75) < 1e-9)
        #expect(abs(s.f1 - 2 * 0.6 * 0.75 / 1.35) < 1e-9)
        #expect(PRF(gold: 0, predicted: 0, matched: 0).f1 == 1)
    }

    @Test func conllTagsBecomeSpansInJoinedText() {
        let conll = "1\tLe\tO\n2\tpape\tO\n3\tJean\tB-PER\n4\tPaul\tI-PER\n5\tà\tO\n6\tRome\tB-LOC\n\n1\tParis\tI-LOC\n2\tParis\tB-LOC\n"
        let docs = CoNLLGold.documents(conll, prefix: "t", perDocument: 20)
        #expect(docs.count == 1)
        let d = docs[0]
        #expect(d.text == "Le pape Jean Paul à Rome\nParis Paris")
        let spans = (d.ents ?? []).map { (Array(d.text.unicodeScalars)[$0.start..<$0.end].map(String.init).joined(), $0.label) }
        #expect(spans.map(\.0) == ["Jean Paul", "Rome", "Paris", "Paris"])
        #expect(spans.map(\.1) == ["PER", "LOC", "LOC", "LOC"])
    }

    /// "d'" + "Edmonton" is rebuilt "d'Edmonton", as French writes it; other apostrophes keep their space.
    @Test func elidedWordsJoinTheNextToken() {
        let conll = "les\tO\nOilers\tB-ORG\nd'\tI-ORG\nEdmonton\tI-ORG\njusqu'\tO\nà\tO\nMcDonald'\tB-ORG\ns\tI-ORG\n"
        let d = CoNLLGold.documents(conll, prefix: "t", perDocument: 20)[0]
        #expect(d.text == "les Oilers d'Edmonton jusqu'à McDonald' s")
        let spans = (d.ents ?? []).map { String(String.UnicodeScalarView(Array(d.text.unicodeScalars)[$0.start..<$0.end])) }
        #expect(spans == ["Oilers d'Edmonton", "McDonald' s"])
    }

    @Test func ioTagsJoinAdjacentTokensOfOneLabel() {
        // Europeana's IO scheme: adjacent I-ORG tokens are one entity.
        let docs = CoNLLGold.documents("Banque I-ORG\nde I-ORG\nFrance I-ORG\n. O\n", prefix: "t", perDocument: 20)
        #expect(docs[0].ents?.map { [$0.start, $0.end] } == [[0, 16]])
    }

    @Test func frenchDatelinesResolve() {
        #expect(GoldDocument.isoDate(frenchDateline: "9 novembre 2012") == "2012-11-09")
        #expect(GoldDocument.isoDate(frenchDateline: "1er mai 2012") == "2012-05-01")
        #expect(GoldDocument.isoDate(frenchDateline: "hier") == nil)
    }

    func goldDocument() -> GoldDocument {
        var g = GoldDocument(id: "g", text: "Sergueï Lavrov est arrivé. « Nous partons », a dit le ministre. Lavrov part.")
        g.ents = [.init(start: 0, end: 14, label: "PER", kbId: "lavrov"), .init(start: 64, end: 70, label: "PER", kbId: "lavrov")]
        g.quotes = [.init(start: 27, end: 42, kind: "direct", speaker: .init(start: 0, end: 14, kbId: "lavrov"))]
        return g
    }

    @Test func speakerIsRightThroughThePredictedEntitysOtherMentions() {
        let gold = goldDocument()
        var doc = Document(id: "g", text: gold.text)
        // The prediction names "le ministre" as speaker, linked to entity X whose other mention is "Lavrov".
        doc.mentions = [EntityMention(start: 64, end: 70, label: .person, kbId: "X", surface: "Lavrov", canonical: "Lavrov", confidence: 1, rule: "t")]
        doc.quotes = [Quote(start: 27, end: 42, contentStart: 29, contentEnd: 40, kind: .direct,
                            speaker: .init(start: 51, end: 62, text: "le ministre", kbId: "X"), confidence: 1)]
        let report = Evaluator().score(GoldCorpus(name: "t", documents: [gold]), predictions: [doc])
        #expect(report.speakers == Ratio(right: 1, total: 1))
        // Without the link, the same description is wrong.
        doc.quotes[0].speaker?.kbId = nil
        let unlinked = Evaluator().score(GoldCorpus(name: "t", documents: [gold]), predictions: [doc])
        #expect(unlinked.speakers == Ratio(right: 0, total: 1))
        #expect(unlinked.errors.contains { $0.kind == "wrong speaker" })
        // In aggregate: what was predicted, where the gold speaker is named, whether it was a mention.
        let classes = Array(unlinked.speakerErrorClasses.keys)
        #expect(classes.count == 1 && unlinked.speakerErrorClasses.values.reduce(0, +) == 1)
        let key = classes.first ?? ""
        #expect(key.hasPrefix("direct/partial: unlinked span (after"))
        #expect(key.contains("gold speaker before, same paragraph, not a predicted mention (capitalised, 2 words)"))
    }

    @Test func aRoleSpanSharedByTwoPeopleCountsForEachHolder() {
        // "des astronomes Kian Jek et Robert Gagliano": the gold lists the span twice, once per holder.
        let text = "des astronomes Kian Jek et Robert Gagliano"
        var gold = GoldDocument(id: "g", text: text)
        gold.ents = [.init(start: 15, end: 23, label: "PER", kbId: "jek"), .init(start: 27, end: 42, label: "PER", kbId: "gagliano")]
        gold.roles = [.init(kbId: "jek", start: 4, end: 14, modality: "stated"), .init(kbId: "gagliano", start: 4, end: 14, modality: "stated")]
        var doc = Document(id: "g", text: text)
        let role = EntityMention.Role(text: "astronomes", start: 4, end: 14)
        // The second holder listed first: the matching must still give each holder its own gold role.
        doc.mentions = [
            EntityMention(start: 27, end: 42, label: .person, kbId: "b", surface: "Robert Gagliano", canonical: "Robert Gagliano", confidence: 1, rule: "t", role: role),
            EntityMention(start: 15, end: 23, label: .person, kbId: "a", surface: "Kian Jek", canonical: "Kian Jek", confidence: 1, rule: "t", role: role),
        ]
        let report = Evaluator(layers: [.roles]).score(GoldCorpus(name: "t", documents: [gold]), predictions: [doc])
        #expect(report.roles == PRF(gold: 2, predicted: 2, matched: 2))
        #expect(report.rolePerson == Ratio(right: 2, total: 2))
        // One holder only: one of the two gold roles is missed, and the one found is the right person's.
        doc.mentions[0].role = nil
        let one = Evaluator(layers: [.roles]).score(GoldCorpus(name: "t", documents: [gold]), predictions: [doc])
        #expect(one.roles == PRF(gold: 2, predicted: 1, matched: 1))
        #expect(one.rolePerson == Ratio(right: 1, total: 1))
    }

    @Test func entityErrorsAreClassified() {
        let gold = goldDocument()
        var doc = Document(id: "g", text: gold.text)
        doc.mentions = [
            EntityMention(start: 8, end: 14, label: .person, kbId: "a", surface: "Lavrov", canonical: "", confidence: 1, rule: "t"),
            EntityMention(start: 64, end: 70, label: .location, kbId: "b", surface: "Lavrov", canonical: "", confidence: 1, rule: "t"),
            EntityMention(start: 54, end: 62, label: .organization, kbId: "c", surface: "ministre", canonical: "", confidence: 1, rule: "t"),
        ]
        let report = Evaluator(layers: [.ents]).score(GoldCorpus(name: "t", documents: [gold]), predictions: [doc])
        #expect(Set(report.errors.map(\.kind)) == ["wrong boundary", "wrong label", "spurious"])
        #expect(report.entities["PER"] == PRF(gold: 2, predicted: 1, matched: 0))
        #expect(report.entitiesOverlap["PER"] == PRF(gold: 2, predicted: 1, matched: 1))
    }

    @Test func floorsFailBelowAndWhenUnmeasured() {
        var report = EvalReport(corpus: "t", documents: 1)
        report.layers = ["quotes"]
        report.quotes = PRF(gold: 10, predicted: 10, matched: 9)
        #expect(report.belowFloors(["quotes.f1": 0.88]).isEmpty)
        #expect(report.belowFloors(["quotes.f1": 0.95]).map(\.0) == ["quotes.f1"])
        #expect(report.belowFloors(["speakers.accuracy": 0.5]).first?.1 == nil)
    }

    @Test func legacySeedGoldLoadsWithTheSeedTexts() throws {
        let corpus = try GoldCorpus.load(Repo.path("Tests/RecoupeTests/Gold"))
        #expect(corpus.documents.count == Repo.seedPaths.count)
        for d in corpus.documents {
            let scalars = Array(d.text.unicodeScalars)
            #expect((d.ents ?? []).allSatisfy { $0.end <= scalars.count })
            #expect(d.quotes != nil)
        }
    }
}
