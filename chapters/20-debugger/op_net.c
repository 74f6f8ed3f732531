/* op_net.c: the "net" extension: TCP over libuv. Toy.listen() gives a
 * listener ("tcpListener"), accept() and Toy.connect() give connections
 * ("tcpStream"). Every socket is a uv_tcp_t at the head of a block of its
 * own, so the loop can close and free it at exit like any op's handle.
 *
 * A socket keeps the loop alive only while an op waits on it: a listener
 * is unref'd except while an accept is pending, and a connection is
 * ref'd only while a read waits (writes and connects are libuv requests,
 * which keep the loop alive by themselves). Pending accepts and reads hold
 * no resource reference: closing the rid closes the socket at once, and
 * its close callback rejects what was still waiting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <netdb.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <errno.h>
#include <unistd.h>

#include "ops.h"
#include "net.h"

typedef struct tcp_listener {
    uv_tcp_t tcp;                /* first: the handle is the allocation */
    toy_state *state;
    int accepting;               /* an accept op waits for a connection */
    toy_pending accept;
    int ready;                   /* libuv holds a connection not yet accepted */
} tcp_listener;

typedef struct tcp_conn {
    uv_tcp_t tcp;                /* first: the handle is the allocation */
    toy_state *state;
    int reading;                 /* a read op waits for bytes */
    int started;                 /* libuv watches the socket for reading */
    toy_pending read;
    toy_bytes read_buf;          /* the caller's buffer, kept alive by the bridge */
    size_t writes;               /* write requests libuv has not called back */
    uv_connect_t connect;        /* Toy.connect() only */
    toy_pending connecting;
} tcp_conn;

/* A write or a shutdown in flight: a request of its own, since it may
 * finish (cancelled) after its connection is gone. */
typedef struct net_req {
    union { uv_write_t write; uv_shutdown_t shutdown; } req;
    toy_pending pending;
    size_t len;
} net_req;

/* A result known at once, settled from the next loop turn. */
typedef struct net_defer {
    uv_timer_t timer;            /* first: the handle is the allocation */
    toy_pending pending;
    toy_call done;
} net_defer;

static void free_handle(uv_handle_t *h) {
    free(h);
}

/* "127.0.0.1" and the port of a socket address. */
static int addr_name(const struct sockaddr_storage *ss, char *host, size_t len, int *port) {
    if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
        *port = ntohs(a->sin6_port);
        return uv_ip6_name(a, host, len);
    }
    const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
    *port = ntohs(a->sin_port);
    return uv_ip4_name(a, host, len);
}

/* {"hostname":"127.0.0.1","port":8000} of one end of a socket. */
static void addr_json(uv_tcp_t *tcp, int peer, char *out, size_t len) {
    struct sockaddr_storage ss;
    int n = sizeof ss, port = 0;
    char host[64] = "";
    memset(&ss, 0, sizeof ss);
    int rc = peer ? uv_tcp_getpeername(tcp, (struct sockaddr *)&ss, &n)
                  : uv_tcp_getsockname(tcp, (struct sockaddr *)&ss, &n);
    if (rc == 0) addr_name(&ss, host, sizeof host, &port);
    snprintf(out, len, "{\"transport\":\"tcp\",\"hostname\":\"%s\",\"port\":%d}", host, port);
}

/* Resolves hostname:port (numeric addresses at once, names through the
 * system resolver). 0, or a libuv error. */
static int resolve(const char *hostname, int port, struct sockaddr_storage *out) {
    if (strcasecmp(hostname, "localhost") == 0) hostname = "127.0.0.1";
    memset(out, 0, sizeof *out);
    if (uv_ip4_addr(hostname, port, (struct sockaddr_in *)out) == 0) return 0;
    if (uv_ip6_addr(hostname, port, (struct sockaddr_in6 *)out) == 0) return 0;
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    int rc = getaddrinfo(hostname, NULL, &hints, &res);
    if (rc != 0) return UV_EAI_NONAME;
    memcpy(out, res->ai_addr, res->ai_addrlen);
    if (out->ss_family == AF_INET6) ((struct sockaddr_in6 *)out)->sin6_port = htons((uint16_t)port);
    else ((struct sockaddr_in *)out)->sin_port = htons((uint16_t)port);
    freeaddrinfo(res);
    return 0;
}

