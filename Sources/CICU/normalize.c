#include "CICU.h"
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

static const UNormalizer2 *instance(cicu_normal_form form, UErrorCode *st) {
    switch (form) {
    case CICU_NFC: return unorm2_getNFCInstance(st);
    case CICU_NFD: return unorm2_getNFDInstance(st);
    case CICU_NFKC: return unorm2_getNFKCInstance(st);
    case CICU_NFKD: return unorm2_getNFKDInstance(st);
    case CICU_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(st);
    }
    *st = U_ILLEGAL_ARGUMENT_ERROR;
    return NULL;
}

int32_t cicu_normalize(cicu_normal_form form, const uint16_t *src, int32_t length,
                       uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *n = instance(form, &st);
    int32_t out = 0;
    if (U_SUCCESS(st)) out = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, &st);
    *status = st;
    return out;
}

int32_t cicu_is_normalized(cicu_normal_form form, const uint16_t *src, int32_t length, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *n = instance(form, &st);
    UBool r = 0;
    if (U_SUCCESS(st)) r = unorm2_isNormalized(n, (const UChar *)src, length, &st);
    *status = st;
    return r ? 1 : 0;
}

int32_t cicu_fold_case(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t out = u_strFoldCase((UChar *)dst, capacity, (const UChar *)src, length, U_FOLD_CASE_DEFAULT, &st);
    *status = st;
    return out;
}

int32_t cicu_to_lower(const char *locale, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t out = u_strToLower((UChar *)dst, capacity, (const UChar *)src, length, locale, &st);
    *status = st;
    return out;
}

int32_t cicu_to_upper(const char *locale, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    int32_t out = u_strToUpper((UChar *)dst, capacity, (const UChar *)src, length, locale, &st);
    *status = st;
    return out;
}
