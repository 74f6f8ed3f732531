/* op_fs.c: the "fs" extension: files, opened as resources, read and
 * written through libuv's threadpool so JS never waits on the disk.
 *
 * Every op here comes in two forms that share one C function: op_fs_X
 * (async: the work runs on the threadpool, the promise settles on the
 * loop) and op_fs_X_sync (the same work, right away, on the JS thread).
 * The work itself is plain POSIX, in fs_run, for both. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ops.h"
#include "walk.h"

/* The open flags JS passes (js/04_fs.js), as Deno's OpenOptions. */
enum {
    FS_READ = 1, FS_WRITE = 2, FS_APPEND = 4,
    FS_CREATE = 8, FS_CREATE_NEW = 16, FS_TRUNCATE = 32,
};

typedef enum { JOB_OPEN, JOB_READ, JOB_WRITE, JOB_SEEK, JOB_READ_FILE, JOB_WRITE_FILE } job_kind;

/* One piece of file work, with everything it needs copied in, so it can
 * run on another thread after the op has returned. */
typedef struct fs_job {
    toy_job job;             /* the shape every file job has (ops.h) */
    job_kind kind;
    char *path;              /* a copy: the op's string dies when it returns */
    char *checked;           /* the path as checked: the one the work opens */
    toy_resource *file;      /* referenced while the job runs */
    int fd;
    int flags;               /* FS_* */
    unsigned mode;
    toy_bytes buf;           /* the caller's bytes (kept alive by the bridge) */
    char *text;              /* write_text_file: a copy of the string */
    int64_t offset;
    int whence;
    int want_text;           /* read_text_file: the result is a string */
    int err;                 /* errno when it failed, else 0 */
    const char *syscall;     /* what failed, for the message */
    int64_t n;               /* bytes moved, or the new offset */
    toy_bytes data;          /* read_file: the contents, malloc'd */
} fs_job;

/* ------------------------------------------------------------ the work -- */

/* The open(2) flags for FS_* bits. With no write bit the file is opened
 * for reading, whether FS_READ is set or not. */
static int open_flags(int f) {
    int writes = f & (FS_WRITE | FS_APPEND);
    int flags = (f & FS_READ) && writes ? O_RDWR : writes ? O_WRONLY : O_RDONLY;
    if (f & FS_APPEND) flags |= O_APPEND;
    if (f & FS_CREATE) flags |= O_CREAT;
    if (f & FS_CREATE_NEW) flags |= O_CREAT | O_EXCL;
    if (f & FS_TRUNCATE) flags |= O_TRUNC;
    return flags | O_CLOEXEC;
}

/* A buffer for a whole file, freed with free() like any other. One of
 * 2 MiB or more starts on a 2 MiB boundary and asks for transparent huge
 * pages: the kernel then maps it 2 MiB at a time, one page fault each,
 * not 4 KiB at a time (a 64 MiB file: 32 faults, not 16,384). The advice
 * is a hint; where the kernel takes none, the buffer is as malloc's. */
static void *file_buffer(size_t size) {
    const size_t huge = 2 * 1024 * 1024;
    if (size < huge) return malloc(size);
    void *p;
    if (posix_memalign(&p, huge, size) != 0) return NULL;
    (void)madvise(p, size, MADV_HUGEPAGE);
    return p;
}

/* Reads all of fd into a malloc'd buffer. 0, or an errno value. */
static int read_all(int fd, toy_bytes *out) {
    struct stat st;
    size_t cap = fstat(fd, &st) == 0 && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
    size_t len = 0;
    uint8_t *buf = file_buffer(cap);
    if (buf == NULL) return ENOMEM;
    for (;;) {
        if (len == cap) {                  /* the file grew, or had no size */
            uint8_t *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) { free(buf); return ENOMEM; }
            buf = bigger;
            cap *= 2;
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) { int err = errno; free(buf); return err; }
        if (n == 0) break;
        len += (size_t)n;
    }
    out->data = buf;
    out->len = len;
    return 0;
}

