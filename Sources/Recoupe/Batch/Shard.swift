import RecoupeCore
import RecoupeText
import RecoupeNames
import RecoupeDates
import RecoupeQuotes
/// `--shard I/N`: a stable subset of a folder's files, chosen by a hash of each file's relative
/// path (FNV-1a 64), not by its position, so adding or removing files moves no other file to
/// another shard and every machine of a cluster agrees without talking. `I` counts from 0, like
/// Kubernetes' `JOB_COMPLETION_INDEX` and Spark partitions.
public struct Shard: Equatable, Sendable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses "I/N" with 0 <= I < N; nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n else { return nil }
        self.init(index: i, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether `relative` (the path under the input folder) belongs to this shard.
    public func contains(_ relative: String) -> Bool {
        Int(Self.fnv1a(relative) % UInt64(count)) == index
    }

    public func contains(_ item: InputCollector.Item) -> Bool {
        switch item {
        case .file(_, let relative): return contains(relative)
        case .skipped(let path, _): return contains(path)
        case .failed(let e): return contains(e.path)
        }
    }

    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
