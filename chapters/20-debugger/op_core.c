/* op_core.c: the "core" extension: printing, metrics, and two small ops
 * that show the shapes every other op takes: a cheap sync op (op_add) and
 * async ops finished by a libuv timer (op_sleep) and by the threadpool
 * (op_crc32). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

#include "ops.h"

/* op_print(text, to_stderr): writes text as it is, unbuffered, so that
 * output from print and from writes to rid 1 and 2 never reorder. */
static void op_print(toy_call *c) {
    int fd = c->args[1].b ? 2 : 1;
    const char *p = c->args[0].str.data;
    size_t left = c->args[0].str.len;
    while (left > 0) {
        ssize_t n = write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return;   /* a closed stdout is not the script's problem */
        p += n;
        left -= (size_t)n;
    }
}

static void op_metrics(toy_call *c) {
    toy_json j;
    toy_json_init(&j);
    toy_metrics_json(c->state, &j);
    toy_call_return_json(c, &j);
}

/* The sum op_add computes, wrapping as JS's (a + b) | 0 does. */
static int32_t add_i32(int32_t a, int32_t b) {
    return (int32_t)((uint32_t)a + (uint32_t)b);
}

/* op_add(a, b): as cheap as an op can be; benchmarks measure the cost of
 * the call itself with it. */
static void op_add(toy_call *c) {
    c->ret.i32 = add_i32(c->args[0].i32, c->args[1].i32);
}

/* op_add's fast entry: the same sum, called straight from JIT code. */
static uint64_t add_fast_calls;

static int32_t op_add_fast(toy_fast_receiver receiver, int32_t a, int32_t b) {
    (void)receiver;
    TOY_FAST_CALL(add_fast_calls, "op_add");
    return add_i32(a, b);
}

/* op_add_checked(a, b): a sum that throws a RangeError on overflow. A
 * fast entry cannot throw (nor allocate the error): it asks V8 to fall
 * back to the slow path, which can. */
static uint64_t add_checked_fast_calls;

static void op_add_checked(toy_call *c) {
    int32_t sum;
    if (__builtin_add_overflow(c->args[0].i32, c->args[1].i32, &sum))
        toy_call_fail(c, "RangeError", "op_add_checked: %d + %d overflows int32",
                      c->args[0].i32, c->args[1].i32);
    c->ret.i32 = sum;
}

static int32_t op_add_checked_fast(toy_fast_receiver receiver, int32_t a, int32_t b,
                                   toy_fast_options *options) {
    (void)receiver;
    int32_t sum;
    if (__builtin_add_overflow(a, b, &sum)) {
        options->fallback = 1;             /* the slow path throws */
        return 0;
    }
    TOY_FAST_CALL(add_checked_fast_calls, "op_add_checked");
    return sum;
}

/* op_void_async(): an async op with no work at all, done before its call
 * returns. What awaiting it costs is the async machinery alone. */
static void op_void_async(toy_call *c) {
    c->ready = 1;
}

/* op_sleep(ms): an async op finished by the loop. What it needs after it
 * returns (which promise to settle) is copied into a request of its own. */
typedef struct sleep_req {
    uv_timer_t timer;            /* first: the handle is the allocation */
    toy_pending pending;
} sleep_req;

static void free_handle(uv_handle_t *h) {
    free(h);
}

static void sleep_done(uv_timer_t *t) {
    sleep_req *r = t->data;
    toy_pending_done(&r->pending, NULL);
    uv_close((uv_handle_t *)t, free_handle);
}

static void op_sleep(toy_call *c) {
    double ms = c->args[0].f64;
    if (!(ms >= 0) || ms > 4294967295.0) {   /* also catches NaN */
        toy_call_fail(c, "RangeError", "op_sleep: delay must be a number of ms from 0 to 4294967295");
        return;
    }
    sleep_req *r = toy_call_alloc(c, sizeof *r);
    if (r == NULL) return;
    toy_pending_init(&r->pending, c);
    uv_timer_init(&c->state->loop->uv, &r->timer);
    r->timer.data = r;
    uv_update_time(&c->state->loop->uv);   /* count from now, not the turn's start */
    uv_timer_start(&r->timer, sleep_done, (uint64_t)ms, 0);
}

/* op_crc32(bytes): an async op whose work runs on libuv's threadpool,
 * off the thread that runs JavaScript. The bytes stay valid until the op
 * settles because the bridge keeps their Uint8Array alive. */
typedef struct crc_req {
    uv_work_t work;
    toy_pending pending;
    toy_bytes data;
    uint32_t crc;
} crc_req;

static void crc_work(uv_work_t *w) {           /* on a threadpool thread */
    crc_req *r = w->data;
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < r->data.len; i++) {
        crc ^= r->data.data[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    r->crc = ~crc;
}

static void crc_done(uv_work_t *w, int status) {  /* back on the loop */
    crc_req *r = w->data;
    toy_call done = { 0 };
    if (status != 0) toy_call_fail_errno(&done, status, "crc32", NULL);
    else done.ret.u32 = r->crc;
    toy_pending_done(&r->pending, &done);
    free(r);
}

static void op_crc32(toy_call *c) {
    crc_req *r = toy_call_alloc(c, sizeof *r);
    if (r == NULL) return;
    toy_pending_init(&r->pending, c);
    r->data = c->args[0].bytes;
    r->work.data = r;
    int rc = uv_queue_work(&c->state->loop->uv, &r->work, crc_work, crc_done);
    if (rc != 0) {
        free(r);
        toy_call_fail_errno(c, rc, "uv_queue_work", NULL);
    }
}

static const toy_op core_ops[] = {
    { .name = "op_print", .fn = op_print, .ret = TOY_VOID, TOY_ARGS(TOY_STR, TOY_BOOL) },
    { .name = "op_metrics", .fn = op_metrics, .ret = TOY_JSON },
    { .name = "op_add", .fn = op_add, .ret = TOY_I32, TOY_ARGS(TOY_I32, TOY_I32),
      .fast = (void *)op_add_fast, .fast_calls = &add_fast_calls,
    },
    { .name = "op_add_checked", .fn = op_add_checked, .ret = TOY_I32, TOY_ARGS(TOY_I32, TOY_I32),
      .fast = (void *)op_add_checked_fast, .fast_options = 1,
      .fast_calls = &add_checked_fast_calls },
    { .name = "op_sleep", .async = 1, .fn = op_sleep, .ret = TOY_VOID, TOY_ARGS(TOY_F64) },
    { .name = "op_crc32", .async = 1, .fn = op_crc32, .ret = TOY_U32, TOY_ARGS(TOY_BYTES) },
    { .name = "op_void_async", .async = 1, .fn = op_void_async, .ret = TOY_VOID },
};

static const char *const core_js[] = { "js/00_core.js", "js/01_console.js", NULL };

const toy_extension toy_ext_core = {
    .name = "core", .ops = core_ops, .nops = TOY_COUNT(core_ops), .js = core_js,
};
