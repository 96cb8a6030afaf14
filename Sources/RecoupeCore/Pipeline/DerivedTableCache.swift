import Foundation
import Glibc
import RecoupeICU

/// A folder of files holding tables derived from `Lexicons/` (name keys through ICU
/// transliteration, …) so that later processes load them instead of computing them again:
/// pipeline construction is paid once per machine, not once per run (issue 16).
///
/// Where: `$RECOUPE_CACHE_DIR` when set (an empty value turns the cache off), else
/// `$XDG_CACHE_HOME/recoupe`, else `~/.cache/recoupe`.
///
/// A file is a header line (`recoupe-derived 1 NAME`), a stamp line (the running executable's
/// device, inode, size and modification time, and the ICU version: any rebuild or ICU upgrade
/// makes every file stale), a line with the body's length and FNV-1a hash, then the body. A file
/// whose header, stamp or hash does not match is ignored (the caller rebuilds); files are written
/// to a temporary name and renamed, so a reader never sees half a file; a folder that cannot be
/// written is ignored. Callers store only what is a pure function of the stamp and the bytes they
/// key it by, so a stale or lost file costs time, never a different result.
///
/// ```swift
/// let cache = DerivedTableCache.standard          // nil when turned off
/// if let body = cache?.load("namekeys") { … } else { …; cache?.store("namekeys", body: bytes) }
/// ```
public struct DerivedTableCache: Sendable {
    /// The folder the files live in.
    public let directory: String
    /// What a file must have been written under to be read back.
    let stamp: String

    public init(directory: String, stamp: String = DerivedTableCache.processStamp) {
        self.directory = directory
        self.stamp = stamp
    }

    /// The cache of this process (nil when `RECOUPE_CACHE_DIR` is set empty or no folder can be named).
    public static let standard: DerivedTableCache? = directory(environment: ProcessInfo.processInfo.environment).map { DerivedTableCache(directory: $0) }

    /// The folder named by the environment (see the type's documentation).
    public static func directory(environment: [String: String]) -> String? {
        if let dir = environment["RECOUPE_CACHE_DIR"] { return dir.isEmpty ? nil : dir }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/recoupe" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/recoupe" }
        return nil
    }

    /// The running executable's identity and the ICU version.
    public static let processStamp: String = {
        var st = stat()
        let exe = stat("/proc/self/exe", &st) == 0
            ? "\(st.st_dev):\(st.st_ino):\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)" : "unknown"
        return "exe \(exe) icu \(ICUVersion.icu)"
    }()

    /// 64-bit FNV-1a over each file's path, length and bytes, to key a table derived from them; nil
    /// when one cannot be read.
    public static func sourceHash(_ files: [String]) -> UInt64? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ bytes: UnsafeRawBufferPointer) {
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        for f in files {
            guard let data = FileManager.default.contents(atPath: f) else { return nil }
            var header = f + "\u{0}\(data.count)\u{0}"
            header.withUTF8 { add(UnsafeRawBufferPointer($0)) }
            data.withUnsafeBytes { add($0) }
        }
        return h
    }

    /// `FlatWriter.array` writes memory as it is: a big-endian host does not use such files.
    public static let hostIsLittleEndian = UInt32(1).littleEndian == 1

    static func header(_ name: String) -> String { "recoupe-derived 1 \(name)\n" }

    /// The path of the file `name`.
    public func path(_ name: String) -> String { directory + "/" + name + ".cache" }

    /// The body of the file `name`, or nil when it is missing, written by another executable,
    /// truncated or corrupt.
    public func load(_ name: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path(name)) else { return nil }
        let bytes = [UInt8](data)
        // Three header lines, then the body.
        var lines: [String] = []
        var i = 0
        while lines.count < 3 {
            guard let nl = bytes[i...].firstIndex(of: 0x0A) else { return nil }
            lines.append(String(decoding: bytes[i...nl], as: UTF8.self))
            i = nl + 1
        }
        guard lines[0] == Self.header(name), lines[1] == stamp + "\n" else { return nil }
        let body = Array(bytes[i...])
        guard lines[2] == Self.checkLine(body) else { return nil }
        return body
    }

    /// Writes the file `name` (temporary file, then rename); failures are ignored.
    public func store(_ name: String, body: [UInt8]) {
        let fm = FileManager.default
        try? fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var bytes = Array((Self.header(name) + stamp + "\n" + Self.checkLine(body)).utf8)
        bytes += body
        let tmp = path(name) + ".tmp.\(getpid()).\(UInt64.random(in: 0...UInt64.max))"
        guard fm.createFile(atPath: tmp, contents: Data(bytes)) else { return }
        if rename(tmp, path(name)) != 0 { unlink(tmp) }
    }

    static func checkLine(_ body: [UInt8]) -> String {
        "\(body.count) \(String(fnv1a(body), radix: 16))\n"
    }

    /// 64-bit FNV-1a of `bytes`.
    public static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
