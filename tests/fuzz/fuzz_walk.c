/* libFuzzer target for the two halves of "the file an op touches is the
 * file that was checked": the check's resolver (toy_perm_check_path,
 * permissions.c) and the work's walk (walk.c). At start it builds a small
 * tree in /tmp with symlinks of every kind (relative, absolute, up, to a
 * file, dangling, a loop). Input: bytes, each picking a name for one
 * component of a path in that tree. Checks, for each path:
 *  - what the kernel opens following links (as a plain open would) and
 *    what the walk opens on the checked path are the same file, or both
 *    fail: the check resolves a path exactly as the kernel does;
 *  - the same for an op on the last name itself (lstat against the
 *    checked name, follow = 0);
 *  - the walk, given the path as written, opens it only when no part of
 *    it is a link, ".", ".." or empty: it never follows or climbs. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "permissions.h"
#include "walk.h"

static char root[4096];
static toy_permissions perms;

static void check(int ok) {
    if (!ok) abort();
}

static void remove_tree(void) {
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0) fprintf(stderr, "fuzz_walk: could not remove %s\n", root);
}

/* root/a/{f, sub/g}, root/b, and links in a and b; root is made in
 * $TMPDIR (tests/checks/fuzz.sh gives each run its own). */
int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    snprintf(root, sizeof root, "%s/toyjs-fuzz-walk-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
    if (mkdtemp(root) == NULL) abort();
    atexit(remove_tree);
    char path[4200], target[4200];
    const char *dirs[] = { "a", "a/sub", "b" };
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", root, dirs[i]);
        if (mkdir(path, 0700) != 0) abort();
    }
    const char *files[] = { "a/f", "a/sub/g" };
    for (int i = 0; i < 2; i++) {
        snprintf(path, sizeof path, "%s/%s", root, files[i]);
        int fd = open(path, O_WRONLY | O_CREAT, 0600);
        if (fd < 0) abort();
        close(fd);
    }
    snprintf(target, sizeof target, "%s/b", root);
    const char *links[][2] = {
        { "a/l-up", ".." }, { "a/l-sub", "sub" }, { "a/l-abs", target },
        { "a/l-file", "f" }, { "a/l-dangling", "nope/x" }, { "a/loop", "loop" },
        { "b/l-back", "../a/sub/.." }, { "b/l-slash", "../a/f/" },
    };
    for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", root, links[i][0]);
        if (symlink(links[i][1], path) != 0) abort();
    }
    toy_permissions_init(&perms, root, 0);
    perms.rules[TOY_PERM_READ].all_granted = 1;
    return 0;
}

/* The file at path as the kernel finds it (following links, or not):
 * its device and inode, or 0 with errno. */
static int kernel_id(const char *path, int follow, struct stat *st) {
    return (follow ? stat(path, st) : lstat(path, st)) == 0;
}

/* The same through the walk, on a checked path: the last name's folder
 * walked, the name itself never followed. */
static int walk_id(const char *checked, struct stat *st) {
    const char *name;
    int dir = toy_walk_parent(checked, &name, -1);
    if (dir < 0) return 0;
    int ok = fstatat(dir, name, st, AT_SYMLINK_NOFOLLOW) == 0;
    close(dir);
    return ok;
}

/* Does any prefix of path (root excluded) name a link, or is any part of
 * it "", "." or ".."? */
static int walkable_as_written(const char *path) {
    char prefix[4096];
    size_t len = strlen(path);
    if (len >= sizeof prefix) return 0;
    for (size_t i = strlen(root) + 1; i <= len; i++) {
        if (path[i] != '/' && path[i] != '\0') continue;
        memcpy(prefix, path, i);
        prefix[i] = '\0';
        const char *last = strrchr(prefix, '/') + 1;
        if (*last == '\0' || strcmp(last, ".") == 0 || strcmp(last, "..") == 0) return 0;
        struct stat st;
        if (i < len && lstat(prefix, &st) == 0 && S_ISLNK(st.st_mode)) return 0;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *const names[] = {
        "a", "b", "f", "sub", "g", "l-up", "l-sub", "l-abs", "l-file", "l-dangling",
        "loop", "l-back", "l-slash", "..", ".", "", "nope",
    };
    const size_t nnames = sizeof names / sizeof names[0];
    if (size > 32) return 0;
    char path[4096];
    size_t len = (size_t)snprintf(path, sizeof path, "%s", root);
    for (size_t i = 0; i < size && len < sizeof path; i++)
        len += (size_t)snprintf(path + len, sizeof path - len, "/%s", names[data[i] % nnames]);
    if (len >= sizeof path) return 0;

    for (int follow = 1; follow >= 0; follow--) {
        char *checked = NULL;
        char err[512];
        int rc = toy_perm_check_path(&perms, TOY_PERM_READ, path, follow, &checked, err,
                                     sizeof err);
        struct stat k, w;
        int kernel = kernel_id(path, follow, &k);
        if (rc == 0) {
            check(checked != NULL && checked[0] == '/');
            int walked = walk_id(checked, &w);
            check(kernel == walked);
            if (kernel) check(k.st_dev == w.st_dev && k.st_ino == w.st_ino);
        } else {
            check(rc == -2 && !kernel);    /* no canonical form: the kernel fails too */
        }
        free(checked);
    }

    /* The walk on the path as written: no link followed, no climbing. */
    int fd = toy_walk_open(path, O_PATH | O_DIRECTORY, 0);
    if (fd >= 0) {
        check(walkable_as_written(path));
        struct stat st;
        check(lstat(path, &st) == 0 && S_ISDIR(st.st_mode));
        close(fd);
    }
    return 0;
}
