//@ 13-http
/* op_http.c: the "http" extension. Two ops hand JavaScript the parser of
 * http_parser.c: one makes a connection's parser, one feeds it bytes.
 * Toy.serve in 12_http.js does the rest over the net ops. */
#include <stdlib.h>
#include <string.h>

#include "http_parser.h"
#include "ops.h"

//> 13-http omit
/* A growing JSON text. */
typedef struct jbuf { char *data; size_t len, cap; int oom; } jbuf;

/* Room for n more bytes (and a NUL) at j->data + j->len, or NULL. */
static char *jroom(jbuf *j, size_t n) {
    if (j->oom) return NULL;
    if (j->len + n + 1 > j->cap) {
        size_t cap = j->cap ? j->cap : 512;
        while (cap < j->len + n + 1) cap *= 2;
        char *p = realloc(j->data, cap);
        if (p == NULL) { j->oom = 1; return NULL; }
        j->data = p;
        j->cap = cap;
    }
    return j->data + j->len;
}

static void jlit(jbuf *j, const char *s) {
    size_t n = strlen(s);
    char *p = jroom(j, n);
    if (p == NULL) return;
    memcpy(p, s, n + 1);
    j->len += n;
}

/* A number, as JSON digits (printf costs more, and this runs often). */
static void jnum(jbuf *j, size_t n) {
    char digits[24], *d = digits + sizeof digits;
    *--d = '\0';
    do *--d = (char)('0' + n % 10); while ((n /= 10) > 0);
    jlit(j, d);
}


/* The length of the well-formed UTF-8 sequence at p (1 to 4), or 0. */
static size_t utf8_seq(const uint8_t *p, size_t n) {
    uint8_t b = p[0], lo = 0x80, hi = 0xbf;
    size_t len;
    if (b < 0x80) return 1;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) { len = 3; lo = b == 0xe0 ? 0xa0 : 0x80; hi = b == 0xed ? 0x9f : 0xbf; }
    else if (b >= 0xf0 && b <= 0xf4) { len = 4; lo = b == 0xf0 ? 0x90 : 0x80; hi = b == 0xf4 ? 0x8f : 0xbf; }
    else return 0;
    if (n < len || p[1] < lo || p[1] > hi) return 0;
    for (size_t i = 2; i < len; i++)
        if (p[i] < 0x80 || p[i] > 0xbf) return 0;
    return len;
}

/* Bytes as a JSON string, decoded as UTF-8 the way TextDecoder does it
 * (a byte that starts no well-formed sequence becomes U+FFFD): JavaScript
 * gets strings it can use as they are. lower: ASCII letters lower-cased,
 * for header names. */
