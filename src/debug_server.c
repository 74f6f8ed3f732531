//@ 20-debugger
/* debug_server.c: the debugger's network side (see debug_server.h). One
 * thread with a libuv loop of its own owns the listener and every
 * connection. A connection starts as HTTP (http_parser.c): the JSON a
 * client looks for, or the upgrade to a WebSocket on /ws/<uuid>; from
 * then on its bytes are frames (ws.c), and each text message goes to the
 * program's thread through the event queue. What the program's thread
 * sends back goes into the connection's outgoing queue, and a uv_async
 * wakes this thread to write it.
 *
 * Two locks' worth of state is kept under one mutex: the event queue
 * (server -> program) and, per connection, the outgoing queue and its
 * byte count (any thread -> server). The list of connections is changed
 * only on the server's thread, under the mutex, so other threads may
 * look a session up in it. */
#include <arpa/inet.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "cli.h"
#include "debug_server.h"
#include "http_parser.h"
#include "json.h"
#include "runtime.h"
#include "ws.h"

//> 20-debugger debug-server-state
/* What one connection may have waiting to be written, queued or in
 * libuv's hands, before it is cut off: 128 MiB. A debugger that stops
 * reading must not make the program hold its messages without bound; one
 * that reads keeps this near zero, even through a heap snapshot of tens
 * of MB (sent as many chunks, each written as it comes). */
#define DEBUG_MAX_PENDING ((size_t)128 * 1024 * 1024)
/* What the debuggers may have sent that the program's thread has not
 * taken yet: 32 MiB. Past it the server stops reading from them (the
 * kernel's buffers fill, and their writes wait) until the program takes
 * some, rather than holding a flood from a client while the program is
 * busy. (More than one message of WS_MAX_MESSAGE, so one always fits.) */
#define DEBUG_MAX_INBOUND ((size_t)32 * 1024 * 1024)
/* Connections at once: each may hold a request (64 KiB) or a message
 * being received (up to WS_MAX_MESSAGE). Past it the oldest that has
 * not become a session is closed to make room (a client that leaks idle
 * connections must not lock the debugger out), else the new one. */
#define DEBUG_MAX_CONNECTIONS 32
/* The HTTP phase: a request's head may be up to HTTP_MAX_HEAD. */
#define DEBUG_MAX_REQUEST (HTTP_MAX_HEAD + 4096)
/* The HTTP phase: answers an HTTP client has not read yet, past which its
 * next requests wait (reading stops until the answers have gone out). A
 * /json/list answer is some 16 times its request: without this, a client
 * that sends requests and never reads made the server hold 128 MiB of
 * answers per connection (DEBUG_MAX_PENDING) before it was cut off, 4 GiB
 * over DEBUG_MAX_CONNECTIONS, all before any session. */
#define DEBUG_MAX_HTTP_PENDING (64 * 1024)
#define DEBUG_READ_SIZE   (64 * 1024)

enum { CONN_HTTP, CONN_WS, CONN_CLOSING };

typedef struct out_frame {
    struct out_frame *next;
    uint8_t *data;
    size_t len;
} out_frame;

typedef struct conn {
    uv_tcp_t tcp;
    toy_debug_server *s;
    struct conn *next;          /* s->conns; changed under s->lock, on the server's thread */
    int state;                  /* the server's thread's */
    int session;                /* 0 until the upgrade */
    uint8_t *in;                /* HTTP: the request so far; WS: the read buffer */
    size_t in_len, in_cap;
    http_progress progress;
    ws_decoder dec;
    uv_shutdown_t shutdown;
    /* Under s->lock: */
    int open;                   /* a session that takes messages */
    out_frame *out_head, *out_tail;
    size_t queued;              /* bytes queued or being written */
    int close_asked, overflow;
    int paused;                 /* reading stopped: too much inbound (server's thread) */
    int http_held;              /* HTTP: reading stopped until its answers go out (server's thread) */
} conn;

typedef struct event_node {
    struct event_node *next;
    toy_debug_event ev;
} event_node;

struct toy_debug_server {
    uv_thread_t thread;
    uv_loop_t loop;
    uv_tcp_t listener;
    uv_async_t async;
    uv_mutex_t lock;
    uv_cond_t cond;
    toy_debug_options opts;
    char *host, *title, *url;   /* copies of opts' */
    int port;                   /* the one bound */
    char uuid[37];
    char ws_url[128];
    /* Under lock: */
    conn *conns;
    event_node *ev_head, *ev_tail;
    int interrupted, stopping, sessions, next_session;
    int nconns;
    size_t inbound;             /* bytes of messages queued for the program */
    int reads_paused;           /* some connection stopped reading for it */
};
//< 20-debugger debug-server-state

/* ---- the event queue: server thread -> program thread ---- */

