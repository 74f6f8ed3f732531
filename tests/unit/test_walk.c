/* Unit tests for walk.c: a checked (canonical) path is opened one name at
 * a time and never through a symlink. Each test builds its own tree in
 * /tmp. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "walk.h"

static char root[64];

/* root/PATH, in one of two static buffers (two may be used at once). */
static const char *at(const char *path) {
    static char bufs[2][256];
    static int next;
    char *buf = bufs[next++ % 2];
    snprintf(buf, 256, "%s/%s", root, path);
    return buf;
}

/* The tree: real/f.txt, real/sub/, link -> real, file-link -> real/f.txt. */
static int make_tree(void) {
    snprintf(root, sizeof root, "/tmp/toyjs-walk-XXXXXX");
    if (mkdtemp(root) == NULL) return -1;
    if (mkdir(at("real"), 0700) != 0 || mkdir(at("real/sub"), 0700) != 0) return -1;
    int fd = open(at("real/f.txt"), O_WRONLY | O_CREAT, 0600);
    if (fd < 0 || write(fd, "hi", 2) != 2) return -1;
    close(fd);
    if (symlink(at("real"), at("link")) != 0) return -1;
    return symlink(at("real/f.txt"), at("file-link"));
}

/* The errno of opening path for reading, or 0 when it opened. */
static int open_errno(const char *path, int flags) {
    errno = 0;
    int fd = toy_walk_open(path, flags, 0);
    if (fd < 0) return errno;
    close(fd);
    return 0;
}

static void opens_what_was_checked(void) {
    CHECK(open_errno(at("real/f.txt"), O_RDONLY) == 0);
    CHECK(open_errno(at("real/sub"), O_RDONLY | O_DIRECTORY) == 0);
    CHECK(open_errno("/", O_PATH | O_DIRECTORY) == 0);
}

static void refuses_links(void) {
    CHECK(open_errno(at("link/f.txt"), O_RDONLY) == ELOOP);      /* a link on the way */
    CHECK(open_errno(at("file-link"), O_RDONLY) == ELOOP);       /* a link at the end */
    CHECK(open_errno(at("link"), O_RDONLY | O_DIRECTORY) == ELOOP);
    CHECK(open_errno(at("link"), O_PATH | O_DIRECTORY) == ELOOP);
    CHECK(open_errno(at("file-link"), O_WRONLY | O_CREAT) == ELOOP);
    struct stat st;
    CHECK(stat(at("real/f.txt"), &st) == 0 && st.st_size == 2);  /* not truncated */
}

static void kernel_errors(void) {
    CHECK(open_errno(at("missing/f.txt"), O_RDONLY) == ENOENT);
    CHECK(open_errno(at("real/f.txt/x"), O_RDONLY) == ENOTDIR);
    CHECK(open_errno("relative/path", O_RDONLY) == EINVAL);
    /* Not canonical: refused, never walked (".." would climb). */
    CHECK(open_errno(at("real/../real/f.txt"), O_RDONLY) == EINVAL);
    CHECK(open_errno(at("real/sub/.."), O_RDONLY) == EINVAL);
    CHECK(open_errno(at("real//f.txt"), O_RDONLY) == EINVAL);
    CHECK(open_errno(at("real/sub/"), O_RDONLY) == EINVAL);
}

static void parent_and_name(void) {
    const char *name = NULL;
    int dir = toy_walk_parent(at("real/f.txt"), &name, -1);
    CHECK(dir >= 0);
    CHECK(strcmp(name, "f.txt") == 0);
    struct stat st;
    int ok = fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
    close(dir);
    CHECK(ok);
    dir = toy_walk_parent("/", &name, -1);
    CHECK(dir >= 0);
    close(dir);
    CHECK(strcmp(name, ".") == 0);
}

static void makes_folders(void) {
    const char *name = NULL;
    int dir = toy_walk_parent(at("new/a/b"), &name, 0700);        /* mkdir -p new/a */
    CHECK(dir >= 0);
    close(dir);
    struct stat st;
    CHECK(stat(at("new/a"), &st) == 0 && S_ISDIR(st.st_mode));
    CHECK(stat(at("new/a/b"), &st) != 0);                         /* the last is the op's */
    errno = 0;
    CHECK(toy_walk_parent(at("link/made/x"), &name, 0700) < 0 && errno == ELOOP);
    CHECK(stat(at("real/made"), &st) != 0);                       /* nothing made through it */
}

int main(void) {
    if (make_tree() != 0) {
        printf("FAIL make_tree: %s\n", strerror(errno));
        return 1;
    }
    RUN(opens_what_was_checked);
    RUN(refuses_links);
    RUN(kernel_errors);
    RUN(parent_and_name);
    RUN(makes_folders);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    return system(cmd) != 0 || check_failed;
}
