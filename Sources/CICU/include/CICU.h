// CICU: the only place Recoupe touches ICU's C API.
//
// Swift modules must not import <unicode/*.h>: those headers clash with Foundation's bundled
// _FoundationICU module and ICU's versioned symbol macros (ubrk_open -> ubrk_open_72) do not
// import. This header declares Recoupe's own functions over opaque handles; only the .c files
// include ICU. Strings are UTF-16 (uint16_t) as ICU wants them. Every function that can fail
// takes an `int32_t *status`: ICU's UErrorCode, where <= 0 is success (negative = warning).
#ifndef CICU_H
#define CICU_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's U_BUFFER_OVERFLOW_ERROR, so callers can grow a buffer and retry.
#define CICU_BUFFER_OVERFLOW 15

/// The ICU version string ("72.1") and the Unicode version ("15.0").
void cicu_icu_version(char *out, int32_t capacity);
/// malloc_trim(0) where the C library has it (1 when memory was released), else 0.
int32_t cicu_release_free_memory(void);
void cicu_unicode_version(char *out, int32_t capacity);
/// Widens `count` half-precision floats (IEEE binary16, little-endian, at any address) to floats, exactly; with
/// F16C where the processor has it (returns 1), else bit by bit (returns 0).
int32_t cicu_widen_half(const void *source, float *destination, size_t count);
/// The bit-by-bit widening alone (what `cicu_widen_half` falls back to), for tests.
void cicu_widen_half_portable(const void *source, float *destination, size_t count);
/// A readable name for an ICU error code.
const char *cicu_error_name(int32_t status);

// MARK: Break iteration (UBreakIterator)

typedef struct cicu_break cicu_break;

typedef enum {
    CICU_BREAK_CHARACTER = 0,
    CICU_BREAK_WORD = 1,
    CICU_BREAK_LINE = 2,
    CICU_BREAK_SENTENCE = 3,
} cicu_break_kind;

/// Opens a break iterator for `locale` (e.g. "fr", "fr@ss=standard"). The text is set later.
cicu_break *cicu_break_open(cicu_break_kind kind, const char *locale, int32_t *status);
/// Opens a break iterator from ICU break rules source (UTF-16).
cicu_break *cicu_break_open_rules(const uint16_t *rules, int32_t rules_length, int32_t *status);
void cicu_break_close(cicu_break *it);
/// Points the iterator at `text`, which must outlive the iteration (ICU does not copy it).
void cicu_break_set_text(cicu_break *it, const uint16_t *text, int32_t length, int32_t *status);
int32_t cicu_break_first(cicu_break *it);
/// The next boundary (UTF-16 index), or -1 when done.
int32_t cicu_break_next(cicu_break *it);
/// The rule status of the boundary last returned (UWordBreak tag values for word iterators).
int32_t cicu_break_rule_status(cicu_break *it);
/// Runs a whole pass: writes boundaries (and rule statuses when `statuses` is non-NULL) and
/// returns their count, or -(needed) when `capacity` is too small. Saves a call per boundary.
int32_t cicu_break_all(cicu_break *it, int32_t *boundaries, int32_t *statuses, int32_t capacity);

// MARK: Normalization and case (unorm2, ucasemap)

typedef enum {
    CICU_NFC = 0,
    CICU_NFD = 1,
    CICU_NFKC = 2,
    CICU_NFKD = 3,
    CICU_NFKC_CASEFOLD = 4,
} cicu_normal_form;

/// Normalizes `src` into `dst`; returns the length needed (status CICU_BUFFER_OVERFLOW when
/// it does not fit).
int32_t cicu_normalize(cicu_normal_form form, const uint16_t *src, int32_t length,
                       uint16_t *dst, int32_t capacity, int32_t *status);
/// 1 when `src` is already in `form` (quick check, with full check on "maybe").
int32_t cicu_is_normalized(cicu_normal_form form, const uint16_t *src, int32_t length, int32_t *status);
/// Full Unicode case folding (u_strFoldCase, default options).
int32_t cicu_fold_case(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status);
/// Lower/upper casing under a locale ("fr", "tr", "").
int32_t cicu_to_lower(const char *locale, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status);
int32_t cicu_to_upper(const char *locale, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status);

