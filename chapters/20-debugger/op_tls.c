/* op_tls.c: the "tls" extension: TLS over the net extension's TCP
 * connections, with OpenSSL. Toy.connectTls() connects over TCP and then
 * starts TLS on the socket (op_tls_start); Toy.listenTls() is a TCP
 * listener plus a server context ("tlsServerContext"), and each accepted
 * socket becomes a TLS connection (op_tls_accept). A connection is a
 * "tlsStream" resource.
 *
 * OpenSSL never touches the socket. It reads ciphertext from one memory
 * BIO and writes ciphertext into another; libuv moves the bytes: what
 * uv_read brings is appended to the read BIO, and whatever OpenSSL left in
 * the write BIO is drained into a uv_write. So TLS runs on the event loop
 * like everything else and never blocks.
 *
 * Ops only record what they want (a read, a write, the handshake) and
 * schedule pump(), which runs from the loop: it advances the handshake,
 * carries out queued writes, fills a pending read, and settles what it
 * can. The socket is read while the handshake is under way or a read
 * waits; it keeps the loop alive only while an op waits on it. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "net.h"
#include "ops.h"

/* A write or a closeWrite that waits for the handshake. */
typedef struct tls_pending {
    struct tls_pending *next;
    int shutdown;                /* closeWrite rather than write */
    const uint8_t *data;         /* the caller's bytes, kept alive by the bridge */
    size_t len;
    toy_pending pending;
} tls_pending;

typedef struct tls_conn {
    uv_timer_t kick;             /* first: runs pump() from the loop */
    toy_state *state;
    uv_tcp_t *tcp;               /* from toy_net_detach: ours to close and free */
    SSL *ssl;
    BIO *rbio, *wbio;            /* ciphertext in, ciphertext out */
    int handles;                 /* of kick and tcp, not yet closed */
    int closing;                 /* the rid is closed */
    int hs_done;                 /* the handshake has succeeded */
    const char *err_class;       /* the handshake or the socket failed: why */
    char err_msg[256];
    int eof;                     /* the peer closed its side of the socket */
    int socket_reading;          /* uv_read_start is on */
    int hs_waiting;              /* a handshake op waits */
    toy_pending handshake;
    int reading;                 /* a read op waits */
    toy_pending read;
    toy_bytes read_buf;
    tls_pending *queue, **queue_tail;
    char in[65536];              /* uv_read's buffer */
} tls_conn;

/* Ciphertext on its way out: a uv_write and the bytes it sends. If
 * settles is set, the write settles pending when it is done. */
typedef struct tls_out {
    uv_write_t req;
    int settles;
    toy_pending pending;
    int32_t result;              /* what the op gets: the plaintext length */
    char data[];
} tls_out;

static void settle_ok(const toy_pending *p, int32_t value) {
    toy_call done = { 0 };
    done.ret.i32 = value;
    toy_pending_done(p, &done);
}

/* Takes the first queued write off the queue. */
static tls_pending *pop_pending(tls_conn *t) {
    tls_pending *p = t->queue;
    t->queue = p->next;
    if (t->queue == NULL) t->queue_tail = &t->queue;
    return p;
}

/* Rejects every op waiting on t with cls: msg. Settling runs JS, which
 * may add ops meanwhile: they are rejected too. */
static void fail_waiting(tls_conn *t, const char *cls, const char *msg) {
    if (t->hs_waiting) {
        t->hs_waiting = 0;
        toy_pending_fail(&t->handshake, cls, "%s", msg);
    }
    if (t->reading) {
        t->reading = 0;
        toy_pending_fail(&t->read, cls, "%s", msg);
    }
    while (t->queue != NULL) {
        tls_pending *p = pop_pending(t);
        toy_pending_fail(&p->pending, cls, "%s", msg);
        free(p);
    }
}

/* Records why the connection can go no further; pump() rejects with it. */
static void set_error(tls_conn *t, const char *cls, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_error(tls_conn *t, const char *cls, const char *fmt, ...) {
    if (t->err_class != NULL) return;    /* the first reason stays */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->err_msg, sizeof t->err_msg, fmt, ap);
    va_end(ap);
    t->err_class = cls;
}

/* OpenSSL's reason for the last failure, "tlsv1 alert unknown ca", or
 * NULL. Empties OpenSSL's error queue. */
