import Foundation
import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes

extension SourceComparer {
    /// Roles of one entity that are the same role in several sources but asserted differently
    /// ("pourrait devenir le prochain ambassadeur" / "le nouvel ambassadeur") or worded differently.
    func roleDivergences(_ entities: [EntityAcrossSources], _ documents: [Document]) -> [Divergence] {
        let docs = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Divergence] = []
        for e in entities where e.sources.count > 1 {
            let roles = e.perSource.flatMap(\.roles)
            let words = roles.map { r in docs[r.at.doc]!.contentWords(start: r.at.start, end: r.at.end) }
            var sets = DisjointSets(count: roles.count)
            for i in roles.indices {
                for j in (i + 1)..<max(i + 1, roles.count) where roles[i].at.doc != roles[j].at.doc {
                    let shared = words[i].intersection(words[j]).count
                    if shared > 0, Self.containment(words[i], words[j]) >= roleOverlap { sets.union(i, j) }
                }
            }
            for group in sets.groups() where Set(group.map { roles[$0].at.doc }).count > 1 {
                let members = group.map { roles[$0] }
                let readings = members.map {
                    Divergence.Reading(doc: $0.at.doc, text: $0.text, note: $0.modality.rawValue, at: $0.at)
                }
                let modalities = Set(members.map(\.modality))
                if modalities.count > 1 {
                    let how = Self.unique(members.map { "\($0.modality.rawValue) in \($0.at.doc)" }).joined(separator: ", ")
                    out.append(Divergence(kind: .roleModality, subject: e.canonical, detail: "the same role is \(how)", readings: readings))
                } else if Set(group.map { words[$0] }).count > 1 {
                    out.append(Divergence(kind: .roleWording, subject: e.canonical, detail: "the same role is worded differently", readings: readings))
                }
            }
        }
        return out
    }

    /// Entities that sources spell differently (last words differ, or full names never agree).
    /// Spellings are compared case- and typography-folded (`SpellingForm`); mixed-script
    /// spellings are left out here and reported by `mixedScriptDivergences`.
    func spellingDivergences(_ entities: [EntityAcrossSources]) -> [Divergence] {
        var out: [Divergence] = []
        for e in entities where e.sources.count > 1 {
            let spellings = e.perSource.map { p in
                p.spellings.map(\.text).filter { !SpellingForm.isMixedScript($0) }.map(SpellingForm.comparable)
            }.filter { !$0.isEmpty }
            guard spellings.count > 1 else { continue }
            let lastWords = spellings.map { Set($0.compactMap { $0.split(separator: " ").last.map(String.init) }) }
            let fullNames = spellings.map { Set($0.filter { $0.contains(" ") }) }
            let differs: Bool
            if e.label == .person {
                // A short form ("Coulter" for "Sonata Coulter") is not a different spelling.
                let withFull = fullNames.filter { !$0.isEmpty }
                differs = Set(lastWords).count > 1
                    || (withFull.count > 1 && withFull.dropFirst().allSatisfy { $0.isDisjoint(with: withFull[0]) })
            } else {
                // Places and organisations: only when two sources share no name at all (Turquie / Türkiye).
                let sets = spellings.map(Set.init)
                differs = sets.indices.contains { i in sets.indices.contains { j in sets[i].isDisjoint(with: sets[j]) } }
            }
            guard differs else { continue }
            let readings = e.perSource.map { p in
                Divergence.Reading(doc: p.doc, text: p.spellings.map(\.text).joined(separator: " / "), note: nil, at: p.mentions.first)
            }
            out.append(Divergence(kind: .spelling, subject: e.canonical,
                                  detail: "spelled " + readings.map { "“\($0.text)” in \($0.doc)" }.joined(separator: ", "),
                                  readings: readings))
        }
        return out
    }

    /// Spellings with letters of two scripts in one word ("Lаvrov" with a Cyrillic а): they look
    /// like the others but do not match them in a search; each is named with the odd letters.
    func mixedScriptDivergences(_ entities: [EntityAcrossSources]) -> [Divergence] {
        var out: [Divergence] = []
        for e in entities {
            var readings: [Divergence.Reading] = []
            var letters: [String] = []
            for p in e.perSource {
                for s in p.spellings where SpellingForm.isMixedScript(s.text) {
                    let odd = SpellingForm.foreignLetters(s.text)
                    letters += odd
                    let at = p.mentions.first { $0.text == s.text }
                    readings.append(Divergence.Reading(doc: p.doc, text: s.text, note: "mixed-script: " + odd.joined(separator: ", "), at: at))
                }
            }
            guard !readings.isEmpty else { continue }
            out.append(Divergence(kind: .mixedScript, subject: e.canonical,
                                  detail: "spelled with " + Self.unique(letters).joined(separator: ", ") + " among Latin letters (looks the same, does not match in a search)",
                                  readings: readings))
        }
        return out
    }

    static func typographyFolded(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "\u{2019}", "\u{2018}", "\u{02BC}": out.append("'")
            case "\u{00A0}", "\u{202F}", "\u{2009}": out.append(" ")
            case "\u{2010}", "\u{2011}": out.append("-")
            default: out.append(c)
            }
        }
        return String(out)
    }

    /// Shared quotations whose wording or speaker differs between sources.
    func quoteDivergences(_ quotes: [QuoteAlignment]) -> [Divergence] {
        var out: [Divergence] = []
        for q in quotes where q.shared {
            let readings = q.versions.map {
                Divergence.Reading(doc: $0.doc, text: $0.content.text, note: $0.speaker?.text ?? "unattributed", at: $0.content)
            }
            let named = q.versions.filter { $0.speaker != nil }
            let disagree = named.contains { a in
                named.contains { b in
                    let ta = a.speaker!.text, tb = b.speaker!.text
                    return a.speakerId != b.speakerId && !NameVariantKey.samePerson(ta, tb) && NameVariantKey.key(ta) != NameVariantKey.key(tb)
                }
            }
            if disagree {
                out.append(Divergence(kind: .quoteAttribution, subject: q.speakerName,
                                      detail: "attributed to " + Self.unique(q.versions.map { $0.speaker?.text ?? "nobody" }).joined(separator: " / "),
                                      readings: readings))
            }
            if q.relation != "identical" {
                // Which words each source adds, cuts or changes against the reference version.
                let words = q.differences.map { "\($0.doc) \($0.summary) (against \($0.against))" }
                let form = q.form == "verbatim-and-paraphrase" ? ", quoted in one source and reported in another" : ""
                out.append(Divergence(kind: .quoteWording, subject: q.speakerName,
                                      detail: "\(q.relation) (similarity \(String(format: "%.2f", q.similarity))\(form))"
                                          + (words.isEmpty ? "" : ": " + words.joined(separator: "; ")),
                                      readings: readings))
            }
        }
        return out
    }

    func numberDivergences(_ numbers: [NumberAcrossSources]) -> [Divergence] {
        numbers.filter(\.differs).map { n in
            Divergence(kind: .number, subject: n.unit,
                       detail: Self.unique(n.occurrences.map { "\($0.value) in \($0.doc)" }).joined(separator: ", "),
                       readings: n.occurrences.map { Divergence.Reading(doc: $0.doc, text: $0.at.text, note: $0.value, at: $0.at) })
        }
    }

    /// Entities only some sources mention.
    func coverageDivergences(_ entities: [EntityAcrossSources], _ documents: [Document]) -> [Divergence] {
        guard documents.count > 1 else { return [] }
        return entities.filter { !$0.shared }.map { e in
            let readings = documents.map { doc -> Divergence.Reading in
                if let p = e.perSource.first(where: { $0.doc == doc.id }) {
                    return Divergence.Reading(doc: doc.id, text: p.spellings.map(\.text).joined(separator: " / "),
                                              note: "\(p.mentions.count) mention(s)", at: p.mentions.first)
                }
                return Divergence.Reading(doc: doc.id, text: "—", note: "absent", at: nil)
            }
            return Divergence(kind: .coverage, subject: e.canonical,
                              detail: "only in " + e.sources.joined(separator: ", "), readings: readings)
        }
    }
}
