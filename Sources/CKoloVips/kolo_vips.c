// The libvips calls KoloPictures makes, with fixed signatures Swift can call (see kolo_vips.h).
//
// libvips is opened with dlopen the first time a picture is processed, not linked: linked, it and
// the hundred-odd libraries it needs (codecs, fonts, ICC, GLib) were mapped and relocated at every
// start, 19 MiB of memory and some milliseconds for every build, the many without a single photo
// included. vips.h still gives every call its type, checked by the compiler.
#include "kolo_vips.h"
#include "vips_loader.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct kolo_picture {
    VipsImage *image;
};

static char *take_error(void) {
    const char *buffer = vips_error_buffer();
    char *copy = g_strdup(buffer && *buffer ? buffer : "libvips failed without saying why");
    vips_error_clear();
    return copy;
}

static kolo_picture *wrap(VipsImage *image) {
    kolo_picture *picture = calloc(1, sizeof *picture);
    picture->image = image;
    return picture;
}

static void ignore_message(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

int kolo_vips_start(int threads, char **error) {
    const char *failure = kolo_loaded();
    if (failure) {
        *error = strdup(failure);
        return -1;
    }
    // libvips warns on standard error as it decodes ("error in tile 0 x 344"); a damaged picture is
    // reported by Kolo as an error naming the page and the file, so its warnings only add noise.
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, ignore_message, NULL);
    // Kolo decodes each picture once and runs pictures side by side: vips' operation cache would only
    // hold memory, and its own threads would compete with the other pictures' for the same cores.
    vips_cache_set_max(0);
    vips_cache_set_max_mem(0);
    vips_concurrency_set(threads > 0 ? threads : 1);
    return 0;
}