static const char *ssl_reason(void) {
    unsigned long e = ERR_peek_last_error();
    const char *r = e ? ERR_reason_error_string(e) : NULL;
    ERR_clear_error();
    return r;
}

static void on_written(uv_write_t *w, int status) {
    tls_out *o = (tls_out *)w;
    if (o->settles) {
        toy_call done = { 0 };
        if (status == UV_ECANCELED) toy_call_fail(&done, "BadResource", "Bad resource ID");
        else if (status < 0) toy_call_fail_errno(&done, status, "write", NULL);
        else done.ret.i32 = o->result;
        toy_pending_done(&o->pending, &done);
    }
    free(o);
}

/* Sends what OpenSSL has written into the write BIO; the uv_write settles
 * p (if not NULL) with result. 0, or a libuv error (p then unsettled). */
static int flush(tls_conn *t, const toy_pending *p, int32_t result) {
    size_t len = BIO_ctrl_pending(t->wbio);
    if (len == 0 && p == NULL) return 0;
    tls_out *o = malloc(sizeof *o + len);
    if (o == NULL) return UV_ENOMEM;
    o->settles = p != NULL;
    if (p != NULL) o->pending = *p;
    o->result = result;
    if (len > 0 && BIO_read(t->wbio, o->data, (int)len) != (int)len) {
        free(o);
        return UV_EIO;
    }
    uv_buf_t buf = uv_buf_init(o->data, (unsigned)len);
    int rc = uv_write(&o->req, (uv_stream_t *)t->tcp, &buf, 1, on_written);
    if (rc != 0) free(o);
    return rc;
}

/* Encrypts one queued write (or sends close_notify and shuts the socket's
 * writing half for a closeWrite) and settles it when the bytes are out. */
static void run_pending(tls_conn *t, tls_pending *p) {
    toy_call done = { 0 };
    ERR_clear_error();
    if (p->shutdown) {
        SSL_shutdown(t->ssl);            /* queues close_notify */
        ERR_clear_error();
        int rc = flush(t, NULL, 0);
        /* then the TCP half-close, as op_net_shutdown does it */
        if (rc == 0) rc = toy_net_shutdown((uv_stream_t *)t->tcp, &p->pending);
        if (rc == 0) return;
        toy_call_fail_errno(&done, rc, "shutdown", NULL);
        toy_pending_done(&p->pending, &done);
        return;
    }
    size_t len = p->len > INT_MAX ? INT_MAX : p->len;
    int n = SSL_write(t->ssl, p->data, (int)len);
    if (n <= 0) {
        const char *why = ssl_reason();
        if (SSL_get_shutdown(t->ssl) & SSL_SENT_SHUTDOWN)
            toy_pending_fail(&p->pending, "BrokenPipe", "Broken pipe: the connection was closed for writing");
        else toy_pending_fail(&p->pending, "InvalidData", "tls write failed: %s", why ? why : "unknown error");
        return;
    }
    int rc = flush(t, &p->pending, n);
    if (rc != 0) {
        toy_call_fail_errno(&done, rc, "write", NULL);
        toy_pending_done(&p->pending, &done);
    }
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    tls_conn *t = h->data;
    (void)suggested;
    buf->base = t->in;
    buf->len = sizeof t->in;
}

static void pump(tls_conn *t);

static void on_socket_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
    tls_conn *t = s->data;
    if (nread == 0) return;
    if (nread > 0) {
        if (BIO_write(t->rbio, buf->base, (int)nread) != (int)nread)
            set_error(t, "RangeError", "out of memory");
    } else if (nread == UV_EOF) {
        t->eof = 1;
        BIO_set_mem_eof_return(t->rbio, 0);   /* OpenSSL now sees the end */
    } else {
        toy_call e;
        memset(&e, 0, sizeof e);
        toy_call_fail_errno(&e, (int)nread, "read", NULL);
        set_error(t, e.err_class, "%s", e.err_msg);
    }
    pump(t);
}

