#include "kolo_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uenum.h>
#include <unicode/ucol.h>
#include <unicode/upluralrules.h>
#include <unicode/ustring.h>

void *kolo_plural_rules_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UPluralRules *rules = uplrules_open(locale, &status);
    if (U_FAILURE(status)) return NULL;
    return rules;
}

int kolo_plural_rules_select(const void *rules, double number, char *out, int capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar keyword[32];
    int32_t length = uplrules_select((const UPluralRules *)rules, number, keyword, 32, &status);
    if (U_FAILURE(status) || length >= capacity) return -1;
    u_UCharsToChars(keyword, out, length);
    out[length] = 0;
    return length;
}

int kolo_plural_rules_keywords(const void *rules, char *out, int capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *keywords = uplrules_getKeywords((const UPluralRules *)rules, &status);
    if (U_FAILURE(status)) return -1;
    int written = 0;
    int32_t length = 0;
    const char *keyword;
    while ((keyword = uenum_next(keywords, &length, &status)) != NULL && U_SUCCESS(status)) {
        if (written + length + 2 > capacity) break;
        if (written > 0) out[written++] = ' ';
        memcpy(out + written, keyword, length);
        written += length;
    }
    out[written] = 0;
    uenum_close(keywords);
    return written;
}

void kolo_plural_rules_close(void *rules) {
    if (rules) uplrules_close((UPluralRules *)rules);
}

void *kolo_collator_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open(locale, &status);
    if (U_FAILURE(status)) return NULL;
    return collator;
}

int kolo_collator_sort_key(const void *collator, const char *text, int length, uint8_t *out, int capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strFromUTF8(NULL, 0, &needed, text, length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return -1;
    status = U_ZERO_ERROR;
    UChar stackBuffer[256];
    UChar *buffer = needed < 256 ? stackBuffer : malloc(sizeof(UChar) * (needed + 1));
    if (!buffer) return -1;
    u_strFromUTF8(buffer, needed + 1, NULL, text, length, &status);
    int result = -1;
    if (U_SUCCESS(status)) {
        result = ucol_getSortKey((const UCollator *)collator, buffer, needed, out, capacity);
    }
    if (buffer != stackBuffer) free(buffer);
    return result;
}

void kolo_collator_close(void *collator) {
    if (collator) ucol_close((UCollator *)collator);
}
