/* op_fsx.c: more of the "fs" extension: the rest of the file system a
 * program expects, in Deno's shape. Toy.stat and lstat, readDir, mkdir, remove,
 * rename, realPath, makeTempDir and makeTempFile, copyFile, truncate, and
 * symlink (without which a program could not make the links the others
 * must handle with care).
 *
 * It follows op_fs.c's pattern: every op comes as op_fs_X (async, on
 * libuv's threadpool) and op_fs_X_sync (on the JS thread), sharing one
 * job struct, shaped as every file job is (toy_job, ops.h), and one
 * function, fsx_run, that does the work with POSIX *at calls. Each op
 * checks its permissions first, on the JS thread, before any job exists;
 * the work then touches the paths as checked, through walk.h. */
#define _GNU_SOURCE                /* statx(2), for a file's birth time */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "ops.h"
#include "walk.h"

typedef enum {
    FSX_STAT, FSX_LSTAT, FSX_READ_DIR, FSX_MKDIR, FSX_REMOVE, FSX_RENAME,
    FSX_REALPATH, FSX_TEMP_DIR, FSX_TEMP_FILE, FSX_COPY, FSX_TRUNCATE, FSX_SYMLINK,
} fsx_kind;

/* One piece of work, with everything it needs copied in: an async job
 * runs on another thread after the op has returned. */
typedef struct fsx_job {
    toy_job job;               /* the shape every file job has (ops.h) */
    fsx_kind kind;
    char *path;                /* the path as the program gave it */
    char *to;                  /* rename, copy, symlink: the second path */
    char *checked, *checked_to;   /* both as checked: what the work touches */
    char *prefix, *suffix;     /* makeTemp* */
    int recursive;             /* mkdir, remove */
    unsigned mode;             /* mkdir */
    int64_t len;               /* truncate */
    int err;                   /* errno when it failed, else 0 */
    const char *why;           /* a message in place of strerror(err) */
    const char *context;       /* what failed, for the message: "stat" */
    int with_path;             /* name the path(s) after the context */
    char *result;              /* a string or JSON text, malloc'd */
    size_t result_len;
} fsx_job;

/* What each kind is called in Deno's error messages. */
static const char *const fsx_names[] = {
    "stat", "lstat", "readdir", "mkdir", "remove", "rename",
    "realpath", "tmpdir", "tmpfile", "copy", "truncate", "symlink",
};

/* ------------------------------------------------------------- stat -- */

/* A time as Deno's FileInfo has it: milliseconds since 1970 (JS makes
 * a Date of it), or null when the file system does not keep it. */
static void put_time(toy_json *b, const char *name, int have, int64_t sec, uint32_t nsec) {
    toy_json_key(b, name);
    if (have) toy_json_number(b, (double)sec * 1000 + nsec / 1000000);
    else toy_json_null(b);
}

static void put_bool(toy_json *b, const char *name, int v) {
    toy_json_key(b, name);
    toy_json_bool(b, v);
}

static void put_uint(toy_json *b, const char *name, uint64_t v) {
    toy_json_key(b, name);
    toy_json_uint(b, v);
}

/* Describes the last name of a checked path itself (its folder reached
 * by the walk), never following it: where stat follows links, the check
 * already did, and a link here is one that appeared since (ELOOP). */
static int statx_checked(const char *checked, int follow, struct statx *sx) {
    const char *name;
    int dir = toy_walk_parent(checked, &name, -1);
    if (dir < 0) return errno;
    int err = statx(dir, name, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS | STATX_BTIME, sx) == 0
                  ? 0 : errno;
    close(dir);
    if (err == 0 && follow && S_ISLNK(sx->stx_mode)) err = ELOOP;
    return err;
}

/* stat or lstat (follow = 0) as the JSON of a FileInfo. statx(2) is
 * stat(2) plus the birth time, which ext4, btrfs and tmpfs keep. */
