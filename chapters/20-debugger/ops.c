/* ops.c: the op table: built from the extensions at start-up, with the
 * bookkeeping every call shares (metrics, --trace-ops, errors). */
#include "ops.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------ the op table -- */

static int find_ext(const toy_state *s, const char *name) {
    for (int i = 0; i < s->nexts; i++)
        if (strcmp(s->exts[i]->name, name) == 0) return i;
    return -1;
}

/* Appends op to the op table; each name may be registered once only. */
static int add_op(toy_state *s, const toy_op *op) {
    for (int j = 0; j < s->nops; j++) {
        if (strcmp(s->ops[j]->name, op->name) == 0) {
            fprintf(stderr, "error: op '%s' is registered twice\n", op->name);
            return -1;
        }
    }
    s->ops[s->nops++] = op;
    return 0;
}

/* Adds ext after everything it depends on. depth guards against cycles. */
static int load_extension(toy_state *s, const toy_extension *ext, int depth) {
    if (find_ext(s, ext->name) >= 0) return 0;
    if (depth > toy_nextensions) {
        fprintf(stderr, "error: extension '%s' depends on itself\n", ext->name);
        return -1;
    }
    for (const char *const *d = ext->deps; d && *d; d++) {
        const toy_extension *dep = NULL;
        for (int i = 0; i < toy_nextensions; i++)
            if (strcmp(toy_extensions[i]->name, *d) == 0) dep = toy_extensions[i];
        if (dep == NULL) {
            fprintf(stderr, "error: extension '%s' needs '%s', which does not exist\n",
                    ext->name, *d);
            return -1;
        }
        if (load_extension(s, dep, depth + 1) != 0) return -1;
    }
    s->exts[s->nexts++] = ext;
    for (int i = 0; i < ext->nops; i++)
        if (add_op(s, &ext->ops[i]) != 0) return -1;
    for (const toy_op *op = ext->more_ops; op && op->name; op++)
        if (add_op(s, op) != 0) return -1;
    return 0;
}

int toy_state_init(toy_state *s, toy_loop *loop, toy_bridge bridge) {
    memset(s, 0, sizeof *s);
    s->loop = loop;
    s->bridge = bridge;
    s->start_ns = uv_hrtime();
    int total = 0;
    for (int i = 0; i < toy_nextensions; i++) total += toy_extensions[i]->nops;
    for (int i = 0; i < toy_nextensions; i++)
        for (const toy_op *op = toy_extensions[i]->more_ops; op && op->name; op++) total++;
    s->ops = calloc((size_t)total + 1, sizeof *s->ops);
    s->metrics = calloc((size_t)total + 1, sizeof *s->metrics);
    s->exts = calloc((size_t)toy_nextensions + 1, sizeof *s->exts);
    if (s->ops == NULL || s->metrics == NULL || s->exts == NULL) return -1;
    for (int i = 0; i < toy_nextensions; i++)
        if (load_extension(s, toy_extensions[i], 0) != 0) return -1;
    for (int i = 0; i < s->nops; i++)   /* --trace-ops lines the names up */
        if ((int)strlen(s->ops[i]->name) > s->trace_width) s->trace_width = (int)strlen(s->ops[i]->name);
    for (int i = 0; i < s->nexts; i++)
        if (s->exts[i]->init && s->exts[i]->init(s) != 0) return -1;
    return 0;
}

void toy_state_free(toy_state *s) {
    for (int i = s->nexts - 1; i >= 0; i--)
        if (s->exts[i]->cleanup) s->exts[i]->cleanup(s);
    free(s->ops);
    free(s->metrics);
    free(s->exts);
    s->ops = NULL;
    s->exts = NULL;
    s->metrics = NULL;
    s->nops = s->nexts = 0;
}

/* ------------------------------------------------------------ errors -- */

/* toy_call_fail with its arguments as a va_list. */
static void call_vfail(toy_call *c, const char *cls, const char *fmt, va_list ap) {
    vsnprintf(c->err_msg, sizeof c->err_msg, fmt, ap);
    c->err_class = cls;
}

void toy_call_fail(toy_call *c, const char *cls, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    call_vfail(c, cls, fmt, ap);
    va_end(ap);
}

/* The error class Deno gives each OS error; anything else is plain Error. */
static const char *errno_class(int err) {
    switch (err) {
    case ENOENT: return "NotFound";
    case EEXIST: return "AlreadyExists";
    case EACCES: case EPERM: return "PermissionDenied";
    case EISDIR: return "IsADirectory";
    case ENOTDIR: return "NotADirectory";
    case EBADF: return "Error";
    case EINTR: return "Interrupted";
    case EPIPE: return "BrokenPipe";
    case ECONNREFUSED: return "ConnectionRefused";
    case ECONNRESET: return "ConnectionReset";
    case EADDRINUSE: return "AddrInUse";
    case ETIMEDOUT: return "TimedOut";
    case EINVAL: return "TypeError";
    case EWOULDBLOCK: return "WouldBlock";
    default: return "Error";
    }
}

