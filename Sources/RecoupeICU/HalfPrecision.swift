import CICU

/// Widening of half-precision floats (the NER model's weights are stored as Float16).
///
/// Swift's `Float(Float16)` is a library call on x86-64 builds without F16C in the target, and the 65,536-entry
/// table that replaced it still cost 76 M instructions per start-up for 9.4 M weights; the C target widens eight
/// values an instruction with F16C where the processor has it, bit by bit elsewhere (both exact).
package enum HalfPrecision {
    /// Widens `count` little-endian binary16 values at `source` (any alignment) into `destination`.
    /// - Returns: whether F16C did it.
    @discardableResult
    package static func widen(littleEndian source: UnsafeRawPointer, count: Int, into destination: UnsafeMutableBufferPointer<Float>) -> Bool {
        precondition(count >= 0 && destination.count >= count, "destination shorter than source")
        guard count > 0, let d = destination.baseAddress else { return false }
        return cicu_widen_half(source, d, count) != 0
    }

    /// The bit-by-bit widening alone (what ``widen(littleEndian:count:into:)`` does without F16C), for tests.
    package static func widenPortably(littleEndian source: UnsafeRawPointer, count: Int, into destination: UnsafeMutableBufferPointer<Float>) {
        precondition(count >= 0 && destination.count >= count, "destination shorter than source")
        guard count > 0, let d = destination.baseAddress else { return }
        cicu_widen_half_portable(source, d, count)
    }
}
