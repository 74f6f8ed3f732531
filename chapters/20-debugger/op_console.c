/* op_console.c: the "console" extension: what console.log's formatter
 * and console.time need from C. Every op here is called on demand, never
 * while the runtime boots, so a snapshot holds no answer that belongs to
 * the process that made it. */
#include <stdlib.h>
#include <unistd.h>

#include "ops.h"

/* op_console_isatty(fd): console colours only what goes to a terminal. */
static void op_console_isatty(toy_call *c) {
    c->ret.b = isatty(c->args[0].i32) == 1;
}

/* op_console_no_color(): NO_COLOR set and not empty turns colours off
 * (https://no-color.org), as Deno.noColor. */
static void op_console_no_color(toy_call *c) {
    toy_env_lock();
    const char *v = getenv("NO_COLOR");
    c->ret.b = v != NULL && v[0] != '\0';
    toy_env_unlock();
}

/* op_time_now(): milliseconds since the runtime started, for console.time and
 * (from chapter 10) performance.now(): monotonic, with sub-millisecond
 * precision. */
static void op_time_now(toy_call *c) {
    c->ret.f64 = (double)(uv_hrtime() - c->state->start_ns) / 1e6;
}

static const toy_op console_ops[] = {
    { .name = "op_console_isatty", .fn = op_console_isatty, .ret = TOY_BOOL, TOY_ARGS(TOY_I32) },
    { .name = "op_console_no_color", .fn = op_console_no_color, .ret = TOY_BOOL },
    { .name = "op_time_now", .fn = op_time_now, .ret = TOY_F64 },
};

/* Its JavaScript is in js/01_console.js, which chapter 03 started. */
static const char *const console_deps[] = { "core", NULL };

const toy_extension toy_ext_console = {
    .name = "console", .deps = console_deps, .ops = console_ops, .nops = TOY_COUNT(console_ops),
};
