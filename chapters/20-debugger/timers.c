/* timers.c: the timer heap and id table (see timers.h). */
#include "timers.h"

#include <stdlib.h>

void toy_timers_init(toy_timers *q) {
    q->heap = NULL;
    q->len = q->cap = 0;
    q->slots = NULL;
    q->nslots = q->count = 0;
    q->next_id = 1;
    q->next_seq = 0;
}

void toy_timers_free(toy_timers *q) {
    for (size_t i = 0; i < q->nslots; i++) free(q->slots[i]);
    free(q->slots);
    free(q->heap);
    toy_timers_init(q);
}

/* ---------------------------------------------------------------- heap -- */

/* Earlier due first; equal dues in creation order. */
static int before(const toy_timer *a, const toy_timer *b) {
    if (a->due != b->due) return a->due < b->due;
    return a->seq < b->seq;
}

static void heap_set(toy_timers *q, size_t i, toy_timer *t) {
    q->heap[i] = t;
    t->heap_index = i;
}

static void sift_up(toy_timers *q, size_t i) {
    toy_timer *t = q->heap[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!before(t, q->heap[parent])) break;
        heap_set(q, i, q->heap[parent]);
        i = parent;
    }
    heap_set(q, i, t);
}

static void sift_down(toy_timers *q, size_t i) {
    toy_timer *t = q->heap[i];
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        const toy_timer *best = t;
        if (l < q->len && before(q->heap[l], best)) { m = l; best = q->heap[l]; }
        if (r < q->len && before(q->heap[r], best)) { m = r; }
        if (m == i) break;
        heap_set(q, i, q->heap[m]);
        i = m;
    }
    heap_set(q, i, t);
}

static int heap_push(toy_timers *q, toy_timer *t) {
    if (q->len == q->cap) {
        size_t cap = q->cap ? q->cap * 2 : 64;
        toy_timer **h = realloc(q->heap, cap * sizeof *h);
        if (h == NULL) return -1;
        q->heap = h;
        q->cap = cap;
    }
    heap_set(q, q->len++, t);
    sift_up(q, q->len - 1);
    return 0;
}

/* Removes the timer at index i, keeping the heap ordered. */
static void heap_remove(toy_timers *q, size_t i) {
    toy_timer *gone = q->heap[i];
    gone->heap_index = TOY_TIMER_NOT_QUEUED;
    toy_timer *last = q->heap[--q->len];
    if (i == q->len) return;
    heap_set(q, i, last);
    if (i > 0 && before(last, q->heap[(i - 1) / 2])) sift_up(q, i);
    else sift_down(q, i);
}

/* ----------------------------------------------------------- id table -- */

/* Linear probing on id; the table is kept at most half full. */
static size_t slot_of(const toy_timers *q, uint32_t id) {
    size_t mask = q->nslots - 1;
    size_t i = (id * (size_t)2654435761u) & mask;
    while (q->slots[i] != NULL && q->slots[i]->id != id) i = (i + 1) & mask;
    return i;
}

static int table_grow(toy_timers *q) {
    size_t n = q->nslots ? q->nslots * 2 : 64;
    toy_timer **old = q->slots;
    size_t oldn = q->nslots;
    q->slots = calloc(n, sizeof *q->slots);
    if (q->slots == NULL) { q->slots = old; return -1; }
    q->nslots = n;
    for (size_t i = 0; i < oldn; i++)
        if (old[i] != NULL) q->slots[slot_of(q, old[i]->id)] = old[i];
    free(old);
    return 0;
}

/* Deletes slot i and moves later entries of its probe run back into the
 * hole, so lookups never need tombstones. */
static void table_delete(toy_timers *q, size_t i) {
    size_t mask = q->nslots - 1;
    q->slots[i] = NULL;
    q->count--;
    for (size_t j = (i + 1) & mask; q->slots[j] != NULL; j = (j + 1) & mask) {
        toy_timer *t = q->slots[j];
        q->slots[j] = NULL;
        q->slots[slot_of(q, t->id)] = t;
    }
}

/* ------------------------------------------------------------- the API -- */

toy_timer *toy_timers_add(toy_timers *q, uint64_t now, uint64_t delay,
                          int interval, void *data) {
    if ((q->count + 1) * 2 > q->nslots && table_grow(q) != 0) return NULL;
    toy_timer *t = malloc(sizeof *t);
    if (t == NULL) return NULL;
    do {        /* ids stay positive 32-bit numbers: wrap, skip those in use */
        if (q->next_id == 0 || q->next_id > INT32_MAX) q->next_id = 1;
        t->id = q->next_id++;
    } while (toy_timers_find(q, t->id) != NULL);
    t->due = now + delay;
    t->seq = q->next_seq++;
    t->repeat = interval ? delay : 0;
    t->interval = interval;
    t->data = data;
    if (heap_push(q, t) != 0) { free(t); return NULL; }
    q->slots[slot_of(q, t->id)] = t;
    q->count++;
    return t;
}

toy_timer *toy_timers_find(const toy_timers *q, uint32_t id) {
    if (q->nslots == 0 || id == 0) return NULL;
    return q->slots[slot_of(q, id)];
}

toy_timer *toy_timers_peek(const toy_timers *q) {
    return q->len ? q->heap[0] : NULL;
}

toy_timer *toy_timers_pop_due(toy_timers *q, uint64_t now, uint64_t before_seq) {
    toy_timer *t = toy_timers_peek(q);
    if (t == NULL || t->due > now || t->seq >= before_seq) return NULL;
    heap_remove(q, 0);
    return t;
}

void toy_timers_requeue(toy_timers *q, toy_timer *t, uint64_t due) {
    t->due = due;
    t->seq = q->next_seq++;
    /* The heap had room for t before it was popped, so this cannot fail. */
    (void)heap_push(q, t);
}

void *toy_timers_delete(toy_timers *q, toy_timer *t) {
    if (t->heap_index != TOY_TIMER_NOT_QUEUED) heap_remove(q, t->heap_index);
    table_delete(q, slot_of(q, t->id));
    void *data = t->data;
    free(t);
    return data;
}
