#include <stdio.h>
#include "CICU.h"
#include <unicode/uversion.h>
#include <unicode/uchar.h>
#include <unicode/utypes.h>
#include <unicode/uscript.h>

void cicu_icu_version(char *out, int32_t capacity) {
    UVersionInfo v; u_getVersion(v);
    char buf[U_MAX_VERSION_STRING_LENGTH]; u_versionToString(v, buf);
    snprintf(out, (size_t)capacity, "%s", buf);
}

void cicu_unicode_version(char *out, int32_t capacity) {
    UVersionInfo v; u_getUnicodeVersion(v);
    char buf[U_MAX_VERSION_STRING_LENGTH]; u_versionToString(v, buf);
    snprintf(out, (size_t)capacity, "%s", buf);
}

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t cicu_script(uint32_t code_point) {
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript((UChar32)code_point, &st);
    return U_FAILURE(st) ? -1 : (int32_t)s;
}

const char *cicu_script_short_name(int32_t script) { return uscript_getShortName((UScriptCode)script); }