static void push_event(toy_debug_server *s, int kind, int session, char *text, size_t len) {
    event_node *n = malloc(sizeof *n);
    uv_mutex_lock(&s->lock);
    if (n == NULL || s->stopping) {
        uv_mutex_unlock(&s->lock);
        free(n);
        free(text);
        return;
    }
    n->next = NULL;
    n->ev = (toy_debug_event){ kind, session, text, len };
    if (kind == TOY_DEBUG_MESSAGE) s->inbound += len;
    if (s->ev_tail) s->ev_tail->next = n;
    else s->ev_head = n;
    s->ev_tail = n;
    uv_cond_signal(&s->cond);
    uv_mutex_unlock(&s->lock);
    if (s->opts.wake) s->opts.wake(s->opts.data);
}

/* Takes the first event; the lock is held. */
static int pop_event(toy_debug_server *s, toy_debug_event *ev) {
    event_node *n = s->ev_head;
    if (n == NULL) return 0;
    s->ev_head = n->next;
    if (s->ev_head == NULL) s->ev_tail = NULL;
    *ev = n->ev;
    free(n);
    if (ev->kind == TOY_DEBUG_MESSAGE) {
        s->inbound -= ev->len;
        /* Below half the limit again: the server reads again. */
        if (s->reads_paused && s->inbound < DEBUG_MAX_INBOUND / 2 && !s->stopping) {
            s->reads_paused = 0;
            uv_async_send(&s->async);
        }
    }
    return 1;
}

/* ---- connections: writing and closing (server thread) ---- */

typedef struct write_req {
    uv_write_t req;
    conn *c;
    uint8_t *data;
    size_t len;
} write_req;

static void conn_abort(conn *c);
static void read_http(conn *c);
static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf);
static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf);

/* Whether an HTTP client has more answers unread than it may. */
static int http_backlog(conn *c) {
    uv_mutex_lock(&c->s->lock);
    int over = c->queued > DEBUG_MAX_HTTP_PENDING;
    uv_mutex_unlock(&c->s->lock);
    return over;
}

static void on_written(uv_write_t *req, int status) {
    write_req *w = (write_req *)req;
    conn *c = w->c;
    uv_mutex_lock(&c->s->lock);
    c->queued -= w->len;
    uv_mutex_unlock(&c->s->lock);
    free(w->data);
    free(w);
    if (status < 0) {
        conn_abort(c);
        return;
    }
    //> 20-debugger omit
    /* The client read its answers: the requests it sent meanwhile are
     * taken (those already read first), and reading goes on, unless they
     * held it back again, or closed it, or one of them was an upgrade
     * whose first messages already stopped it (the program is behind). */
    if (c->state == CONN_HTTP && c->http_held && !http_backlog(c)) {
        c->http_held = 0;
        read_http(c);
        int go = (c->state == CONN_HTTP && !c->http_held) || (c->state == CONN_WS && !c->paused);
        if (go && uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read) < 0) conn_abort(c);
    }
    //< 20-debugger omit
}

/* Writes data (malloc'd, now the connection's); its bytes were already
 * counted in c->queued. */
static void conn_write_counted(conn *c, uint8_t *data, size_t len) {
    /* (Closing: what was written so far goes out, nothing more.) */
    write_req *w = c->state == CONN_CLOSING ? NULL : malloc(sizeof *w);
    if (w == NULL || c->state == CONN_CLOSING) {
        free(w);
        free(data);
        uv_mutex_lock(&c->s->lock);
        c->queued -= len;
        uv_mutex_unlock(&c->s->lock);
        if (c->state != CONN_CLOSING) conn_abort(c);
        return;
    }
    w->c = c;
    w->data = data;
    w->len = len;
    uv_buf_t buf = uv_buf_init((char *)data, (unsigned)len);
    if (uv_write(&w->req, (uv_stream_t *)&c->tcp, &buf, 1, on_written) < 0) {
        uv_mutex_lock(&c->s->lock);
        c->queued -= len;
        uv_mutex_unlock(&c->s->lock);
        free(data);
        free(w);
        conn_abort(c);
    }
}

/* Writes a copy of data[0..len), counted against the connection's limit:
 * a client that sends pings and never reads the pongs is cut off too. */
static void conn_write(conn *c, const void *data, size_t len) {
    if (len > UINT32_MAX) {
        conn_abort(c);
        return;
    }
    uv_mutex_lock(&c->s->lock);
    int over = c->queued + len > DEBUG_MAX_PENDING;
    if (!over) c->queued += len;
    uv_mutex_unlock(&c->s->lock);
    uint8_t *copy = over ? NULL : malloc(len ? len : 1);
    if (copy == NULL) {
        if (!over) {
            uv_mutex_lock(&c->s->lock);
            c->queued -= len;
            uv_mutex_unlock(&c->s->lock);
        }
        conn_abort(c);
        return;
    }
    memcpy(copy, data, len);
    conn_write_counted(c, copy, len);
}

