#include "CICU.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Hands free heap pages back to the system. glibc keeps pages freed in the middle of its heap (no
// top to trim) resident: after a multi-megabyte document's stages free their tables, the process
// stayed ~100 MB above what it used. Not ICU, but the one C target (Swift's Glibc module lacks it).
int32_t cicu_release_free_memory(void) {
#if defined(__GLIBC__)
    return (int32_t)malloc_trim(0);
#else
    return 0;
#endif
}
