#if canImport(Glibc)
import Glibc
#endif

/// glibc malloc settings for annotating many large documents.
///
/// By default glibc returns freed memory to the kernel (trimming the heap top, unmapping large
/// blocks), so every document faults its buffers in again: UTF-16 copies, break offsets, token
/// arrays and a JSON output ~16× the text. On ELTeC that was ~15 page faults per kB of input and
/// about a fifth of the annotate time. Keeping freed memory for reuse removes most of them; peak
/// RSS still follows the documents in flight (jobs), not the corpus.
enum MallocTuning {
    static func keepFreedMemory() {
        #if canImport(Glibc)
        // <malloc.h> is not in the Glibc module: look mallopt up (RTLD_DEFAULT is NULL on glibc).
        guard let symbol = dlsym(nil, "mallopt") else { return }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let mmapThreshold: Int32 = -3, trimThreshold: Int32 = -1  // M_MMAP_THRESHOLD, M_TRIM_THRESHOLD
        _ = mallopt(mmapThreshold, 32 << 20)  // the largest glibc accepts: smaller blocks come from the heap
        _ = mallopt(trimThreshold, 1 << 30)  // keep the heap top between documents
        #endif
    }
}
