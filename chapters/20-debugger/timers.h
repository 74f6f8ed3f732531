/* timers.h: the timer queue. Pure C, no libuv, no V8: a binary min-heap of
 * timers ordered by (due time, creation sequence), plus a table from timer
 * id to timer, so the earliest timer is found in O(1) and any timer can be
 * cancelled by id in O(log n). The event loop drives it (loop.c). */
#ifndef TOY_TIMERS_H
#define TOY_TIMERS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct toy_timer {
    uint32_t id;          /* what setTimeout returned; never 0 */
    uint64_t due;         /* loop time (ms) at which it fires */
    uint64_t seq;         /* creation order: breaks ties between equal dues */
    uint64_t repeat;      /* period in ms for an interval, 0 for a timeout */
    int interval;         /* 1 for setInterval */
    size_t heap_index;    /* where it sits in the heap, or TOY_TIMER_NOT_QUEUED */
    void *data;           /* the owner's: the JS callback and its arguments */
} toy_timer;

typedef struct toy_timers {
    toy_timer **heap;     /* min-heap on (due, seq) */
    size_t len, cap;
    toy_timer **slots;    /* open-addressing table: id -> timer */
    size_t nslots, count;
    uint32_t next_id;     /* ids come from one pool for both kinds */
    uint64_t next_seq;
} toy_timers;

#define TOY_TIMER_NOT_QUEUED ((size_t)-1)

void toy_timers_init(toy_timers *q);
void toy_timers_free(toy_timers *q);     /* frees timers, not their data */

/* Creates a timer due at now + delay and queues it. NULL when out of memory. */
toy_timer *toy_timers_add(toy_timers *q, uint64_t now, uint64_t delay,
                          int interval, void *data);
toy_timer *toy_timers_find(const toy_timers *q, uint32_t id);
toy_timer *toy_timers_peek(const toy_timers *q);

/* Takes the earliest timer out of the heap if it is due at now and was
 * created before sequence number `before`; it stays findable by id. */
toy_timer *toy_timers_pop_due(toy_timers *q, uint64_t now, uint64_t before);

/* Queues a popped timer again, due at `due`, behind timers already queued
 * for the same time. */
void toy_timers_requeue(toy_timers *q, toy_timer *t, uint64_t due);

/* Forgets t entirely (heap and id table) and frees it; returns its data. */
void *toy_timers_delete(toy_timers *q, toy_timer *t);

#ifdef __cplusplus
}
#endif

#endif
