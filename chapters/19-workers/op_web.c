/* op_web.c: the "web" extension: URL and URLSearchParams (13_url.js),
 * EventTarget, AbortController and AbortSignal (14_abort.js), and fetch
 * (15_fetch.js, over the net ops and the http extension's classes). All
 * of it is JavaScript but one op: the timer behind AbortSignal.timeout(),
 * which, unlike setTimeout's, must not keep the program alive. */
#include <stdlib.h>

#include "ops.h"

/* One timer of its own per call: a uv_timer_t at the head of the block, so
 * the loop frees it at exit if it never fired. */
typedef struct web_timer {
    uv_timer_t timer;
    toy_pending pending;
} web_timer;

static void web_timer_closed(uv_handle_t *h) {
    free(h);
}

static void web_timer_fire(uv_timer_t *t) {
    web_timer *w = (web_timer *)t;
    toy_pending_done(&w->pending, NULL);
    uv_close((uv_handle_t *)t, web_timer_closed);
}

/* op_timer_unref(ms): a promise that resolves after ms, from a
 * timer that does not keep the loop running. */
static void op_timer_unref(toy_call *c) {
    double ms = c->args[0].f64;
    if (!(ms >= 0)) ms = 0;
    if (ms > 9007199254740991.0) ms = 9007199254740991.0;
    web_timer *w = toy_call_alloc(c, sizeof *w);
    if (w == NULL) return;
    toy_pending_init(&w->pending, c);
    uv_timer_init(&c->state->loop->uv, &w->timer);
    uv_timer_start(&w->timer, web_timer_fire, (uint64_t)ms, 0);
    uv_unref((uv_handle_t *)&w->timer);
}

static const toy_op web_ops[] = {
    { .name = "op_timer_unref", .async = 1, .fn = op_timer_unref, .ret = TOY_VOID,
      TOY_ARGS(TOY_F64) },
};

static const char *const web_deps[] = { "globals", "http", NULL };
static const char *const web_js[] = { "js/13_url.js", "js/14_abort.js", "js/14_file_reader.js", "js/14_form_data.js", "js/15_fetch.js", NULL };

const toy_extension toy_ext_web = {
    .name = "web", .deps = web_deps, .ops = web_ops, .nops = TOY_COUNT(web_ops), .js = web_js,
};
