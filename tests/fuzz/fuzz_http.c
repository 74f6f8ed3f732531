/* libFuzzer target for the HTTP/1.1 request parser (http_parse). Checks
 * what op_http_parse relies on: it never reads outside the input (the
 * sanitizer sees to that: the input is copied into a block of exactly its
 * size), a request never uses more bytes than there are, its spans lie
 * inside the input, parsing the same bytes twice gives the same, and
 * parsing them as they would arrive, a piece at a time with an
 * http_progress, gives the same as parsing them all at once. A request
 * it accepts has a target in one of the forms a server may accept, and
 * no CONNECT. And a progress that is not about these bytes (the parser
 * saved it for other bytes, which a script calling the op may swap in)
 * makes no read or write outside them either. A head whose body
 * follows (HTTP_HEAD) has that body decoded by http_body_decode, all at
 * once and a piece at a time, with the same data and the same end. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "http_parser.h"

static void check(int ok) {
    if (!ok) abort();
}

static int inside(http_span s, const uint8_t *buf, size_t len) {
    return s.len == 0 || (s.ptr >= buf && s.ptr + s.len <= buf + len);
}

/* Decodes the body b announces from buf[0..len) all at once, and again
 * in pieces (of sizes taken from the bytes themselves), on copies: both
 * must take as many bytes, give the same data and end the same way.
 * Returns how the whole decode ended, with *used and, in data (len
 * bytes), the data. */
static http_status decode_body(const uint8_t *buf, size_t len, http_body b, size_t *used,
                               uint8_t *data, size_t *ndata) {
    uint8_t *whole = malloc(len ? len : 1), *piece = malloc(len ? len : 1);
    if (whole == NULL || piece == NULL) abort();
    memcpy(whole, buf, len);
    memcpy(piece, buf, len);
    http_body a = b;
    size_t took, got;
    http_status st = http_body_decode(&a, whole, len, &took, &got);
    check(took <= len && got <= took);
    check(st != HTTP_INCOMPLETE || took == len);
    check(st != HTTP_ERROR || a.error_status == 400 || a.error_status == 431);
    memcpy(data, whole, got);
    *used = took;
    *ndata = got;
    /* Again, a piece at a time. */
    size_t at = 0, out = 0;
    http_status sp = HTTP_INCOMPLETE;
    for (size_t k = 0; sp == HTTP_INCOMPLETE && at < len; k++) {
        size_t n = 1 + (buf[k % len] & 7);
        if (n > len - at) n = len - at;
        size_t t, d;
        sp = http_body_decode(&b, piece + at, n, &t, &d);
        check(t <= n && d <= t);
        check(sp != HTTP_INCOMPLETE || t == n);
        if (sp == HTTP_ERROR) break;
        /* (A failed whole decode gives no data: the pieces before the
         * failure may have.) */
        if (st != HTTP_ERROR) check(out + d <= got && memcmp(piece + at, data + out, d) == 0);
        out += d;
        at += t;
    }
    if (len == 0) sp = http_body_decode(&b, piece, 0, &took, &got);
    check(sp == st);
    if (st != HTTP_ERROR) check(at == *used && out == *ndata);
    free(whole);
    free(piece);
    return st;
}

/* Parses buf[0..len) as if it came in pieces: the first byte, then up to
 * each `need` the parser asks for (or the next byte, when need is past
 * the end), as the server does. Must end as one parse of it all. */
static void check_resumed(const uint8_t *buf, size_t len, http_status whole, size_t whole_used,
                          const http_request *w) {
    http_progress p = { 0 };
    http_request r;
    size_t used = 0, have = len > 0 ? 1 : 0;
    http_status st = HTTP_INCOMPLETE;
    for (;;) {
        st = http_parse(buf, have, &r, &used, &p);
        if (st != HTTP_INCOMPLETE || have == len) break;
        check(p.need > have);
        have = p.need <= len ? p.need : have + 1;
    }
    if (st == HTTP_HEAD && whole == HTTP_DONE) {
        /* The head came before all of its body did: decoded from what
         * follows, the body is the one parsed whole, and ends there. */
        uint8_t *data = malloc(len ? len : 1);
        if (data == NULL) abort();
        size_t took, ndata;
        check(decode_body(buf + used, len - used, r.rest, &took, data, &ndata) == HTTP_DONE);
        check(used + took == whole_used && ndata == w->body.len);
        check(ndata == 0 || memcmp(data, w->body.ptr, ndata) == 0);
        free(data);
        http_request_free(&r);
        return;
    }
    if (st == HTTP_HEAD && whole == HTTP_ERROR) {
        /* A body the whole parse refused is not accepted decoded either. */
        uint8_t *data = malloc(len ? len : 1);
        if (data == NULL) abort();
        size_t took, ndata;
        check(decode_body(buf + used, len - used, r.rest, &took, data, &ndata) != HTTP_DONE);
        free(data);
        http_request_free(&r);
        return;
    }
    check(st == whole);
    if (st == HTTP_HEAD) check(used == whole_used);
    if (st == HTTP_DONE) {
        check(used == whole_used && r.body.len == w->body.len && r.nheaders == w->nheaders);
        check(r.body.len == 0 || memcmp(r.body.ptr, w->body.ptr, r.body.len) == 0);
    }
    if (st == HTTP_ERROR) check(r.error_status == w->error_status);
    http_request_free(&r);
}

