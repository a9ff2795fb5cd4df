// A narrow C wall around libvips (Debian's libvips-dev): vips' API is variadic, which Swift cannot
// call, so these few fixed-signature functions stand in for the calls KoloPictures makes. A
// `kolo_picture` is an opaque decoded image; only KoloPictures holds one.
#ifndef KOLO_VIPS_H
#define KOLO_VIPS_H

#include <stddef.h>
#include <stdint.h>

typedef struct kolo_picture kolo_picture;

/// Opens libvips (dlopen, the first time) and starts it once per process: `threads` per pipeline, no operation cache (every picture is
/// decoded once). Returns 0, or -1 with the reason in `error` (free with kolo_vips_free).
int kolo_vips_start(int threads, char **error);

/// What a file's header says, without decoding its pixels.
typedef struct {
    int width;
    int height;
    int bands;
    /// The loader's nickname: "jpegload", "pngload", "webpload", "heifload", "gifload", "svgload"…
    char loader[32];
} kolo_probe;

/// 0, or -2 when no loader knows the file's bytes, -1 when its loader cannot read its header.
int kolo_picture_probe(const char *path, kolo_probe *out, char **error);

/// Decodes a file once, at no more than `max_size` pixels on its long side (shrink-on-load), with
/// its EXIF orientation applied and converted to 8-bit sRGB; refuses damaged or truncated files.
kolo_picture *kolo_picture_open(const char *path, int max_size, char **error);
int kolo_picture_width(const kolo_picture *picture);
int kolo_picture_height(const kolo_picture *picture);
int kolo_picture_has_alpha(const kolo_picture *picture);
/// A text metadata field of the original ("exif-ifd0-Artist"), NULL when absent; free with kolo_vips_free.
char *kolo_picture_metadata(const kolo_picture *picture, const char *field);

/// `width` pixels wide, the height in proportion.
kolo_picture *kolo_picture_resize(const kolo_picture *picture, int width, char **error);

enum { KOLO_CROP_ATTENTION = 0, KOLO_CROP_CENTRE = 1, KOLO_CROP_LOW = 2, KOLO_CROP_HIGH = 3 };
/// Exactly `width` × `height`, cropped around the subject (`crop`: one of KOLO_CROP_*).
kolo_picture *kolo_picture_crop(const kolo_picture *picture, int width, int height, int crop, char **error);

enum { KOLO_FORMAT_WEBP = 0, KOLO_FORMAT_JPEG = 1, KOLO_FORMAT_PNG = 2 };
/// Encodes without any metadata but `exif` (a complete TIFF-structured EXIF block, or NULL for
/// none). `quality`: 1–100 for WebP and JPEG, the zlib level 0–9 for PNG. The bytes are the
/// caller's (free with kolo_vips_free).
int kolo_picture_save(const kolo_picture *picture, int format, int quality, const void *exif, size_t exif_length,
                      void **bytes, size_t *length, char **error);

void kolo_picture_free(kolo_picture *picture);
void kolo_vips_free(void *pointer);

/// SHA-256 of `bytes`, once kolo_vips_start has succeeded, as 64 lowercase hex digits into `out` (65 bytes with the NUL).
void kolo_sha256_hex(const void *bytes, size_t length, char out[65]);

#endif
