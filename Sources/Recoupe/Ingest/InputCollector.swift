#if canImport(Glibc)
import Glibc
#endif

/// Expands command-line inputs into the files to read: files as given, folders recursively
/// (`.txt` and `.md`; other files are skipped with a note), in a stable sorted order.
///
/// Symbolic links to files are followed; links to folders too, once per folder (a loop is
/// reported, not followed forever). A dangling link or an unreadable folder becomes an error
/// item naming the path, so the batch reports it and goes on.
public struct InputCollector {
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
        for input in inputs {
            var st = stat()
            if stat(input, &st) != 0 {
                let e = errno
                var lst = stat()
                if e == ENOENT, lstat(input, &lst) == 0 {
                    out.append(.failed(IngestError(path: input, code: .notFound, reason: "dangling symbolic link")))
                } else {
                    out.append(.failed(FileReader.error(input, e)))
                }
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                var visited = Set<[UInt64]>()
                walk(input, relative: "", into: &out, visited: &visited)
            } else {
                let name = input.split(separator: "/").last.map(String.init) ?? input
                out.append(.file(path: input, relative: name))
            }
        }
        return out
    }

    private func walk(_ dir: String, relative: String, into out: inout [Item], visited: inout Set<[UInt64]>) {
        var st = stat()
        guard stat(dir, &st) == 0 else { out.append(.failed(FileReader.error(dir, errno))); return }
        let key = [UInt64(st.st_dev), UInt64(st.st_ino)]
        guard visited.insert(key).inserted else {
            out.append(.failed(IngestError(path: dir, code: .symlinkLoop, reason: "folder already visited (symbolic link loop)")))
            return
        }
        guard let d = opendir(dir) else { out.append(.failed(FileReader.error(dir, errno))); return }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(d)
        for name in names.sorted() {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var s = stat()
            if stat(path, &s) != 0 {
                let e = errno
                var l = stat()
                if e == ENOENT, lstat(path, &l) == 0 {
                    out.append(.failed(IngestError(path: path, code: .notFound, reason: "dangling symbolic link")))
                } else {
                    out.append(.failed(FileReader.error(path, e)))
                }
                continue
            }
            if (s.st_mode & S_IFMT) == S_IFDIR {
                walk(path, relative: rel, into: &out, visited: &visited)
            } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
                out.append(.file(path: path, relative: rel))
            } else {
                out.append(.skipped(path: path, reason: "not a .txt or .md file"))
            }
        }
    }
}
