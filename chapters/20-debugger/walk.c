/* walk.c: opening a checked path one name at a time (see walk.h). */
#define _GNU_SOURCE                /* O_PATH */
#include "walk.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Closes fd without disturbing errno, which the caller is returning. */
static void close_keep_errno(int fd) {
    int saved = errno;
    close(fd);
    errno = saved;
}

/* One step down: the folder name inside the folder open as at, opened as
 * a handle (O_PATH: enough for the *at calls, and it needs no read
 * permission) with O_NOFOLLOW, which opens a link as the link. A link is
 * ELOOP, anything else that is not a folder ENOTDIR. With mkdir_mode >= 0
 * a missing folder is made first. Closes at. */
static int step(int at, const char *name, int mkdir_mode) {
    int fd = openat(at, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT && mkdir_mode >= 0 &&
        (mkdirat(at, name, (mode_t)mkdir_mode) == 0 || errno == EEXIST))
        fd = openat(at, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) != 0) {
        close_keep_errno(fd);
        fd = -1;
    } else if (fd >= 0 && !S_ISDIR(st.st_mode)) {
        close(fd);
        errno = S_ISLNK(st.st_mode) ? ELOOP : ENOTDIR;
        fd = -1;
    }
    close_keep_errno(at);
    return fd;
}

/* Is the n bytes at p a name the walk may take? "", "." and ".." are
 * never in a canonical path, and ".." would climb: they are refused
 * rather than walked. */
static int plain_name(const char *p, size_t n) {
    return n > 0 && n <= NAME_MAX && !(n == 1 && p[0] == '.') &&
           !(n == 2 && p[0] == '.' && p[1] == '.');
}

int toy_walk_parent(const char *path, const char **name, int mkdir_mode) {
    if (path[0] != '/') {                  /* only canonical paths come here */
        errno = EINVAL;
        return -1;
    }
    int dir = open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (strcmp(path, "/") == 0) {          /* the root is "." in itself */
        *name = ".";
        return dir;
    }
    for (const char *p = path + 1; dir >= 0; ) {
        size_t n = strcspn(p, "/");
        if (!plain_name(p, n)) {
            close(dir);
            errno = n > NAME_MAX ? ENAMETOOLONG : EINVAL;
            return -1;
        }
        if (p[n] == '\0') {                /* the last name: not walked */
            *name = p;
            return dir;
        }
        char comp[NAME_MAX + 1];
        memcpy(comp, p, n);
        comp[n] = '\0';
        dir = step(dir, comp, mkdir_mode);
        p += n + 1;
    }
    return -1;                             /* errno from open or step */
}

int toy_walk_open(const char *path, int flags, unsigned mode) {
    const char *name;
    int dir = toy_walk_parent(path, &name, -1);
    if (dir < 0) return -1;
    int fd = openat(dir, name, flags | O_NOFOLLOW | O_CLOEXEC, mode);
    struct stat st;
    /* O_NOFOLLOW makes a link at the end fail with ELOOP, except when
     * O_DIRECTORY is asked for too (then it is ENOTDIR): say ELOOP. */
    if (fd < 0 && errno == ENOTDIR && fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISLNK(st.st_mode))
        errno = ELOOP;
    close_keep_errno(dir);
    return fd;
}

int toy_walk_read(const char *path, char **out, size_t *out_len) {
    int fd = toy_walk_open(path, O_RDONLY, 0);
    if (fd < 0) return -errno;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    int err = buf ? 0 : -ENOMEM;
    while (err == 0) {
        if (cap - len < 2) {               /* keep room for the NUL */
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) { err = -ENOMEM; break; }
            buf = bigger;
            cap *= 2;
        }
        ssize_t n = read(fd, buf + len, cap - len - 1);
        if (n < 0 && errno != EINTR) err = -errno;
        if (n == 0) break;
        if (n > 0) len += (size_t)n;
    }
    close(fd);
    if (err != 0) {
        free(buf);
        return err;
    }
    buf[len] = '\0';
    *out = buf;
    *out_len = len;
    return 0;
}