/* The session ends (once): no more messages to or from it. */
static void end_session(conn *c) {
    toy_debug_server *s = c->s;
    uv_mutex_lock(&s->lock);
    int was_open = c->open;
    c->open = 0;
    if (was_open) s->sessions--;
    uv_mutex_unlock(&s->lock);
    if (was_open) push_event(s, TOY_DEBUG_DISCONNECT, c->session, NULL, 0);
}

static void on_closed(uv_handle_t *h) {
    conn *c = (conn *)h;
    toy_debug_server *s = c->s;
    uv_mutex_lock(&s->lock);
    for (conn **p = &s->conns; *p; p = &(*p)->next) {
        if (*p == c) {
            *p = c->next;
            break;
        }
    }
    out_frame *f = c->out_head;
    c->out_head = c->out_tail = NULL;
    s->nconns--;
    uv_mutex_unlock(&s->lock);
    while (f) {
        out_frame *next = f->next;
        free(f->data);
        free(f);
        f = next;
    }
    ws_decoder_free(&c->dec);
    free(c->in);
    free(c);
}

/* Closes the socket now, whatever is still unwritten. */
static void conn_abort(conn *c) {
    c->state = CONN_CLOSING;
    end_session(c);
    if (!uv_is_closing((uv_handle_t *)&c->tcp)) uv_close((uv_handle_t *)&c->tcp, on_closed);
}

static void on_shutdown(uv_shutdown_t *req, int status) {
    (void)status;
    conn_abort(req->data);
}

/* Closes after what was written so far has gone out: with close_code
 * (not 0) a WebSocket close frame first. */
static void conn_close(conn *c, int close_code) {
    if (c->state == CONN_CLOSING) return;
    if (c->state == CONN_WS && close_code) {
        uint8_t frame[4];
        conn_write(c, frame, ws_close_frame(frame, close_code == 1005 ? 0 : close_code));
        if (uv_is_closing((uv_handle_t *)&c->tcp)) return;
    }
    c->state = CONN_CLOSING;
    end_session(c);
    uv_read_stop((uv_stream_t *)&c->tcp);
    c->shutdown.data = c;
    if (uv_shutdown(&c->shutdown, (uv_stream_t *)&c->tcp, on_shutdown) < 0) conn_abort(c);
}

/* ---- HTTP ---- */

static void respond(conn *c, int status, const char *reason, const char *type, const char *body,
                    size_t len, int close) {
    char head[512];
    int n = snprintf(head, sizeof head,
                     "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
                     "Cache-Control: no-cache\r\nConnection: %s\r\n\r\n",
                     status, reason, type, len, close ? "close" : "keep-alive");
    char *all = malloc((size_t)n + len);
    if (all == NULL) {
        conn_abort(c);
        return;
    }
    memcpy(all, head, (size_t)n);
    memcpy(all + n, body, len);
    conn_write(c, all, (size_t)n + len);
    free(all);
    if (close) conn_close(c, 0);
}

static void respond_text(conn *c, int status, const char *reason, const char *text, int close) {
    respond(c, status, reason, "text/plain; charset=UTF-8", text, strlen(text), close);
}

static int span_is(http_span s, const char *lit) {
    return s.len == strlen(lit) && memcmp(s.ptr, lit, s.len) == 0;
}

static int span_ieq(http_span s, const char *lit) {
    if (s.len != strlen(lit)) return 0;
    for (size_t i = 0; i < s.len; i++)
        if ((s.ptr[i] | 0x20) != (lit[i] | 0x20)) return 0;
    return 1;
}

/* The header's value; how many there were in *count. */
static http_span header(const http_request *r, const char *name, int *count) {
    http_span v = { NULL, 0 };
    *count = 0;
    for (size_t h = 0; h < r->nheaders; h++) {
        if (span_ieq(r->names[h], name)) {
            if (*count == 0) v = r->values[h];
            (*count)++;
        }
    }
    return v;
}

/* Whether any of the headers called name lists token. */
static int header_has_token(const http_request *r, const char *name, const char *token) {
    for (size_t h = 0; h < r->nheaders; h++)
        if (span_ieq(r->names[h], name) &&
            ws_has_token((const char *)r->values[h].ptr, r->values[h].len, token))
            return 1;
    return 0;
}

//> 20-debugger debug-server-host
/* Node's defence against DNS rebinding: a web page can make a browser
 * send requests to 127.0.0.1 under a name the page's owner controls, but
 * that name is then in the Host header. So Host must be "localhost" or
 * an IP address (IPv6 in brackets), with or without a port. */
