// ICU word break reference (see include/ICUWordBreakReference.h). Also compiled standalone by
// scripts/icu-wordbreak-ref.c for the peer comparison, so both measure the same loop.
#include <stdlib.h>
#include "include/ICUWordBreakReference.h"
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

struct icuref_word_break {
    UBreakIterator *bi;
    UChar *buffer;
    int32_t capacity;
};

icuref_word_break *icuref_open(const char *locale) {
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, locale, NULL, 0, &st);
    if (U_FAILURE(st) || !bi) return NULL;
    icuref_word_break *ref = calloc(1, sizeof *ref);
    if (!ref) { ubrk_close(bi); return NULL; }
    ref->bi = bi;
    return ref;
}

void icuref_close(icuref_word_break *ref) {
    if (!ref) return;
    ubrk_close(ref->bi);
    free(ref->buffer);
    free(ref);
}

icuref_counts icuref_run(icuref_word_break *ref, const char *utf8, int64_t length) {
    icuref_counts c = {0, 0, 0};
    UErrorCode st = U_ZERO_ERROR;
    // A UTF-8 text never needs more UTF-16 units than it has bytes.
    if (length + 1 > ref->capacity) {
        free(ref->buffer);
        ref->capacity = (int32_t)length + 1;
        ref->buffer = malloc(sizeof(UChar) * (size_t)ref->capacity);
        if (!ref->buffer) { ref->capacity = 0; c.boundaries = -1; return c; }
    }
    int32_t units = 0;
    u_strFromUTF8(ref->buffer, ref->capacity, &units, utf8, (int32_t)length, &st);
    if (U_FAILURE(st)) { c.boundaries = -1; return c; }
    c.utf16_units = units;
    ubrk_setText(ref->bi, ref->buffer, units, &st);
    if (U_FAILURE(st)) { c.boundaries = -1; return c; }
    ubrk_first(ref->bi);
    for (int32_t b = ubrk_next(ref->bi); b != UBRK_DONE; b = ubrk_next(ref->bi)) {
        c.boundaries++;
        if (ubrk_getRuleStatus(ref->bi) >= UBRK_WORD_NUMBER) c.words++;
    }
    return c;
}
