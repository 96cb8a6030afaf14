import Foundation
import Recoupe
import RecoupeCore

extension NameRegistry {
    /// A document ready to be recorded: what `record` writes, computed without the write lock
    /// (see `NameRegistry.prepare`).
    public struct PreparedDocument: @unchecked Sendable {
        /// `NameVariantKey`s of one name, computed once per distinct spelling.
        struct Keys { var name: String; var surname: String }

        public let sha256: String
        public let id: String
        let path: String?
        let outlet: String?
        let published: String?
        let language: String
        let entities: [SourceComparer.LocalEntity]
        let keys: [String: Keys]
    }
}

/// `NameVariantKey`s of names already met in this process, so each distinct spelling is keyed
/// once per run, not once per mention (keys were half of what the registry cost a run).
/// Bounded: emptied when it holds `capacity` names.
final class NameKeyCache: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: NameRegistry.PreparedDocument.Keys] = [:]
    let capacity: Int

    init(capacity: Int = 100_000) { self.capacity = capacity }

    func keys(_ name: String) -> NameRegistry.PreparedDocument.Keys {
        if let k = lock.withLock({ keys[name] }) { return k }
        let k = NameRegistry.PreparedDocument.Keys(name: NameVariantKey.key(name), surname: NameVariantKey.surnameKey(name))
        lock.withLock {
            if keys.count >= capacity { keys.removeAll(keepingCapacity: true) }
            keys[name] = k
        }
        return k
    }
}
