import CICU

/// Returns freed heap pages to the system (glibc's `malloc_trim`; nothing elsewhere).
///
/// A large document's stages free tables of tens of megabytes; glibc keeps such pages resident
/// when they are not at the top of its heap, so the peak RSS of one 16 MB text stood ~100 MB above
/// the live heap. Called between stages for large documents only (issue 18, memory per MB of input).
package enum FreeMemory {
    @discardableResult
    package static func release() -> Bool { cicu_release_free_memory() != 0 }
}