/* Why a handshake failed, from the verify result or OpenSSL's errors. */
static void handshake_failed(tls_conn *t) {
    long v = SSL_get_verify_result(t->ssl);
    const char *why = ssl_reason();
    if (!SSL_is_server(t->ssl) && v != X509_V_OK)
        set_error(t, "InvalidData", "invalid peer certificate: %s",
                  X509_verify_cert_error_string(v));
    else if (why != NULL)
        set_error(t, "InvalidData", "tls handshake failed: %s", why);
    else if (t->eof)
        set_error(t, "InvalidData", "tls handshake eof: the peer closed the connection");
    else
        set_error(t, "InvalidData", "tls handshake failed");
}

/* Moves the connection as far as it can go, settles what is done, and
 * reads the socket only if that can help someone. */
static void pump(tls_conn *t) {
    if (t->closing) return;
    if (!t->hs_done && t->err_class == NULL) {
        ERR_clear_error();
        int r = SSL_do_handshake(t->ssl);
        if (r == 1) {
            t->hs_done = 1;
        } else {
            int e = SSL_get_error(t->ssl, r);
            if (e == SSL_ERROR_WANT_READ && !t->eof) ERR_clear_error();
            else handshake_failed(t);
        }
    }
    int rc = flush(t, NULL, 0);           /* handshake records, alerts */
    if (rc != 0) {
        toy_call e;
        memset(&e, 0, sizeof e);
        toy_call_fail_errno(&e, rc, "write", NULL);
        set_error(t, e.err_class, "%s", e.err_msg);
    }
    if (t->err_class != NULL) {
        fail_waiting(t, t->err_class, t->err_msg);
        if (t->closing) return;
    } else if (t->hs_done) {
        if (t->hs_waiting) {
            t->hs_waiting = 0;
            settle_ok(&t->handshake, 0);
        }
        if (t->closing) return;           /* JS closed it as the promise settled */
        while (t->queue != NULL && !t->closing) {
            tls_pending *p = pop_pending(t);
            run_pending(t, p);
            free(p);
        }
        if (t->reading && !t->closing) {
            ERR_clear_error();
            size_t len = t->read_buf.len > INT_MAX ? INT_MAX : t->read_buf.len;
            int n = SSL_read(t->ssl, t->read_buf.data, (int)len);
            int e = n > 0 ? SSL_ERROR_NONE : SSL_get_error(t->ssl, n);
            if (n > 0 || e == SSL_ERROR_ZERO_RETURN || (e == SSL_ERROR_WANT_READ && t->eof)) {
                t->reading = 0;           /* bytes, or 0 at the end */
                settle_ok(&t->read, n > 0 ? n : 0);
            } else if (e != SSL_ERROR_WANT_READ) {
                const char *why = ssl_reason();
                t->reading = 0;
                toy_pending_fail(&t->read, "InvalidData", "tls read failed: %s",
                                 why ? why : "unknown error");
            }
            ERR_clear_error();
            if (!t->closing) flush(t, NULL, 0);      /* a reply OpenSSL owes */
        }
    }
    if (t->closing) return;
    /* Read the socket while the handshake runs or a read waits; keep the
     * loop alive only for an op that waits. */
    int want = t->err_class == NULL && !t->eof && (!t->hs_done || t->reading);
    if (want && !t->socket_reading) {
        if (uv_read_start((uv_stream_t *)t->tcp, on_alloc, on_socket_read) == 0)
            t->socket_reading = 1;
    } else if (!want && t->socket_reading) {
        uv_read_stop((uv_stream_t *)t->tcp);
        t->socket_reading = 0;
    }
    if (t->hs_waiting || t->reading || t->queue != NULL) uv_ref((uv_handle_t *)t->tcp);
    else uv_unref((uv_handle_t *)t->tcp);
}

static void on_kick(uv_timer_t *timer) {
    pump((tls_conn *)timer);
}

/* Runs pump() on the next loop turn: ops never settle from inside. */
static void schedule(tls_conn *t) {
    if (!uv_is_active((uv_handle_t *)&t->kick)) uv_timer_start(&t->kick, on_kick, 0, 0);
}

/* Both handles are closed: nothing can call back any more. */
static void conn_handle_closed(uv_handle_t *h) {
    tls_conn *t = h->data;
    if (--t->handles > 0) return;
    fail_waiting(t, "Interrupted", "operation canceled");
    SSL_free(t->ssl);                     /* and both BIOs */
    free(t->tcp);
    free(t);
}