static int host_allowed(http_span v) {
    char host[64];
    size_t n = v.len;
    const char *p = (const char *)v.ptr;
    if (n == 0 || n >= sizeof host) return 0;
    size_t end = n;   /* where the name ends and ":port" starts */
    if (p[0] == '[') {
        const char *close = memchr(p, ']', n);
        if (close == NULL) return 0;
        end = (size_t)(close - p) + 1;
    } else {
        const char *colon = memchr(p, ':', n);
        if (colon != NULL) end = (size_t)(colon - p);
    }
    if (end < n) {
        size_t digits = n - end - 1;
        if (p[end] != ':' || digits == 0 || digits > 5) return 0;
        for (size_t i = end + 1; i < n; i++)
            if (p[i] < '0' || p[i] > '9') return 0;
    }
    unsigned char addr[16];
    if (p[0] == '[') {
        memcpy(host, p + 1, end - 2);
        host[end - 2] = 0;
        return inet_pton(AF_INET6, host, addr) == 1;
    }
    memcpy(host, p, end);
    host[end] = 0;
    if (strcasecmp(host, "localhost") == 0) return 1;
    return inet_pton(AF_INET, host, addr) == 1;
}
//< 20-debugger debug-server-host

/* "HOST:PORT" for the URLs in the JSON: the Host the client used (it was
 * checked), else the address bound. */
static void authority(const toy_debug_server *s, http_span host, char *out, size_t size) {
    if (host.len > 0 && host.len < size) {
        memcpy(out, host.ptr, host.len);
        out[host.len] = 0;
    } else if (strchr(s->host, ':')) {
        snprintf(out, size, "[%s]:%d", s->host, s->port);
    } else {
        snprintf(out, size, "%s:%d", s->host, s->port);
    }
}

//> 20-debugger debug-server-json
static void answer_json(conn *c, const char *path, http_span host, int close) {
    toy_debug_server *s = c->s;
    char where[128], ws[256], front[384];
    authority(s, host, where, sizeof where);
    snprintf(ws, sizeof ws, "ws://%s/ws/%s", where, s->uuid);
    snprintf(front, sizeof front,
             "devtools://devtools/bundled/js_app.html?ws=%s/ws/%s&experiments=true&v8only=true",
             where, s->uuid);
    toy_json j;
    toy_json_init(&j);
    if (strcmp(path, "/json/version") == 0) {
        char browser[64];
        snprintf(browser, sizeof browser, "toyjs/%s", TOY_VERSION);
        toy_json_object(&j);
        toy_json_key(&j, "Browser");
        toy_json_cstring(&j, browser);
        toy_json_key(&j, "Protocol-Version");
        toy_json_cstring(&j, "1.3");
        toy_json_key(&j, "V8-Version");
        toy_json_cstring(&j, toy_v8_version());
        toy_json_end(&j);
    } else {
        toy_json_array(&j);
        toy_json_object(&j);
        toy_json_key(&j, "description");
        toy_json_cstring(&j, "toyjs");
        toy_json_key(&j, "devtoolsFrontendUrl");
        toy_json_cstring(&j, front);
        toy_json_key(&j, "faviconUrl");
        toy_json_cstring(&j, "https://v8.dev/favicon.ico");
        toy_json_key(&j, "id");
        toy_json_cstring(&j, s->uuid);
        toy_json_key(&j, "title");
        toy_json_cstring(&j, s->title);
        toy_json_key(&j, "type");
        toy_json_cstring(&j, "node");
        toy_json_key(&j, "url");
        toy_json_cstring(&j, s->url);
        toy_json_key(&j, "webSocketDebuggerUrl");
        toy_json_cstring(&j, ws);
        toy_json_end(&j);
        toy_json_end(&j);
    }
    size_t len;
    char *text = toy_json_take(&j, &len);
    if (text == NULL) {
        conn_abort(c);
        return;
    }
    respond(c, 200, "OK", "application/json; charset=UTF-8", text, len, close);
    free(text);
}
//< 20-debugger debug-server-json

//> 20-debugger omit
/* The WebSocket handshake on /ws/<uuid>. Returns 1 when the connection
 * is now a session. */
