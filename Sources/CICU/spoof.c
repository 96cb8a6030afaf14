#include <stdlib.h>
#include "CICU.h"
#include <unicode/uspoof.h>

struct cicu_spoof { USpoofChecker *sc; };

cicu_spoof *cicu_spoof_open(int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    USpoofChecker *sc = uspoof_open(&st);
    *status = st;
    if (U_FAILURE(st)) { if (sc) uspoof_close(sc); return NULL; }
    cicu_spoof *s = (cicu_spoof *)malloc(sizeof *s);
    if (!s) { uspoof_close(sc); return NULL; }
    s->sc = sc;
    return s;
}

void cicu_spoof_close(cicu_spoof *s) { if (s) { uspoof_close(s->sc); free(s); } }

int32_t cicu_spoof_skeleton(cicu_spoof *s, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t out = uspoof_getSkeleton(s->sc, 0, (const UChar *)src, length, (UChar *)dst, capacity, &st);
    *status = st;
    return out;
}

int32_t cicu_spoof_check(cicu_spoof *s, const uint16_t *src, int32_t length, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t r = uspoof_check2(s->sc, (const UChar *)src, length, NULL, &st);
    *status = st;
    return r;
}
