import Foundation

/// Debian's chromium, run headless on a file to read back the DOM it rendered.
///
/// Tests that need it are enabled when it is installed, or when `RECOUPE_BROWSER_TEST=1`
/// (set by `make browser-test`), in which case a missing browser is a failure, not a skip.
enum HeadlessChromium {
    static let path: String? = {
        if let p = ProcessInfo.processInfo.environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: p) { return p }
        return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let required = ProcessInfo.processInfo.environment["RECOUPE_BROWSER_TEST"] == "1"

    static var enabled: Bool { path != nil || required }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Renders `html` (written to a temporary file) and returns the serialized DOM.
    static func dumpDOM(_ html: String, width: Int = 1400, timeout: TimeInterval = 60) throws -> String {
        guard let path else { throw Failure(description: "chromium not found (apt-get install chromium)") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("recoupe-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=" + dir.appendingPathComponent("profile").path,
                             "--window-size=\(width),1800", "--virtual-time-budget=2000", "--dump-dom", page.absoluteString]
        // Output to files, not pipes: a full pipe would block the browser.
        let outPath = dir.appendingPathComponent("dom.html").path, errPath = dir.appendingPathComponent("stderr.txt").path
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath)), err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "chromium did not finish in \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            throw Failure(description: "chromium exited with \(process.terminationStatus): \(message.suffix(500))")
        }
        return try String(contentsOfFile: outPath, encoding: .utf8)
    }
}