/* close(): says goodbye with close_notify, so the peer can tell the end
 * from a cut connection, if the handshake is done and nothing has gone
 * wrong. The alert goes out with uv_try_write, at once or not at all:
 * uv_close would cancel a queued write, and close() waits for nothing. */
static void conn_close(void *data) {
    tls_conn *t = data;
    t->closing = 1;
    if (t->hs_done && t->err_class == NULL && !t->eof &&
        !(SSL_get_shutdown(t->ssl) & SSL_SENT_SHUTDOWN)) {
        char alert[256];
        SSL_shutdown(t->ssl);
        int n = BIO_read(t->wbio, alert, sizeof alert);
        if (n > 0) {
            uv_buf_t buf = uv_buf_init(alert, (unsigned)n);
            uv_try_write((uv_stream_t *)t->tcp, &buf, 1);
        }
        ERR_clear_error();
    }
    uv_close((uv_handle_t *)&t->kick, conn_handle_closed);
    uv_close((uv_handle_t *)t->tcp, conn_handle_closed);
}

/* Wraps the socket of the tcpStream rid in TLS with ctx, as a client or a
 * server, registers it as a tlsStream and starts the handshake. The rid,
 * or -1 with c failed. */
static int64_t conn_start(toy_call *c, uint32_t tcp_rid, SSL_CTX *ctx, int server,
                          const char *hostname) {
    tls_conn *t = calloc(1, sizeof *t);
    SSL *ssl = SSL_new(ctx);
    BIO *rbio = BIO_new(BIO_s_mem()), *wbio = BIO_new(BIO_s_mem());
    if (t == NULL || ssl == NULL || rbio == NULL || wbio == NULL) {
        free(t);
        SSL_free(ssl);
        BIO_free(rbio);
        BIO_free(wbio);
        ERR_clear_error();
        toy_call_fail(c, "RangeError", "out of memory");
        return -1;
    }
    SSL_set_bio(ssl, rbio, wbio);         /* ssl owns them now */
    if (server) {
        SSL_set_accept_state(ssl);
    } else {
        SSL_set_connect_state(ssl);
        /* An address is checked against the certificate's IP names and
         * sent no SNI; a name is both. */
        X509_VERIFY_PARAM *param = SSL_get0_param(ssl);
        int ok;
        if (X509_VERIFY_PARAM_set1_ip_asc(param, hostname) == 1) {
            ok = 1;
        } else {
            ok = SSL_set_tlsext_host_name(ssl, hostname) == 1 && SSL_set1_host(ssl, hostname) == 1;
        }
        if (!ok) {
            SSL_free(ssl);
            free(t);
            ERR_clear_error();
            toy_call_fail(c, "TypeError", "Invalid hostname: '%s'", hostname);
            return -1;
        }
    }
    uv_tcp_t *tcp = toy_net_detach(c, tcp_rid);
    if (tcp == NULL) {
        SSL_free(ssl);
        free(t);
        return -1;
    }
    t->state = c->state;
    t->tcp = tcp;
    t->ssl = ssl;
    t->rbio = rbio;
    t->wbio = wbio;
    t->queue_tail = &t->queue;
    t->handles = 2;
    tcp->data = t;
    uv_timer_init(&c->state->loop->uv, &t->kick);
    t->kick.data = t;
    int64_t rid = toy_resources_add(&c->state->resources, "tlsStream", t, conn_close);
    if (rid < 0) {                        /* t is closed already */
        toy_call_fail(c, "RangeError", "out of memory");
        return -1;
    }
    schedule(t);
    return rid;
}

static tls_conn *conn_of(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[0].u32, "tlsStream");
    return r ? r->data : NULL;
}

/* Adds the certificates of PEM text to store. The number added, or -1
 * for text that holds none or something else. */
static int add_pem_certs(X509_STORE *store, const char *pem, size_t len) {
    BIO *bio = BIO_new_mem_buf(pem, (int)len);
    if (bio == NULL) return -1;
    int n = 0;
    X509 *x;
    while ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
        int ok = X509_STORE_add_cert(store, x);
        X509_free(x);
        if (!ok) break;
        n++;
    }
    unsigned long e = ERR_peek_last_error();
    int at_end = ERR_GET_LIB(e) == ERR_LIB_PEM && ERR_GET_REASON(e) == PEM_R_NO_START_LINE;
    BIO_free(bio);
    ERR_clear_error();
    return n > 0 && (e == 0 || at_end) ? n : -1;
}