void toy_call_fail_errno(toy_call *c, int uv_err, const char *syscall,
                         const char *path) {
    int err = uv_err < 0 ? -uv_err : uv_err;   /* libuv errors are -errno */
    if (path != NULL)
        toy_call_fail(c, errno_class(err), "%s (os error %d): %s '%s'",
                      strerror(err), err, syscall, path);
    else                                   /* an fd, not a path: as Deno words it */
        toy_call_fail(c, errno_class(err), "%s (os error %d)", strerror(err), err);
}

int toy_call_check_path(toy_call *c, toy_perm_kind kind, const char *path, int follow,
                        char **checked) {
    int rc = toy_perm_check_path(&c->state->perms, kind, path, follow, checked, c->err_msg,
                                 sizeof c->err_msg);
    if (rc == 0) return 0;
    if (rc == -2) toy_call_fail_errno(c, errno, "open", path);   /* a loop, "file/.." */
    else c->err_class = "PermissionDenied";
    return -1;
}

int toy_call_check(toy_call *c, toy_perm_kind kind, const char *value) {
    char *checked = NULL;
    int rc = toy_call_check_path(c, kind, value, 1, &checked);
    free(checked);
    return rc;
}

int toy_call_check_blind(toy_call *c, toy_perm_kind kind, const char *value,
                         const char *placeholder) {
    if (toy_call_check(c, kind, value) == 0) return 0;
    const char *name = toy_perm_kind_name(kind);
    if (strcmp(c->err_class, "PermissionDenied") == 0)
        snprintf(c->err_msg, sizeof c->err_msg,
                 "Requires %s access to %s, run again with the --allow-%s flag",
                 name, placeholder, name);
    return -1;
}

int toy_call_check_subtree(toy_call *c, toy_perm_kind kind, const char *checked) {
    if (toy_perm_check_subtree(&c->state->perms, kind, checked, c->err_msg,
                               sizeof c->err_msg) == 0)
        return 0;
    c->err_class = "PermissionDenied";
    return -1;
}

void toy_call_fail_walk(toy_call *c, int err, const char *syscall, const char *path) {
    if (err == ELOOP)
        toy_call_fail(c, "PermissionDenied", TOY_WALK_CHANGED ": %s '%s'", syscall, path);
    else
        toy_call_fail_errno(c, err, syscall, path);
}

/* --------------------------------------------- metrics and tracing -- */

static int op_index(const toy_state *s, const toy_op *op) {
    for (int i = 0; i < s->nops; i++)
        if (s->ops[i] == op) return i;
    return -1;
}

/* One --trace-ops line, in the form Deno prints: the seconds since the
 * runtime started, the op's name (padded to the longest op name), what
 * happened (Dispatched, Completed, CompletedAsync, Error, ErrorAsync),
 * and the path the call took (Slow, Async, from chapter 08 Fast). An
 * async op completes twice: its call returns (Completed), and later its
 * work is done (CompletedAsync). */
static void trace(const toy_state *s, const char *name, const char *event, const char *path) {
    double secs = (double)(uv_hrtime() - s->start_ns) / 1e9;
    fprintf(stderr, "[%10.3f] %-*s: %s %s\n", secs, s->trace_width, name, event, path);
}

void toy_op_dispatched(toy_state *s, int index, uint32_t promise_id) {
    const toy_op *op = s->ops[index];
    toy_op_metrics *m = &s->metrics[index];
    m->dispatched++;
    if (op->async) {
        m->async++;
        s->pending++;
    } else {
        m->slow++;
    }
    (void)promise_id;
    if (s->trace) trace(s, op->name, "Dispatched", op->async ? "Async" : "Slow");
}

/* A sync op has returned: it completed or failed. Async ops complete
 * later, in toy_op_complete, unless they failed before going async. */
void toy_op_returned(toy_state *s, int index, const toy_call *c) {
    const toy_op *op = s->ops[index];
    const char *path = op->async ? "Async" : "Slow";
    if (s->trace) trace(s, op->name, c->err_class != NULL ? "Error" : "Completed", path);
    if (op->async && c->err_class == NULL) return;
    if (c->err_class != NULL) s->metrics[index].failed++;
    else s->metrics[index].completed++;
    if (op->async) s->pending--;
}

/* An async op that was done before its call returned (c->ready): it
 * completes now, as toy_op_complete would have made it complete later. */
void toy_op_done_at_once(toy_state *s, int index) {
    s->metrics[index].completed++;
    s->pending--;
    if (s->trace) trace(s, s->ops[index]->name, "CompletedAsync", "Async");
}

const toy_state *toy_fast_trace;

/* A fast call's trace: it completes as it is dispatched. */
void toy_fast_traced(const char *name) {
    trace(toy_fast_trace, name, "Dispatched", "Fast");
    trace(toy_fast_trace, name, "Completed", "Fast");
}

void toy_op_complete(toy_state *s, uint32_t promise_id, const toy_op *op,
                     toy_call *done) {
    int index = op_index(s, op);
    if (index >= 0) {
        if (done->err_class != NULL) s->metrics[index].failed++;
        else s->metrics[index].completed++;
    }
    s->pending--;
    if (s->trace) trace(s, op->name, done->err_class ? "ErrorAsync" : "CompletedAsync", "Async");
    done->promise_id = promise_id;
    done->op = op;
    if (!s->closing) s->bridge.settle(s->bridge.owner, promise_id, op, done);
    toy_call_free_result(done);
}

