import Foundation
import Recoupe

/// The fuzz target: any bytes must decode or be refused with an IngestError, never crash, and a
/// decoded text must count its replacements honestly.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let d = try TextDecoder().decode(bytes, path: "fuzz")
        let fffd = d.text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        if fffd < d.replacements { fatalError("\(d.replacements) replacements reported, \(fffd) U+FFFD in the text") }
        if bytes.isEmpty != d.text.isEmpty && !d.hadBOM { fatalError("empty input and text disagree") }
        _ = SHA256.hex(bytes)
        _ = OutputProvenance(bytes)
        _ = try? JSONLinesRecord(parsing: bytes, line: 1)
    } catch is IngestError {
    } catch {
        fatalError("unexpected error \(error)")
    }
    return 0
}

// SwiftPM links an executable's entry point as FuzzDecode_main (over libFuzzer's main, which still needs
// LLVMFuzzerTestOneInput to link): hand libFuzzer the arguments and the target explicitly.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzDecode($0, $1) }))