/* A client context: the system's trust store, $TOYJS_CERT, caCerts. */
static SSL_CTX *client_ctx(toy_call *c, const toy_str *ca_certs) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == NULL) {
        ERR_clear_error();
        toy_call_fail(c, "RangeError", "out of memory");
        return NULL;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    SSL_CTX_set_default_verify_paths(ctx);
    const char *extra = getenv("TOYJS_CERT");
    if (extra != NULL && *extra != '\0' && SSL_CTX_load_verify_file(ctx, extra) != 1) {
        ERR_clear_error();
        SSL_CTX_free(ctx);
        toy_call_fail(c, "InvalidData", "Unable to add pem file to certificate store: TOYJS_CERT '%s'", extra);
        return NULL;
    }
    if (ca_certs->len > 0 &&
        add_pem_certs(SSL_CTX_get_cert_store(ctx), ca_certs->data, ca_certs->len) < 0) {
        SSL_CTX_free(ctx);
        toy_call_fail(c, "InvalidData", "Unable to add pem file to certificate store: caCerts");
        return NULL;
    }
    ERR_clear_error();
    return ctx;
}

/* Loading the system's trust store takes about 20 ms, too long to spend
 * on every connection with the loop waiting: connections without caCerts
 * share one context, made at the first of them (so TOYJS_CERT is read
 * then, not when a snapshot was built) and freed with the runtime. Like
 * the fast-call counters, it assumes one runtime per process. */
static SSL_CTX *shared_client_ctx;

static void tls_cleanup(toy_state *s) {
    (void)s;
    SSL_CTX_free(shared_client_ctx);
    shared_client_ctx = NULL;
}

/* op_tls_start(tcpRid, hostname, caCerts) -> the tlsStream's rid. The
 * socket leaves tcpRid; the handshake starts (op_tls_handshake waits). */
static void op_tls_start(toy_call *c) {
    const toy_str *ca_certs = &c->args[2].str;
    SSL_CTX *ctx = ca_certs->len == 0 ? shared_client_ctx : NULL;
    if (ctx != NULL) {
        SSL_CTX_up_ref(ctx);
    } else {
        ctx = client_ctx(c, ca_certs);
        if (ctx == NULL) return;
        if (ca_certs->len == 0) {
            shared_client_ctx = ctx;
            SSL_CTX_up_ref(ctx);
        }
    }
    int64_t rid = conn_start(c, c->args[0].u32, ctx, 0, c->args[1].str.data);
    SSL_CTX_free(ctx);                    /* the SSL holds its own reference */
    if (rid >= 0) c->ret.i32 = (int32_t)rid;
}

static void server_ctx_close(void *data) {
    SSL_CTX_free(data);
}

/* op_tls_server_context(certPem, keyPem) -> a tlsServerContext's rid */
static void op_tls_server_context(toy_call *c) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (ctx == NULL) {
        ERR_clear_error();
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
    /* Clients keep no sessions to resume, so TLS 1.3 session tickets
     * would only be bytes a client that closes early never reads. */
    SSL_CTX_set_num_tickets(ctx, 0);
    /* The certificate, then any chain after it. */
    BIO *bio = BIO_new_mem_buf(c->args[0].str.data, (int)c->args[0].str.len);
    X509 *cert = bio ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : NULL;
    int ok = cert != NULL && SSL_CTX_use_certificate(ctx, cert) == 1;
    X509_free(cert);
    X509 *chain;
    while (ok && (chain = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL)
        if (SSL_CTX_add0_chain_cert(ctx, chain) != 1) X509_free(chain);
    BIO_free(bio);
    ERR_clear_error();
    if (!ok) {
        SSL_CTX_free(ctx);
        toy_call_fail(c, "InvalidData", "No certificates found in cert file");
        return;
    }
    bio = BIO_new_mem_buf(c->args[1].str.data, (int)c->args[1].str.len);
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL) : NULL;
    BIO_free(bio);
    if (key == NULL) {
        ERR_clear_error();
        SSL_CTX_free(ctx);
        toy_call_fail(c, "InvalidData", "No keys found in key data");
        return;
    }
    ok = SSL_CTX_use_PrivateKey(ctx, key) == 1 && SSL_CTX_check_private_key(ctx) == 1;
    EVP_PKEY_free(key);
    if (!ok) {
        ERR_clear_error();
        SSL_CTX_free(ctx);
        toy_call_fail(c, "InvalidData", "The private key does not match the certificate");
        return;
    }
    int64_t rid = toy_resources_add(&c->state->resources, "tlsServerContext", ctx, server_ctx_close);
    if (rid < 0) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    c->ret.i32 = (int32_t)rid;
}

