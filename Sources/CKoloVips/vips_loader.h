// libvips through dlopen (see kolo_vips.c for why): every call kolo_vips.c makes, as a pointer
// typed from vips' own prototype, and its name redefined to call through that pointer. Private to
// CKoloVips (not under include/). A call missing from the list fails to link, as libvips is not linked.
#ifndef KOLO_VIPS_LOADER_H
#define KOLO_VIPS_LOADER_H

#include <vips/vips.h>

#define KOLO_VIPS_CALLS(X) \
    X(vips_init) X(vips_version) X(vips_error_buffer) X(vips_error_clear) \
    X(vips_cache_set_max) X(vips_cache_set_max_mem) X(vips_concurrency_set) \
    X(vips_foreign_find_load) X(vips_image_new_from_file) X(vips_nickname_find) \
    X(vips_image_get_width) X(vips_image_get_height) X(vips_image_get_bands) X(vips_image_hasalpha) \
    X(vips_image_get_typeof) X(vips_image_get_interpretation) X(vips_image_get_format) \
    X(vips_image_get_as_string) X(vips_image_get_fields) X(vips_image_remove) X(vips_image_set_blob_copy) \
    X(vips_image_copy_memory) X(vips_thumbnail) X(vips_thumbnail_image) X(vips_icc_transform) \
    X(vips_colourspace) X(vips_cast_uchar) X(vips_copy) \
    X(vips_webpsave_buffer) X(vips_jpegsave_buffer) X(vips_pngsave_buffer) \
    X(g_object_unref) X(g_type_from_name) X(g_free) X(g_strdup) X(g_strlcpy) X(g_strfreev) \
    X(g_log_set_handler)

#define KOLO_DECLARE(name) extern __typeof__(name) *kolo_dl_##name;
KOLO_VIPS_CALLS(KOLO_DECLARE)
#undef KOLO_DECLARE

#define vips_init (*kolo_dl_vips_init)
#define vips_version (*kolo_dl_vips_version)
#define vips_error_buffer (*kolo_dl_vips_error_buffer)
#define vips_error_clear (*kolo_dl_vips_error_clear)
#define vips_cache_set_max (*kolo_dl_vips_cache_set_max)
#define vips_cache_set_max_mem (*kolo_dl_vips_cache_set_max_mem)
#define vips_concurrency_set (*kolo_dl_vips_concurrency_set)
#define vips_foreign_find_load (*kolo_dl_vips_foreign_find_load)
#define vips_image_new_from_file (*kolo_dl_vips_image_new_from_file)
#define vips_nickname_find (*kolo_dl_vips_nickname_find)
#define vips_image_get_width (*kolo_dl_vips_image_get_width)
#define vips_image_get_height (*kolo_dl_vips_image_get_height)
#define vips_image_get_bands (*kolo_dl_vips_image_get_bands)
#define vips_image_hasalpha (*kolo_dl_vips_image_hasalpha)
#define vips_image_get_typeof (*kolo_dl_vips_image_get_typeof)
#define vips_image_get_interpretation (*kolo_dl_vips_image_get_interpretation)
#define vips_image_get_format (*kolo_dl_vips_image_get_format)
#define vips_image_get_as_string (*kolo_dl_vips_image_get_as_string)
#define vips_image_get_fields (*kolo_dl_vips_image_get_fields)
#define vips_image_remove (*kolo_dl_vips_image_remove)
#define vips_image_set_blob_copy (*kolo_dl_vips_image_set_blob_copy)
#define vips_image_copy_memory (*kolo_dl_vips_image_copy_memory)
#define vips_thumbnail (*kolo_dl_vips_thumbnail)
#define vips_thumbnail_image (*kolo_dl_vips_thumbnail_image)
#define vips_icc_transform (*kolo_dl_vips_icc_transform)
#define vips_colourspace (*kolo_dl_vips_colourspace)
#define vips_cast_uchar (*kolo_dl_vips_cast_uchar)
#define vips_copy (*kolo_dl_vips_copy)
#define vips_webpsave_buffer (*kolo_dl_vips_webpsave_buffer)
#define vips_jpegsave_buffer (*kolo_dl_vips_jpegsave_buffer)
#define vips_pngsave_buffer (*kolo_dl_vips_pngsave_buffer)
#define g_object_unref (*kolo_dl_g_object_unref)
#define g_type_from_name (*kolo_dl_g_type_from_name)
#define g_free (*kolo_dl_g_free)
#define g_strdup (*kolo_dl_g_strdup)
#define g_strlcpy (*kolo_dl_g_strlcpy)
#define g_strfreev (*kolo_dl_g_strfreev)
#define g_log_set_handler (*kolo_dl_g_log_set_handler)


/// Opens and starts libvips once per process; the reason it is unusable, or NULL when it is ready.
const char *kolo_loaded(void);

#endif