static int ieq_prefix(http_span s, const char *lit) {
    size_t n = strlen(lit);
    if (s.len < n) return 0;
    for (size_t i = 0; i < n; i++)
        if ((s.ptr[i] | 0x20) != lit[i]) return 0;
    return 1;
}

/* A request the parser accepted: its target is origin-form, "*" for
 * OPTIONS, or absolute-form with an http(s) scheme and no userinfo (an
 * "@" in the authority, which ends at the first "/" or "?": one in the
 * query is only a character); and it is no CONNECT (501). */
static void check_target(const http_request *r) {
    http_span m = r->method, t = r->target;
    check(t.len > 0 && memchr(t.ptr, '#', t.len) == NULL);
    check(!(m.len == 7 && memcmp(m.ptr, "CONNECT", 7) == 0));
    if (t.ptr[0] == '/') return;
    if (t.len == 1 && t.ptr[0] == '*') {
        check(m.len == 7 && memcmp(m.ptr, "OPTIONS", 7) == 0);
        return;
    }
    check(ieq_prefix(t, "http://") || ieq_prefix(t, "https://"));
    const uint8_t *host = memchr(t.ptr, '/', t.len) + 2;
    size_t rest = t.len - (size_t)(host - t.ptr);
    size_t authority = 0;
    while (authority < rest && host[authority] != '/' && host[authority] != '?') authority++;
    check(authority > 0 && memchr(host, '@', authority) == NULL);
}

/* Parses buf[0..len) going on from a progress made up from the input's
 * last bytes: nothing may be read or written outside buf, and what comes
 * back must still lie inside it. */
static void check_forged(const uint8_t *buf, size_t len) {
    if (len < 6) return;
    const uint8_t *f = buf + len - 6;
    http_progress p = { (size_t)f[0] << 8 | f[1], (size_t)f[2] << 8 | f[3],
                        (size_t)f[4] << 16 | (size_t)f[5] << 4, (size_t)f[5],
                        { 0, 0, 0, 0, 0, NULL } };
    http_request r;
    size_t used;
    http_status st = http_parse(buf, len, &r, &used, &p);
    if (st == HTTP_HEAD) {
        check(used > 0 && used <= len && r.body.len == 0 && r.owned == NULL);
    } else if (st == HTTP_DONE) {
        check(used > 0 && used <= len && r.body.len < used);
        check(inside(r.method, buf, used) && inside(r.target, buf, used));
        check(r.owned != NULL || r.body.len == 0 || inside(r.body, buf, used));
    } else {
        check(used == 0);
    }
    http_request_free(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *buf = malloc(size ? size : 1);
    if (buf == NULL) return 0;
    memcpy(buf, data, size);
    check_forged(buf, size);
    size_t at = 0;
    /* Walk the input as the server does: request after request. */
    for (int n = 0; n < 64 && at <= size; n++) {
        http_request a, b;
        size_t used_a, used_b;
        http_status sa = http_parse(buf + at, size - at, &a, &used_a, NULL);
        http_status sb = http_parse(buf + at, size - at, &b, &used_b, NULL);
        check(sa == sb);
        if (sa != HTTP_INCOMPLETE) check_resumed(buf + at, size - at, sa, used_a, &a);
        if (sa == HTTP_HEAD) {
            /* Its body follows: decoded, it ends where the next request
             * starts. */
            check(used_a == used_b && used_a > 0 && used_a <= size - at && a.body.len == 0);
            check(a.rest.framing == b.rest.framing && a.rest.left == b.rest.left);
            check_target(&a);
            uint8_t *data = malloc(size - at - used_a + 1);
            if (data == NULL) abort();
            size_t took, ndata;
            http_status sd = decode_body(buf + at + used_a, size - at - used_a, a.rest, &took, data, &ndata);
            free(data);
            if (sd != HTTP_DONE) break;
            at += used_a + took;
            continue;
        }
        if (sa != HTTP_DONE) {
            check(used_a == 0 && used_b == 0);
            if (sa == HTTP_ERROR) {
                check(a.error != NULL && b.error != NULL && strcmp(a.error, b.error) == 0);
                check(a.error_status == 400 || a.error_status == 413 || a.error_status == 431 ||
                      a.error_status == 501);
            }
            break;
        }
        check(used_a == used_b && used_a > 0 && used_a <= size - at);
        check_target(&a);
        check(a.nheaders == b.nheaders && a.nheaders <= HTTP_MAX_HEADERS);
        check(inside(a.method, buf + at, used_a) && inside(a.target, buf + at, used_a) &&
              inside(a.version, buf + at, used_a));
        for (size_t h = 0; h < a.nheaders; h++) {
            check(inside(a.names[h], buf + at, used_a) && inside(a.values[h], buf + at, used_a));
        }
        check(a.body.len == b.body.len && a.body.len < used_a);
        check(a.body.len == 0 || memcmp(a.body.ptr, b.body.ptr, a.body.len) == 0);
        check(a.owned != NULL || a.body.len == 0 || inside(a.body, buf + at, used_a));
        http_request_free(&a);
        http_request_free(&b);
        at += used_a;
    }
    free(buf);
    return 0;
}