static int upgrade(conn *c, const http_request *r) {
    int n1, n3, n4;
    http_span up = header(r, "upgrade", &n1);
    http_span version = header(r, "sec-websocket-version", &n3), key = header(r, "sec-websocket-key", &n4);
    if (!span_is(r->method, "GET") || !span_is(r->version, "HTTP/1.1") || n1 != 1 ||
        !ws_has_token((const char *)up.ptr, up.len, "websocket") ||
        !header_has_token(r, "connection", "upgrade") || n4 != 1) {
        respond_text(c, 400, "Bad Request", "not a WebSocket handshake", 1);
        return 0;
    }
    if (n3 != 1 || !span_is(version, "13")) {
        /* The one version there is; the answer says which it is. */
        const char *head = "HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 13\r\n"
                           "Content-Length: 0\r\nConnection: close\r\n\r\n";
        conn_write(c, head, strlen(head));
        conn_close(c, 0);
        return 0;
    }
    char accept[29];
    if (!ws_accept_key((const char *)key.ptr, key.len, accept)) {
        respond_text(c, 400, "Bad Request", "Sec-WebSocket-Key is not 16 bytes in base64", 1);
        return 0;
    }
    char answer[256];
    int n = snprintf(answer, sizeof answer,
                     "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n", accept);
    conn_write(c, answer, (size_t)n);
    if (uv_is_closing((uv_handle_t *)&c->tcp)) return 0;
    toy_debug_server *s = c->s;
    c->state = CONN_WS;
    ws_decoder_init(&c->dec);
    uv_mutex_lock(&s->lock);
    c->session = ++s->next_session;
    c->open = 1;
    s->sessions++;
    uv_mutex_unlock(&s->lock);
    push_event(s, TOY_DEBUG_CONNECT, c->session, NULL, 0);
    return 1;
}
//< 20-debugger omit

/* One whole request. Returns 1 when the connection goes on reading
 * requests. */
static int handle_request(conn *c, const http_request *r) {
    int nhost;
    http_span host = header(r, "host", &nhost);
    if (nhost > 1 || (nhost == 1 && !host_allowed(host))) {
        respond_text(c, 400, "Bad Request", "Host header is not an IP address or localhost", 1);
        return 0;
    }
    char path[128];
    size_t plen = 0;
    while (plen < r->target.len && r->target.ptr[plen] != '?') plen++;
    if (plen >= sizeof path) {
        respond_text(c, 404, "Not Found", "not found", !r->keep_alive);
        return r->keep_alive;
    }
    memcpy(path, r->target.ptr, plen);
    path[plen] = 0;
    toy_debug_server *s = c->s;
    if (strncmp(path, "/ws/", 4) == 0 && strcmp(path + 4, s->uuid) == 0) {
        upgrade(c, r);
        return 0;
    }
    if (span_is(r->method, "GET") && (strcmp(path, "/json") == 0 || strcmp(path, "/json/list") == 0 ||
                                      strcmp(path, "/json/version") == 0)) {
        answer_json(c, path, nhost ? host : (http_span){ NULL, 0 }, !r->keep_alive);
        return r->keep_alive;
    }
    /* An upgrade asked for anywhere else is refused and closed: after it
     * the client would not send HTTP anyway. */
    int nup;
    header(r, "upgrade", &nup);
    int keep = r->keep_alive && nup == 0;
    respond_text(c, 404, "Not Found", "not found", !keep);
    return keep;
}

/* ---- reading ---- */

static void feed_ws(conn *c, const uint8_t *p, size_t len);

static void read_http(conn *c) {
    for (;;) {
        //> 20-debugger omit
        /* A client that sends requests and does not read the answers
         * waits: nothing more is read from it until they have gone out
         * (on_written starts reading again). */
        if (http_backlog(c)) {
            c->http_held = 1;
            uv_read_stop((uv_stream_t *)&c->tcp);
            return;
        }
        //< 20-debugger omit
        http_request r;
        size_t used = 0;
        http_status st = http_parse(c->in, c->in_len, &r, &used, &c->progress);
        if (st == HTTP_INCOMPLETE) {
            http_request_free(&r);
            if (c->in_len >= DEBUG_MAX_REQUEST)
                respond_text(c, 431, "Request Header Fields Too Large", "request too large", 1);
            return;
        }
        if (st == HTTP_ERROR) {
            int st = r.error_status;
            respond_text(c, st,
                         st == 413   ? "Content Too Large"
                         : st == 431 ? "Request Header Fields Too Large"
                         : st == 501 ? "Not Implemented"
                                     : "Bad Request",
                         r.error ? r.error : "bad request", 1);
            http_request_free(&r);
            return;
        }
        if (st == HTTP_HEAD) {
            respond_text(c, 400, "Bad Request", "a request with a body", 1);
            http_request_free(&r);
            return;
        }
        int more = handle_request(c, &r);
        http_request_free(&r);
        memmove(c->in, c->in + used, c->in_len - used);
        c->in_len -= used;
        memset(&c->progress, 0, sizeof c->progress);
        if (c->state == CONN_WS) {
            /* Frames sent right behind the handshake. */
            size_t rest = c->in_len;
            c->in_len = 0;
            if (rest) {
                uint8_t *copy = malloc(rest);
                if (copy == NULL) {
                    conn_abort(c);
                    return;
                }
                memcpy(copy, c->in, rest);
                feed_ws(c, copy, rest);
                free(copy);
            }
            return;
        }
        if (!more || c->state != CONN_HTTP || c->in_len == 0) return;
    }
}

