#include "CICU.h"
#include <stdio.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucnv_cb.h>

int32_t cicu_detect_charset(const char *bytes, int32_t length, const char *declared,
                            char *name_out, int32_t name_capacity, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *d = ucsdet_open(&st);
    int32_t confidence = -1;
    if (U_SUCCESS(st)) ucsdet_setText(d, bytes, length, &st);
    if (U_SUCCESS(st) && declared) ucsdet_setDeclaredEncoding(d, declared, -1, &st);
    const UCharsetMatch *m = U_SUCCESS(st) ? ucsdet_detect(d, &st) : NULL;
    if (U_SUCCESS(st) && m) {
        const char *name = ucsdet_getName(m, &st);
        confidence = ucsdet_getConfidence(m, &st);
        if (U_SUCCESS(st) && name) snprintf(name_out, (size_t)name_capacity, "%s", name);
    }
    if (d) ucsdet_close(d);
    *status = st;
    return confidence;
}

// Counts substitutions while substituting U+FFFD, so that no invalid byte is dropped silently.
typedef struct { int32_t count; } sub_counter;

static void count_and_substitute(const void *context, UConverterToUnicodeArgs *args,
                                 const char *codeUnits, int32_t length,
                                 UConverterCallbackReason reason, UErrorCode *err) {
    (void)codeUnits; (void)length;
    if (reason > UCNV_IRREGULAR) return; // reset/close/clone: nothing to do
    sub_counter *c = (sub_counter *)context;
    c->count++;
    *err = U_ZERO_ERROR;
    UChar fffd = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
}

int32_t cicu_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                              uint16_t *dst, int32_t capacity, int32_t *substitutions, int32_t *status) {
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cv = ucnv_open(charset, &st);
    int32_t out = 0;
    sub_counter counter = {0};
    if (U_SUCCESS(st)) {
        ucnv_setToUCallBack(cv, count_and_substitute, &counter, NULL, NULL, &st);
    }
    if (U_SUCCESS(st)) out = ucnv_toUChars(cv, (UChar *)dst, capacity, bytes, length, &st);
    if (cv) ucnv_close(cv);
    if (substitutions) *substitutions = counter.count;
    *status = st;
    return out;
}
