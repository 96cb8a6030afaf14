#include "CICU.h"
#include <string.h>
#include <unicode/uloc.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>

int32_t cicu_region_display_name(const char *region, const char *display_locale, uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    char loc[16] = "und_";
    strncat(loc, region, 8);
    int32_t n = uloc_getDisplayCountry(loc, display_locale, (UChar *)dst, capacity, &st);
    *status = st;
    return n;
}

int32_t cicu_language_display_name(const char *language, const char *display_locale, uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = uloc_getDisplayLanguage(language, display_locale, (UChar *)dst, capacity, &st);
    *status = st;
    return n;
}

int32_t cicu_iso_countries(const char **out, int32_t capacity) {
    const char *const *all = uloc_getISOCountries();
    int32_t n = 0;
    for (; all[n]; n++) if (n < capacity) out[n] = all[n];
    return n;
}

// The exemplar city is what a "VVV" (generic location) date pattern prints for the zone.
int32_t cicu_tz_exemplar_city(const uint16_t *zone, int32_t zone_length, const char *display_locale,
                              uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    static const UChar pattern[] = {'V', 'V', 'V', 0};
    UDateFormat *f = udat_open(UDAT_PATTERN, UDAT_PATTERN, display_locale, (const UChar *)zone, zone_length,
                               pattern, 3, &st);
    int32_t n = 0;
    if (U_SUCCESS(st)) n = udat_format(f, 0.0, (UChar *)dst, capacity, NULL, &st);
    if (f) udat_close(f);
    *status = st;
    return n;
}

int32_t cicu_region_time_zones(const char *region, uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    UEnumeration *e = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, region, NULL, &st);
    int32_t n = 0;
    const UChar *id;
    int32_t len;
    while (U_SUCCESS(st) && (id = uenum_unext(e, &len, &st)) != NULL) {
        if (n > 0) { if (n < capacity) dst[n] = '\n'; n++; }
        for (int32_t i = 0; i < len; i++, n++) if (n < capacity) dst[n] = id[i];
    }
    if (e) uenum_close(e);
    if (U_SUCCESS(st) && n > capacity) st = U_BUFFER_OVERFLOW_ERROR;
    *status = st;
    return n;
}
