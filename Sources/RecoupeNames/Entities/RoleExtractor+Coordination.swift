import RecoupeCore

/// Coordinated roles: "le journaliste et commentateur sportif X", "X, responsable de l'organisation et
/// spécialiste de la Syrie" hold two roles each, and the gold sets mark each role on its own (five of the
/// news dev split's missed roles were the second half of such a phrase).
extension RoleExtractor {
    /// `roles(of:)` with the first role split where it coordinates roles: the first part stays `role`, the
    /// others are `coordinated`.
    func rolesSplittingCoordination(of i: Int) -> (role: EntityMention.Role?, newRole: EntityMention.Role?, coordinated: [EntityMention.Role]) {
        let (role, newRole) = roles(of: i)
        guard let role else { return (nil, newRole, []) }
        let parts = coordinatedParts(of: role)
        var coordinated = Array(parts.dropFirst())
        if let earlier = apposedTitle(before: role, of: mentions[i]) { coordinated.append(earlier) }
        return (parts[0], newRole, coordinated)
    }

    /// A title apposed before the article of the title that names the person: "le guide religieux de l'Iran,
    /// l'ayatollah Ali Khamenei" gives Khamenei both. Not after "selon"/"pour" ("Selon le ministre, le
    /// général X a …": the minister is someone else).
    private func apposedTitle(before title: EntityMention.Role, of m: EntityRecognizer.Candidate) -> EntityMention.Role? {
        let tokens = ctx.tokens
        let lo = tokens.partitionIndex { $0.start < title.start }
        // The title ends right before the name, its article right before it.
        guard lo < tokens.count, tokens[lo].start == title.start, let last = ctx.prev(m.start), tokens[last].end == title.end,
              let det = ctx.prev(lo), Self.isDefiniteArticle(ctx.norm(det)), let comma = ctx.prev(det), ctx.isPunct(comma, ","),
              let t = Self.titleStart(before: det, ctx, broad: true, isPerson: { inPerson($0) }) else { return nil }
        var opener = ctx.prev(t.start)
        if let o = opener, Self.determiners.contains(ctx.norm(o)) { opener = ctx.prev(o) }
        if let o = opener, ["selon", "pour", "après"].contains(ctx.norm(o)) { return nil }
        return makeDescriptionRole(t.start, t.end)
    }

    /// The role phrase `r` split at each "et" that a role word follows (after an article and modifiers, as a
    /// role phrase opens): "journaliste et commentateur sportif" → "journaliste", "commentateur sportif". Not
    /// "ministre de l'Industrie et du Commerce" (no role word after "et"). Every part keeps the modality of
    /// the whole ("ancien footballeur et joueur …": the modifier may scope over both). `[r]` when nothing splits.
    func coordinatedParts(of r: EntityMention.Role) -> [EntityMention.Role] {
        let tokens = ctx.tokens
        let lo = tokens.partitionIndex { $0.start < r.start }
        guard lo < tokens.count, tokens[lo].start == r.start else { return [r] }
        var parts: [EntityMention.Role] = []
        var from = lo, k = lo + 1, last = lo
        while k < tokens.count, tokens[k].end <= r.end {
            if tokens[k].kind != .space { last = k }
            if ctx.norm(k) == "et", let before = ctx.prev(k), before >= from, let next = coordinatedRoleStart(after: k), tokens[next].end <= r.end {
                parts.append(part(from, before, r.modality))
                from = next
                last = next
                k = next + 1
                continue
            }
            k += 1
        }
        guard !parts.isEmpty, tokens[last].end == r.end else { return [r] }
        parts.append(part(from, last, r.modality))
        return parts
    }

    /// Where the role phrase after "et" at `k` starts (its article skipped, its modifiers kept), or nil when no
    /// role word follows.
    private func coordinatedRoleStart(after k: Int) -> Int? {
        ctx.next(k).flatMap { roleOpening(from: $0)?.start }
    }

    private func part(_ s: Int, _ e: Int, _ modality: EntityMention.Modality) -> EntityMention.Role {
        var role = makeDescriptionRole(s, e)
        role.modality = modality
        return role
    }
}