/* 0.0.0.0, ::, or ::ffff:0.0.0.0: "any address". 4 or 6 for which
 * family a listener there takes (:: takes IPv4 too), else 0. */
static int unspecified(const struct sockaddr_storage *ss) {
    if (ss->ss_family == AF_INET)
        return ((const struct sockaddr_in *)ss)->sin_addr.s_addr == htonl(INADDR_ANY) ? 4 : 0;
    const struct in6_addr *a = &((const struct sockaddr_in6 *)ss)->sin6_addr;
    if (IN6_IS_ADDR_UNSPECIFIED(a)) return 6;
    return IN6_IS_ADDR_V4MAPPED(a) && a->s6_addr32[3] == 0 ? 4 : 0;
}

/* A connection to "any address" reaches this machine's loopback (the
 * kernel picks it); aim it there, so the address checked is the one
 * the socket uses. */
static void aim_at_loopback(struct sockaddr_storage *ss) {
    if (!unspecified(ss)) return;
    if (ss->ss_family == AF_INET) {
        ((struct sockaddr_in *)ss)->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return;
    }
    struct in6_addr *a = &((struct sockaddr_in6 *)ss)->sin6_addr;
    if (IN6_IS_ADDR_UNSPECIFIED(a)) *a = in6addr_loopback;
    else a->s6_addr32[3] = htonl(INADDR_LOOPBACK);
}

/* "127.0.0.1:80" or "[::1]:80": an address as permission rules write it. */
static void addr_desc(const struct sockaddr_storage *ss, char *out, size_t len) {
    char ip[64] = "";
    int port = 0;
    addr_name(ss, ip, sizeof ip, &port);
    snprintf(out, len, ss->ss_family == AF_INET6 ? "[%s]:%d" : "%s:%d", ip, port);
}

/* This machine's addresses, canonical, for a wildcard listener's check.
 * Returns how many were written to out (each malloc'd). */
static size_t local_addrs(const toy_permissions *p, char **out, size_t max) {
    uv_interface_address_t *ifs;
    int count = 0;
    size_t n = 0;
    if (uv_interface_addresses(&ifs, &count) != 0) return 0;
    for (int i = 0; i < count && n < max; i++) {
        /* Copied out: libuv's address is a union of sockaddr_in and
         * sockaddr_in6, aligned as they are, less than a
         * sockaddr_storage must be (reading it as one is undefined). */
        struct sockaddr_storage ss;
        memset(&ss, 0, sizeof ss);
        memcpy(&ss, &ifs[i].address, sizeof ifs[i].address);
        char desc[80];
        addr_desc(&ss, desc, sizeof desc);
        *strrchr(desc, ':') = '\0';           /* the port: none */
        if ((out[n] = toy_perm_canonical(p, TOY_PERM_NET, desc)) != NULL) n++;
    }
    uv_free_interface_addresses(ifs, count);
    return n;
}

/* The second check, on the address the socket will use: whatever name
 * or spelling led to it, a denied address stays denied. A wildcard
 * listener is also refused when any local address is denied. */
static int check_address(toy_call *c, const struct sockaddr_storage *ss, int listening) {
    char desc[80];
    addr_desc(ss, desc, sizeof desc);
    char *canonical = toy_perm_canonical(&c->state->perms, TOY_PERM_NET, desc);
    int denied = canonical == NULL ||
                 toy_perm_decide(&c->state->perms, TOY_PERM_NET, canonical) == TOY_PERM_DENIED;
    free(canonical);
    int family = listening && !denied ? unspecified(ss) : 0;
    if (family != 0) {
        char *locals[64];
        size_t n = local_addrs(&c->state->perms, locals, 64);
        char ip[64];
        int port = 0;
        addr_name(ss, ip, sizeof ip, &port);
        denied = toy_perm_net_wildcard_denied(&c->state->perms, port, family == 6,
                                              (const char *const *)locals, n);
        while (n > 0) free(locals[--n]);
    }
    if (!denied) return 0;
    toy_call_fail(c, "PermissionDenied",
                  "Requires net access to \"%s\", run again with the --allow-net flag", desc);
    return -1;
}

