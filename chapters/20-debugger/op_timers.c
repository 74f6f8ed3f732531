/* op_timers.c: the "timers" extension. The timer queue and its ids stay in
 * C (timers.c, loop.c); what a timer does when it fires lives in JS
 * (js/02_timers.js), which the bridge calls with the timer's id. */
#include "ops.h"

/* A delay in ms as the timer takes it: NaN and below 0 are 0, and it
 * stops at 2**31 - 1 ms (about 24 days), as in browsers. A cast of NaN
 * or of a double out of range to an integer is undefined in C. */
static uint64_t timer_ms(double ms) {
    if (!(ms >= 0)) return 0;
    return ms > 2147483647.0 ? 2147483647u : (uint64_t)ms;
}

/* op_timer_start(delay, interval, slot) -> id. The timer's data is not a
 * pointer but a number: the slot where js/02_timers.js keeps what the
 * timer does, handed back when it fires (bind.cc, OnTimer). */
static void op_timer_start(toy_call *c) {
    void *slot = (void *)(uintptr_t)c->args[2].u32;
    uint32_t id = toy_loop_set_timer(c->state->loop, timer_ms(c->args[0].f64), c->args[1].b, slot);
    if (id == 0) toy_call_fail(c, "RangeError", "out of memory for timers");
    c->ret.u32 = id;
}

/* op_timer_clear(id) -> the timer's slot, or -1 for an id that is not set
 * (as the slot is a u32, a slot of 2**31 or more comes back negative too). */
static void op_timer_clear(toy_call *c) {
    toy_timer *t = toy_timers_find(&c->state->loop->timers, c->args[0].u32);
    c->ret.i32 = t == NULL ? -1 : (int32_t)(uint32_t)(uintptr_t)t->data;
    toy_loop_clear_timer(c->state->loop, c->args[0].u32);
}

/* op_timer_repeat(id, ms): changes an interval's period (HTML's clamp of
 * deeply nested timers raises it to 4 ms). */
static void op_timer_repeat(toy_call *c) {
    toy_timer *t = toy_timers_find(&c->state->loop->timers, c->args[0].u32);
    if (t != NULL && t->interval) t->repeat = timer_ms(c->args[1].f64);
}

static const toy_op timer_ops[] = {
    { .name = "op_timer_start", .fn = op_timer_start, .ret = TOY_U32,
      TOY_ARGS(TOY_F64, TOY_BOOL, TOY_U32) },
    { .name = "op_timer_clear", .fn = op_timer_clear, .ret = TOY_I32, TOY_ARGS(TOY_U32) },
    { .name = "op_timer_repeat", .fn = op_timer_repeat, .ret = TOY_VOID,
      TOY_ARGS(TOY_U32, TOY_F64) },
};

static const char *const timer_deps[] = { "core", NULL };
static const char *const timer_js[] = { "js/02_timers.js", NULL };

const toy_extension toy_ext_timers = {
    .name = "timers", .deps = timer_deps, .ops = timer_ops, .nops = TOY_COUNT(timer_ops),
    .js = timer_js,
};
