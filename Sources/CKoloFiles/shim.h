// What Swift's Glibc module leaves out, for KoloBuild's output folder.
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

// renameat2(2) with RENAME_EXCHANGE: swaps two paths in one step, so that the output folder is never
// missing, not even for a moment. -1 with errno EINVAL (or ENOSYS) where the file system cannot.
static inline int kolo_exchange(const char *a, const char *b) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, 1 << 1);
}
