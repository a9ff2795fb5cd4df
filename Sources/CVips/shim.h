// libvips as Debian's libvips-dev installs it; only CKoloVips includes it (Swift never sees vips' API).
#include <vips/vips.h>
