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

#endif