static int stat_json(const char *checked, int follow, toy_json *b) {
    struct statx sx;
    int err = statx_checked(checked, follow, &sx);
    if (err != 0) return err;
    unsigned mode = sx.stx_mode;
    toy_json_object(b);
    put_bool(b, "isFile", S_ISREG(mode));
    put_bool(b, "isDirectory", S_ISDIR(mode));
    put_bool(b, "isSymlink", S_ISLNK(mode));
    put_uint(b, "size", sx.stx_size);
    put_time(b, "mtime", 1, sx.stx_mtime.tv_sec, sx.stx_mtime.tv_nsec);
    put_time(b, "atime", 1, sx.stx_atime.tv_sec, sx.stx_atime.tv_nsec);
    put_time(b, "birthtime", (sx.stx_mask & STATX_BTIME) != 0,
             sx.stx_btime.tv_sec, sx.stx_btime.tv_nsec);
    put_uint(b, "dev", makedev(sx.stx_dev_major, sx.stx_dev_minor));
    put_uint(b, "ino", sx.stx_ino);
    put_uint(b, "mode", mode);
    put_uint(b, "nlink", sx.stx_nlink);
    put_uint(b, "uid", sx.stx_uid);
    put_uint(b, "gid", sx.stx_gid);
    put_uint(b, "rdev", makedev(sx.stx_rdev_major, sx.stx_rdev_minor));
    put_uint(b, "blksize", sx.stx_blksize);
    put_uint(b, "blocks", sx.stx_blocks);
    put_bool(b, "isBlockDevice", S_ISBLK(mode));
    put_bool(b, "isCharDevice", S_ISCHR(mode));
    put_bool(b, "isFifo", S_ISFIFO(mode));
    put_bool(b, "isSocket", S_ISSOCK(mode));
    toy_json_end(b);
    return b->failed ? ENOMEM : 0;
}

/* The directory's entries, as [{ name, isFile, isDirectory, isSymlink }],
 * in the order the file system gives them. The type comes from the entry
 * itself where the file system says it (d_type), from lstat otherwise:
 * a symlink is reported as a symlink, never as what it points to. */
static int read_dir_json(const char *checked, toy_json *b) {
    int fd = toy_walk_open(checked, O_RDONLY | O_DIRECTORY, 0);
    DIR *dir = fd >= 0 ? fdopendir(fd) : NULL;
    if (dir == NULL) {
        int err = errno;
        if (fd >= 0) close(fd);
        return err;
    }
    toy_json_array(b);
    int err = 0;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(dir);
        if (e == NULL) { err = errno; break; }
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st;
            if (fstatat(dirfd(dir), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
                type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG
                     : S_ISLNK(st.st_mode) ? DT_LNK : DT_UNKNOWN;
        }
        toy_json_object(b);
        toy_json_key(b, "name");
        toy_json_cstring(b, e->d_name);
        put_bool(b, "isFile", type == DT_REG);
        put_bool(b, "isDirectory", type == DT_DIR);
        put_bool(b, "isSymlink", type == DT_LNK);
        toy_json_end(b);
    }
    closedir(dir);
    toy_json_end(b);
    if (err == 0 && b->failed) err = ENOMEM;
    return err;
}

/* ------------------------------------------------ mkdir and remove -- */

/* mkdir, and with recursive, mkdir -p: the walk to the last name makes
 * each missing directory along the way, with mode; then the last one is
 * made. For mkdir -p it may be there already, as a directory. A file in
 * the middle fails the walk (ENOTDIR). */
static int mkdir_checked(const char *checked, unsigned mode, int recursive) {
    const char *name;
    int dir = toy_walk_parent(checked, &name, recursive ? (int)mode : -1);
    if (dir < 0) return errno;
    int err = mkdirat(dir, name, mode) == 0 ? 0 : errno;
    struct stat st;
    if (err == EEXIST && recursive && fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISDIR(st.st_mode))
        err = 0;
    close(dir);
    return err;
}

/* Empties the directory open as dirfd (and closes it). Everything is
 * named relative to its parent's descriptor, and a subdirectory is
 * opened with O_NOFOLLOW: a symlink in the tree is removed as a link,
 * never followed, so the removal cannot leave the tree, even if a
 * directory is swapped for a link while it runs. */
static int remove_children(int dirfd) {
    DIR *dir = fdopendir(dirfd);
    if (dir == NULL) {
        int err = errno;
        close(dirfd);
        return err;
    }
    int err = 0;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(dir);
        if (e == NULL) { err = errno; break; }
        const char *name = e->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
        int is_dir = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN) {
            struct stat st;
            if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) { err = errno; break; }
            is_dir = S_ISDIR(st.st_mode);
        }
        if (is_dir) {
            int sub = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0) { err = errno; break; }
            if ((err = remove_children(sub)) != 0) break;
            if (unlinkat(dirfd, name, AT_REMOVEDIR) != 0) { err = errno; break; }
        } else if (unlinkat(dirfd, name, 0) != 0) {
            err = errno;
            break;
        }
    }
    closedir(dir);
    return err;
}