static void jstr(jbuf *j, const uint8_t *s, size_t n, int lower) {
    char *out = jroom(j, 6 * n + 2);     /* the most any byte becomes: \uXXXX */
    if (out == NULL) return;
    char *o = out;
    *o++ = '"';
    for (size_t i = 0; i < n;) {
        uint8_t ch = s[i];
        if (ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\') {
            *o++ = (char)(lower && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            i++;
        } else if (ch < 0x80) {
            static const char hex[] = "0123456789abcdef";
            memcpy(o, "\\u00", 4);
            o[4] = hex[ch >> 4];
            o[5] = hex[ch & 15];
            o += 6;
            i++;
        } else {
            size_t k = utf8_seq(s + i, n - i);
            if (k == 0) {
                memcpy(o, "\\ufffd", 6);
                o += 6;
                i++;
            } else {
                memcpy(o, s + i, k);
                o += k;
                i += k;
            }
        }
    }
    *o++ = '"';
    *o = '\0';
    j->len += (size_t)(o - out);
}
//< 13-http omit

//> 13-http http-op
/* op_http_parser_new() -> rid
 *
 * A connection's parser: the http_progress of the request it is in the
 * middle of, kept here in C as an "httpParser" resource. JavaScript holds
 * only the rid, so no script can hand the parser a progress of its own
 * making (offsets past the bytes, a body length that is not the sum of
 * its chunks), which the parser would trust. */
static void close_parser(void *data) {
    free(data);
}

static void op_http_parser_new(toy_call *c) {
    http_progress *p = toy_call_alloc(c, sizeof *p);
    if (p == NULL) return;
    memset(p, 0, sizeof *p);
    int64_t rid = toy_resources_add(&c->state->resources, "httpParser", p, close_parser);
    if (rid < 0) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    c->ret.u32 = (uint32_t)rid;
}

/* op_http_parse(rid, bytes) -> [request..., used, need, error]
 *
 * Parses every complete request at the start of bytes, going on from
 * where the parser rid stopped on its last call. The result is arrays
 * and numbers only (JSON.parse builds arrays much faster than objects
 * with keys): the requests, then three numbers. used: the bytes the
 * requests took; need: the length bytes must reach before another call
 * can get further; error: 0, or 400, 413, 431 or 501 for a request that
 * cannot be served. Each request is one flat array:
 *   [method, target, keepAlive (0/1), bodyAt, bodyLength, name, value, ...]
 * with header names lower-cased, values decoded as UTF-8, and the body
 * left in bytes (a chunked body is joined in place, in the bytes its
 * chunks took). The caller passes the same bytes again, longer, until
 * they hold a request; the parser checks what it saved against them
 * all the same (http_parse), since a script may call this op itself. */
static void op_http_parse(toy_call *c) {
    toy_resource *r = toy_resources_get(&c->state->resources, c->args[0].u32, "httpParser");
    if (r == NULL) {
        toy_call_fail(c, "BadResource", "Bad resource ID");
        return;
    }
    http_progress *progress = r->data;
    uint8_t *buf = c->args[1].bytes.data;
    size_t len = c->args[1].bytes.len, at = 0;
    jbuf j = { 0 };
    jlit(&j, "[");
    int error = 0;
    while (at < len) {
        http_request req;
        size_t used;
        http_status st = http_parse(buf + at, len - at, &req, &used, progress);
        if (st == HTTP_INCOMPLETE) break;
        if (st == HTTP_ERROR) { error = req.error_status; break; }
        /* A chunked body is copied to the end of the bytes its chunks took
         * (never fewer than the data): JavaScript finds every body in bytes. */
        size_t body_at = at + used - req.body.len;
        if (req.owned != NULL) memcpy(buf + body_at, req.body.ptr, req.body.len);
        else body_at = (size_t)(req.body.ptr - buf);
        jlit(&j, "[");
        jstr(&j, req.method.ptr, req.method.len, 0);
        jlit(&j, ",");
        jstr(&j, req.target.ptr, req.target.len, 0);
        jlit(&j, req.keep_alive ? ",1," : ",0,");
        jnum(&j, req.body.len ? body_at : 0);
        jlit(&j, ",");
        jnum(&j, req.body.len);
        for (size_t h = 0; h < req.nheaders; h++) {
            jlit(&j, ",");
            jstr(&j, req.names[h].ptr, req.names[h].len, 1);
            jlit(&j, ",");
            jstr(&j, req.values[h].ptr, req.values[h].len, 0);
        }
        jlit(&j, "],");
        http_request_free(&req);
        at += used;
    }
    jnum(&j, at);
    jlit(&j, ",");
    jnum(&j, error ? 0 : at + progress->need);
    jlit(&j, ",");
    jnum(&j, (size_t)error);
    jlit(&j, "]");
    if (j.oom) {
        free(j.data);
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    c->ret.str.data = j.data;
    c->ret.str.len = j.len;
}

static const toy_op http_ops[] = {
    { .name = "op_http_parser_new", .fn = op_http_parser_new, .ret = TOY_U32 },
    { .name = "op_http_parse", .fn = op_http_parse, .ret = TOY_JSON, TOY_ARGS(TOY_U32, TOY_BYTES) },
};
//< 13-http http-op

static const char *const http_deps[] = { "net", NULL };
static const char *const http_js[] = { "js/12_http.js", NULL };

const toy_extension toy_ext_http = {
    .name = "http", .deps = http_deps, .ops = http_ops, .nops = TOY_COUNT(http_ops),
    .js = http_js,
};
