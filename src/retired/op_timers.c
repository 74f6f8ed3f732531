// retired/op_timers.c: code of earlier chapters that a later chapter
// replaces, spliced back into op_timers.c by book/tools/toybook (see its
// README).

//> 03-ops omit < 08-fast-calls timer-slot-ops
/* op_timer_start(delay, interval) -> id */
static void op_timer_start(toy_call *c) {
    uint32_t id = toy_loop_set_timer(c->state->loop, timer_ms(c->args[0].f64), c->args[1].b, NULL);
    if (id == 0) toy_call_fail(c, "RangeError", "out of memory for timers");
    c->ret.u32 = id;
}

/* op_timer_clear(id): unknown ids are ignored. */
static void op_timer_clear(toy_call *c) {
    toy_loop_clear_timer(c->state->loop, c->args[0].u32);
}
//< 03-ops omit

//> 03-ops omit < 08-fast-calls timer-slot-table
    { .name = "op_timer_start", .fn = op_timer_start, .ret = TOY_U32, TOY_ARGS(TOY_F64, TOY_BOOL) },
    { .name = "op_timer_clear", .fn = op_timer_clear, .ret = TOY_VOID, TOY_ARGS(TOY_U32) },
//< 03-ops omit
