/* ops.h: the op table, seen from C.
 *
 * An op is a C function JavaScript can call, plus a descriptor saying what
 * it takes and returns. The bridge (bind.cc) turns each descriptor into
 * a JS function, Toy.core.ops.op_NAME, converts the arguments to C values
 * before the call and the result back after it. Nothing in an op touches
 * V8: it reads c->args, writes c->ret, or fails with toy_call_fail. */
#ifndef TOY_OPS_H
#define TOY_OPS_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "json.h"
#include "loop.h"
#include "resources.h"
#include "permissions.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The types an op's arguments and result can have. */
typedef enum toy_type {
    TOY_VOID,    /* no value (results only): undefined */
    TOY_BOOL,    /* boolean <-> int 0/1 */
    TOY_I32,     /* number -> int32_t, converted as JS's x | 0 */
    TOY_U32,     /* number -> uint32_t, converted as JS's x >>> 0 */
    TOY_F64,     /* number <-> double */
    TOY_STR,     /* string <-> UTF-8 bytes */
    TOY_BYTES,   /* Uint8Array <-> bytes */
    TOY_RID,     /* a rid: number -> uint32_t, a whole number in range, else a TypeError */
    TOY_JSON     /* anything richer, as JSON text */
} toy_type;

/* Strings are UTF-8 and NUL-terminated. Bytes are a view of a Uint8Array
 * when passed in; when returned, a malloc'd block the bridge takes over. */
typedef struct toy_str { char *data; size_t len; } toy_str;
typedef struct toy_bytes { uint8_t *data; size_t len; } toy_bytes;

typedef union toy_value {
    int b;
    int32_t i32;
    uint32_t u32;
    double f64;
    toy_str str;       /* TOY_STR and TOY_JSON */
    toy_bytes bytes;
} toy_value;

#define TOY_MAX_ARGS 6

typedef struct toy_state toy_state;

/* One call of an op. The bridge fills in the arguments, the op fills in
 * ret, or calls toy_call_fail. Argument strings and bytes belong to the
 * caller and live only until the op returns (an async op's bytes live
 * until it settles: the bridge keeps their Uint8Array alive). */
typedef struct toy_call {
    toy_state *state;
    const struct toy_op *op;    /* the op being called */
    toy_value args[TOY_MAX_ARGS];
    toy_value ret;              /* strings and bytes: malloc'd, bridge frees */
    uint32_t promise_id;        /* async ops: what to settle when done */
    int ready;                  /* async ops: done already, ret is the result */
    const char *err_class;      /* set by toy_call_fail: "NotFound", ... */
    char err_msg[256];
} toy_call;

typedef void (*toy_op_fn)(toy_call *c);

/* The descriptor: everything the bridge needs to expose an op. */
typedef struct toy_op {
    const char *name;           /* "op_print": Toy.core.ops.op_print */
    int async;                  /* 1: returns a promise, settled later */
    toy_op_fn fn;
    toy_type ret;               /* for async ops: what the promise gets */
    int argc;
    toy_type args[TOY_MAX_ARGS];
    void *fast;                 /* the V8 Fast API entry, or NULL (chapter 08) */
    int fast_options;           /* fast takes toy_fast_options* last: it can fall back */
    uint64_t *fast_calls;       /* how often the fast entry ran */
} toy_op;

/* An op's argument types, as a descriptor lists them: argc is counted
 * from the list, so the two cannot disagree. */
#define TOY_ARGS(...) \
    .argc = sizeof((toy_type[]){__VA_ARGS__}) / sizeof(toy_type), .args = { __VA_ARGS__ }

/* The fast path. V8's optimizing compiler calls an op's fast entry
 * directly from JIT code: no FunctionCallbackInfo, no conversions, plain C
 * arguments. First comes the receiver (a v8::Local<v8::Object>, to C one
 * pointer), last, if the op asks for it, V8's FastApiCallbackOptions, of
 * which C needs only the first member: set fallback to have V8 call the
 * op again through the slow path, which may throw or allocate. */
typedef void *toy_fast_receiver;
typedef struct toy_fast_options {
    bool fallback;
} toy_fast_options;