//> 20-debugger debug-server-frames
static void feed_ws(conn *c, const uint8_t *p, size_t len) {
    while (c->state == CONN_WS) {
        ws_event ev;
        size_t n = ws_decode(&c->dec, p, len, &ev);
        p += n;
        len -= n;
        switch (ev.kind) {
        case WS_EV_NONE:
            return;
        case WS_EV_MESSAGE:
            if (ev.opcode != WS_OP_TEXT) {
                conn_close(c, 1003);   /* the protocol is JSON text */
                return;
            } else {
                size_t mlen;
                uint8_t *m = ws_take_message(&c->dec, &mlen);
                push_event(c->s, TOY_DEBUG_MESSAGE, c->session, (char *)m, mlen);
                /* The program is behind: stop reading until it catches up
                 * (pop_event wakes this thread then). The rest of this
                 * read is still decoded. */
                uv_mutex_lock(&c->s->lock);
                int behind = c->s->inbound > DEBUG_MAX_INBOUND;
                if (behind) c->s->reads_paused = 1;
                uv_mutex_unlock(&c->s->lock);
                if (behind && !c->paused) {
                    uv_read_stop((uv_stream_t *)&c->tcp);
                    c->paused = 1;
                }
            }
            break;
        case WS_EV_PING: {
            size_t flen;
            uint8_t *pong = ws_encode(WS_OP_PONG, ev.data, ev.len, &flen);
            if (pong == NULL) {
                conn_abort(c);
                return;
            }
            conn_write(c, pong, flen);
            free(pong);
            break;
        }
        case WS_EV_PONG:
            break;
        case WS_EV_CLOSE:
        case WS_EV_ERROR:
            conn_close(c, ev.close_code);
            return;
        }
    }
}
//< 20-debugger debug-server-frames

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    (void)suggested;
    conn *c = (conn *)h;
    size_t want = c->state == CONN_HTTP ? DEBUG_MAX_REQUEST : DEBUG_READ_SIZE;
    if (c->in_cap < want && c->in_cap - c->in_len < 4096) {
        size_t cap = c->in_cap ? c->in_cap * 2 : 4096;
        if (cap > want) cap = want;
        uint8_t *p = realloc(c->in, cap);
        if (p != NULL) {
            c->in = p;
            c->in_cap = cap;
        }
    }
    *buf = uv_buf_init((char *)c->in + c->in_len, (unsigned)(c->in_cap - c->in_len));
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
    (void)buf;
    conn *c = (conn *)stream;
    if (nread == 0) return;
    if (nread < 0) {
        /* The client went (or we ran out of room): flush, then close. */
        if (c->state == CONN_CLOSING) return;
        if (nread == UV_ENOBUFS && c->state == CONN_HTTP)
            respond_text(c, 431, "Request Header Fields Too Large", "request too large", 1);
        else
            conn_close(c, 0);
        return;
    }
    if (c->state == CONN_HTTP) {
        c->in_len += (size_t)nread;
        read_http(c);
    } else if (c->state == CONN_WS) {
        feed_ws(c, c->in + c->in_len, (size_t)nread);
    }
}

static void on_connection(uv_stream_t *listener, int status) {
    toy_debug_server *s = listener->data;
    if (status < 0) return;
    conn *c = calloc(1, sizeof *c);
    if (c == NULL) return;
    c->s = s;
    c->state = CONN_HTTP;
    uv_tcp_init(&s->loop, &c->tcp);
    uv_mutex_lock(&s->lock);
    c->next = s->conns;
    s->conns = c;
    int too_many = ++s->nconns > DEBUG_MAX_CONNECTIONS;
    uv_mutex_unlock(&s->lock);
    if (too_many) {
        conn *oldest = NULL;   /* the list is newest first */
        for (conn *o = c->next; o; o = o->next)
            if (o->state == CONN_HTTP) oldest = o;
        if (oldest != NULL) {
            conn_abort(oldest);
            too_many = 0;
        }
    }
    if (uv_accept(listener, (uv_stream_t *)&c->tcp) < 0 || too_many ||
        uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read) < 0) {
        conn_abort(c);
    }
}

//> 20-debugger omit
/* Woken by another thread: messages to write, sessions to close, or the
 * server to stop. */
static void on_async(uv_async_t *async) {
    toy_debug_server *s = async->data;
    uv_mutex_lock(&s->lock);
    int stopping = s->stopping, reads_paused = s->reads_paused;
    uv_mutex_unlock(&s->lock);
    /* The list changes only on this thread: walking it needs no lock. */
    for (conn *c = s->conns; c; c = c->next) {
        if (stopping) {
            conn_abort(c);
            continue;
        }
        uv_mutex_lock(&s->lock);
        out_frame *f = c->out_head;
        c->out_head = c->out_tail = NULL;
        int overflow = c->overflow, close_asked = c->close_asked;
        c->close_asked = 0;
        uv_mutex_unlock(&s->lock);
        while (f) {
            out_frame *next = f->next;
            conn_write_counted(c, f->data, f->len);
            free(f);
            f = next;
        }
        if (overflow) conn_abort(c);
        else if (close_asked) conn_close(c, WS_CLOSE_NORMAL);
        else if (c->paused && !reads_paused && c->state == CONN_WS) {
            c->paused = 0;
            if (uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read) < 0) conn_abort(c);
        }
    }
    if (stopping) {
        if (!uv_is_closing((uv_handle_t *)&s->listener)) uv_close((uv_handle_t *)&s->listener, NULL);
        uv_close((uv_handle_t *)&s->async, NULL);
    }
}
//< 20-debugger omit

