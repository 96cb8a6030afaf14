import Foundation
@testable import RecoupeICU
@testable import RecoupeCore
@testable import RecoupeText
@testable import RecoupeNames
@testable import RecoupeDates
@testable import RecoupeQuotes
@testable import Recoupe
@testable import RecoupeRegistry

/// The two seed articles, tokenized by the real pipeline, with entity, role, date and quote
/// layers added by hand at the places a reader marks (found by searching the text), so the
/// comparison can be tested before and independently of the entity and quote stages.
enum HandAnnotatedSeeds {
    static var documents: [Document] {
        get throws { try [first(), second()] }
    }

    /// Code-point span of the `occurrence`-th (0-based) match of `needle`, after `from`.
    static func span(_ doc: Document, _ needle: String, occurrence: Int = 0, after from: Int = 0) -> (Int, Int) {
        let n = Array(needle.unicodeScalars)
        var seen = 0
        var i = from
        while i + n.count <= doc.scalars.count {
            if Array(doc.scalars[i..<(i + n.count)]) == n {
                if seen == occurrence { return (i, i + n.count) }
                seen += 1
            }
            i += 1
        }
        fatalError("\(needle.debugDescription) not found in \(doc.id)")
    }

    static func mention(_ doc: inout Document, _ surface: String, _ label: EntityMention.Label, _ kb: String, _ canonical: String,
                        occurrence: Int = 0, role: (String, EntityMention.Modality)? = nil) {
        let (s, e) = span(doc, surface, occurrence: occurrence)
        var m = EntityMention(start: s, end: e, label: label, kbId: kb, surface: surface, canonical: canonical, confidence: 0.9, rule: "hand")
        if let (text, modality) = role {
            let (rs, re) = span(doc, text)
            m.role = .init(text: text, start: rs, end: re, modality: modality)
        }
        doc.mentions.append(m)
    }

    static func date(_ doc: inout Document, _ surface: String, _ value: String?, _ precision: DateMention.Precision, relative: Bool = false, occurrence: Int = 0) {
        let (s, e) = span(doc, surface, occurrence: occurrence)
        doc.dates.append(DateMention(start: s, end: e, surface: surface, value: value, precision: precision, relative: relative, rule: "hand"))
    }

    static func quote(_ doc: inout Document, open: String, content: String, kind: Quote.Kind,
                      speaker: String?, speakerKb: String?, cue: String?, lemma: String?, near context: String? = nil) {
        let (cs, ce) = span(doc, content)
        let (qs, _) = span(doc, open, after: max(0, cs - open.unicodeScalars.count - 2))
        let marksEnd = ce + (doc.scalars[ce] == " " ? 2 : 1)
        var q = Quote(start: min(qs, cs), end: min(marksEnd, doc.length), contentStart: cs, contentEnd: ce, kind: kind, confidence: 0.9)
        let from = context.map { span(doc, $0).0 } ?? 0
        if let speaker {
            let (s, e) = span(doc, speaker, after: from)
            q.speaker = .init(start: s, end: e, text: speaker, kbId: speakerKb)
        }
        if let cue, let lemma {
            let (s, e) = span(doc, cue, after: from)
            q.cue = .init(start: s, end: e, text: cue, lemma: lemma)
        }
        doc.quotes.append(q)
    }

    static func load(_ name: String) throws -> Document {
        let path = Repo.seedPaths.first { $0.contains(name) }!
        var doc = try DocumentReader().read(path: path)
        try Pipeline.standard().run(&doc)
        // Only the hand-made layers: these tests must not move with the entity and quote stages.
        doc.mentions = []
        doc.entities = []
        doc.dates = []
        doc.quotes = []
        return doc
    }