/* --trace-ops, as fast entries see it (the traced runtime's state, or
 * NULL), and the line they print. */
extern const toy_state *toy_fast_trace;
void toy_fast_traced(const char *name);

/* The first line of every fast entry: count the call, trace it. */
#define TOY_FAST_CALL(counter, name)          \
    do {                                      \
        (counter)++;                          \
        if (toy_fast_trace) toy_fast_traced(name); \
    } while (0)

/* How many elements the array a has. */
#define TOY_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* An extension: a group of ops, the JS files that build the friendly API
 * on them, and the extensions it needs loaded first. */
typedef struct toy_extension {
    const char *name;
    const char *const *deps;     /* names, NULL-terminated; may be NULL */
    const toy_op *ops;
    int nops;
    const toy_op *more_ops;      /* more of its ops, from another file; may be
                                  * NULL, else it ends at an op without a name */
    const char *const *js;       /* files under js/, run in this order */
    int (*init)(toy_state *s);   /* sets up the extension's state; may be NULL */
    void (*cleanup)(toy_state *s);
} toy_extension;

/* Per-op counts, for Toy.core.metrics() and benchmarks. */
typedef struct toy_op_metrics {
    uint64_t dispatched, completed, failed;
    uint64_t slow, async;        /* dispatches by path */
} toy_op_metrics;

/* How the C side reaches back into the bridge to settle an async op's
 * promise. bind.cc fills it in. */
typedef struct toy_bridge {
    void *owner;
    void (*settle)(void *owner, uint32_t promise_id, const toy_op *op,
                   toy_call *result);
} toy_bridge;

/* The runtime's C-side state: everything ops can see. */
struct toy_state {
    toy_loop *loop;              /* the runtime's event loop */
    const toy_op **ops;          /* the op table, in registration order */
    toy_op_metrics *metrics;     /* one per op, same order */
    int nops;
    const toy_extension **exts;  /* loaded extensions, dependencies first */
    int nexts;
    int trace;                   /* --trace-ops */
    int trace_width;             /* the longest op name, for its lines */
    uint64_t start_ns;           /* for trace timestamps */
    uint32_t pending;            /* async ops not yet settled */
    int closing;                 /* shutting down: settle nothing more */
    toy_bridge bridge;
    toy_resources resources;     /* what JS holds by rid */
    toy_permissions perms;       /* what the program may touch */
    int argc;                    /* the script's arguments (Toy.args) */
    char **argv;
};

/* Builds the op table from every extension (dependencies first) and runs
 * their init functions. Returns 0, or -1 after printing what is wrong. */
int toy_state_init(toy_state *s, toy_loop *loop, toy_bridge bridge);
void toy_state_free(toy_state *s);

/* A failed op: the bridge throws (or rejects with) an error of class cls
 * ("TypeError", "NotFound", ...) carrying the formatted message. */
