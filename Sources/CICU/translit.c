#include <stdlib.h>
#include "CICU.h"
#include <unicode/utrans.h>

struct cicu_translit { UTransliterator *t; };

static cicu_translit *wrap(UTransliterator *t, UErrorCode st) {
    if (U_FAILURE(st) || !t) { if (t) utrans_close(t); return NULL; }
    cicu_translit *w = (cicu_translit *)malloc(sizeof *w);
    if (!w) { utrans_close(t); return NULL; }
    w->t = t;
    return w;
}

cicu_translit *cicu_translit_open(const uint16_t *id, int32_t id_length, int32_t reverse, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                      NULL, 0, NULL, &st);
    *status = st;
    return wrap(t, st);
}

cicu_translit *cicu_translit_open_rules(const uint16_t *id, int32_t id_length,
                                        const uint16_t *rules, int32_t rules_length, int32_t reverse,
                                        int32_t *error_line, int32_t *error_offset, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    UParseError pe = {0};
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                      (const UChar *)rules, rules_length, &pe, &st);
    if (error_line) *error_line = pe.line;
    if (error_offset) *error_offset = pe.offset;
    *status = st;
    return wrap(t, st);
}

void cicu_translit_close(cicu_translit *t) { if (t) { utrans_close(t->t); free(t); } }

int32_t cicu_translit_transform(cicu_translit *t, uint16_t *buffer, int32_t *length, int32_t capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars(t->t, (UChar *)buffer, length, capacity, 0, &limit, &st);
    *status = st;
    return *length;
}
