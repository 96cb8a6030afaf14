import Foundation

/// Finds the `Lexicons/` folder that holds the transliteration rules and the name tables:
/// `$RECOUPE_LEXICONS`, then the ancestors of the executable, then the source tree this was built from.
public enum TranslitLexicons {
    public static let directory: String? = {
        let fm = FileManager.default
        func probe(_ dir: String) -> String? {
            let candidate = (dir as NSString).appendingPathComponent("Lexicons")
            return fm.fileExists(atPath: (candidate as NSString).appendingPathComponent("translit")) ? candidate : nil
        }
        if let env = ProcessInfo.processInfo.environment["RECOUPE_LEXICONS"], fm.fileExists(atPath: env) { return env }
        var starts = [String]()
        if let exe = Bundle.main.executablePath { starts.append((exe as NSString).resolvingSymlinksInPath) }
        starts.append(#filePath)
        for start in starts {
            var dir = (start as NSString).deletingLastPathComponent
            while dir != "/" && !dir.isEmpty {
                if let found = probe(dir) { return found }
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        return nil
    }()

    /// The path of a file under `Lexicons/`, e.g. `path("names/given-names.tsv")`.
    public static func path(_ relative: String) -> String? {
        guard let d = directory else { return nil }
        let p = (d as NSString).appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }
}