/* The op's host and port, checked against --allow-net twice: as the
 * program wrote the host, then as the address it resolves to. A connect
 * to "any address" is aimed at the loopback it would reach. */
static int net_target(toy_call *c, struct sockaddr_storage *ss, int listening) {
    const char *given = c->args[0].str.data;
    uint32_t port = c->args[1].u32;
    if (port > 65535) {
        toy_call_fail(c, "TypeError", "Invalid port: %u", port);
        return -1;
    }
    char host[256];
    size_t n = strlen(given);
    if (n != c->args[0].str.len || n >= sizeof host) {
        toy_call_fail(c, "TypeError", "Invalid hostname: '%.100s'", given);
        return -1;
    }
    int bracketed = n >= 2 && given[0] == '[' && given[n - 1] == ']';
    snprintf(host, sizeof host, "%.*s", (int)(bracketed ? n - 2 : n), given + bracketed);
    /* IPv6 in brackets, as rules write it: "[::1]:80", not "::1:80". */
    char desc[300];
    int v6 = strchr(host, ':') != NULL;
    snprintf(desc, sizeof desc, v6 ? "[%s]:%u" : "%s:%u", host, port);
    if (toy_call_check(c, TOY_PERM_NET, desc) != 0) return -1;
    int rc = resolve(host, (int)port, ss);
    if (rc != 0) {
        toy_call_fail(c, "Error", "failed to lookup address information: %s", host);
        return -1;
    }
    if (!listening) aim_at_loopback(ss);
    return check_address(c, ss, listening);
}

static void defer_fire(uv_timer_t *t) {
    net_defer *d = t->data;
    toy_pending_done(&d->pending, &d->done);
    uv_close((uv_handle_t *)t, free_handle);
}

/* Settles c's promise with done from a later loop turn. */
static void defer_complete(toy_call *c, toy_call *done) {
    net_defer *d = toy_call_alloc(c, sizeof *d);
    if (d == NULL) {
        free(done->ret.str.data);
        return;
    }
    toy_pending_init(&d->pending, c);
    d->done = *done;
    uv_timer_init(&c->state->loop->uv, &d->timer);
    d->timer.data = d;
    uv_timer_start(&d->timer, defer_fire, 0, 0);
}

/* A connection's rid closed: the socket goes, a pending read with it. */
static void conn_closed(uv_handle_t *h) {
    tcp_conn *conn = (tcp_conn *)h;
    if (conn->reading) {
        conn->reading = 0;
        toy_pending_fail(&conn->read, "Interrupted", "operation canceled");
    }
    free(conn);
}

static void conn_close(void *data) {
    tcp_conn *conn = data;
    if (!uv_is_closing((uv_handle_t *)&conn->tcp))
        uv_close((uv_handle_t *)&conn->tcp, conn_closed);
}

/* Registers a connected socket as a tcpStream and describes it in done:
 * {"rid":4,"localAddr":{...},"remoteAddr":{...}}. */
static void conn_register(tcp_conn *conn, toy_call *done) {
    char local[128], remote[128];
    addr_json(&conn->tcp, 0, local, sizeof local);
    addr_json(&conn->tcp, 1, remote, sizeof remote);
    int64_t rid = toy_resources_add(&conn->state->resources, "tcpStream", conn, conn_close);
    if (rid < 0) {
        toy_call_fail(done, "RangeError", "out of memory");
        return;
    }
    char *json = malloc(320);
    if (json == NULL) {
        toy_resources_close(&conn->state->resources, (uint32_t)rid);
        toy_call_fail(done, "RangeError", "out of memory");
        return;
    }
    snprintf(json, 320, "{\"rid\":%lld,\"localAddr\":%s,\"remoteAddr\":%s}",
             (long long)rid, local, remote);
    done->ret.str.data = json;
    done->ret.str.len = strlen(json);
}