static void server_main(void *arg) {
    toy_debug_server *s = arg;
    uv_run(&s->loop, UV_RUN_DEFAULT);
}

static void make_uuid(char out[37]) {
    uint8_t b[16];
    if (uv_random(NULL, NULL, b, sizeof b, 0, NULL) != 0) {
        /* No randomness from the kernel: the path is then guessable, which
         * Node's is too (it is no secret, the Host check is the defence). */
        uint64_t t = uv_hrtime();
        for (int i = 0; i < 16; i++) b[i] = (uint8_t)(t >> (i % 8 * 8)) ^ (uint8_t)(i * 37);
    }
    b[6] = (b[6] & 0x0F) | 0x40;   /* version 4 */
    b[8] = (b[8] & 0x3F) | 0x80;   /* the RFC 4122 variant */
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out[o++] = '-';
        out[o++] = hex[b[i] >> 4];
        out[o++] = hex[b[i] & 15];
    }
    out[o] = 0;
}

static char *dup_or(const char *s, const char *fallback) {
    return strdup(s ? s : fallback);
}

static void free_server(toy_debug_server *s) {
    free(s->host);
    free(s->title);
    free(s->url);
    free(s);
}

/* The address to bind: an IP literal, or a name resolved (the first). */
static int resolve(toy_debug_server *s, const char *host, int port, struct sockaddr_storage *ss) {
    if (uv_ip4_addr(host, port, (struct sockaddr_in *)ss) == 0) return 0;
    if (uv_ip6_addr(host, port, (struct sockaddr_in6 *)ss) == 0) return 0;
    uv_getaddrinfo_t req;
    struct addrinfo hints = { 0 };
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    int err = uv_getaddrinfo(&s->loop, &req, NULL, host, NULL, &hints);
    if (err < 0) return err;
    if (req.addrinfo == NULL) return UV_EINVAL;
    memcpy(ss, req.addrinfo->ai_addr, req.addrinfo->ai_addrlen);
    if (ss->ss_family == AF_INET) ((struct sockaddr_in *)ss)->sin_port = htons((uint16_t)port);
    else ((struct sockaddr_in6 *)ss)->sin6_port = htons((uint16_t)port);
    uv_freeaddrinfo(req.addrinfo);
    return 0;
}

int toy_debug_server_start(const toy_debug_options *opts, toy_debug_server **out) {
    *out = NULL;
    if (opts->port < 0 || opts->port > 65535) return UV_EINVAL;
    toy_debug_server *s = calloc(1, sizeof *s);
    if (s == NULL) return UV_ENOMEM;
    s->opts = *opts;
    s->host = dup_or(opts->host, "127.0.0.1");
    s->title = dup_or(opts->title, "toyjs");
    s->url = dup_or(opts->url, "");
    if (s->host == NULL || s->title == NULL || s->url == NULL) {
        free_server(s);
        return UV_ENOMEM;
    }
    make_uuid(s->uuid);
    /* A debugger that goes while it is written to must not end the
     * process with SIGPIPE (op_net.c ignores it too): the write fails. */
    signal(SIGPIPE, SIG_IGN);
    int err = uv_loop_init(&s->loop);
    if (err < 0) {
        free_server(s);
        return err;
    }
    struct sockaddr_storage ss;
    uv_tcp_init(&s->loop, &s->listener);
    s->listener.data = s;
    err = resolve(s, s->host, opts->port, &ss);
    if (err == 0) err = uv_tcp_bind(&s->listener, (struct sockaddr *)&ss, 0);
    if (err == 0) err = uv_listen((uv_stream_t *)&s->listener, 128, on_connection);
    if (err == 0) {
        int len = sizeof ss;
        err = uv_tcp_getsockname(&s->listener, (struct sockaddr *)&ss, &len);
    }
    if (err == 0) err = uv_mutex_init(&s->lock);
    if (err == 0 && (err = uv_cond_init(&s->cond)) < 0) uv_mutex_destroy(&s->lock);
    if (err < 0) {
        uv_close((uv_handle_t *)&s->listener, NULL);
        uv_run(&s->loop, UV_RUN_DEFAULT);
        uv_loop_close(&s->loop);
        free_server(s);
        return err;
    }
    s->port = ss.ss_family == AF_INET ? ntohs(((struct sockaddr_in *)&ss)->sin_port)
                                      : ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
    int v6 = strchr(s->host, ':') != NULL;
    snprintf(s->ws_url, sizeof s->ws_url, "ws://%s%s%s:%d/ws/%s", v6 ? "[" : "", s->host,
             v6 ? "]" : "", s->port, s->uuid);
    uv_async_init(&s->loop, &s->async, on_async);
    s->async.data = s;
    if ((err = uv_thread_create(&s->thread, server_main, s)) < 0) {
        uv_close((uv_handle_t *)&s->listener, NULL);
        uv_close((uv_handle_t *)&s->async, NULL);
        uv_run(&s->loop, UV_RUN_DEFAULT);
        uv_loop_close(&s->loop);
        uv_cond_destroy(&s->cond);
        uv_mutex_destroy(&s->lock);
        free_server(s);
        return err;
    }
    *out = s;
    return 0;
}

