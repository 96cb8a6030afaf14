#if canImport(Glibc)
import Glibc
#endif
import RecoupeCore
import RecoupeICU

/// Expands command-line inputs into the files to read: files as given, folders recursively
/// (`.txt` and `.md`; other files are skipped with a note), in a stable sorted order.
///
/// Symbolic links to files are followed; links to folders too, unless they lead back to a folder
/// being walked (a loop, reported) or one already walked (skipped, so nothing is annotated
/// twice). A dangling link, an unreadable folder or a file name that is not UTF-8 becomes an
/// error item naming the path, so the batch reports it and goes on. Inside folders only regular
/// files are read (a FIFO named `x.txt` would block the run); a path given explicitly is read
/// whatever it is.
public struct InputCollector: Sendable {
    public enum Item: Equatable, Sendable {
        /// A file to read; `relative` is its path under the input folder (the file name for a file input).
        case file(path: String, relative: String)
        case skipped(path: String, reason: String)
        case failed(IngestError)
    }

    public var extensions: Set<String> = ["txt", "md"]

    public init() {}

    public func collect(_ inputs: [String]) -> [Item] {
        var out: [Item] = []
        var walked = Set<[UInt64]>()
        for input in inputs {
            var st = stat()
            if stat(input, &st) != 0 {
                out.append(.failed(Self.statError(input, errno)))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                var ancestors: [[UInt64]] = []
                walk(input, relative: "", into: &out, ancestors: &ancestors, walked: &walked)
            } else {
                let name = input.split(separator: "/").last.map(String.init) ?? input
                out.append(.file(path: input, relative: name))
            }
        }
        return out
    }

    /// The failure for a path `stat` refused: a dangling link is told apart from a missing file.
    static func statError(_ path: String, _ code: Int32) -> IngestError {
        var l = stat()
        if code == ENOENT, lstat(path, &l) == 0, (l.st_mode & S_IFMT) == S_IFLNK {
            var target = [CChar](repeating: 0, count: 4096)
            let n = readlink(path, &target, 4095)
            let to = n > 0 ? " to \(String(decoding: target[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))" : ""
            return IngestError(path: path, code: .notFound, reason: "dangling symbolic link\(to)")
        }
        return FileReader.error(path, code)
    }

    private func walk(_ dir: String, relative: String, into out: inout [Item], ancestors: inout [[UInt64]], walked: inout Set<[UInt64]>) {
        var st = stat()
        guard stat(dir, &st) == 0 else { out.append(.failed(Self.statError(dir, errno))); return }
        let key = [UInt64(st.st_dev), UInt64(st.st_ino)]
        if ancestors.contains(key) {
            out.append(.failed(IngestError(path: dir, code: .symlinkLoop,
                                           reason: "symbolic link loop (leads back to a folder it is inside); not followed")))
            return
        }
        guard walked.insert(key).inserted else {
            out.append(.skipped(path: dir, reason: "folder already read through another path"))
            return
        }
        guard let d = opendir(dir) else { out.append(.failed(FileReader.error(dir, errno))); return }
        var names: [String] = []
        while let entry = readdir(d) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard let name = String(validating: raw, as: UTF8.self) else {
                // Logged with the bytes that are not UTF-8 as \xNN (U+FFFD lost which file it was).
                let shown = Self.escapedName(raw)
                let path = dir.hasSuffix("/") ? dir + shown : dir + "/" + shown
                out.append(.failed(IngestError(path: path, code: .readFailed, reason: "file name is not valid UTF-8 (bytes shown as \\xNN); rename the file")))
                continue
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(d)
        ancestors.append(key)
        defer { ancestors.removeLast() }
        for name in names.sorted() {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var s = stat()
            if stat(path, &s) != 0 {
                out.append(.failed(Self.statError(path, errno)))
                continue
            }
            let type = s.st_mode & S_IFMT
            if type == S_IFDIR {
                walk(path, relative: rel, into: &out, ancestors: &ancestors, walked: &walked)
            } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
                if type == S_IFREG {
                    out.append(.file(path: path, relative: rel))
                } else {
                    out.append(.skipped(path: path, reason: "not a regular file"))
                }
            } else {
                out.append(.skipped(path: path, reason: "not a .txt or .md file"))
            }
        }
    }

    /// A file name's bytes as text: valid UTF-8 as it is, every other byte as `\xNN`.
    static func escapedName(_ raw: [UInt8]) -> String {
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < raw.count {
            var matched = false
            for length in 1...4 where i + length <= raw.count {
                if let s = String(validating: raw[i..<(i + length)], as: UTF8.self) {
                    out.append(contentsOf: s.unicodeScalars)
                    i += length
                    matched = true
                    break
                }
            }
            if !matched {
                out.append(contentsOf: "\\x".unicodeScalars)
                out.append(hex[Int(raw[i] >> 4)])
                out.append(hex[Int(raw[i] & 0x0F)])
                i += 1
            }
        }
        return String(out)
    }
}