/* Accepts the connection libuv holds into a new tcpStream. */
static void do_accept(tcp_listener *l, toy_call *done) {
    tcp_conn *conn = calloc(1, sizeof *conn);
    if (conn == NULL) {
        toy_call_fail(done, "RangeError", "out of memory");
        return;
    }
    conn->state = l->state;
    uv_tcp_init(&l->state->loop->uv, &conn->tcp);
    int rc = uv_accept((uv_stream_t *)&l->tcp, (uv_stream_t *)&conn->tcp);
    l->ready = 0;
    if (rc != 0) {
        uv_close((uv_handle_t *)&conn->tcp, free_handle);
        toy_call_fail_errno(done, rc, "accept", NULL);
        return;
    }
    /* No Nagle: a small answer goes out at once, not when the last one is
     * acknowledged (Deno's and Node's sockets do the same). */
    uv_tcp_nodelay(&conn->tcp, 1);
    conn_register(conn, done);
}

static void on_connection(uv_stream_t *server, int status) {
    tcp_listener *l = (tcp_listener *)server;
    if (!l->accepting) {                 /* keep it for the next accept() */
        if (status == 0) l->ready = 1;
        return;
    }
    toy_call done = { 0 };
    if (status < 0) toy_call_fail_errno(&done, status, "accept", NULL);
    else do_accept(l, &done);
    l->accepting = 0;
    uv_unref((uv_handle_t *)&l->tcp);
    toy_pending_done(&l->accept, &done);
}

/* A listener's rid closed: an accept still waiting is rejected. */
static void listener_closed(uv_handle_t *h) {
    tcp_listener *l = (tcp_listener *)h;
    if (l->accepting) {
        l->accepting = 0;
        toy_pending_fail(&l->accept, "BadResource", "Listener has been closed");
    }
    free(l);
}

static void listener_close(void *data) {
    tcp_listener *l = data;
    if (!uv_is_closing((uv_handle_t *)&l->tcp))
        uv_close((uv_handle_t *)&l->tcp, listener_closed);
}

/* SO_REUSEPORT lets several sockets listen on one address and port, and
 * the kernel spreads the connections over them: a server on every core,
 * each thread accepting on a socket of its own. The option must be set
 * before bind(), and libuv 1.44 has no flag for it, so the socket is made
 * here and handed to libuv, which then binds it as any other. Returns 0
 * or a libuv error. */
static int reuse_port(uv_tcp_t *tcp, int family) {
    int fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return uv_translate_sys_error(errno);
    int on = 1;
    int rc = 0;
    /* SO_REUSEADDR as libuv sets it on every listener it makes. */
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0 ||
        setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0)
        rc = uv_translate_sys_error(errno);
    if (rc == 0) rc = uv_tcp_open(tcp, fd);    /* makes it non-blocking too */
    if (rc != 0) close(fd);
    return rc;
}