    static func first() throws -> Document {
        var d = try load("000_")
        mention(&d, "Sergueï Lavrov", .person, "sergey-lavrov", "Sergueï Lavrov")
        mention(&d, "Marco Rubio", .person, "marco-rubio", "Marco Rubio")
        mention(&d, "Istanbul", .location, "istanbul", "Istanbul")
        mention(&d, "Istanbul", .location, "istanbul", "Istanbul", occurrence: 1)
        mention(&d, "Département d'État américain", .organization, "us-state-department", "Département d’État américain")
        mention(&d, "Département d'État américain", .organization, "us-state-department", "Département d’État américain", occurrence: 1)
        mention(&d, "Sonata Coulter", .person, "sonata-coulter", "Sonata Coulter",
                role: ("secrétaire d'État adjoint pour la Russie et l'Europe centrale", .stated))
        mention(&d, "Alexandre Dartchiev", .person, "alexander-darchiev", "Alexandre Dartchiev",
                role: ("directeur du département pour l'Atlantique Nord du ministère des Affaires étrangères de la Fédération de Russie", .stated))
        mention(&d, "Alexandre Dartchiev", .person, "alexander-darchiev", "Alexandre Dartchiev", occurrence: 1,
                role: ("pourrait devenir le prochain ambassadeur de Russie aux États-Unis", .speculative))
        mention(&d, "Maria Zakharova", .person, "maria-zakharova", "Maria Zakharova")
        mention(&d, "Vladimir Poutine", .person, "vladimir-putin", "Vladimir Poutine")
        mention(&d, "Donald Trump", .person, "donald-trump", "Donald Trump")
        mention(&d, "Riyad", .location, "riyadh", "Riyad")
        mention(&d, "Anatoli Antonov", .person, "anatoly-antonov", "Anatoli Antonov")
        mention(&d, "Dmitri Peskov", .person, "dmitry-peskov", "Dmitri Peskov")
        mention(&d, "Washington", .location, "washington", "Washington")
        d.mentions.sort { $0.start < $1.start }
        date(&d, "le 27 février", "2025-02-27", .day)
        date(&d, "Ces dernières semaines", "2025-02-01", .range, relative: true)
        date(&d, "le 12 février", "2025-02-12", .day)
        date(&d, "Le 18 février", "2025-02-18", .day)
        date(&d, "Fin novembre 2024", "2024-11", .month)
        d.dates.sort { $0.start < $1.start }
        quote(&d, open: "«", content: "mesures initiales concrètes", kind: .partial,
              speaker: "Département d'État américain", speakerKb: "us-state-department", cue: "selon", lemma: "selon")
        quote(&d, open: "«", content: "Ces problèmes se sont accumulés à cause des actions illégales de plusieurs équipes précédentes de la Maison Blanche, mais elles se sont toutes concentrées sur le personnel diplomatique et reposaient sur des idées russophobes destructrices. Ces équipes ont délibérément entravé les activités de l’ambassade de Russie à Washington, compromettant ainsi la base même des relations diplomatiques entre nos deux pays",
              kind: .direct, speaker: "Maria Zakharova", speakerKb: "maria-zakharova", cue: "a constaté", lemma: "constater")
        return d
    }

    static func second() throws -> Document {
        var d = try load("003_")
        mention(&d, "Istanbul", .location, "istanbul", "Istanbul")
        mention(&d, "Istanbul", .location, "istanbul", "Istanbul", occurrence: 1)
        mention(&d, "Coulter", .person, "sonata-coulter", "Sonata Coulter",
                role: ("secrétaire adjoint adjoint d’État pour la Russie et la sonate de l’Europe centrale", .stated))
        // A different kb_id on purpose: the comparer must reconcile by name.
        mention(&d, "Alexander Darchiev", .person, "name:darchiev", "Alexander Darchiev",
                role: ("le nouvel ambassadeur de la Russie à Washington", .stated))
        mention(&d, "Département d’État américain", .organization, "us-state-department", "Département d’État américain")
        mention(&d, "Département d’État américain", .organization, "us-state-department", "Département d’État américain", occurrence: 1)
        mention(&d, "Tammy Bruce", .person, "tammy-bruce", "Tammy Bruce")
        mention(&d, "Washington", .location, "washington", "Washington")
        mention(&d, "Washington", .location, "washington", "Washington", occurrence: 1)
        mention(&d, "ONU", .organization, "un", "ONU")
        d.mentions.sort { $0.start < $1.start }
        date(&d, "10 avril 2025", "2025-04-10", .day)
        date(&d, "jeudi", nil, .day, relative: true)
        date(&d, "en février", "2025-02", .month)
        date(&d, "du 27 février", "2025-02-27", .day)
        date(&d, "mardi", nil, .day, relative: true)
        d.dates.sort { $0.start < $1.start }
        quote(&d, open: "«", content: "ont accepté de développer une feuille de route", kind: .partial,
              speaker: "le consulat", speakerKb: nil, cue: "a indiqué", lemma: "indiquer", near: "a indiqué le consulat")
        quote(&d, open: "«", content: "l’approche constructive", kind: .partial,
              speaker: "Le Département d’État américain", speakerKb: "us-state-department", cue: "a indiqué", lemma: "indiquer",
              near: "Le Département d’État américain, dans son communiqué")
        return d
    }
}
