// A narrow C wall around the system ICU (Debian's libicu-dev): Swift sees these few functions,
// never ICU's own headers, which clash with the ICU copy inside Foundation.
#ifndef KOLO_ICU_H
#define KOLO_ICU_H

#include <stdint.h>

/// Opens CLDR plural rules for a locale ("pl", "mk-MK"); NULL when ICU cannot.
void *kolo_plural_rules_open(const char *locale);
/// Writes the plural category ("one", "few", "many", "other", …) for `number` into `out`.
/// Returns the length written, or -1.
int kolo_plural_rules_select(const void *rules, double number, char *out, int capacity);
/// Writes the categories the locale uses, separated by spaces ("one few many other"); returns the
/// length written, or -1.
int kolo_plural_rules_keywords(const void *rules, char *out, int capacity);
void kolo_plural_rules_close(void *rules);

/// Opens a collator for a locale's alphabetical order; NULL when ICU cannot.
void *kolo_collator_open(const char *locale);
/// Writes the sort key of UTF-8 `text` into `out`; returns its length (which may exceed
/// `capacity`: call again with a larger buffer), or -1.
int kolo_collator_sort_key(const void *collator, const char *text, int length, uint8_t *out, int capacity);
void kolo_collator_close(void *collator);

/// Opens a date interval formatter for a locale, a CLDR skeleton ("yMMMMd", "yMMMMdjm") and a time
/// zone ("Europe/Paris"); NULL when ICU cannot. Not for two threads at once.
void *kolo_interval_format_open(const char *locale, const char *skeleton, const char *zone);
/// Writes the interval from `from` to `to` (milliseconds since 1970) as UTF-8 into `out`; returns
/// the length written, or -1.
int kolo_interval_format(void *formatter, double from, double to, char *out, int capacity);
void kolo_interval_format_close(void *formatter);

/// True (1) when ICU knows the time zone (an IANA name such as "Europe/Skopje").
int kolo_zone_is_known(const char *zone);
/// The zone's offset from UTC at an instant (milliseconds since 1970), in seconds; `is_daylight` is
/// set to 1 in summer time. Returns 0, or -1 when ICU cannot.
int kolo_zone_offset(const char *zone, double at, int32_t *seconds, int32_t *is_daylight);
/// The zone's first change of offset after `at` (`after` = 1) or at or before it (`after` = 0), in
/// milliseconds since 1970; returns 1 when there is one, 0 when not, -1 on error.
int kolo_zone_transition(const char *zone, double at, int after, double *transition);

/// The locale's twelve month names as used inside a date ("kwietnia"; `abbreviated`: "kwi"),
/// UTF-8, each ended by a newline, into `out`; returns the length written, or -1.
int kolo_month_names(const char *locale, int abbreviated, char *out, int capacity);
/// The locale's date pattern for a CLDR skeleton ("yMMMMd" → "d MMMM y" in Polish), UTF-8 into
/// `out`; returns the length written, or -1.
int kolo_date_pattern(const char *locale, const char *skeleton, char *out, int capacity);
/// A region's name ("FR") in the locale's language, UTF-8 into `out`; returns the length written,
/// 0 when CLDR has no name for it, or -1.
int kolo_region_name(const char *locale, const char *region, char *out, int capacity);

#endif
