/* debug_server.h: the debugger's side of the network (debug_server.c), in
 * C and on a thread of its own with a libuv loop of its own, so that a
 * debugger is answered even while the program's thread is busy or paused.
 * It listens on HOST:PORT, answers what a client asks over HTTP
 * (GET /json/version, /json, /json/list), takes the WebSocket upgrade on
 * the debugger's path (ws.c does the framing) and passes each message to
 * the program's thread through a queue. What a message means is V8's
 * inspector's business (debugger.cc). */
#ifndef TOY_DEBUG_SERVER_H
#define TOY_DEBUG_SERVER_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What the program's thread takes from the queue: a debugger connected
 * (session is a new id, never 0), sent a message (text: UTF-8 JSON of len
 * bytes, NUL-terminated, the taker frees it), or went away. */
enum { TOY_DEBUG_NONE, TOY_DEBUG_CONNECT, TOY_DEBUG_MESSAGE, TOY_DEBUG_DISCONNECT };

typedef struct toy_debug_event {
    int kind;
    int session;
    char *text;
    size_t len;
} toy_debug_event;

typedef struct toy_debug_server toy_debug_server;

typedef struct toy_debug_options {
    const char *host;   /* an address to bind ("127.0.0.1", "::1", "0.0.0.0") */
    int port;           /* 0: any free port */
    const char *title;  /* what /json lists as the target's title and url */
    const char *url;    /* the main module's URL (file:///...) */
    /* Called on the server's thread after each event is queued: the
     * program's thread must be woken (uv_async_send, and an interrupt of
     * the isolate if JavaScript is running). */
    void (*wake)(void *data);
    void *data;
} toy_debug_options;

/* Starts the thread and binds. Returns 0 and sets *out, or a negative
 * libuv error code (the address is in use, cannot be bound, ...); nothing
 * is left running on error. The WebSocket URL clients use is
 * toy_debug_server_url(). */
int toy_debug_server_start(const toy_debug_options *opts, toy_debug_server **out);

/* "ws://127.0.0.1:9229/ws/<uuid>", with the port actually bound. Owned by
 * the server. */
const char *toy_debug_server_url(const toy_debug_server *s);

/* Takes the next queued event: returns 1 and fills *ev, or 0 if none. */
int toy_debug_server_next(toy_debug_server *s, toy_debug_event *ev);

/* Blocks until an event is queued (or toy_debug_server_interrupt is
 * called, then returns 0 with ev->kind TOY_DEBUG_NONE); returns 1 when it
 * took one. For a paused program and for --inspect-brk's wait. */
int toy_debug_server_wait(toy_debug_server *s, toy_debug_event *ev);

/* Makes a toy_debug_server_wait in progress (or the next one) return. */
void toy_debug_server_interrupt(toy_debug_server *s);

/* Queues text (UTF-8, len bytes) to be sent to the session's debugger as
 * one WebSocket text message. Any thread; a session that has gone is
 * ignored. */
void toy_debug_server_send(toy_debug_server *s, int session, const char *text, size_t len);

/* Closes the session's connection (a close frame, then the socket). */
void toy_debug_server_close(toy_debug_server *s, int session);

/* How many debuggers are connected now. */
int toy_debug_server_sessions(toy_debug_server *s);

/* Closes every connection and the listener, stops and joins the thread,
 * frees what is left in the queues. */
void toy_debug_server_stop(toy_debug_server *s);

#ifdef __cplusplus
}
#endif

#endif