/* Deno's remove: a file or a symlink is unlinked; a directory is removed
 * when empty, or with everything in it when recursive. The walk is the
 * same as the tree's: from the parent's descriptor, never following. */
static int remove_checked(const char *checked, int recursive) {
    const char *name;
    int dir = toy_walk_parent(checked, &name, -1);
    if (dir < 0) return errno;
    struct stat st;
    int err = fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 ? 0 : errno;
    if (err == 0 && !S_ISDIR(st.st_mode)) {
        if (unlinkat(dir, name, 0) != 0) err = errno;
    } else if (err == 0) {
        if (recursive) {
            int fd = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            err = fd < 0 ? errno : remove_children(fd);
        }
        if (err == 0 && unlinkat(dir, name, AT_REMOVEDIR) != 0) err = errno;
    }
    close(dir);
    return err;
}

/* A path whose last name is "." or ".." names a folder the kernel will
 * not remove or move by that name: rmdir(2) says EINVAL for "." and
 * ENOTEMPTY for "..", rename(2) EBUSY for both. The checked path has
 * lost that name (it names the folder itself), so the path as given is
 * asked: the kernel's errno, or 0. Checked before anything is touched,
 * also for a recursive remove. */
static int dot_name_err(const char *given, int renaming) {
    size_t end = strlen(given);
    while (end > 1 && given[end - 1] == '/') end--;
    size_t start = end;
    while (start > 0 && given[start - 1] != '/') start--;
    const char *last = given + start;
    size_t len = end - start;
    if (len == 1 && last[0] == '.') return renaming ? EBUSY : EINVAL;
    if (len == 2 && last[0] == '.' && last[1] == '.') return renaming ? EBUSY : ENOTEMPTY;
    return 0;
}

/* ------------------------------------------------- copy, temp names -- */

/* Copies from's bytes to to, which is created or truncated, and gives to
 * from's permission bits, as Deno (and Rust's fs::copy) do. A copy onto
 * the file itself (the same path, or a link to it) does nothing: opening
 * to with O_TRUNC would have emptied the file before its first read. */
static int copy_file(fsx_job *j) {
    int in = toy_walk_open(j->checked, O_RDONLY, 0);
    if (in < 0) return errno;
    struct stat st;
    if (fstat(in, &st) != 0) {
        int err = errno;
        close(in);
        return err;
    }
    if (!S_ISREG(st.st_mode)) {           /* a directory, a device, a FIFO */
        close(in);
        j->why = "the source path is neither a regular file nor a symlink to a regular file";
        return EINVAL;
    }
    int out = toy_walk_open(j->checked_to, O_WRONLY | O_CREAT, st.st_mode & 07777);
    if (out < 0) {
        int err = errno;
        close(in);
        return err;
    }
    struct stat to;
    if (fstat(out, &to) == 0 && to.st_dev == st.st_dev && to.st_ino == st.st_ino) {
        close(in);
        close(out);
        return 0;
    }
    int err = ftruncate(out, 0) == 0 ? 0 : errno;
    if (err == 0 && fchmod(out, st.st_mode & 07777) != 0) err = errno;
    char chunk[65536];
    while (err == 0) {
        ssize_t n = read(in, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) { err = errno; break; }
        if (n == 0) break;
        for (ssize_t done = 0; done < n && err == 0;) {
            ssize_t w = write(out, chunk + done, (size_t)(n - done));
            if (w < 0 && errno != EINTR) err = errno;
            if (w == 0) err = EIO;
            if (w > 0) done += w;
        }
    }
    close(in);
    if (close(out) != 0 && err == 0) err = errno;
    return err;
}

