/* Unit tests for the timer queue (src/timers.c): ordering, ids, removal. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "timers.h"

static void earliest_first(void) {
    toy_timers q;
    toy_timers_init(&q);
    toy_timers_add(&q, 0, 30, 0, "c");
    toy_timers_add(&q, 0, 10, 0, "a");
    toy_timers_add(&q, 0, 20, 0, "b");
    toy_timer *t = toy_timers_pop_due(&q, 100, UINT64_MAX);
    CHECK(t && t->data && ((char *)t->data)[0] == 'a');
    toy_timers_delete(&q, t);
    t = toy_timers_pop_due(&q, 100, UINT64_MAX);
    CHECK(t && ((char *)t->data)[0] == 'b');
    toy_timers_delete(&q, t);
    t = toy_timers_pop_due(&q, 100, UINT64_MAX);
    CHECK(t && ((char *)t->data)[0] == 'c');
    toy_timers_delete(&q, t);
    CHECK(toy_timers_pop_due(&q, 100, UINT64_MAX) == NULL);
    toy_timers_free(&q);
}

static void equal_dues_fire_in_creation_order(void) {
    toy_timers q;
    toy_timers_init(&q);
    static int order[100];
    for (int i = 0; i < 100; i++) {
        order[i] = i;
        toy_timers_add(&q, 0, 5, 0, &order[i]);
    }
    for (int i = 0; i < 100; i++) {
        toy_timer *t = toy_timers_pop_due(&q, 5, UINT64_MAX);
        CHECK(t && *(int *)t->data == i);
        toy_timers_delete(&q, t);
    }
    toy_timers_free(&q);
}

static void not_due_stays(void) {
    toy_timers q;
    toy_timers_init(&q);
    toy_timers_add(&q, 10, 5, 0, NULL);
    CHECK(toy_timers_pop_due(&q, 14, UINT64_MAX) == NULL);
    CHECK(toy_timers_pop_due(&q, 15, UINT64_MAX) != NULL);
    toy_timers_free(&q);
}

static void created_during_turn_waits(void) {
    toy_timers q;
    toy_timers_init(&q);
    toy_timers_add(&q, 0, 0, 0, NULL);
    uint64_t before = q.next_seq;
    toy_timers_add(&q, 0, 0, 0, NULL);     /* as if added by a callback */
    CHECK(toy_timers_pop_due(&q, 0, before) != NULL);
    CHECK(toy_timers_pop_due(&q, 0, before) == NULL);
    toy_timers_free(&q);
}

static void ids_unique_and_increasing(void) {
    toy_timers q;
    toy_timers_init(&q);
    uint32_t last = 0;
    for (int i = 0; i < 1000; i++) {
        toy_timer *t = toy_timers_add(&q, 0, (uint64_t)(i % 7), i % 2, NULL);
        CHECK(t && t->id > last);
        last = t->id;
    }
    toy_timers_free(&q);
}

static void find_and_delete_any(void) {
    toy_timers q;
    toy_timers_init(&q);
    uint32_t ids[500];
    for (int i = 0; i < 500; i++)
        ids[i] = toy_timers_add(&q, 0, (uint64_t)((i * 37) % 101), 0, NULL)->id;
    for (int i = 0; i < 500; i += 2) {       /* delete every other one */
        toy_timer *t = toy_timers_find(&q, ids[i]);
        CHECK(t != NULL);
        toy_timers_delete(&q, t);
        CHECK(toy_timers_find(&q, ids[i]) == NULL);
    }
    for (int i = 1; i < 500; i += 2) CHECK(toy_timers_find(&q, ids[i]) != NULL);
    uint64_t last_due = 0;
    int n = 0;
    toy_timer *t;
    while ((t = toy_timers_pop_due(&q, 1000, UINT64_MAX)) != NULL) {
        CHECK(t->due >= last_due);           /* still a heap after deletes */
        last_due = t->due;
        toy_timers_delete(&q, t);
        n++;
    }
    CHECK(n == 250);
    CHECK(q.count == 0);
    toy_timers_free(&q);
}

static void popped_timer_stays_findable(void) {
    toy_timers q;
    toy_timers_init(&q);
    toy_timer *t = toy_timers_add(&q, 0, 10, 1, NULL);
    CHECK(toy_timers_pop_due(&q, 10, UINT64_MAX) == t);
    CHECK(toy_timers_find(&q, t->id) == t);      /* clearInterval from inside */
    CHECK(t->heap_index == TOY_TIMER_NOT_QUEUED);
    toy_timers_requeue(&q, t, 20);
    CHECK(toy_timers_peek(&q) == t && t->due == 20);
    toy_timers_free(&q);
}

static void requeue_goes_behind_equal_dues(void) {
    toy_timers q;
    toy_timers_init(&q);
    toy_timer *iv = toy_timers_add(&q, 0, 10, 1, NULL);
    toy_timer *to = toy_timers_add(&q, 0, 20, 0, NULL);
    CHECK(toy_timers_pop_due(&q, 10, UINT64_MAX) == iv);
    toy_timers_requeue(&q, iv, 20);
    CHECK(toy_timers_pop_due(&q, 20, UINT64_MAX) == to);
    CHECK(toy_timers_pop_due(&q, 20, UINT64_MAX) == iv);
    toy_timers_free(&q);
}

int main(void) {
    RUN(earliest_first);
    RUN(equal_dues_fire_in_creation_order);
    RUN(not_due_stays);
    RUN(created_during_turn_waits);
    RUN(ids_unique_and_increasing);
    RUN(find_and_delete_any);
    RUN(popped_timer_stays_findable);
    RUN(requeue_goes_behind_equal_dues);
    return check_failed;
}
