// The floor Recoupe's tokenizer is measured against: ICU's word BreakIterator with rule status
// and nothing else, over UTF-8 input (the UTF-8 -> UTF-16 conversion is part of the work, as it
// is for Recoupe). No ICU header is exposed here (see Sources/CICU/include/CICU.h for why).
#ifndef ICU_WORD_BREAK_REFERENCE_H
#define ICU_WORD_BREAK_REFERENCE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct icuref_word_break icuref_word_break;

/// Opens a word break iterator for `locale` ("fr"); NULL on failure.
icuref_word_break *icuref_open(const char *locale);
void icuref_close(icuref_word_break *ref);

/// Result of one pass.
typedef struct {
    /// Boundaries ICU returned (including the end; not the start).
    int64_t boundaries;
    /// Segments whose rule status is a word, number, kana or ideograph (status >= 100).
    int64_t words;
    /// UTF-16 code units the text converted to.
    int64_t utf16_units;
} icuref_counts;

/// Converts `utf8` to UTF-16 and walks every word boundary, reading each rule status.
/// Returns -1 in `boundaries` on an ICU error.
icuref_counts icuref_run(icuref_word_break *ref, const char *utf8, int64_t length);

#ifdef __cplusplus
}
#endif
#endif