/* Writes all of data to fd. 0, or an errno value. */
static int write_all(int fd, const uint8_t *data, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno;
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Opens the job's file, for the work. */
static int job_open(const fs_job *j, int flags, unsigned mode) {
    return toy_walk_open(j->checked, flags, mode);   /* never the path as given */
}

/* Does the job's work with plain POSIX calls: on a threadpool thread for
 * the async ops, on the JS thread for the _sync ones. */
static void fs_run(toy_job *job) {
    fs_job *j = (fs_job *)job;
    ssize_t n;
    int fd;
    switch (j->kind) {
    case JOB_OPEN:
        j->syscall = "open";
        j->n = job_open(j, open_flags(j->flags), j->mode);
        if (j->n < 0) j->err = errno;
        break;
    case JOB_READ:
        j->syscall = "read";
        do n = read(j->fd, j->buf.data, j->buf.len); while (n < 0 && errno == EINTR);
        if (n < 0) j->err = errno;
        j->n = n;
        break;
    case JOB_WRITE:
        j->syscall = "write";
        do n = write(j->fd, j->buf.data, j->buf.len); while (n < 0 && errno == EINTR);
        if (n < 0) j->err = errno;
        j->n = n;
        break;
    case JOB_SEEK:
        j->syscall = "seek";
        j->n = lseek(j->fd, (off_t)j->offset, j->whence);
        if (j->n < 0) j->err = errno;
        break;
    case JOB_READ_FILE:
        j->syscall = "readfile";
        fd = job_open(j, O_RDONLY | O_CLOEXEC, 0);
        if (fd < 0) { j->err = errno; break; }
        j->err = read_all(fd, &j->data);
        close(fd);
        break;
    case JOB_WRITE_FILE:
        j->syscall = "writefile";
        fd = job_open(j, open_flags(j->flags), j->mode);
        if (fd < 0) { j->err = errno; break; }
        j->err = write_all(fd, j->buf.data, j->buf.len);
        if (close(fd) != 0 && j->err == 0) j->err = errno;
        break;
    }
}

static void close_file(void *data) {
    close((int)(intptr_t)data);
}

/* Turns a finished job into the op's result (on the JS thread: the
 * resource table is not for other threads). */
static void fs_finish(toy_job *job, toy_call *c) {
    fs_job *j = (fs_job *)job;
    if (j->err != 0) {
        toy_call_fail_walk(c, j->err, j->syscall, j->path);   /* ELOOP: the path changed */
        if (j->kind == JOB_OPEN && j->n >= 0) close((int)j->n);
        return;
    }
    switch (j->kind) {
    case JOB_OPEN: {
        if (j->job.pending.state->closing) {   /* finished during shutdown */
            close((int)j->n);
            break;
        }
        int64_t rid = toy_resources_add(&j->job.pending.state->resources, "fsFile",
                                        (void *)(intptr_t)j->n, close_file);
        if (rid < 0) toy_call_fail(c, "RangeError", "out of memory");
        c->ret.u32 = (uint32_t)rid;
        break;
    }
    case JOB_READ:
    case JOB_WRITE:
        c->ret.i32 = (int32_t)j->n;
        break;
    case JOB_SEEK:
        c->ret.f64 = (double)j->n;
        break;
    case JOB_READ_FILE:
        if (j->want_text) {
            c->ret.str.data = (char *)j->data.data;   /* the bridge frees it */
            c->ret.str.len = j->data.len;
        } else {
            c->ret.bytes = j->data;
        }
        j->data.data = NULL;
        break;
    case JOB_WRITE_FILE:
        break;
    }
}

/* Frees what the job owns. */
static void fs_release(toy_job *job) {
    fs_job *j = (fs_job *)job;
    if (j->file != NULL) toy_resource_unref(j->file);
    free(j->data.data);
    free(j->path);
    free(j->checked);
    free(j->text);
}

/* What each job kind calls itself in error messages. */
static const char *const job_names[] = { "open", "read", "write", "seek", "readfile", "writefile" };

/* A job with its path copied (NULL path: none). A path with a NUL byte in
 * it is refused: C would see only the part before the NUL, and open a
 * file other than the one the program named. */
static int job_init(toy_call *c, fs_job *j, job_kind kind, const toy_str *path) {
    memset(j, 0, sizeof *j);
    j->job.run = fs_run;
    j->job.finish = fs_finish;
    j->job.release = fs_release;
    j->kind = kind;
    j->fd = -1;
    if (path == NULL) return 0;
    if (strlen(path->data) != path->len) {
        toy_call_fail(c, "TypeError", "file name contained an unexpected NUL byte: %s '%s'",
                      job_names[kind], path->data);
        return -1;
    }
    if ((j->path = strdup(path->data)) == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return -1;
    }
    return 0;
}

/* The file behind a rid, referenced for the job: an fsFile or one of the
 * standard streams. Fails the call with BadResource otherwise. */
static int job_file(toy_call *c, fs_job *j, uint32_t rid) {
    toy_resource *r = toy_call_resource(c, rid, NULL);
    if (r == NULL) return -1;
    if (strcmp(r->name, "fsFile") != 0 && strcmp(r->name, "stdin") != 0 &&
        strcmp(r->name, "stdout") != 0 && strcmp(r->name, "stderr") != 0) {
        toy_call_fail(c, "BadResource", "Bad resource ID");   /* a rid, but not a file */
        return -1;
    }
    toy_resource_ref(r);
    j->file = r;
    j->fd = (int)(intptr_t)r->data;
    return 0;
}

/* -------------------------------------------------------------- the ops -- */

/* op_fs_open(path, flags, mode) -> rid */
static void op_fs_open(toy_call *c) {
    fs_job j;
    if (job_init(c, &j, JOB_OPEN, &c->args[0].str) != 0) return;
    /* Anything that can change the file needs write access, even when
     * the file is opened for reading too. */
    int flags = c->args[1].i32;
    int reads = (flags & FS_READ) || !(flags & (FS_WRITE | FS_APPEND));  /* as open_flags */
    if ((reads && toy_call_check_path(c, TOY_PERM_READ, j.path, 1, &j.checked) != 0) ||
        ((flags & (FS_WRITE | FS_APPEND | FS_CREATE | FS_CREATE_NEW | FS_TRUNCATE)) &&
         toy_call_check_path(c, TOY_PERM_WRITE, j.path, 1, &j.checked) != 0)) {
        fs_release(&j.job);
        return;
    }
    j.flags = c->args[1].i32;
    j.mode = c->args[2].u32;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_read(rid, buffer) -> bytes read (0 at the end of the file) */
static void op_fs_read(toy_call *c) {
    fs_job j;
    job_init(c, &j, JOB_READ, NULL);
    if (job_file(c, &j, c->args[0].u32) != 0) return;
    j.buf = c->args[1].bytes;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_write(rid, buffer) -> bytes written */
static void op_fs_write(toy_call *c) {
    fs_job j;
    job_init(c, &j, JOB_WRITE, NULL);
    if (job_file(c, &j, c->args[0].u32) != 0) return;
    j.buf = c->args[1].bytes;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_seek(rid, offset, whence) -> the new offset. whence is
 * Toy.SeekMode: 0 start, 1 current, 2 end. */
static void op_fs_seek(toy_call *c) {
    fs_job j;
    double offset = c->args[1].f64;
    int whence = c->args[2].i32;
    if (whence < 0 || whence > 2) {
        toy_call_fail(c, "TypeError", "Invalid seek mode: %d", whence);
        return;
    }
    /* Whole numbers a double holds exactly; a cast of anything else
     * (NaN, 1e300) to int64_t would be undefined behaviour in C. */
    if (!(offset >= -9007199254740991.0 && offset <= 9007199254740991.0) ||
        offset != (double)(int64_t)offset) {
        toy_call_fail(c, "TypeError", "Invalid seek offset: must be a safe integer");
        return;
    }
    job_init(c, &j, JOB_SEEK, NULL);
    if (job_file(c, &j, c->args[0].u32) != 0) return;
    j.offset = (int64_t)offset;
    j.whence = whence == 1 ? SEEK_CUR : whence == 2 ? SEEK_END : SEEK_SET;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_read_file(path) -> Uint8Array; op_fs_read_text_file(path) -> string */
static void op_fs_read_file(toy_call *c) {
    fs_job j;
    if (job_init(c, &j, JOB_READ_FILE, &c->args[0].str) != 0) return;
    if (toy_call_check_path(c, TOY_PERM_READ, j.path, 1, &j.checked) != 0) {
        fs_release(&j.job);
        return;
    }
    j.want_text = c->op->ret == TOY_STR;
    toy_job_submit(c, &j.job, sizeof j);
}

/* op_fs_write_file(path, bytes, flags, mode), and the same with a string:
 * op_fs_write_text_file(path, text, flags, mode). */
static void op_fs_write_file(toy_call *c) {
    fs_job j;
    if (job_init(c, &j, JOB_WRITE_FILE, &c->args[0].str) != 0) return;
    if (toy_call_check_path(c, TOY_PERM_WRITE, j.path, 1, &j.checked) != 0) {
        fs_release(&j.job);
        return;
    }
    if (c->op->args[1] == TOY_STR) {       /* the string is gone after return */
        j.text = malloc(c->args[1].str.len + 1);
        if (j.text == NULL) {
            fs_release(&j.job);
            toy_call_fail(c, "RangeError", "out of memory");
            return;
        }
        memcpy(j.text, c->args[1].str.data, c->args[1].str.len);
        j.buf.data = (uint8_t *)j.text;
        j.buf.len = c->args[1].str.len;
    } else {
        j.buf = c->args[1].bytes;
    }
    j.flags = c->args[2].i32;
    j.mode = c->args[3].u32;
    toy_job_submit(c, &j.job, sizeof j);
}

static const toy_op fs_ops[] = {
    { .name = "op_fs_open", .async = 1, .fn = op_fs_open, .ret = TOY_U32,
      TOY_ARGS(TOY_STR, TOY_I32, TOY_U32) },
    { .name = "op_fs_open_sync", .fn = op_fs_open, .ret = TOY_U32,
      TOY_ARGS(TOY_STR, TOY_I32, TOY_U32) },
    { .name = "op_fs_read", .async = 1, .fn = op_fs_read, .ret = TOY_I32,
      TOY_ARGS(TOY_RID, TOY_BYTES) },
    { .name = "op_fs_read_sync", .fn = op_fs_read, .ret = TOY_I32, TOY_ARGS(TOY_RID, TOY_BYTES) },
    { .name = "op_fs_write", .async = 1, .fn = op_fs_write, .ret = TOY_I32,
      TOY_ARGS(TOY_RID, TOY_BYTES) },
    { .name = "op_fs_write_sync", .fn = op_fs_write, .ret = TOY_I32, TOY_ARGS(TOY_RID, TOY_BYTES) },
    { .name = "op_fs_seek", .async = 1, .fn = op_fs_seek, .ret = TOY_F64,
      TOY_ARGS(TOY_RID, TOY_F64, TOY_I32) },
    { .name = "op_fs_seek_sync", .fn = op_fs_seek, .ret = TOY_F64,
      TOY_ARGS(TOY_RID, TOY_F64, TOY_I32) },
    { .name = "op_fs_read_file", .async = 1, .fn = op_fs_read_file, .ret = TOY_BYTES,
      TOY_ARGS(TOY_STR) },
    { .name = "op_fs_read_file_sync", .fn = op_fs_read_file, .ret = TOY_BYTES, TOY_ARGS(TOY_STR) },
    { .name = "op_fs_read_text_file", .async = 1, .fn = op_fs_read_file, .ret = TOY_STR,
      TOY_ARGS(TOY_STR) },
    { .name = "op_fs_read_text_file_sync", .fn = op_fs_read_file, .ret = TOY_STR,
      TOY_ARGS(TOY_STR) },
    { .name = "op_fs_write_file", .async = 1, .fn = op_fs_write_file, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_BYTES, TOY_I32, TOY_U32) },
    { .name = "op_fs_write_file_sync", .fn = op_fs_write_file, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_BYTES, TOY_I32, TOY_U32) },
    { .name = "op_fs_write_text_file", .async = 1, .fn = op_fs_write_file, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_STR, TOY_I32, TOY_U32) },
    { .name = "op_fs_write_text_file_sync", .fn = op_fs_write_file, .ret = TOY_VOID,
      TOY_ARGS(TOY_STR, TOY_STR, TOY_I32, TOY_U32) },
};

static const char *const fs_deps[] = { "resources", NULL };
static const char *const fs_js[] = { "js/04_fs.js", NULL };

extern const toy_op toy_fs_files_ops[];    /* op_fsx.c */

const toy_extension toy_ext_fs = {
    .name = "fs", .deps = fs_deps, .ops = fs_ops, .nops = TOY_COUNT(fs_ops), .js = fs_js,
    .more_ops = toy_fs_files_ops,          /* stat, readDir, mkdir and the rest */
};
