import Foundation
import Dispatch
import Synchronization
@testable import RecoupeCore
import Testing

@Suite("SharedCache: built once per key, shared by every thread")
struct SharedCacheTests {
    @Test("a value is built once and then returned")
    func buildsOnce() {
        let cache = SharedCache<String, Int>()
        var builds = 0
        #expect(cache.value(for: "a") { builds += 1; return 1 } == 1)
        #expect(cache.value(for: "a") { builds += 1; return 2 } == 1)
        #expect(cache.value(for: "b") { builds += 1; return 3 } == 3)
        #expect(builds == 2)
        #expect(cache.count == 2)
        #expect(cache.cachedValue(for: "a") == 1)
        #expect(cache.cachedValue(for: "c") == nil)
    }

    struct Boom: Error {}

    @Test("a build that throws stores nothing; the next caller builds again")
    func failedBuildIsRetried() throws {
        let cache = SharedCache<String, Int>()
        #expect(throws: Boom.self) { try cache.value(for: "a") { () throws(Boom) -> Int in throw Boom() } }
        #expect(cache.cachedValue(for: "a") == nil)
        #expect(try cache.value(for: "a") { () throws(Boom) -> Int in 7 } == 7)
    }

    @Test("many threads asking for the same keys get one build per key")
    func concurrentCallersShareOneBuild() {
        let cache = SharedCache<Int, [Int]>()
        let builds = Atomic<Int>(0)
        // NSLock, not Synchronization's Mutex: ThreadSanitizer does not see the futex behind it on Linux.
        let lock = NSLock()
        nonisolated(unsafe) var seen: [Int: Set<[Int]>] = [:]
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            let key = i % 4
            let value = cache.value(for: key) {
                builds.add(1, ordering: .relaxed)
                return Array(0...key)
            }
            lock.lock()
            _ = seen[key, default: []].insert(value)
            lock.unlock()
        }
        #expect(builds.load(ordering: .relaxed) == 4)
        #expect(seen.values.allSatisfy { $0.count == 1 })
    }
}
