#include "CICU.h"
#include <string.h>
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#endif

// Widening of half-precision floats, for the NER model's 9.4 M weights read at every start-up. Swift's
// `Float(Float16)` is a library call on x86-64 builds without F16C; a 65,536-entry table cost 76 M instructions
// a start. F16C (every x86-64 processor since 2012) widens eight values an instruction; the exact bit-level
// conversion below is the fallback. Not ICU, but the one C target (Swift has no portable F16C intrinsics).

/// One half-precision value widened, exactly (every half is a float); a NaN stays a NaN (quieted).
static inline float half_to_float(uint16_t h) {
    uint32_t sign = (uint32_t)(h & 0x8000u) << 16;
    uint32_t exponent = (h >> 10) & 0x1fu;
    uint32_t mantissa = h & 0x3ffu;
    uint32_t bits;
    if (exponent == 0) {
        if (mantissa == 0) {
            bits = sign;
        } else {
            // Subnormal: shift the mantissa until its leading bit reaches the implicit position.
            int shifts = 0;
            while ((mantissa & 0x400u) == 0) { mantissa <<= 1; shifts++; }
            bits = sign | ((uint32_t)(127 - 14 - shifts) << 23) | ((mantissa & 0x3ffu) << 13);
        }
    } else if (exponent == 31) {
        bits = sign | 0x7f800000u | (mantissa << 13) | (mantissa ? 0x400000u : 0);
    } else {
        bits = sign | ((exponent + 127 - 15) << 23) | (mantissa << 13);
    }
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

void cicu_widen_half_portable(const void *source, float *destination, size_t count) {
    // Byte by byte: the source may be at an odd address, and is little-endian on every host.
    const uint8_t *bytes = source;
    for (size_t i = 0; i < count; i++) destination[i] = half_to_float((uint16_t)(bytes[2 * i] | bytes[2 * i + 1] << 8));
}

#if defined(__x86_64__) || defined(__i386__)
__attribute__((target("avx,f16c")))
static void widen_f16c(const void *source, float *destination, size_t count) {
    const uint8_t *bytes = source;
    size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        __m128i h = _mm_loadu_si128((const __m128i *)(const void *)(bytes + 2 * i));   // unaligned load
        _mm256_storeu_ps(destination + i, _mm256_cvtph_ps(h));
    }
    cicu_widen_half_portable(bytes + 2 * i, destination + i, count - i);
}

/// F16C and AVX in the processor, and the AVX registers saved by the system (OSXSAVE, XCR0 bits 1 and 2).
static int has_f16c(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & bit_F16C) || !(c & bit_AVX) || !(c & bit_OSXSAVE)) return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (lo & 6u) == 6u;
}
#endif

int32_t cicu_widen_half(const void *source, float *destination, size_t count) {
#if defined(__x86_64__) || defined(__i386__)
    static int f16c = -1;   // every thread computes the same answer; atomic so that none reads half a store
    int known = __atomic_load_n(&f16c, __ATOMIC_RELAXED);
    if (known < 0) { known = has_f16c(); __atomic_store_n(&f16c, known, __ATOMIC_RELAXED); }
    if (known) { widen_f16c(source, destination, count); return 1; }
#endif
    cicu_widen_half_portable(source, destination, count);
    return 0;
}
