import Foundation
@testable import RecoupeNames
import Testing

@Suite("NER word clusters")
struct WordClustersTests {
    @Test("the shipped clusters load and group words used alike")
    func shipped() throws {
        let c = WordClusters.shipped
        #expect(c.granularities == [64, 256, 1024])
        #expect(c.count > 30_000)
        // Towns with towns, given names with given names, and neither with an article.
        let paris = try #require(c.clusters("paris")), londres = try #require(c.clusters("londres"))
        let jacques = try #require(c.clusters("jacques")), jeanne = try #require(c.clusters("jeanne"))
        let le = try #require(c.clusters("le"))
        #expect(paris[0] == londres[0] && jacques[0] == jeanne[0])
        #expect(paris[0] != jacques[0] && paris[0] != le[0] && jacques[0] != le[0])
        // Keys are norms: case-folded, diacritics kept.
        #expect(c.clusters("Paris") == nil)
        #expect(c.clusters("société") != nil)
        #expect(c.clusters("zzqxj") == nil)
    }

    @Test("the file format: ids per granularity, malformed files refused with a reason")
    func fileFormat() throws {
        let dir = try TemporaryFolder("clusters")
        defer { dir.remove() }
        let good = dir.file("good.tsv")
        try "#norm\tc4\tc16\nparis\t1\t9\nlyon\t1\t3\n".write(toFile: good, atomically: true, encoding: .utf8)
        let c = try WordClusters.load(path: good)
        #expect(c.granularities == [4, 16] && c.count == 2)
        #expect(c.clusters("paris") == [1, 9] && c.clusters("lyon") == [1, 3] && c.clusters("rome") == nil)
        for bad in ["norm\tc4\nparis\t1\n", "#norm\tc4\nparis\t4\n", "#norm\tc4\tc16\nparis\t1\n", "#norm\tx4\nparis\t1\n", ""] {
            let path = dir.file("bad.tsv")
            try bad.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: WordClusters.LoadError.self) { try WordClusters.load(path: path) }
        }
    }

    @Test("cluster features: the token's own at every granularity, the neighbours' coarser ones, a flag for unknown words")
    func features() {
        let clusters = WordClusters(granularities: [4, 16], table: ["paris": [1, 9], "à": [2, 5]])
        var f = TaggerFeatures(firstNames: [])
        f.clusters = clusters
        var none = TaggerFeatures(firstNames: [])
        none.clusters = .empty
        let paris = TokenType(norm: "paris", shape: 0)
        #expect(f.cluster(paris) != TaggerFeatures.noCluster && none.cluster(paris) == TaggerFeatures.noCluster)
        // Seen as the token: two cluster ids and the finest one with the shape; as a neighbour: two ids.
        #expect(f.typeHashes(paris, slot: 2).count == none.typeHashes(paris, slot: 2).count + 3 - 1)
        #expect(f.typeHashes(paris, slot: 1).count == none.typeHashes(paris, slot: 1).count + 2)
        #expect(f.typeHashes(paris, slot: 0).count == none.typeHashes(paris, slot: 0).count)
        // Two words of one cluster share those features; a word of another cluster does not.
        let lyon = TokenType(norm: "lyon", shape: 0)
        var g = f
        g.clusters = WordClusters(granularities: [4, 16], table: ["paris": [1, 9], "lyon": [1, 9], "à": [2, 5]])
        let shared = Set(g.typeHashes(paris, slot: 2)).intersection(g.typeHashes(lyon, slot: 2))
        let other = Set(g.typeHashes(paris, slot: 2)).intersection(g.typeHashes(TokenType(norm: "à", shape: 0), slot: 2))
        #expect(shared.count >= other.count + 3)  // the three cluster features on top of what any two plain words share
    }

    @Test("a model of another feature set is refused, naming both")
    func versionRefused() throws {
        let (model, _, _) = try EntityTaggerTests.trainTiny()
        #expect(model.header.featureSet == TaggerFeatures.version && TaggerFeatures.version == "recoupe-ner-features-2")
        var old = model.header
        old.featureSet = "recoupe-ner-features-1"
        let bytes = try NERModel(header: old, weights: model.weights, transitions: model.transitions).serialized()
        do {
            _ = try NERModel.load(bytes: Data(bytes), path: "old.rcpm")
            Issue.record("an old model loaded")
        } catch let e as NERModel.LoadError {
            #expect(e.description.contains("recoupe-ner-features-1") && e.description.contains("recoupe-ner-features-2"))
        }
    }
}
