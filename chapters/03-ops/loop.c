/* loop.c: the event loop (see loop.h). libuv does the waiting; this file
 * decides which timer callbacks run, in what order, and when. */
#include "loop.h"

#include <stdlib.h>

static void on_wakeup(uv_timer_t *handle);

/* Arms the one uv timer for the earliest pending timer, or stops it when
 * there is none, which is what lets uv_run return when all work is done. */
static void rearm(toy_loop *loop) {
    toy_timer *next = toy_timers_peek(&loop->timers);
    if (next == NULL) {
        uv_timer_stop(&loop->wakeup);
        return;
    }
    uv_update_time(&loop->uv);             /* callbacks may have taken a while */
    uint64_t now = uv_now(&loop->uv);
    uint64_t wait = next->due > now ? next->due - now : 0;
    /* Inside on_wakeup, libuv would run a 0 ms timer again in this same
     * timers phase, before any I/O: wait 1 ms (as Node does) instead. */
    if (wait == 0 && loop->waking) wait = 1;
    uv_timer_start(&loop->wakeup, on_wakeup, wait, 0);
}

int toy_loop_init(toy_loop *loop, toy_timer_fire_fn fire,
                  toy_timer_free_fn free_data, void *owner) {
    int rc = uv_loop_init(&loop->uv);
    if (rc != 0) return rc;
    uv_timer_init(&loop->uv, &loop->wakeup);
    loop->wakeup.data = loop;
    loop->stopped = 0;
    loop->running = 0;
    loop->waking = 0;
    toy_timers_init(&loop->timers);
    loop->firing = NULL;
    loop->firing_cleared = 0;
    loop->fire = fire;
    loop->free_data = free_data;
    loop->busy = NULL;
    loop->owner = owner;
    return 0;
}

uint32_t toy_loop_set_timer(toy_loop *loop, uint64_t delay_ms, int interval,
                            void *data) {
    uv_update_time(&loop->uv);             /* count the delay from now */
    toy_timer *t = toy_timers_add(&loop->timers, uv_now(&loop->uv), delay_ms,
                                  interval, data);
    if (t == NULL) return 0;
    if (toy_timers_peek(&loop->timers) == t) rearm(loop);
    return t->id;
}

void toy_loop_clear_timer(toy_loop *loop, uint32_t id) {
    toy_timer *t = toy_timers_find(&loop->timers, id);
    if (t == NULL) return;
    if (t == loop->firing) {               /* freed once its callback returns */
        loop->firing_cleared = 1;
        return;
    }
    loop->free_data(loop->owner, toy_timers_delete(&loop->timers, t));
    rearm(loop);
}

/* Runs every timer that is due, earliest first. A timer created by one of
 * these callbacks waits for the next turn of the loop, even with delay 0,
 * so a callback that keeps adding zero-delay timers cannot starve I/O. */
static void on_wakeup(uv_timer_t *handle) {
    toy_loop *loop = handle->data;
    uint64_t now = uv_now(&loop->uv);
    uint64_t created_before = loop->timers.next_seq;
    toy_timer *t;
    loop->waking = 1;
    while ((t = toy_timers_pop_due(&loop->timers, now, created_before)) != NULL) {
        uv_update_time(&loop->uv);
        uint64_t started = uv_now(&loop->uv);
        loop->firing = t;
        loop->firing_cleared = 0;
        loop->fire(loop->owner, t);            /* JS runs here */
        loop->firing = NULL;
        if (t->interval && !loop->firing_cleared) {
            /* The period counts from when this run started, not ended. */
            toy_timers_requeue(&loop->timers, t, started + t->repeat);
        } else {
            loop->free_data(loop->owner, toy_timers_delete(&loop->timers, t));
        }
        if (loop->stopped) break;          /* an uncaught error ends the run */
    }
    rearm(loop);
    loop->waking = 0;
}

void toy_loop_run(toy_loop *loop) {
    if (loop->stopped) return;
    loop->running = 1;
    /* When libuv has nothing left, V8 may still be at work on threads of
     * its own: busy then makes the loop wait for what it will post. */
    do uv_run(&loop->uv, UV_RUN_DEFAULT);
    while (!loop->stopped && loop->busy != NULL && loop->busy(loop->owner));
    loop->running = 0;
}

void toy_loop_stop(toy_loop *loop) {
    loop->stopped = 1;
    if (loop->running) uv_stop(&loop->uv);   /* else uv_run would never start again */
}

/* At exit, closes the handles ops left open (a sleep still pending after
 * an uncaught error). Every handle an op creates is the first member of a
 * block it malloc'd, so freeing the handle frees the whole block. */
static void free_block(uv_handle_t *h) {
    free(h);
}

static void close_any(uv_handle_t *h, void *arg) {
    toy_loop *loop = arg;
    if (h == (uv_handle_t *)&loop->wakeup || uv_is_closing(h)) return;
    uv_close(h, free_block);
}

int toy_loop_close(toy_loop *loop) {
    for (size_t i = 0; i < loop->timers.nslots; i++) {
        toy_timer *t = loop->timers.slots[i];
        if (t != NULL) loop->free_data(loop->owner, t->data);
    }
    toy_timers_free(&loop->timers);
    uv_close((uv_handle_t *)&loop->wakeup, NULL);
    uv_walk(&loop->uv, close_any, loop);
    uv_run(&loop->uv, UV_RUN_DEFAULT);         /* let the close complete */
    return uv_loop_close(&loop->uv);
}
