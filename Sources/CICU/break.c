#include <stdlib.h>
#include "CICU.h"
#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct cicu_break { UBreakIterator *bi; };

static cicu_break *wrap(UBreakIterator *bi, UErrorCode st) {
    if (U_FAILURE(st) || bi == NULL) { if (bi) ubrk_close(bi); return NULL; }
    cicu_break *it = (cicu_break *)malloc(sizeof *it);
    if (!it) { ubrk_close(bi); return NULL; }
    it->bi = bi;
    return it;
}

cicu_break *cicu_break_open(cicu_break_kind kind, const char *locale, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &st);
    *status = st;
    return wrap(bi, st);
}

cicu_break *cicu_break_open_rules(const uint16_t *rules, int32_t rules_length, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    UParseError pe;
    UBreakIterator *bi = ubrk_openRules((const UChar *)rules, rules_length, NULL, 0, &pe, &st);
    *status = st;
    return wrap(bi, st);
}

void cicu_break_close(cicu_break *it) { if (it) { ubrk_close(it->bi); free(it); } }

void cicu_break_set_text(cicu_break *it, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    ubrk_setText(it->bi, (const UChar *)text, length, &st);
    *status = st;
}

int32_t cicu_break_first(cicu_break *it) { return ubrk_first(it->bi); }
int32_t cicu_break_next(cicu_break *it) { return ubrk_next(it->bi); }
int32_t cicu_break_rule_status(cicu_break *it) { return ubrk_getRuleStatus(it->bi); }

int32_t cicu_break_all(cicu_break *it, int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    int32_t n = 0;
    for (int32_t b = ubrk_first(it->bi); b != UBRK_DONE; b = ubrk_next(it->bi)) {
        if (n < capacity) {
            boundaries[n] = b;
            if (statuses) statuses[n] = ubrk_getRuleStatus(it->bi);
        }
        n++;
    }
    return n <= capacity ? n : -n;
}
