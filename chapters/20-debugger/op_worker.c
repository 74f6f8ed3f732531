/* op_worker.c: the "workers" extension: js/21_workers.js (Worker,
 * MessageChannel, MessagePort), the channels messages cross threads on
 * (worker.h), and navigator.hardwareConcurrency. Starting threads and
 * copying values is the bridge's (worker.cc): it needs V8. */
#include <stdlib.h>
#include <unistd.h>

#include "ops.h"
#include "worker.h"

/* A channel: two ends and one mutex for both, so that a post, a close
 * and an attach on different threads see each other whole. refs counts
 * the ends still held (by a runtime, or by a message in flight). */
typedef struct toy_channel {
    uv_mutex_t lock;
    int refs;
    toy_port end[2];
} toy_channel;

toy_msg *toy_msg_new(int kind, void *data, void (*free_data)(void *data)) {
    toy_msg *m = calloc(1, sizeof *m);
    if (m == NULL) {
        if (free_data) free_data(data);
        return NULL;
    }
    m->kind = kind;
    m->data = data;
    m->free_data = free_data;
    return m;
}

void toy_msg_free(toy_msg *m) {
    while (m != NULL) {
        toy_msg *next = m->next;
        if (m->free_data) m->free_data(m->data);
        free(m);
        m = next;
    }
}

int toy_channel_new(toy_port **a, toy_port **b) {
    toy_channel *ch = calloc(1, sizeof *ch);
    if (ch == NULL) return -1;
    if (uv_mutex_init(&ch->lock) != 0) {
        free(ch);
        return -1;
    }
    ch->refs = 2;
    for (int i = 0; i < 2; i++) {
        ch->end[i].ch = ch;
        ch->end[i].side = i;
    }
    *a = &ch->end[0];
    *b = &ch->end[1];
    return 0;
}

/* The heart of it: the message goes in under the lock, and the wake-up
 * is sent under it too, so the receiving end cannot be detached (and its
 * handle closed) between the two. */
void toy_port_post(toy_port *p, toy_msg *m) {
    toy_channel *ch = p->ch;
    toy_port *to = &ch->end[1 - p->side];
    uv_mutex_lock(&ch->lock);
    if (p->closed || to->closed) {
        uv_mutex_unlock(&ch->lock);
        toy_msg_free(m);  /* nobody will ever read it */
        return;
    }
    m->next = NULL;
    if (to->tail) to->tail->next = m;
    else to->head = m;
    to->tail = m;
    if (to->wake) uv_async_send(to->wake);
    uv_mutex_unlock(&ch->lock);
}

void toy_port_attach(toy_port *p, uv_async_t *wake) {
    uv_mutex_lock(&p->ch->lock);
    p->wake = wake;
    if (wake && p->head) uv_async_send(wake);  /* what came while in flight */
    uv_mutex_unlock(&p->ch->lock);
}

toy_msg *toy_port_take(toy_port *p) {
    uv_mutex_lock(&p->ch->lock);
    toy_msg *m = p->head;
    p->head = p->tail = NULL;
    uv_mutex_unlock(&p->ch->lock);
    return m;
}

void toy_port_close(toy_port *p) {
    uv_mutex_lock(&p->ch->lock);
    p->closed = 1;
    p->wake = NULL;
    toy_msg *m = p->head;
    p->head = p->tail = NULL;
    uv_mutex_unlock(&p->ch->lock);
    toy_msg_free(m);
}

void toy_port_release(toy_port *p) {
    toy_channel *ch = p->ch;
    uv_mutex_lock(&ch->lock);
    int last = --ch->refs == 0;
    uv_mutex_unlock(&ch->lock);
    if (!last) return;
    toy_msg_free(ch->end[0].head);
    toy_msg_free(ch->end[1].head);
    uv_mutex_destroy(&ch->lock);
    free(ch);
}

/* navigator.hardwareConcurrency: the CPUs this process may run on. */
static void op_hardware_concurrency(toy_call *c) {
    c->ret.u32 = uv_available_parallelism();
}

static const toy_op worker_ops[] = {
    { .name = "op_hardware_concurrency", .fn = op_hardware_concurrency, .ret = TOY_U32 },
};

static const char *const workers_deps[] = { "web", NULL };
static const char *const workers_js[] = { "js/21_workers.js", NULL };

const toy_extension toy_ext_workers = {
    .name = "workers", .deps = workers_deps, .ops = worker_ops, .nops = TOY_COUNT(worker_ops),
    .js = workers_js,
};
