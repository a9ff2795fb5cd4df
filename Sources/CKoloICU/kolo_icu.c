#include "kolo_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uenum.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/udateintervalformat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
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

int kolo_zone_is_known(const char *zone);

void *kolo_interval_format_open(const char *locale, const char *skeleton, const char *zone) {
    UErrorCode status = U_ZERO_ERROR;
    UChar skeletonU[64], zoneU[128];
    if (strlen(skeleton) >= 64 || strlen(zone) >= 128) return NULL;
    u_uastrcpy(skeletonU, skeleton);
    u_uastrcpy(zoneU, zone);
    UDateIntervalFormat *formatter = udtitvfmt_open(locale, skeletonU, -1, zoneU, -1, &status);
    if (U_FAILURE(status)) return NULL;
    return formatter;
}

int kolo_interval_format(void *formatter, double from, double to, char *out, int capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar buffer[512];
    int32_t length = udtitvfmt_format((UDateIntervalFormat *)formatter, from, to, buffer, 512, NULL, &status);
    if (U_FAILURE(status) || length >= 512) return -1;
    int32_t written = 0;
    u_strToUTF8(out, capacity, &written, buffer, length, &status);
    if (U_FAILURE(status) || written >= capacity) return -1;
    out[written] = 0;
    return written;
}

void kolo_interval_format_close(void *formatter) {
    if (formatter) udtitvfmt_close((UDateIntervalFormat *)formatter);
}

/// A Gregorian calendar in `zone` set to `at`, or NULL when the zone is unknown.
static UCalendar *calendar_at(const char *zone, double at) {
    UErrorCode status = U_ZERO_ERROR;
    UChar zoneU[128];
    if (strlen(zone) >= 128 || !kolo_zone_is_known(zone)) return NULL;
    u_uastrcpy(zoneU, zone);
    UCalendar *calendar = ucal_open(zoneU, -1, "en", UCAL_GREGORIAN, &status);
    if (U_FAILURE(status)) return NULL;
    ucal_setMillis(calendar, at, &status);
    if (U_FAILURE(status)) { ucal_close(calendar); return NULL; }
    return calendar;
}

int kolo_zone_is_known(const char *zone) {
    UErrorCode status = U_ZERO_ERROR;
    UChar zoneU[128], canonical[128];
    if (strlen(zone) >= 128) return 0;
    u_uastrcpy(zoneU, zone);
    UBool isSystem = 0;
    ucal_getCanonicalTimeZoneID(zoneU, -1, canonical, 128, &isSystem, &status);
    return U_SUCCESS(status) && isSystem ? 1 : 0;
}

int kolo_zone_offset(const char *zone, double at, int32_t *seconds, int32_t *is_daylight) {
    UCalendar *calendar = calendar_at(zone, at);
    if (!calendar) return -1;
    UErrorCode status = U_ZERO_ERROR;
    int32_t raw = ucal_get(calendar, UCAL_ZONE_OFFSET, &status);
    int32_t daylight = ucal_get(calendar, UCAL_DST_OFFSET, &status);
    ucal_close(calendar);
    if (U_FAILURE(status)) return -1;
    *seconds = (raw + daylight) / 1000;
    *is_daylight = daylight != 0;
    return 0;
}

int kolo_zone_transition(const char *zone, double at, int after, double *transition) {
    UCalendar *calendar = calendar_at(zone, at);
    if (!calendar) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UBool found = ucal_getTimeZoneTransitionDate(calendar, after ? UCAL_TZ_TRANSITION_NEXT : UCAL_TZ_TRANSITION_PREVIOUS_INCLUSIVE,
                                                 transition, &status);
    ucal_close(calendar);
    if (U_FAILURE(status)) return -1;
    return found ? 1 : 0;
}

/// UTF-16 `text` as UTF-8 at `out + at`; returns the new end, or -1 when it does not fit.
static int append_utf8(char *out, int capacity, int at, const UChar *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = 0;
    if (at >= capacity) return -1;
    u_strToUTF8(out + at, capacity - at, &written, text, length, &status);
    if (U_FAILURE(status) || at + written >= capacity) return -1;
    out[at + written] = 0;
    return at + written;
}

int kolo_month_names(const char *locale, int abbreviated, char *out, int capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UDateFormat *format = udat_open(UDAT_NONE, UDAT_LONG, locale, NULL, 0, NULL, 0, &status);
    if (U_FAILURE(status)) return -1;
    int at = 0;
    for (int32_t month = 0; month < 12 && at >= 0; month++) {
        UChar name[128];
        int32_t length = udat_getSymbols(format, abbreviated ? UDAT_SHORT_MONTHS : UDAT_MONTHS, month, name, 128, &status);
        if (U_FAILURE(status) || length >= 128) { at = -1; break; }
        at = append_utf8(out, capacity, at, name, length);
        if (at >= 0 && at + 1 < capacity) { out[at++] = '\n'; out[at] = 0; } else at = -1;
    }
    udat_close(format);
    return at;
}

int kolo_date_pattern(const char *locale, const char *skeleton, char *out, int capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar skeletonU[64], pattern[128];
    if (strlen(skeleton) >= 64) return -1;
    u_uastrcpy(skeletonU, skeleton);
    UDateTimePatternGenerator *generator = udatpg_open(locale, &status);
    if (U_FAILURE(status)) return -1;
    int32_t length = udatpg_getBestPattern(generator, skeletonU, -1, pattern, 128, &status);
    udatpg_close(generator);
    if (U_FAILURE(status) || length >= 128) return -1;
    return append_utf8(out, capacity, 0, pattern, length);
}

int kolo_region_name(const char *locale, const char *region, char *out, int capacity) {
    UErrorCode status = U_ZERO_ERROR;
    char tag[32];
    UChar name[128];
    if (strlen(region) > 8) return -1;
    strcpy(tag, "und_");
    strcat(tag, region);
    int32_t length = uloc_getDisplayCountry(tag, locale, name, 128, &status);
    if (U_FAILURE(status) || length >= 128) return -1;
    // ICU answers with the code itself when CLDR has no name (a "default" warning).
    if (status == U_USING_DEFAULT_WARNING) return 0;
    return append_utf8(out, capacity, 0, name, length);
}