/* op_net_listen(hostname, port) -> {"rid":3,"hostname":"0.0.0.0","port":4500} */
static void op_net_listen(toy_call *c) {
    struct sockaddr_storage ss;
    if (net_target(c, &ss, 1) != 0) return;
    tcp_listener *l = calloc(1, sizeof *l);
    if (l == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    l->state = c->state;
    uv_tcp_init(&c->state->loop->uv, &l->tcp);
    int rc = c->args[2].b ? reuse_port(&l->tcp, ss.ss_family) : 0;
    if (rc == 0) rc = uv_tcp_bind(&l->tcp, (const struct sockaddr *)&ss, 0);
    if (rc == 0) rc = uv_listen((uv_stream_t *)&l->tcp, 128, on_connection);
    if (rc != 0) {
        uv_close((uv_handle_t *)&l->tcp, free_handle);
        toy_call_fail_errno(c, rc, "listen", NULL);
        return;
    }
    uv_unref((uv_handle_t *)&l->tcp);    /* only a pending accept keeps the loop */
    char addr[128];
    addr_json(&l->tcp, 0, addr, sizeof addr);
    int64_t rid = toy_resources_add(&c->state->resources, "tcpListener", l, listener_close);
    char *json = malloc(200);
    if (rid < 0 || json == NULL) {
        if (rid >= 0) toy_resources_close(&c->state->resources, (uint32_t)rid);
        free(json);
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    snprintf(json, 200, "{\"rid\":%lld,\"addr\":%s}", (long long)rid, addr);
    c->ret.str.data = json;
    c->ret.str.len = strlen(json);
}

/* op_net_accept(rid) -> the new connection, as conn_register describes it */
static void op_net_accept(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[0].u32, "tcpListener");
    if (r == NULL) return;
    tcp_listener *l = r->data;
    if (l->accepting) {
        toy_call_fail(c, "Error", "Another accept task is ongoing");
        return;
    }
    if (l->ready) {                      /* a connection is already waiting */
        toy_call done = { 0 };
        do_accept(l, &done);
        if (done.err_class != NULL) {
            toy_call_fail(c, done.err_class, "%s", done.err_msg);
            return;
        }
        defer_complete(c, &done);
        return;
    }
    l->accepting = 1;
    toy_pending_init(&l->accept, c);
    uv_ref((uv_handle_t *)&l->tcp);
}

static void on_connect(uv_connect_t *req, int status) {
    tcp_conn *conn = req->data;
    toy_call done = { 0 };
    if (status < 0) {
        toy_call_fail_errno(&done, status, "connect", NULL);
        if (!uv_is_closing((uv_handle_t *)&conn->tcp))
            uv_close((uv_handle_t *)&conn->tcp, free_handle);
    } else {
        conn_register(conn, &done);
    }
    toy_pending_done(&conn->connecting, &done);
}

/* op_net_connect(hostname, port) -> the connection, as conn_register describes it */
static void op_net_connect(toy_call *c) {
    struct sockaddr_storage ss;
    if (net_target(c, &ss, 0) != 0) return;
    tcp_conn *conn = calloc(1, sizeof *conn);
    if (conn == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    conn->state = c->state;
    toy_pending_init(&conn->connecting, c);
    conn->connect.data = conn;
    uv_tcp_init(&c->state->loop->uv, &conn->tcp);
    int rc = uv_tcp_connect(&conn->connect, &conn->tcp, (const struct sockaddr *)&ss, on_connect);
    if (rc != 0) {
        uv_close((uv_handle_t *)&conn->tcp, free_handle);
        toy_call_fail_errno(c, rc, "connect", NULL);
    }
}

static tcp_conn *conn_of(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[0].u32, "tcpStream");
    return r ? r->data : NULL;
}

/* Between two reads the socket stays registered with epoll, so that a
 * connection read again and again (a server's) does not pay two epoll_ctl
 * calls per read. Bytes that arrive while no read waits get no buffer:
 * libuv then calls on_read with UV_ENOBUFS, and only then does reading
 * stop. While no read waits, the handle is unref'd: an idle connection
 * does not keep the process alive. */
static void read_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    tcp_conn *conn = (tcp_conn *)h;
    (void)suggested;
    *buf = conn->reading ? uv_buf_init((char *)conn->read_buf.data, (unsigned)conn->read_buf.len)
                         : uv_buf_init(NULL, 0);
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
    tcp_conn *conn = (tcp_conn *)s;
    (void)buf;
    if (!conn->reading) {                       /* bytes nobody asked for yet */
        uv_read_stop(s);
        conn->started = 0;
        return;
    }
    if (nread == 0) return;                     /* nothing yet: keep waiting */
    conn->reading = 0;
    uv_unref((uv_handle_t *)s);
    if (nread < 0) {                            /* the end, or an error: libuv stops */
        uv_read_stop(s);
        conn->started = 0;
    }
    toy_call done = { 0 };
    if (nread > 0) done.ret.i32 = (int32_t)nread;
    else if (nread != UV_EOF) toy_call_fail_errno(&done, (int)nread, "read", NULL);
    toy_pending_done(&conn->read, &done);
}

/* op_net_read(rid, buffer) -> bytes read, 0 at the end of the stream */
static void op_net_read(toy_call *c) {
    tcp_conn *conn = conn_of(c);
    if (conn == NULL) return;
    if (conn->reading) {
        toy_call_fail(c, "Error", "Another read is ongoing");
        return;
    }
    conn->read_buf = c->args[1].bytes;
    if (!conn->started) {
        int rc = uv_read_start((uv_stream_t *)&conn->tcp, read_alloc, on_read);
        if (rc != 0) {
            toy_call_fail_errno(c, rc, "read", NULL);
            return;
        }
        conn->started = 1;
    }
    uv_ref((uv_handle_t *)&conn->tcp);
    conn->reading = 1;
    toy_pending_init(&conn->read, c);
}

