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

// copy_file_range(2), which glibc declares only under _GNU_SOURCE: copies between two files in the
// kernel (sharing blocks where the file system can). -1 with errno EXDEV between file systems.
static inline ssize_t kolo_copy_file_range(int in, int out, size_t length) {
    return (ssize_t)syscall(SYS_copy_file_range, in, (void *)0, out, (void *)0, length, 0u);
}