/* One try: the name made inside the checked directory dir (a handle). */
static int make_temp_in(int dir, const char *leaf, int is_dir) {
    if (is_dir) return mkdirat(dir, leaf, 0700) == 0 ? 0 : errno;
    int fd = openat(dir, leaf, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return errno;
    close(fd);
    return 0;
}

/* makeTempDir and makeTempFile: dir/PREFIX + 64 random bits in hex +
 * SUFFIX, made with O_EXCL semantics (mkdirat, O_CREAT | O_EXCL) so an
 * existing name is never reused; a clash draws again, ten times. */
static int make_temp(fsx_job *j) {
    int dir = toy_walk_open(j->checked, O_PATH | O_DIRECTORY, 0);
    if (dir < 0) return errno;
    /* The result names the new file as the program named the directory;
     * each try writes its random name at the end. */
    const char *sep = j->path[0] && j->path[strlen(j->path) - 1] != '/' ? "/" : "";
    size_t head = strlen(j->path) + strlen(sep);
    char *name = malloc(head + NAME_MAX + 1);
    int err = name ? EEXIST : ENOMEM;
    if (name != NULL) snprintf(name, head + 1, "%s%s", j->path, sep);
    for (int tries = 0; tries < 10 && err == EEXIST; tries++) {
        uint64_t r;
        int rc = uv_random(NULL, NULL, &r, sizeof r, 0, NULL);
        if (rc != 0) { err = -rc; break; }
        char *leaf = name + head;
        if (snprintf(leaf, NAME_MAX + 1, "%s%08llx%s", j->prefix, (unsigned long long)r,
                     j->suffix) > NAME_MAX) { err = ENAMETOOLONG; break; }
        err = make_temp_in(dir, leaf, j->kind == FSX_TEMP_DIR);
    }
    close(dir);
    if (err == 0) {
        j->result = name;
        j->result_len = strlen(name);
        return 0;
    }
    free(name);
    if (err == EEXIST)
        j->why = j->kind == FSX_TEMP_DIR ? "too many temp dirs exist" : "too many temp files exist";
    return err;
}

/* ---------------------------------------------------------- the work -- */

/* rename(2) from one checked name to another, each in the folder its
 * walk reached: a link on either name is moved or replaced, not followed. */
static int rename_checked(const char *from, const char *to) {
    const char *from_name, *to_name;
    int from_dir = toy_walk_parent(from, &from_name, -1);
    if (from_dir < 0) return errno;
    int to_dir = toy_walk_parent(to, &to_name, -1);
    int err = to_dir < 0 ? errno
            : renameat(from_dir, from_name, to_dir, to_name) == 0 ? 0 : errno;
    close(from_dir);
    if (to_dir >= 0) close(to_dir);
    return err;
}

/* symlink(2): a new name, checked, holding target (text, not a path the
 * op touches). */
static int symlink_checked(const char *target, const char *checked) {
    const char *name;
    int dir = toy_walk_parent(checked, &name, -1);
    if (dir < 0) return errno;
    int err = symlinkat(target, dir, name) == 0 ? 0 : errno;
    close(dir);
    return err;
}

/* truncate(2) of the file opened as checked. O_NONBLOCK so that a FIFO
 * cannot make the open wait; what is not a regular file is refused, as
 * truncate(2) refuses it. */
static int truncate_checked(const char *checked, int64_t len) {
    int fd = toy_walk_open(checked, O_WRONLY | O_NONBLOCK, 0);
    if (fd < 0) return errno;
    struct stat st;
    int err = fstat(fd, &st) != 0 ? errno : !S_ISREG(st.st_mode) ? EINVAL
            : ftruncate(fd, (off_t)len) != 0 ? errno : 0;
    close(fd);
    return err;
}

/* Does the job's work: on a threadpool thread for the async ops, on the
 * JS thread for the _sync ones. Nothing here touches JS or the runtime,
 * and every path it touches is a checked one. */
static void fsx_run(toy_job *job) {
    fsx_job *j = (fsx_job *)job;
    toy_json b;
    toy_json_init(&b);
    struct statx sx;
    j->context = fsx_names[j->kind];
    j->with_path = 1;
    switch (j->kind) {
    case FSX_STAT:
    case FSX_LSTAT:
        j->err = stat_json(j->checked, j->kind == FSX_STAT, &b);
        break;
    case FSX_READ_DIR:
        j->err = read_dir_json(j->checked, &b);
        break;
    case FSX_MKDIR:
        j->err = mkdir_checked(j->checked, j->mode, j->recursive);
        break;
    case FSX_REMOVE:
        if ((j->err = dot_name_err(j->path, 0)) == 0)
            j->err = remove_checked(j->checked, j->recursive);
        break;
    case FSX_RENAME:
        if ((j->err = dot_name_err(j->path, 1)) == 0 && (j->err = dot_name_err(j->to, 1)) == 0)
            j->err = rename_checked(j->checked, j->checked_to);
        break;
    case FSX_REALPATH:                     /* the checked path is the real one */
        if ((j->err = statx_checked(j->checked, 1, &sx)) != 0) break;
        if ((j->result = strdup(j->checked)) == NULL) j->err = ENOMEM;
        else j->result_len = strlen(j->result);
        break;
    case FSX_TEMP_DIR:
    case FSX_TEMP_FILE:
        j->with_path = 0;                  /* Deno says only "tmpdir" */
        j->err = make_temp(j);
        break;
    case FSX_COPY:
        j->err = copy_file(j);
        break;
    case FSX_TRUNCATE:
        j->err = truncate_checked(j->checked, j->len);
        break;
    case FSX_SYMLINK:
        j->err = symlink_checked(j->path, j->checked_to);
        break;
    }
    if (j->err == 0 && b.len > 0) j->result = toy_json_take(&b, &j->result_len);
    else toy_json_free(&b);
}

/* Turns a finished job into the op's result, or Deno's error: the class
 * from errno, then "message (os error N): context 'path'", with
 * "'from' -> 'to'" for the two-path ops. ELOOP comes from the walk alone
 * (the check found any loop first): a refusal, PermissionDenied. */
static void fsx_finish(toy_job *job, toy_call *c) {
    fsx_job *j = (fsx_job *)job;
    if (j->err != 0) {
        toy_call_fail_walk(c, j->err, j->context, j->path);   /* sets the class */
        char what[128];
        if (j->err == ELOOP) snprintf(what, sizeof what, "%s", TOY_WALK_CHANGED);
        else if (j->why != NULL) snprintf(what, sizeof what, "%s", j->why);
        else snprintf(what, sizeof what, "%s (os error %d)", strerror(j->err), j->err);
        if (!j->with_path)
            snprintf(c->err_msg, sizeof c->err_msg, "%s: %s", what, j->context);
        else if (j->to != NULL)
            snprintf(c->err_msg, sizeof c->err_msg, "%s: %s '%s' -> '%s'", what,
                     j->context, j->path, j->to);
        else
            snprintf(c->err_msg, sizeof c->err_msg, "%s: %s '%s'", what, j->context, j->path);
        return;
    }
    if (j->result != NULL) {               /* the bridge frees it */
        c->ret.str.data = j->result;
        c->ret.str.len = j->result_len;
        j->result = NULL;
    }
}

/* Frees what the job owns. */
static void fsx_release(toy_job *job) {
    fsx_job *j = (fsx_job *)job;
    free(j->path);
    free(j->to);
    free(j->checked);
    free(j->checked_to);
    free(j->prefix);
    free(j->suffix);
    free(j->result);
}

/* ----------------------------------------------- arguments, checks -- */

/* A copy of a string argument for the job; a path with a NUL byte in it
 * is refused, as op_fs.c does: C would see a different, shorter path. */
static int copy_arg(toy_call *c, fsx_job *j, const toy_str *s, char **out) {
    if (strlen(s->data) != s->len) {
        toy_call_fail(c, "TypeError", "file name contained an unexpected NUL byte: %s '%s'",
                      fsx_names[j->kind], s->data);
        return -1;
    }
    if ((*out = strdup(s->data)) == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return -1;
    }
    return 0;
}

static int fsx_init(toy_call *c, fsx_job *j, fsx_kind kind, const toy_str *path) {
    memset(j, 0, sizeof *j);
    j->job.run = fsx_run;
    j->job.finish = fsx_finish;
    j->job.release = fsx_release;
    j->kind = kind;
    if (path != NULL && copy_arg(c, j, path, &j->path) != 0) return -1;
    return 0;
}

/* The permission check, in C, before any work: kind of access to path,
 * whose canonical form lands in *checked for the work to touch (follow
 * = 0: the last name itself, not where it leads). 0 when allowed, else
 * the call has failed and the job is freed. */
static int fsx_check(toy_call *c, fsx_job *j, toy_perm_kind kind, const char *path, int follow,
                     char **checked) {
    if (toy_call_check_path(c, kind, path, follow, checked) == 0) return 0;
    int err = errno;
    if (strcmp(c->err_class, "PermissionDenied") != 0 && err != 0)
        toy_call_fail_errno(c, err, fsx_names[j->kind], path);   /* named for this op */
    fsx_release(&j->job);
    return -1;
}

/* For an op on everything below checked (a recursive remove, a rename):
 * no denial inside it may be passed over. */
static int fsx_check_subtree(toy_call *c, fsx_job *j, toy_perm_kind kind, const char *checked) {
    if (toy_call_check_subtree(c, kind, checked) == 0) return 0;
    fsx_release(&j->job);
    return -1;
}

/* A check on a path the program did not name (the temp directory, the
 * working directory): Deno words the denial with a placeholder, "<TMP>",
 * so the message does not tell a denied program where that is. checked
 * as for fsx_check, or NULL when the op will not touch the path. */
static int fsx_check_blind(toy_call *c, fsx_job *j, toy_perm_kind kind, const char *path,
                           const char *placeholder, char **checked) {
    char *unused = NULL;
    int rc = toy_call_check_path(c, kind, path, 1, checked ? checked : &unused);
    free(unused);
    if (rc == 0) return 0;
    if (strcmp(c->err_class, "PermissionDenied") == 0)
        snprintf(c->err_msg, sizeof c->err_msg,
                 "Requires %s access to %s, run again with the --allow-%s flag",
                 toy_perm_kind_name(kind), placeholder, toy_perm_kind_name(kind));
    fsx_release(&j->job);
    return -1;
}

/* --------------------------------------------------------------- ops -- */

/* op_fs_stat(path) and op_fs_lstat(path) -> FileInfo fields, as JSON */
static void op_fs_stat(toy_call *c) {
    fsx_job j;
    int follow = strstr(c->op->name, "lstat") == NULL;
    if (fsx_init(c, &j, follow ? FSX_STAT : FSX_LSTAT, &c->args[0].str) != 0) return;
    if (fsx_check(c, &j, TOY_PERM_READ, j.path, follow, &j.checked) != 0) return;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_read_dir(path) -> [{ name, isFile, isDirectory, isSymlink }] */
static void op_fs_read_dir(toy_call *c) {
    fsx_job j;
    if (fsx_init(c, &j, FSX_READ_DIR, &c->args[0].str) != 0) return;
    if (fsx_check(c, &j, TOY_PERM_READ, j.path, 1, &j.checked) != 0) return;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_mkdir(path, recursive, mode). mkdir makes the last name itself
 * (a link there is EEXIST); mkdir -p follows the path to its end. */
static void op_fs_mkdir(toy_call *c) {
    fsx_job j;
    if (fsx_init(c, &j, FSX_MKDIR, &c->args[0].str) != 0) return;
    if (fsx_check(c, &j, TOY_PERM_WRITE, j.path, c->args[1].b, &j.checked) != 0) return;
    j.recursive = c->args[1].b;
    j.mode = c->args[2].u32 & 0777;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_remove(path, recursive). A link is removed, not followed, so the
 * name itself is checked. A recursive removal touches everything below
 * it, so a denial anywhere inside refuses it; the tree's walk never
 * follows a symlink out of it. */
static void op_fs_remove(toy_call *c) {
    fsx_job j;
    if (fsx_init(c, &j, FSX_REMOVE, &c->args[0].str) != 0) return;
    if (fsx_check(c, &j, TOY_PERM_WRITE, j.path, 0, &j.checked) != 0) return;
    if (c->args[1].b && fsx_check_subtree(c, &j, TOY_PERM_WRITE, j.checked) != 0) return;
    j.recursive = c->args[1].b;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_rename(from, to): Deno checks read and write on from, write on to.
 * Both names are moved or replaced themselves, links included. A rename
 * moves all that is below from, so no denial may be inside it, and puts
 * it below to, where no write denial may be. */
static void op_fs_rename(toy_call *c) {
    fsx_job j;
    if (fsx_init(c, &j, FSX_RENAME, &c->args[0].str) != 0) return;
    if (copy_arg(c, &j, &c->args[1].str, &j.to) != 0) { fsx_release(&j.job); return; }
    if (fsx_check(c, &j, TOY_PERM_READ, j.path, 0, &j.checked) != 0 ||
        fsx_check(c, &j, TOY_PERM_WRITE, j.path, 0, &j.checked) != 0 ||
        fsx_check(c, &j, TOY_PERM_WRITE, j.to, 0, &j.checked_to) != 0 ||
        fsx_check_subtree(c, &j, TOY_PERM_READ, j.checked) != 0 ||
        fsx_check_subtree(c, &j, TOY_PERM_WRITE, j.checked) != 0 ||
        fsx_check_subtree(c, &j, TOY_PERM_WRITE, j.checked_to) != 0)
        return;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_realpath(path) -> the absolute path with every symlink resolved.
 * A relative path also reveals the working directory: that needs read
 * access to it too. */
static void op_fs_realpath(toy_call *c) {
    fsx_job j;
    if (fsx_init(c, &j, FSX_REALPATH, &c->args[0].str) != 0) return;
    if (fsx_check(c, &j, TOY_PERM_READ, j.path, 1, &j.checked) != 0) return;
    if (j.path[0] != '/' &&
        fsx_check_blind(c, &j, TOY_PERM_READ, c->state->perms.cwd, "<CWD>", NULL) != 0)
        return;
    toy_job_submit(c, &j.job, sizeof j);
}

/* A temp name's prefix or suffix, by Deno's rule: no control characters,
 * nothing a shell or Windows would read as special, so no '/' to climb
 * out of the directory either. 0 when fine, else the call has failed. */
static int check_name_part(toy_call *c, const char *s) {
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7f) {
            char esc[16];
            if (*p == '\n' || *p == '\r' || *p == '\t')
                snprintf(esc, sizeof esc, "\\%c", *p == '\n' ? 'n' : *p == '\r' ? 'r' : 't');
            else
                snprintf(esc, sizeof esc, "\\u{%x}", *p);
            toy_call_fail(c, "Error", "Invalid control character in prefix or suffix: '%s'", esc);
            return -1;
        }
        if (strchr("<>:\"/\\|?*", *p) != NULL) {
            toy_call_fail(c, "Error", "Invalid character in prefix or suffix: '%c'", *p);
            return -1;
        }
    }
    return 0;
}

/* op_fs_make_temp_dir(dir, prefix, suffix) and op_fs_make_temp_file(...)
 * -> the new path. An empty dir means the system's: $TMPDIR, or /tmp. */
static void op_fs_make_temp(toy_call *c) {
    fsx_job j;
    int dir = strstr(c->op->name, "temp_dir") != NULL;
    if (fsx_init(c, &j, dir ? FSX_TEMP_DIR : FSX_TEMP_FILE, NULL) != 0) return;
    if (copy_arg(c, &j, &c->args[1].str, &j.prefix) != 0 ||
        copy_arg(c, &j, &c->args[2].str, &j.suffix) != 0) {
        fsx_release(&j.job);
        return;
    }
    if (check_name_part(c, j.prefix) != 0 || check_name_part(c, j.suffix) != 0) {
        fsx_release(&j.job);
        return;
    }
    if (c->args[0].str.len > 0) {
        if (copy_arg(c, &j, &c->args[0].str, &j.path) != 0) { fsx_release(&j.job); return; }
        if (fsx_check(c, &j, TOY_PERM_WRITE, j.path, 1, &j.checked) != 0) return;
    } else {
        const char *tmp = getenv("TMPDIR");
        if ((j.path = strdup(tmp && tmp[0] ? tmp : "/tmp")) == NULL) {
            toy_call_fail(c, "RangeError", "out of memory");
            fsx_release(&j.job);
            return;
        }
        if (fsx_check_blind(c, &j, TOY_PERM_WRITE, j.path, "<TMP>", &j.checked) != 0) return;
    }
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_copy_file(from, to): read access to from, write access to to. */
static void op_fs_copy_file(toy_call *c) {
    fsx_job j;
    if (fsx_init(c, &j, FSX_COPY, &c->args[0].str) != 0) return;
    if (copy_arg(c, &j, &c->args[1].str, &j.to) != 0) { fsx_release(&j.job); return; }
    if (fsx_check(c, &j, TOY_PERM_READ, j.path, 1, &j.checked) != 0 ||
        fsx_check(c, &j, TOY_PERM_WRITE, j.to, 1, &j.checked_to) != 0)
        return;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_truncate(path, len): len a whole number of bytes, 0 or more. */
static void op_fs_truncate(toy_call *c) {
    fsx_job j;
    double len = c->args[1].f64;
    if (!(len >= 0 && len <= 9007199254740991.0) || len != (double)(int64_t)len) {
        toy_call_fail(c, "TypeError", "Invalid length: must be a safe integer, 0 or more");
        return;
    }
    if (fsx_init(c, &j, FSX_TRUNCATE, &c->args[0].str) != 0) return;
    if (fsx_check(c, &j, TOY_PERM_WRITE, j.path, 1, &j.checked) != 0) return;
    j.len = (int64_t)len;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_symlink(target, path): makes path a symlink to target. As in
 * Deno, it needs read and write access to everything: a link can point
 * anywhere, so no narrower grant could say what it exposes. The last
 * check, which the first two make certain, finds path's folder for the
 * work. */
static void op_fs_symlink(toy_call *c) {
    fsx_job j;
    if (fsx_init(c, &j, FSX_SYMLINK, &c->args[0].str) != 0) return;
    if (copy_arg(c, &j, &c->args[1].str, &j.to) != 0) { fsx_release(&j.job); return; }
    if (fsx_check(c, &j, TOY_PERM_WRITE, NULL, 1, NULL) != 0 ||
        fsx_check(c, &j, TOY_PERM_READ, NULL, 1, NULL) != 0 ||
        fsx_check(c, &j, TOY_PERM_WRITE, j.to, 0, &j.checked_to) != 0)
        return;
    toy_job_submit(c, &j.job, sizeof j);
}

/* The ops belong to the "fs" extension, with chapter 04's: op_fs.c lists
 * them as its more_ops, which end at the entry without a name. */
const toy_op toy_fs_files_ops[] = {
    { .name = "op_fs_stat", .async = 1, .fn = op_fs_stat, .ret = TOY_JSON, TOY_ARGS(TOY_STR) },
    { .name = "op_fs_stat_sync", .fn = op_fs_stat, .ret = TOY_JSON, TOY_ARGS(TOY_STR) },
    { .name = "op_fs_lstat", .async = 1, .fn = op_fs_stat, .ret = TOY_JSON, TOY_ARGS(TOY_STR) },
    { .name = "op_fs_lstat_sync", .fn = op_fs_stat, .ret = TOY_JSON, TOY_ARGS(TOY_STR) },
    { .name = "op_fs_read_dir", .async = 1, .fn = op_fs_read_dir, .ret = TOY_JSON,
      TOY_ARGS(TOY_STR) },
    { .name = "op_fs_read_dir_sync", .fn = op_fs_read_dir, .ret = TOY_JSON, TOY_ARGS(TOY_STR) },
    { .name = "op_fs_mkdir", .async = 1, .fn = op_fs_mkdir, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_BOOL, TOY_U32) },
    { .name = "op_fs_mkdir_sync", .fn = op_fs_mkdir, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_BOOL, TOY_U32) },
    { .name = "op_fs_remove", .async = 1, .fn = op_fs_remove, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_BOOL) },
    { .name = "op_fs_remove_sync", .fn = op_fs_remove, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_BOOL) },
    { .name = "op_fs_rename", .async = 1, .fn = op_fs_rename, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_STR) },
    { .name = "op_fs_rename_sync", .fn = op_fs_rename, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_STR) },
    { .name = "op_fs_realpath", .async = 1, .fn = op_fs_realpath, .ret = TOY_STR,
      TOY_ARGS(TOY_STR) },
    { .name = "op_fs_realpath_sync", .fn = op_fs_realpath, .ret = TOY_STR, TOY_ARGS(TOY_STR) },
    { .name = "op_fs_make_temp_dir", .async = 1, .fn = op_fs_make_temp, .ret = TOY_STR,
      TOY_ARGS(TOY_STR, TOY_STR, TOY_STR) },
    { .name = "op_fs_make_temp_dir_sync", .fn = op_fs_make_temp, .ret = TOY_STR,
      TOY_ARGS(TOY_STR, TOY_STR, TOY_STR) },
    { .name = "op_fs_make_temp_file", .async = 1, .fn = op_fs_make_temp, .ret = TOY_STR,
      TOY_ARGS(TOY_STR, TOY_STR, TOY_STR) },
    { .name = "op_fs_make_temp_file_sync", .fn = op_fs_make_temp, .ret = TOY_STR,
      TOY_ARGS(TOY_STR, TOY_STR, TOY_STR) },
    { .name = "op_fs_copy_file", .async = 1, .fn = op_fs_copy_file, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_STR) },
    { .name = "op_fs_copy_file_sync", .fn = op_fs_copy_file, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_STR) },
    { .name = "op_fs_truncate", .async = 1, .fn = op_fs_truncate, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_F64) },
    { .name = "op_fs_truncate_sync", .fn = op_fs_truncate, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_F64) },
    { .name = "op_fs_symlink", .async = 1, .fn = op_fs_symlink, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_STR) },
    { .name = "op_fs_symlink_sync", .fn = op_fs_symlink, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_STR) },
    { .name = NULL },
};

/* The API over these ops, js/09_fsx.js, runs where its number puts it:
 * after the globals, not beside js/04_fs.js. So it comes as an extension
 * of its own, with JS and no ops. */
static const char *const fs_files_deps[] = { "fs", "permissions", NULL };
static const char *const fs_files_js[] = { "js/09_fsx.js", NULL };

const toy_extension toy_ext_fs_files = {
    .name = "fs-files", .deps = fs_files_deps, .js = fs_files_js,
};