// MARK: Charset detection and conversion (ucsdet, ucnv)

/// Detects the charset of `bytes`; writes its ICU name ("UTF-8", "windows-1252", "ISO-8859-1")
/// and returns ICU's confidence (0-100), or -1 when nothing matched.
int32_t cicu_detect_charset(const char *bytes, int32_t length, const char *declared,
                            char *name_out, int32_t name_capacity, int32_t *status);
/// Converts `bytes` in `charset` to UTF-16; returns the length needed. Invalid sequences become
/// U+FFFD and are counted in `*substitutions`.
int32_t cicu_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                              uint16_t *dst, int32_t capacity, int32_t *substitutions, int32_t *status);

// MARK: Transliteration (utrans)

typedef struct cicu_translit cicu_translit;

/// Opens a built-in transform by ID ("Russian-Latin/BGN", "Any-Latin").
cicu_translit *cicu_translit_open(const uint16_t *id, int32_t id_length, int32_t reverse, int32_t *status);
/// Opens a transform from rules source; a parse error is reported with its line in `error_line`.
cicu_translit *cicu_translit_open_rules(const uint16_t *id, int32_t id_length,
                                        const uint16_t *rules, int32_t rules_length, int32_t reverse,
                                        int32_t *error_line, int32_t *error_offset, int32_t *status);
void cicu_translit_close(cicu_translit *t);
/// Transforms `buffer` in place (`*length` in, `*length` out); returns the needed length when
/// `capacity` is too small (status CICU_BUFFER_OVERFLOW, buffer unchanged).
int32_t cicu_translit_transform(cicu_translit *t, uint16_t *buffer, int32_t *length, int32_t capacity, int32_t *status);

// MARK: Confusables (uspoof)

typedef struct cicu_spoof cicu_spoof;
cicu_spoof *cicu_spoof_open(int32_t *status);
void cicu_spoof_close(cicu_spoof *s);
/// UTS #39 skeleton of `src` (for confusable matching: "Dаrchiev" with Cyrillic а == "Darchiev").
int32_t cicu_spoof_skeleton(cicu_spoof *s, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status);
/// uspoof_check2 result bits (0 = nothing suspicious), e.g. mixed script.
int32_t cicu_spoof_check(cicu_spoof *s, const uint16_t *src, int32_t length, int32_t *status);

// MARK: Locale data (uloc, CLDR display names)

/// The display name of `region` ("RU") in `display_locale` ("fr" -> "Russie").
int32_t cicu_region_display_name(const char *region, const char *display_locale, uint16_t *dst, int32_t capacity, int32_t *status);
/// The display name of `language` ("ru") in `display_locale`.
int32_t cicu_language_display_name(const char *language, const char *display_locale, uint16_t *dst, int32_t capacity, int32_t *status);
/// ISO 3166 region codes known to ICU: returns the count, writes up to `capacity` pointers to
/// static 2-letter strings.
int32_t cicu_iso_countries(const char **out, int32_t capacity);
/// Exemplar city of a time zone ("Europe/Moscow") in `display_locale` ("fr" -> "Moscou").
int32_t cicu_tz_exemplar_city(const uint16_t *zone, int32_t zone_length, const char *display_locale,
                              uint16_t *dst, int32_t capacity, int32_t *status);
/// Time zones of a region ("RU"): writes canonical zone IDs separated by '\n' as UTF-16.
int32_t cicu_region_time_zones(const char *region, uint16_t *dst, int32_t capacity, int32_t *status);

// MARK: Script

/// The ICU script code (UScriptCode) of a code point: 25 = Latin, 8 = Cyrillic, 0 = Common, 1 = Inherited.
int32_t cicu_script(uint32_t code_point);
/// The short script name ("Latn").
const char *cicu_script_short_name(int32_t script);

#ifdef __cplusplus
}
#endif
#endif