void toy_call_fail(toy_call *c, const char *cls, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Fails c with the Deno-style error for a libuv/errno code, e.g.
 * NotFound: No such file or directory (os error 2): open '/nope' */
void toy_call_fail_errno(toy_call *c, int uv_err, const char *syscall,
                         const char *path);

/* An async op's completion: settles its promise from the loop with the
 * result (or error) in done, then frees what done->ret owns. It must be
 * called from a later loop callback, never from inside the op itself.
 * A libuv handle an op creates must be the first member of a block the op
 * malloc'd: at exit, toy_loop_close closes any still open and frees it. */
void toy_op_complete(toy_state *s, uint32_t promise_id, const toy_op *op,
                     toy_call *done);

/* Frees what c->ret owns, once the bridge has made a JS value of it
 * (nothing if the call failed): toy_op_complete for an async op, the
 * bridge for a sync op or one done at once. */
void toy_call_free_result(toy_call *c);

/* What an async op keeps of its call to settle the promise later: the
 * toy_call is gone once the op returns. It goes in the block the op
 * malloc'd, after the libuv handle or request, which stays first. */
typedef struct toy_pending {
    toy_state *state;
    const toy_op *op;
    uint32_t promise_id;
} toy_pending;

/* malloc(size), or NULL with c failed: RangeError "out of memory". */
void *toy_call_alloc(toy_call *c, size_t size);

/* Remembers which promise c is to settle. */
void toy_pending_init(toy_pending *p, const toy_call *c);

/* Settles p's promise through toy_op_complete: with done's result or
 * error, or, when done is NULL, with no value (undefined). */
void toy_pending_done(const toy_pending *p, toy_call *done);

/* Rejects p's promise with an error of class cls and a formatted message. */
void toy_pending_fail(const toy_pending *p, const char *cls, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The resource rid, when it is one of type name (any type: NULL), or NULL
 * with c failed as Deno fails it: BadResource "Bad resource ID". */
toy_resource *toy_call_resource(toy_call *c, uint32_t rid, const char *name);

/* Blocking work an op hands to libuv's threadpool, the one shape every
 * file op's job has: run does the work (on a threadpool thread, or at
 * once on the JS thread for a _sync op) and touches nothing but the job;
 * finish turns it into the call's result, on the JS thread; release
 * frees what the job owns. An op's own job struct starts with a toy_job. */
typedef struct toy_job toy_job;
struct toy_job {
    uv_work_t work;
    toy_pending pending;         /* a _sync op uses only its state */
    void (*run)(toy_job *job);
    void (*finish)(toy_job *job, toy_call *c);
    void (*release)(toy_job *job);
};

/* Runs job now (a _sync op), or queues a heap copy of its size bytes
 * (an async op: the op's stack is gone before the work runs). Either way
 * the job ends released. */
void toy_job_submit(toy_call *c, toy_job *job, size_t size);

/* Bookkeeping the bridge calls around every dispatch: metrics and
 * --trace-ops lines. index is the op's place in s->ops. */
void toy_op_dispatched(toy_state *s, int index, uint32_t promise_id);
void toy_op_returned(toy_state *s, int index, const toy_call *c);
void toy_op_done_at_once(toy_state *s, int index);

/* The permission check an op makes before it touches anything: 0 when
 * allowed; otherwise c fails with PermissionDenied and this returns -1.
 * value is what the program named (a path as given), NULL for the whole
 * kind. */
int toy_call_check(toy_call *c, toy_perm_kind kind, const char *value);

/* The same check for a path the program did not name (the working
 * directory, the runtime's own file): a denial names placeholder
 * ("<CWD>") instead, as Deno's does, so a denied program learns nothing
 * of the path it was refused. */
int toy_call_check_blind(toy_call *c, toy_perm_kind kind, const char *value,
                         const char *placeholder);

/* The same for a path the op will touch: *checked receives the path as
 * checked (toy_perm_check_path), which the op's work must then open
 * through walk.h and not the path as given. follow = 0 when the op acts
 * on the last name itself. */
int toy_call_check_path(toy_call *c, toy_perm_kind kind, const char *path, int follow,
                        char **checked);

/* For an op on the whole subtree at checked: every rule inside it that
 * takes access back must allow the op too (toy_perm_check_subtree). */
int toy_call_check_subtree(toy_call *c, toy_perm_kind kind, const char *checked);

/* toy_call_fail_errno for the work of a file op that walked a checked
 * path: ELOOP there means a link appeared after the check, a refusal
 * (PermissionDenied), said with TOY_WALK_CHANGED. */
void toy_call_fail_walk(toy_call *c, int err, const char *syscall, const char *path);
#define TOY_WALK_CHANGED "A symlink appeared in the path after its permission check"

/* Toy.core.metrics(), written as JSON into j. */
void toy_metrics_json(const toy_state *s, toy_json *j);

/* Gives c the text j holds as its TOY_JSON result, or fails c with
 * RangeError "out of memory" when j ran out of memory. */
void toy_call_return_json(toy_call *c, toy_json *j);

/* Every extension, in the order the runtime loads them (op_table.c). */
extern const toy_extension *const toy_extensions[];
extern const int toy_nextensions;

/* The runtime's own JavaScript, embedded at build time by js2c.sh. */
typedef struct toy_js_file {
    const char *name;            /* "js/00_core.js" */
    const char *source;
    size_t len;
} toy_js_file;

extern const toy_js_file toy_js_files[];
extern const int toy_njs_files;

#ifdef __cplusplus
}
#endif

#endif