/* op_tls_accept(tcpRid, contextRid) -> the tlsStream's rid: the server's
 * side of the handshake starts at once, in the background. */
static void op_tls_accept(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[1].u32, "tlsServerContext");
    if (r == NULL) return;
    int64_t rid = conn_start(c, c->args[0].u32, r->data, 1, NULL);
    if (rid >= 0) c->ret.i32 = (int32_t)rid;
}

/* op_tls_handshake(rid): settles once the handshake is done */
static void op_tls_handshake(toy_call *c) {
    tls_conn *t = conn_of(c);
    if (t == NULL) return;
    if (t->hs_waiting) {
        toy_call_fail(c, "Error", "Another handshake is ongoing");
        return;
    }
    t->hs_waiting = 1;
    toy_pending_init(&t->handshake, c);
    schedule(t);
}

/* op_tls_read(rid, buffer) -> bytes read, 0 at the end of the stream */
static void op_tls_read(toy_call *c) {
    tls_conn *t = conn_of(c);
    if (t == NULL) return;
    if (t->reading) {
        toy_call_fail(c, "Error", "Another read is ongoing");
        return;
    }
    t->reading = 1;
    toy_pending_init(&t->read, c);
    t->read_buf = c->args[1].bytes;
    schedule(t);
}

/* Queues a write or a closeWrite for pump(). */
static void enqueue(toy_call *c, int shutdown) {
    tls_conn *t = conn_of(c);
    if (t == NULL) return;
    tls_pending *p = calloc(1, sizeof *p);
    if (p == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    p->shutdown = shutdown;
    if (!shutdown) {
        p->data = c->args[1].bytes.data;
        p->len = c->args[1].bytes.len;
    }
    toy_pending_init(&p->pending, c);
    *t->queue_tail = p;
    t->queue_tail = &p->next;
    schedule(t);
}

/* op_tls_write(rid, buffer) -> bytes written (at most 2 GiB at a time) */
static void op_tls_write(toy_call *c) {
    enqueue(c, 0);
}

/* op_tls_shutdown(rid): sends close_notify, closes the writing half */
static void op_tls_shutdown(toy_call *c) {
    enqueue(c, 1);
}

static const toy_op tls_ops[] = {
    { .name = "op_tls_start", .fn = op_tls_start, .ret = TOY_I32,
      TOY_ARGS(TOY_RID, TOY_STR, TOY_STR) },
    { .name = "op_tls_server_context", .fn = op_tls_server_context, .ret = TOY_I32,
      TOY_ARGS(TOY_STR, TOY_STR) },
    { .name = "op_tls_accept", .fn = op_tls_accept, .ret = TOY_I32, TOY_ARGS(TOY_RID, TOY_RID) },
    { .name = "op_tls_handshake", .async = 1, .fn = op_tls_handshake, .ret = TOY_VOID,
      TOY_ARGS(TOY_RID) },
    { .name = "op_tls_read", .async = 1, .fn = op_tls_read, .ret = TOY_I32,
      TOY_ARGS(TOY_RID, TOY_BYTES) },
    { .name = "op_tls_write", .async = 1, .fn = op_tls_write, .ret = TOY_I32,
      TOY_ARGS(TOY_RID, TOY_BYTES) },
    { .name = "op_tls_shutdown", .async = 1, .fn = op_tls_shutdown, .ret = TOY_VOID,
      TOY_ARGS(TOY_RID) },
};

static const char *const tls_deps[] = { "net", NULL };
static const char *const tls_js[] = { "js/16_tls.js", NULL };

const toy_extension toy_ext_tls = {
    .name = "tls", .deps = tls_deps, .ops = tls_ops, .nops = TOY_COUNT(tls_ops), .js = tls_js,
    .cleanup = tls_cleanup,
};
