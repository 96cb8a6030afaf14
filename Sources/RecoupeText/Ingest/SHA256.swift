import Crypto

/// SHA-256 (FIPS 180-4) of raw input bytes as lower-case hex: what resume and the registry key
/// documents on. swift-crypto's implementation (BoringSSL, with the CPU's SHA extensions where
/// present): 13× the plain-Swift one Recoupe had before (Benchmarks/ "SHA-256", docs/performance.md).
/// Checked against the NIST vectors and `sha256sum` in the tests.
public enum SHA256 {
    /// Lower-case hex digest of `bytes`.
    public static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        var hasher = Crypto.SHA256()
        hasher.update(bufferPointer: bytes)
        let digest = hasher.finalize()
        return String(unsafeUninitializedCapacity: 64) { out in
            var n = 0
            let hexDigits: StaticString = "0123456789abcdef"
            for byte in digest {
                out[n] = hexDigits.utf8Start[Int(byte >> 4)]
                out[n + 1] = hexDigits.utf8Start[Int(byte & 0xF)]
                n += 2
            }
            return n
        }
    }

    public static func hex(_ bytes: [UInt8]) -> String { bytes.withUnsafeBytes { hex($0) } }
}
