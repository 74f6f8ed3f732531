/* loop.h: the runtime's event loop: one libuv loop, and the timer queue
 * behind one uv_timer_t that is always armed for the earliest timer. */
#ifndef TOY_LOOP_H
#define TOY_LOOP_H

#include <uv.h>

#include "timers.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Called by the loop when a timer fires, and when a timer's data must be
 * let go (cleared, finished, or left over at exit). */
typedef void (*toy_timer_fire_fn)(void *owner, toy_timer *t);
typedef void (*toy_timer_free_fn)(void *owner, void *data);
/* Asked when libuv has nothing left to do: 1 if the owner still expects
 * work from elsewhere (V8's threads), and has made the loop wait for it. */
typedef int (*toy_loop_busy_fn)(void *owner);

typedef struct toy_loop {
    uv_loop_t uv;               /* the one libuv loop of this runtime */
    uv_timer_t wakeup;          /* armed for the earliest timer */
    toy_timers timers;          /* every pending timer */
    toy_timer *firing;          /* the timer whose callback is running */
    int firing_cleared;         /* ... and whether that callback cleared it */
    int stopped;                /* toy_loop_stop was called */
    int running;                /* inside toy_loop_run */
    int waking;                 /* inside the wake-up callback */
    toy_timer_fire_fn fire;
    toy_timer_free_fn free_data;
    toy_loop_busy_fn busy;      /* NULL, or asked before the loop ends */
    void *owner;                /* handed back to fire, free_data and busy */
} toy_loop;

int toy_loop_init(toy_loop *loop, toy_timer_fire_fn fire,
                  toy_timer_free_fn free_data, void *owner);

/* Adds a timer firing after delay_ms (an interval repeats every delay_ms).
 * Returns its id, or 0 when out of memory. */
uint32_t toy_loop_set_timer(toy_loop *loop, uint64_t delay_ms, int interval,
                            void *data);

/* Cancels the timer with that id; unknown ids are ignored. */
void toy_loop_clear_timer(toy_loop *loop, uint32_t id);

/* Runs until nothing is left to do or toy_loop_stop is called. */
void toy_loop_run(toy_loop *loop);
void toy_loop_stop(toy_loop *loop);

/* Lets go of every timer, closes every handle and the loop itself.
 * Returns what uv_loop_close returned (0 when everything was closed). */
int toy_loop_close(toy_loop *loop);

#ifdef __cplusplus
}
#endif

#endif