static void on_write(uv_write_t *w, int status) {
    net_req *r = (net_req *)w;
    ((tcp_conn *)w->handle)->writes--;   /* called back before any close callback */
    toy_call done = { 0 };
    if (status == UV_ECANCELED) toy_call_fail(&done, "BadResource", "Bad resource ID");
    else if (status < 0) toy_call_fail_errno(&done, status, "write", NULL);
    else done.ret.i32 = (int32_t)r->len;
    toy_pending_done(&r->pending, &done);
    free(r);
}

/* op_net_write(rid, buffer) -> bytes written: all of them
 *
 * An empty write settles once every write before it is out. With none
 * waiting for libuv, that is now: no request, no system call. */
static void op_net_write(toy_call *c) {
    tcp_conn *conn = conn_of(c);
    if (conn == NULL) return;
    if (c->args[1].bytes.len == 0 && conn->writes == 0) {
        c->ret.i32 = 0;
        c->ready = 1;
        return;
    }
    net_req *r = toy_call_alloc(c, sizeof *r);
    if (r == NULL) return;
    toy_pending_init(&r->pending, c);
    r->len = c->args[1].bytes.len;
    uv_buf_t buf = uv_buf_init((char *)c->args[1].bytes.data, (unsigned)r->len);
    int rc = uv_write(&r->req.write, (uv_stream_t *)&conn->tcp, &buf, 1, on_write);
    if (rc != 0) {
        free(r);
        toy_call_fail_errno(c, rc, "write", NULL);
        return;
    }
    conn->writes++;
}

/* What op_net_send could not write at once: a copy, queued behind the
 * socket's earlier writes. Nobody waits on it; a failure shows in the
 * connection's next read or write. */
typedef struct net_queued {
    uv_write_t write;
    uint8_t data[];
} net_queued;

static void on_queued_write(uv_write_t *w, int status) {
    (void)status;
    ((tcp_conn *)w->handle)->writes--;
    free(w);
}

/* op_net_send(rid, text, bytes) -> bytes libuv still holds for the socket
 *
 * Writes text (as UTF-8) and then bytes, as one writev, without a promise:
 * a server's small answers go out in the call itself (uv_try_write), and
 * cost no request, no callback and no promise to settle. What the socket
 * does not take at once is copied and queued (uv_write keeps the order of
 * writes). The result lets the caller wait (with op_net_write, queued
 * behind it) when too much piles up. */
static void op_net_send(toy_call *c) {
    tcp_conn *conn = conn_of(c);
    if (conn == NULL) return;
    uv_buf_t bufs[2] = {
        uv_buf_init(c->args[1].str.data, (unsigned)c->args[1].str.len),
        uv_buf_init((char *)c->args[2].bytes.data, (unsigned)c->args[2].bytes.len),
    };
    size_t total = bufs[0].len + bufs[1].len, done = 0;
    if (uv_stream_get_write_queue_size((uv_stream_t *)&conn->tcp) == 0) {
        int rc = uv_try_write((uv_stream_t *)&conn->tcp, bufs, 2);
        if (rc < 0 && rc != UV_EAGAIN) {
            toy_call_fail_errno(c, rc, "write", NULL);
            return;
        }
        if (rc > 0) done = (size_t)rc;
    }
    if (done < total) {
        net_queued *q = malloc(sizeof *q + (total - done));
        if (q == NULL) {
            toy_call_fail(c, "RangeError", "out of memory");
            return;
        }
        size_t n = 0;
        for (int i = 0; i < 2; i++) {          /* the unwritten tail of both */
            size_t skip = done > bufs[i].len ? bufs[i].len : done;
            if (bufs[i].len > skip) memcpy(q->data + n, bufs[i].base + skip, bufs[i].len - skip);
            n += bufs[i].len - skip;
            done -= skip;
        }
        uv_buf_t rest = uv_buf_init((char *)q->data, (unsigned)n);
        int rc = uv_write(&q->write, (uv_stream_t *)&conn->tcp, &rest, 1, on_queued_write);
        if (rc != 0) {
            free(q);
            toy_call_fail_errno(c, rc, "write", NULL);
            return;
        }
        conn->writes++;
    }
    c->ret.f64 = (double)uv_stream_get_write_queue_size((uv_stream_t *)&conn->tcp);
}

