/* worker.h: the C half of workers (op_worker.c): channels whose two ends
 * may live on different threads. A message goes into the inbox of the
 * other end under the channel's mutex, and uv_async_send wakes the loop
 * that end is attached to. What a message carries is the bridge's
 * business (worker.cc): to C it is a pointer and a function to free it. */
#ifndef TOY_WORKER_H
#define TOY_WORKER_H

#include <uv.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a message is: a value, an error a worker reports, or the news that
 * a worker has ended. */
enum { TOY_MSG_DATA, TOY_MSG_ERROR, TOY_MSG_CLOSE };

typedef struct toy_msg {
    struct toy_msg *next;
    int kind;
    void *data;                  /* the bridge's */
    void (*free_data)(void *data);
} toy_msg;

/* One end of a channel. An end is attached to at most one loop at a time
 * (wake is that loop's handle); an end in flight (transferred inside a
 * message) is attached to none, and keeps what arrives until it lands. */
typedef struct toy_port {
    struct toy_channel *ch;
    int side;
    toy_msg *head, *tail;        /* the inbox: what the other end sent */
    uv_async_t *wake;            /* the receiving loop's, or NULL */
    int closed;
} toy_port;

/* A new channel: *a and *b are its two ends, each with one reference.
 * Returns 0, or -1 when out of memory. */
int toy_channel_new(toy_port **a, toy_port **b);

/* Puts m in the other end's inbox and wakes its loop; m is the channel's
 * from then on (freed at once when either end is closed). Any thread. */
void toy_port_post(toy_port *p, toy_msg *m);

/* Attaches p to the loop wake belongs to (wakes it at once if messages
 * wait), or detaches it (wake NULL). From the thread of that loop. */
void toy_port_attach(toy_port *p, uv_async_t *wake);

/* Takes p's whole inbox, oldest first (NULL: empty). */
toy_msg *toy_port_take(toy_port *p);

/* Closes p: nothing more goes in or out of it. */
void toy_port_close(toy_port *p);

/* Gives back p's reference; the channel goes with the last one. */
void toy_port_release(toy_port *p);

void toy_msg_free(toy_msg *m);
toy_msg *toy_msg_new(int kind, void *data, void (*free_data)(void *data));

#ifdef __cplusplus
}
#endif

#endif
