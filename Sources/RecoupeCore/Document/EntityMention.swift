import RecoupeICU
/// One mention of an entity in the text (`ents` in JSON, spaCy-compatible plus Recoupe's fields).
public struct EntityMention: TextSpan, Codable, Hashable, Sendable {
    public enum Label: String, Codable, Sendable, CaseIterable {
        case person = "PER", organization = "ORG", location = "LOC", misc = "MISC", date = "DATE"
    }

    /// Whether a role is asserted or only envisaged ("pourrait devenir le prochain ambassadeur").
    public enum Modality: String, Codable, Sendable {
        case stated, speculative, former, denied
    }

    /// A role or title attached to a mention by apposition or a preceding title.
    public struct Role: Codable, Hashable, Sendable {
        public var text: String
        public var start: Int
        public var end: Int
        public var modality: Modality

        public init(text: String, start: Int, end: Int, modality: Modality = .stated) {
            self.text = text
            self.start = start
            self.end = end
            self.modality = modality
        }

        enum CodingKeys: String, CodingKey { case text, start, end, modality }
    }

    public var start: Int
    public var end: Int
    public var label: Label
    /// The entity id: a lexicon id, or a corpus-wide id derived from the reconciled name key.
    public var kbId: String
    public var surface: String
    /// The entity's canonical name.
    public var canonical: String
    /// 0…1.
    public var confidence: Double
    /// The rule that produced the mention ("gazetteer", "variant-key", "title-cue", "coref" …).
    public var rule: String
    public var role: Role?
    /// The new role when the sentence tells a role change (`new_role` in JSON): "X, jusqu'ici vice-ministre,
    /// a été nommé ambassadeur" gives `role` vice-ministre (former) and `newRole` ambassadeur (stated).
    public var newRole: Role?
    /// The further roles of a coordination (`coordinated_roles` in JSON, absent when none): "le journaliste
    /// et commentateur sportif X" gives `role` journaliste and `coordinatedRoles` [commentateur sportif]; also
    /// a title apposed before the name's own: "le guide religieux de l'Iran, l'ayatollah X" gives `role`
    /// ayatollah and `coordinatedRoles` [guide religieux de l'Iran].
    public var coordinatedRoles: [Role]?

    /// `role`, `newRole` and `coordinatedRoles`, in that order.
    public var allRoles: [Role] { [role, newRole].compactMap { $0 } + (coordinatedRoles ?? []) }

    public init(start: Int, end: Int, label: Label, kbId: String, surface: String, canonical: String,
                confidence: Double, rule: String, role: Role? = nil, newRole: Role? = nil) {
        self.start = start
        self.end = end
        self.label = label
        self.kbId = kbId
        self.surface = surface
        self.canonical = canonical
        self.confidence = confidence
        self.rule = rule
        self.role = role
        self.newRole = newRole
    }

    enum CodingKeys: String, CodingKey {
        case start, end, label, kbId = "kb_id", surface, canonical, confidence, rule, role, newRole = "new_role"
        case coordinatedRoles = "coordinated_roles"
    }
}

/// An entity as it appears in one document: listed once, with its mentions.
public struct Entity: Codable, Hashable, Sendable {
    public var id: String
    public var label: EntityMention.Label
    public var canonical: String
    /// Indices into `Document.mentions`.
    public var mentions: [Int]
    /// Distinct surface forms seen in this document.
    public var spellings: [String]
    /// Roles attached to any of its mentions.
    public var roles: [EntityMention.Role]

    public init(id: String, label: EntityMention.Label, canonical: String, mentions: [Int] = [],
                spellings: [String] = [], roles: [EntityMention.Role] = []) {
        self.id = id
        self.label = label
        self.canonical = canonical
        self.mentions = mentions
        self.spellings = spellings
        self.roles = roles
    }

    enum CodingKeys: String, CodingKey { case id, label, canonical, mentions, spellings, roles }
}
