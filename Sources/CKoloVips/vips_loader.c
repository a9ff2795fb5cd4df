// Opens libvips with dlopen and resolves every call of vips_loader.h, once per process.
#include "vips_loader.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#define KOLO_DEFINE(name) __typeof__(kolo_dl_##name) kolo_dl_##name;
KOLO_VIPS_CALLS(KOLO_DEFINE)

// Debian's libvips42 (8.x); the ABI check below refuses another major version.
#define KOLO_VIPS_SONAME "libvips.so.42"

static pthread_once_t kolo_load_once = PTHREAD_ONCE_INIT;
/// Why libvips could not be opened, or empty once it is ready (written once, under kolo_load_once).
static char kolo_load_failure[512];

static void kolo_load(void) {
    void *library = dlopen(KOLO_VIPS_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(kolo_load_failure, sizeof kolo_load_failure,
                 "%s cannot be opened (%s); install libvips (Debian: apt-get install libvips42)", KOLO_VIPS_SONAME, dlerror());
        return;
    }
#define KOLO_RESOLVE(name) \
    kolo_dl_##name = (__typeof__(kolo_dl_##name))dlsym(library, #name); \
    if (!kolo_dl_##name) { \
        snprintf(kolo_load_failure, sizeof kolo_load_failure, "%s has no %s: libvips is too old", KOLO_VIPS_SONAME, #name); \
        return; \
    }
    KOLO_VIPS_CALLS(KOLO_RESOLVE)
    // What VIPS_INIT checks: the library's ABI is the one these headers describe.
    if (vips_version(3) - vips_version(5) != VIPS_LIBRARY_CURRENT - VIPS_LIBRARY_AGE) {
        snprintf(kolo_load_failure, sizeof kolo_load_failure, "%s has ABI version %d, Kolo was built for %d",
                 KOLO_VIPS_SONAME, vips_version(3) - vips_version(5), VIPS_LIBRARY_CURRENT - VIPS_LIBRARY_AGE);
        return;
    }
    if (vips_init("kolo")) {
        snprintf(kolo_load_failure, sizeof kolo_load_failure, "%s", vips_error_buffer());
        vips_error_clear();
    }
}

/// The reason libvips is unusable, or NULL once it is loaded and started.
const char *kolo_loaded(void) {
    pthread_once(&kolo_load_once, kolo_load);
    return kolo_load_failure[0] ? kolo_load_failure : NULL;
}

