import RecoupeCore
import RecoupeICU
import RecoupeText
import Foundation

/// The weights of the NER tagger and what made them: a versioned binary file (`Lexicons/models/ner-fr.rcpm`).
///
/// Layout (little-endian): the 12 bytes `RECOUPE-NER\n`; a UInt32 byte count and that many bytes of JSON
/// (``Header``: format, feature set, tags, hash bits, seed, epochs, training data with SHA-256, calibration,
/// scores); the transition table as Float32, `(tags + 1) × tags` (last row: sentence start); the feature
/// weights as Float16, `2^bits × tags` (row = a feature hash's low `bits` bits). A file whose `format`
/// or `featureSet` differs from this build's is refused, naming both.
///
/// Loading reads the file once and widens the weights to Float32 (≈ 36 MB for 19 bits); the model is
/// then read-only and shared by every worker (``shipped(lexiconDirectory:)`` caches it per folder).
public final class NERModel: @unchecked Sendable {
    public static let magic = Array("RECOUPE-NER\n".utf8)
    public static let format = 1
    /// Path of the shipped model under `Lexicons/`.
    public static let relativePath = "models/ner-fr.rcpm"

    /// One training file, as the header records it.
    public struct TrainingSource: Codable, Sendable, Equatable {
        public var name: String
        public var sha256: String
        public var licence: String
        public var documents: Int
        public var tokens: Int
        public var entities: Int
        public init(name: String, sha256: String, licence: String, documents: Int, tokens: Int, entities: Int) {
            self.name = name; self.sha256 = sha256; self.licence = licence
            self.documents = documents; self.tokens = tokens; self.entities = entities
        }
    }

    /// What the file says about itself (the JSON part).
    public struct Header: Codable, Sendable, Equatable {
        public var format: Int
        public var featureSet: String
        public var tags: [String]
        public var bits: Int
        public var seed: UInt64
        public var epochs: Int
        public var trainingData: [TrainingSource]
        /// Platt scaling of a mention's score margin into a probability: `1 / (1 + exp(-(a·margin + b)))`.
        public var calibration: [Double]
        public var recoupeVersion: String
        /// Free-form notes (scores on held-out data, the command that built it).
        public var notes: [String: String]
    }

    /// A model file that cannot be used, and why.
    public struct LoadError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "NER model \(path): \(reason)" }
    }

    public internal(set) var header: Header
    /// `2^bits × tags` weights.
    let weights: [Float]
    /// `(tags + 1) × tags` transition scores, the last row for the sentence start.
    let transitions: [Float]
    let mask: UInt64

    init(header: Header, weights: [Float], transitions: [Float]) {
        precondition(weights.count == (1 << header.bits) * EntityTagSet.count)
        precondition(transitions.count == (EntityTagSet.count + 1) * EntityTagSet.count)
        self.header = header
        self.weights = weights
        self.transitions = transitions
        mask = (1 << UInt64(header.bits)) - 1
    }

    /// Records the confidence calibration and notes (scores, command) before writing.
    public func setCalibration(_ ab: [Double], notes: [String: String]) {
        header.calibration = ab
        header.notes.merge(notes) { $1 }
    }

    /// The file's bytes.
    public func serialized() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = Array(try encoder.encode(header))
        var out = Self.magic
        out.reserveCapacity(16 + json.count + transitions.count * 4 + weights.count * 2)
        withUnsafeBytes(of: UInt32(json.count).littleEndian) { out += $0 }
        out += json
        for t in transitions { withUnsafeBytes(of: t.bitPattern.littleEndian) { out += $0 } }
        for w in weights { withUnsafeBytes(of: Float16(w).bitPattern.littleEndian) { out += $0 } }
        return out
    }

    public func write(to path: String) throws {
        try Data(try serialized()).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    public static func load(path: String) throws -> NERModel {
        // Mapped, not read: the 19 MB are widened once, and a copy into the heap cost its page zeroing and memcpy.
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw LoadError(path: path, reason: "cannot read the file")
        }
        return try load(bytes: data, path: path)
    }

    static func load(bytes data: Data, path: String) throws -> NERModel {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> NERModel in
            guard raw.count >= 16, Array(raw[0..<12]) == magic else { throw LoadError(path: path, reason: "not a Recoupe NER model (bad magic)") }
            let jsonCount = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
            guard 16 + jsonCount <= raw.count else { throw LoadError(path: path, reason: "truncated header") }
            let header: Header
            do { header = try JSONDecoder().decode(Header.self, from: Data(raw[16..<16 + jsonCount])) } catch {
                throw LoadError(path: path, reason: "bad header: \(error)")
            }
            guard header.format == format else { throw LoadError(path: path, reason: "format \(header.format), this Recoupe reads \(format)") }
            guard header.featureSet == TaggerFeatures.version else {
                throw LoadError(path: path, reason: "feature set \(header.featureSet), this Recoupe computes \(TaggerFeatures.version)")
            }
            guard header.tags == EntityTagSet.names else { throw LoadError(path: path, reason: "tags \(header.tags) differ from \(EntityTagSet.names)") }
            guard (8...24).contains(header.bits) else { throw LoadError(path: path, reason: "bits \(header.bits) out of range") }
            let T = EntityTagSet.count
            let nTrans = (T + 1) * T, nWeights = (1 << header.bits) * T
            var offset = 16 + jsonCount
            guard offset + nTrans * 4 + nWeights * 2 == raw.count else {
                throw LoadError(path: path, reason: "size \(raw.count) bytes, expected \(offset + nTrans * 4 + nWeights * 2)")
            }
            var transitions = [Float](repeating: 0, count: nTrans)
            for i in 0..<nTrans {
                transitions[i] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                offset += 4
            }
            // F16C where the processor has it (`HalfPrecision`): a table of all 65,536 halves cost 76 M instructions.
            let weights = [Float](unsafeUninitializedCapacity: nWeights) { buf, count in
                Self.adviseHugePages(UnsafeMutableRawBufferPointer(buf))
                HalfPrecision.widen(littleEndian: raw.baseAddress! + offset, count: nWeights, into: buf)
                count = nWeights
            }
            return NERModel(header: header, weights: weights, transitions: transitions)
        }
    }

    /// Asks the kernel for 2 MB pages under the weight table before it is written: the tagger reads
    /// about ten random rows of these 36 MB per token, and with 4 KB pages nearly every read also
    /// missed the TLB (transparent huge pages are often "madvise" only). A hint: nothing changes
    /// where the kernel declines.
    static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        let huge = 2 << 20
        guard let base = buffer.baseAddress, buffer.count >= 2 * huge else { return }
        let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
        guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(p, end - start, 14)  // MADV_HUGEPAGE
        #endif
    }

    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [String: NERModel?] = [:]

    /// The model shipped in `Lexicons/models/`, loaded once per process and folder; nil when the file is absent.
    /// - Throws: ``LoadError`` when the file exists but cannot be used.
    public static func shipped(lexiconDirectory: String?) throws -> NERModel? {
        guard let dir = lexiconDirectory else { return nil }
        let path = dir + "/" + relativePath
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let m = cache[path] { return m }
        let model = FileManager.default.fileExists(atPath: path) ? try load(path: path) : nil
        cache[path] = model
        return model
    }
}