static void on_shutdown(uv_shutdown_t *s, int status) {
    net_req *r = (net_req *)s;
    toy_call done = { 0 };
    if (status == UV_ECANCELED) toy_call_fail(&done, "BadResource", "Bad resource ID");
    else if (status < 0) toy_call_fail_errno(&done, status, "shutdown", NULL);
    toy_pending_done(&r->pending, &done);
    free(r);
}

int toy_net_shutdown(uv_stream_t *stream, const toy_pending *p) {
    net_req *r = malloc(sizeof *r);
    if (r == NULL) return UV_ENOMEM;
    r->pending = *p;
    int rc = uv_shutdown(&r->req.shutdown, stream, on_shutdown);
    if (rc != 0) free(r);
    return rc;
}

/* op_net_shutdown(rid): closes the writing half (the peer reads EOF) */
static void op_net_shutdown(toy_call *c) {
    tcp_conn *conn = conn_of(c);
    if (conn == NULL) return;
    toy_pending p;
    toy_pending_init(&p, c);
    int rc = toy_net_shutdown((uv_stream_t *)&conn->tcp, &p);
    if (rc != 0) toy_call_fail_errno(c, rc, "shutdown", NULL);
}

uv_tcp_t *toy_net_detach(toy_call *c, uint32_t rid) {
    toy_resource *r = toy_call_resource(c, rid, "tcpStream");
    if (r == NULL) return NULL;
    tcp_conn *conn = r->data;
    if (conn->reading) {
        toy_call_fail(c, "Error", "Another read is ongoing");
        return NULL;
    }
    /* A finished read left libuv reading for this extension's callbacks
     * (see read_alloc): stop, so the new owner can start its own. */
    if (conn->started) {
        uv_read_stop((uv_stream_t *)&conn->tcp);
        conn->started = 0;
    }
    r->close = NULL;                     /* leave the rid, keep the socket */
    toy_resources_close(&c->state->resources, rid);
    return &conn->tcp;
}

/* Writing to a socket whose peer has gone raises SIGPIPE, which ends the
 * process by default. A server must outlive its clients: ignored, the
 * signal becomes an EPIPE error from the write, which the caller sees. */
static int net_init(toy_state *s) {
    (void)s;
    signal(SIGPIPE, SIG_IGN);
    return 0;
}

static const toy_op net_ops[] = {
    /* op_net_listen(hostname, port, reusePort) */
    { .name = "op_net_listen", .fn = op_net_listen, .ret = TOY_JSON,
      TOY_ARGS(TOY_STR, TOY_U32, TOY_BOOL) },
    { .name = "op_net_accept", .async = 1, .fn = op_net_accept, .ret = TOY_JSON,
      TOY_ARGS(TOY_RID) },
    { .name = "op_net_connect", .async = 1, .fn = op_net_connect, .ret = TOY_JSON,
      TOY_ARGS(TOY_STR, TOY_U32) },
    { .name = "op_net_read", .async = 1, .fn = op_net_read, .ret = TOY_I32,
      TOY_ARGS(TOY_RID, TOY_BYTES) },
    { .name = "op_net_write", .async = 1, .fn = op_net_write, .ret = TOY_I32,
      TOY_ARGS(TOY_RID, TOY_BYTES) },
    { .name = "op_net_shutdown", .async = 1, .fn = op_net_shutdown, .ret = TOY_VOID,
      TOY_ARGS(TOY_RID) },
    { .name = "op_net_send", .fn = op_net_send, .ret = TOY_F64,
      TOY_ARGS(TOY_RID, TOY_STR, TOY_BYTES) },
};

static const char *const net_deps[] = { "resources", NULL };
static const char *const net_js[] = { "js/11_net.js", NULL };

const toy_extension toy_ext_net = {
    .name = "net", .deps = net_deps, .ops = net_ops, .nops = TOY_COUNT(net_ops), .js = net_js,
    .init = net_init,
};