int kolo_picture_probe(const char *path, kolo_probe *out, char **error) {
    const char *loader = vips_foreign_find_load(path);
    if (!loader) {
        *error = take_error();
        return -2;
    }
    VipsImage *image = vips_image_new_from_file(path, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
    if (!image) {
        *error = take_error();
        return -1;
    }
    out->width = vips_image_get_width(image);
    out->height = vips_image_get_height(image);
    out->bands = vips_image_get_bands(image);
    // "VipsForeignLoadJpegFile" → its nickname, "jpegload".
    const char *nickname = vips_nickname_find(g_type_from_name(loader));
    g_strlcpy(out->loader, nickname ? nickname : loader, sizeof out->loader);
    g_object_unref(image);
    return 0;
}

kolo_picture *kolo_picture_open(const char *path, int max_size, char **error) {
    VipsImage *decoded = NULL;
    // Shrink-on-load to the largest size needed, EXIF orientation applied (thumbnail's default);
    // truncated or damaged data is an error, not a grey band.
    if (vips_thumbnail(path, &decoded, max_size, "height", max_size, "size", VIPS_SIZE_DOWN,
                       "fail_on", VIPS_FAIL_ON_ERROR, NULL)) {
        *error = take_error();
        return NULL;
    }
    VipsImage *current = decoded;
    if (vips_image_get_typeof(current, VIPS_META_ICC_NAME)) {
        VipsImage *converted = NULL;
        if (vips_icc_transform(current, &converted, "srgb", "embedded", TRUE, "intent", VIPS_INTENT_PERCEPTUAL, NULL)) {
            vips_error_clear(); // a broken profile: keep the pixels as they are rather than refuse the photo
        } else {
            g_object_unref(current);
            current = converted;
        }
    }
    if (vips_image_get_interpretation(current) != VIPS_INTERPRETATION_sRGB || vips_image_get_format(current) != VIPS_FORMAT_UCHAR) {
        VipsImage *converted = NULL;
        if (vips_colourspace(current, &converted, VIPS_INTERPRETATION_sRGB, NULL)) {
            g_object_unref(current);
            *error = take_error();
            return NULL;
        }
        g_object_unref(current);
        current = converted;
        if (vips_image_get_format(current) != VIPS_FORMAT_UCHAR) {
            if (vips_cast_uchar(current, &converted, NULL)) {
                g_object_unref(current);
                *error = take_error();
                return NULL;
            }
            g_object_unref(current);
            current = converted;
        }
    }
    // Decode now, once: every width is made from these pixels.
    VipsImage *memory = vips_image_copy_memory(current);
    g_object_unref(current);
    if (!memory) {
        *error = take_error();
        return NULL;
    }
    return wrap(memory);
}

int kolo_picture_width(const kolo_picture *picture) { return vips_image_get_width(picture->image); }
int kolo_picture_height(const kolo_picture *picture) { return vips_image_get_height(picture->image); }
int kolo_picture_has_alpha(const kolo_picture *picture) { return vips_image_hasalpha(picture->image); }

char *kolo_picture_metadata(const kolo_picture *picture, const char *field) {
    if (!vips_image_get_typeof(picture->image, field)) return NULL;
    char *text = NULL;
    if (vips_image_get_as_string(picture->image, field, &text)) {
        vips_error_clear();
        return NULL;
    }
    return text;
}

kolo_picture *kolo_picture_resize(const kolo_picture *picture, int width, char **error) {
    VipsImage *out = NULL;
    if (vips_thumbnail_image(picture->image, &out, width, "height", VIPS_MAX_COORD, "no_rotate", TRUE, NULL)) {
        *error = take_error();
        return NULL;
    }
    return wrap(out);
}

kolo_picture *kolo_picture_crop(const kolo_picture *picture, int width, int height, int crop, char **error) {
    VipsInteresting interesting = crop == KOLO_CROP_CENTRE ? VIPS_INTERESTING_CENTRE
        : crop == KOLO_CROP_LOW ? VIPS_INTERESTING_LOW
        : crop == KOLO_CROP_HIGH ? VIPS_INTERESTING_HIGH : VIPS_INTERESTING_ATTENTION;
    VipsImage *out = NULL;
    if (vips_thumbnail_image(picture->image, &out, width, "height", height, "crop", interesting, "no_rotate", TRUE, NULL)) {
        *error = take_error();
        return NULL;
    }
    return wrap(out);
}

/// A copy of the image with every metadata field removed (EXIF, XMP, IPTC, ICC, GPS, orientation…).
static VipsImage *without_metadata(VipsImage *image) {
    VipsImage *copy = NULL;
    if (vips_copy(image, &copy, NULL)) return NULL;
    gchar **fields = vips_image_get_fields(copy);
    for (int i = 0; fields[i]; i++) vips_image_remove(copy, fields[i]);
    g_strfreev(fields);
    return copy;
}

int kolo_picture_save(const kolo_picture *picture, int format, int quality, const void *exif, size_t exif_length,
                      void **bytes, size_t *length, char **error) {
    VipsImage *image = without_metadata(picture->image);
    if (!image) {
        *error = take_error();
        return -1;
    }
    gboolean strip = TRUE;
    if (exif && exif_length > 0) {
        vips_image_set_blob_copy(image, VIPS_META_EXIF_NAME, exif, exif_length);
        strip = FALSE;
    }
    int failed;
    switch (format) {
    case KOLO_FORMAT_WEBP:
        failed = vips_webpsave_buffer(image, bytes, length, "Q", quality, "strip", strip, NULL);
        break;
    case KOLO_FORMAT_JPEG:
        failed = vips_jpegsave_buffer(image, bytes, length, "Q", quality, "strip", strip, "optimize_coding", TRUE, NULL);
        break;
    default:
        failed = vips_pngsave_buffer(image, bytes, length, "compression", quality, "strip", strip, NULL);
        break;
    }
    g_object_unref(image);
    if (failed) {
        *error = take_error();
        return -1;
    }
    return 0;
}

void kolo_picture_free(kolo_picture *picture) {
    if (!picture) return;
    g_object_unref(picture->image);
    free(picture);
}

void kolo_vips_free(void *pointer) {
    // Every string and buffer handed out comes from GLib's allocator (g_free), which is malloc's
    // since GLib 2.46, so free() also takes the one made before libvips could be opened.
    free(pointer);
}
