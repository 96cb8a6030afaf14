import Foundation
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry
import Testing

/// Paths in the repository, found from this file's location.
enum Repo {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("repository root not found from \(#filePath)")
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    static var seedPaths: [String] {
        let dir = path("seeds")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted().map { dir + "/" + $0 }
    }
}

/// Checks that every span of every layer slices the text to its stored surface, and that
/// tokens are ordered, non-overlapping and rebuild the text with single spaces.
func assertSpansSlice(_ doc: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    let n = doc.length
    var previousEnd = 0
    for t in doc.tokens {
        #expect(t.start >= previousEnd && t.start < t.end && t.end <= n, "token \(t.id) \(t.start)..<\(t.end)", sourceLocation: sourceLocation)
        // The gap between tokens is nothing or exactly one U+0020.
        let gap = doc.surface(start: previousEnd, end: max(previousEnd, t.start))
        #expect(gap.isEmpty || gap == " ", "gap \(gap.debugDescription) before token \(t.id)", sourceLocation: sourceLocation)
        previousEnd = t.end
    }
    let tail = doc.surface(start: min(previousEnd, n), end: n)
    #expect(tail.isEmpty || tail == " ", "text after last token: \(tail.debugDescription)", sourceLocation: sourceLocation)
    for s in doc.sentences + doc.paragraphs {
        #expect(0 <= s.start && s.start < s.end && s.end <= n, "span \(s)", sourceLocation: sourceLocation)
    }
    for m in doc.mentions {
        #expect(doc.surface(of: m) == m.surface, "ent \(m.surface) at \(m.start)", sourceLocation: sourceLocation)
    }
    for d in doc.dates {
        #expect(doc.surface(of: d) == d.surface, "date \(d.surface) at \(d.start)", sourceLocation: sourceLocation)
    }
    for q in doc.quotes {
        #expect(q.start <= q.contentStart && q.contentStart <= q.contentEnd && q.contentEnd <= q.end && q.end <= n, "quote at \(q.start)", sourceLocation: sourceLocation)
        if let s = q.speaker { #expect(doc.surface(start: s.start, end: s.end) == s.text, "speaker \(s.text)", sourceLocation: sourceLocation) }
        if let c = q.cue { #expect(doc.surface(start: c.start, end: c.end) == c.text, "cue \(c.text)", sourceLocation: sourceLocation) }
        // Segments: at least one, ordered, disjoint, non-empty, inside the content.
        #expect(!q.segments.isEmpty, "quote at \(q.start) has no segment", sourceLocation: sourceLocation)
        var segmentEnd = q.contentStart
        for g in q.segments {
            #expect(segmentEnd <= g.start && g.start <= g.end && g.end <= q.contentEnd && (g.start < g.end || q.segments.count == 1),
                    "segment \(g.start)..<\(g.end) of quote at \(q.start)", sourceLocation: sourceLocation)
            segmentEnd = g.end
        }
    }
    for e in doc.entities {
        for r in e.roles { #expect(doc.surface(start: r.start, end: r.end) == r.text, "role \(r.text)", sourceLocation: sourceLocation) }
    }
}

/// Annotates a text with the standard pipeline.
func annotate(_ text: String, id: String = "test") throws -> Document {
    var doc = Document(id: id, text: text)
    try Pipeline.standard().run(&doc)
    assertSpansSlice(doc)
    return doc
}

extension Document {
    /// Surfaces of the non-space tokens.
    var words: [String] { tokens.filter { $0.kind != .space }.map { surface(of: $0) } }
}

/// The checks every reader of a compiled cache body (`FlatReader`) must pass, given the body it wrote and `read`,
/// which returns what it read (nil when it refused) and uses it: a body of other sources or another version is
/// refused; so is every cut of it (`samples` of them); flipped bytes past the version and sources (`samples` of
/// them) may be read as other values but never crash the reader or its user.
func expectDamagedBodiesHandled<T>(_ body: [UInt8], samples: Int, read: ([UInt8], _ sourcesOffset: UInt64) -> T?,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(read(body, 0) != nil, sourceLocation: sourceLocation)
    #expect(read(body, 1) == nil, "other sources", sourceLocation: sourceLocation)
    var otherVersion = body
    otherVersion[0] &+= 1
    #expect(read(otherVersion, 0) == nil, "other version", sourceLocation: sourceLocation)
    for cut in stride(from: 0, to: body.count, by: max(1, body.count / samples)) {
        #expect(read(Array(body.prefix(cut)), 0) == nil, "cut at \(cut)", sourceLocation: sourceLocation)
    }
    for at in stride(from: 12, to: body.count, by: max(1, body.count / samples)) {
        var b = body
        b[at] ^= 0xA5
        _ = read(b, 0)
    }
}
