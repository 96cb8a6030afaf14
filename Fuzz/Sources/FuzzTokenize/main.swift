import Foundation
import Recoupe

nonisolated(unsafe) let pipeline = try! Pipeline.standard()

/// The fuzz target: decoded text through the standard pipeline (tokens, norms, sentences, and
/// quotations once that stage is in `Pipeline.standard`); every span must lie in the text, tokens
/// in order and apart, and the JSON must carry the same text back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenize(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    guard let decoded = try? TextDecoder().decode(bytes, path: "fuzz") else { return 0 }
    var doc = Document(id: "fuzz", text: decoded.text)
    do { try pipeline.run(&doc) } catch { fatalError("pipeline failed: \(error)") }
    let n = doc.length
    var previousEnd = 0
    for t in doc.tokens {
        if !(t.start >= previousEnd && t.start < t.end && t.end <= n) { fatalError("token \(t.id) \(t.start)..<\(t.end) of \(n)") }
        previousEnd = t.end
    }
    for s in doc.sentences + doc.paragraphs where !(0 <= s.start && s.start < s.end && s.end <= n) {
        fatalError("span \(s.start)..<\(s.end) of \(n)")
    }
    for q in doc.quotes where !(q.start <= q.contentStart && q.contentStart <= q.contentEnd && q.contentEnd <= q.end && q.end <= n) {
        fatalError("quote \(q.start)..<\(q.end) of \(n)")
    }
    for m in doc.mentions where doc.surface(of: m) != m.surface { fatalError("mention \(m.surface)") }
    let json = DocumentJSON.encode(doc)
    guard let back = try? DocumentJSON.decode(Data(json)), back.text == doc.text else { fatalError("JSON round trip lost the text") }
    return 0
}


// SwiftPM links an executable's entry point as FuzzTokenize_main (over libFuzzer's main, which still needs
// LLVMFuzzerTestOneInput to link): hand libFuzzer the arguments and the target explicitly.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzTokenize($0, $1) }))