const char *toy_debug_server_url(const toy_debug_server *s) {
    return s->ws_url;
}

int toy_debug_server_next(toy_debug_server *s, toy_debug_event *ev) {
    uv_mutex_lock(&s->lock);
    int got = pop_event(s, ev);
    uv_mutex_unlock(&s->lock);
    if (!got) *ev = (toy_debug_event){ TOY_DEBUG_NONE, 0, NULL, 0 };
    return got;
}

int toy_debug_server_wait(toy_debug_server *s, toy_debug_event *ev) {
    uv_mutex_lock(&s->lock);
    while (s->ev_head == NULL && !s->interrupted) uv_cond_wait(&s->cond, &s->lock);
    int got = 0;
    if (s->interrupted) s->interrupted = 0;
    else got = pop_event(s, ev);
    uv_mutex_unlock(&s->lock);
    if (!got) *ev = (toy_debug_event){ TOY_DEBUG_NONE, 0, NULL, 0 };
    return got;
}

void toy_debug_server_interrupt(toy_debug_server *s) {
    uv_mutex_lock(&s->lock);
    s->interrupted = 1;
    uv_cond_broadcast(&s->cond);
    uv_mutex_unlock(&s->lock);
}

/* The open session's connection; the lock is held. */
static conn *find_session(toy_debug_server *s, int session) {
    if (s->stopping) return NULL;
    for (conn *c = s->conns; c; c = c->next)
        if (c->open && c->session == session) return c;
    return NULL;
}

//> 20-debugger debug-server-send
void toy_debug_server_send(toy_debug_server *s, int session, const char *text, size_t len) {
    out_frame *f = malloc(sizeof *f);
    size_t flen = 0;
    uint8_t *frame = f ? ws_encode(WS_OP_TEXT, text, len, &flen) : NULL;
    uv_mutex_lock(&s->lock);
    conn *c = find_session(s, session);
    int queued = 0;
    if (c != NULL) {
        if (frame == NULL || flen > UINT32_MAX || c->queued + flen > DEBUG_MAX_PENDING) {
            /* It does not read what it is sent: cut it off rather than
             * hold on to more and more. */
            c->overflow = 1;
        } else {
            f->next = NULL;
            f->data = frame;
            f->len = flen;
            if (c->out_tail) c->out_tail->next = f;
            else c->out_head = f;
            c->out_tail = f;
            c->queued += flen;
            queued = 1;
        }
    }
    /* Woken under the lock: stop closes the handle only after it saw
     * s->stopping, and find_session finds nothing once that is set. */
    if (c != NULL) uv_async_send(&s->async);
    uv_mutex_unlock(&s->lock);
    if (!queued) {
        free(frame);
        free(f);
    }
}
//< 20-debugger debug-server-send

void toy_debug_server_close(toy_debug_server *s, int session) {
    uv_mutex_lock(&s->lock);
    conn *c = find_session(s, session);
    if (c != NULL) {
        c->close_asked = 1;
        uv_async_send(&s->async);
    }
    uv_mutex_unlock(&s->lock);
}

int toy_debug_server_sessions(toy_debug_server *s) {
    uv_mutex_lock(&s->lock);
    int n = s->sessions;
    uv_mutex_unlock(&s->lock);
    return n;
}

void toy_debug_server_stop(toy_debug_server *s) {
    if (s == NULL) return;
    uv_mutex_lock(&s->lock);
    s->stopping = 1;
    uv_mutex_unlock(&s->lock);
    uv_async_send(&s->async);
    uv_thread_join(&s->thread);
    uv_loop_close(&s->loop);
    toy_debug_event ev;
    while (pop_event(s, &ev)) free(ev.text);
    uv_cond_destroy(&s->cond);
    uv_mutex_destroy(&s->lock);
    free_server(s);
}