/* Frees what an op allocated for its result (a string, JSON text, bytes),
 * once the bridge has made its JS value; a failed call has none. */
void toy_call_free_result(toy_call *c) {
    if (c->err_class != NULL) return;
    if (c->op->ret == TOY_STR || c->op->ret == TOY_JSON) free(c->ret.str.data);
    if (c->op->ret == TOY_BYTES) free(c->ret.bytes.data);
}

void *toy_call_alloc(toy_call *c, size_t size) {
    void *block = malloc(size);
    if (block == NULL) toy_call_fail(c, "RangeError", "out of memory");
    return block;
}

void toy_pending_init(toy_pending *p, const toy_call *c) {
    p->state = c->state;
    p->op = c->op;
    p->promise_id = c->promise_id;
}

void toy_pending_done(const toy_pending *p, toy_call *done) {
    toy_call nothing = { 0 };
    toy_op_complete(p->state, p->promise_id, p->op, done ? done : &nothing);
}

void toy_pending_fail(const toy_pending *p, const char *cls, const char *fmt, ...) {
    toy_call done = { 0 };
    va_list ap;
    va_start(ap, fmt);
    call_vfail(&done, cls, fmt, ap);
    va_end(ap);
    toy_op_complete(p->state, p->promise_id, p->op, &done);
}

toy_resource *toy_call_resource(toy_call *c, uint32_t rid, const char *name) {
    toy_resource *r = toy_resources_get(&c->state->resources, rid, name);
    if (r == NULL) toy_call_fail(c, "BadResource", "Bad resource ID");
    return r;
}

static void job_work(uv_work_t *w) {       /* on a threadpool thread */
    toy_job *j = w->data;
    j->run(j);
}

static void job_done(uv_work_t *w, int status) {   /* back on the loop */
    toy_job *j = w->data;
    toy_call done = { 0 };
    if (status != 0) toy_call_fail_errno(&done, status, "uv_queue_work", NULL);
    else j->finish(j, &done);
    toy_pending_done(&j->pending, &done);
    j->release(j);
    free(j);
}

void toy_job_submit(toy_call *c, toy_job *job, size_t size) {
    toy_pending_init(&job->pending, c);
    if (!c->op->async) {
        job->run(job);
        job->finish(job, c);
        job->release(job);
        return;
    }
    toy_job *j = toy_call_alloc(c, size);
    if (j == NULL) {
        job->release(job);
        return;
    }
    memcpy(j, job, size);
    j->work.data = j;
    int rc = uv_queue_work(&c->state->loop->uv, &j->work, job_work, job_done);
    if (rc != 0) {
        j->release(j);
        free(j);
        toy_call_fail_errno(c, rc, "uv_queue_work", NULL);
    }
}

/* Toy.core.metrics(): every op's counts, and the totals, written into j. */
void toy_metrics_json(const toy_state *s, toy_json *j) {
    toy_op_metrics total = { 0, 0, 0, 0, 0 };
    toy_json_object(j);
    toy_json_key(j, "ops");
    toy_json_object(j);
    for (int i = 0; i < s->nops; i++) {
        const toy_op_metrics *m = &s->metrics[i];
        uint64_t dispatched = m->dispatched, completed = m->completed;
        /* Fast calls skip the slow path's bookkeeping: each fast entry
         * counts its own calls, added in here. */
        uint64_t fast = s->ops[i]->fast_calls ? *s->ops[i]->fast_calls : 0;
        dispatched += fast;
        completed += fast;
        total.dispatched += dispatched;
        total.completed += completed;
        total.failed += m->failed;
        toy_json_key(j, s->ops[i]->name);
        toy_json_object(j);
        toy_json_key(j, "dispatched");
        toy_json_uint(j, dispatched);
        toy_json_key(j, "completed");
        toy_json_uint(j, completed);
        toy_json_key(j, "failed");
        toy_json_uint(j, m->failed);
        toy_json_key(j, "slow");
        toy_json_uint(j, m->slow);
        toy_json_key(j, "async");
        toy_json_uint(j, m->async);
        toy_json_key(j, "fast");
        toy_json_uint(j, fast);
        toy_json_end(j);
    }
    toy_json_end(j);
    toy_json_key(j, "opsDispatched");
    toy_json_uint(j, total.dispatched);
    toy_json_key(j, "opsCompleted");
    toy_json_uint(j, total.completed);
    toy_json_key(j, "opsFailed");
    toy_json_uint(j, total.failed);
    toy_json_key(j, "opsPending");
    toy_json_uint(j, s->pending);
    toy_json_end(j);
}

void toy_call_return_json(toy_call *c, toy_json *j) {
    size_t len = 0;
    char *text = toy_json_take(j, &len);
    if (text == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    c->ret.str.data = text;
    c->ret.str.len = len;
}
