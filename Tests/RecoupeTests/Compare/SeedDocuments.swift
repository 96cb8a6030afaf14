@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry

/// The seed articles as the comparison tests see them: the real pipeline's output when it
/// produces entities and quotations, the hand-annotated seeds otherwise.
enum SeedDocuments {
    static func annotated() throws -> [Document] {
        var docs: [Document] = []
        for path in Repo.seedPaths {
            var doc = try DocumentReader().read(path: path)
            try Pipeline.standard().run(&doc)
            docs.append(doc)
        }
        if docs.allSatisfy({ !$0.mentions.isEmpty && !$0.quotes.isEmpty }) { return docs }
        return try HandAnnotatedSeeds.documents
    }
}
