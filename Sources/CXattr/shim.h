// Extended attributes (getxattr(2), setxattr(2)), which Swift's Glibc module leaves out: Kolo marks
// the folders it writes with one (KoloBuild's FolderMark).
#include <sys/xattr.h>
