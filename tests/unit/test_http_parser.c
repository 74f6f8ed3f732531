/* Unit tests for the HTTP/1.1 request parser (src/http_parser.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "http_parser.h"

static http_request req;
static size_t used;

static http_status parse(const char *text) {
    return http_parse((const uint8_t *)text, strlen(text), &req, &used, NULL);
}

static int span_is(http_span s, const char *want) {
    return s.len == strlen(want) && memcmp(s.ptr, want, s.len) == 0;
}

static void simple_get(void) {
    const char *text = "GET /a?b=c HTTP/1.1\r\nHost: example\r\nX-Pad:   v  \r\n\r\nNEXT";
    CHECK(parse(text) == HTTP_DONE);
    CHECK(used == strlen(text) - 4);
    CHECK(span_is(req.method, "GET"));
    CHECK(span_is(req.target, "/a?b=c"));
    CHECK(span_is(req.version, "HTTP/1.1"));
    CHECK(req.nheaders == 2);
    CHECK(span_is(req.names[0], "Host") && span_is(req.values[0], "example"));
    CHECK(span_is(req.values[1], "v"));
    CHECK(req.body.len == 0 && req.owned == NULL);
    CHECK(req.keep_alive == 1);
}

static void content_length_body(void) {
    /* Not all there: the head goes first, the body is to follow. */
    CHECK(parse("POST / HTTP/1.1\r\ncontent-LENGTH: 5\r\n\r\nhel") == HTTP_HEAD);
    CHECK(used == strlen("POST / HTTP/1.1\r\ncontent-LENGTH: 5\r\n\r\n"));
    CHECK(req.rest.framing == HTTP_FRAMING_LENGTH && req.rest.left == 5 && req.body.len == 0);
    CHECK(parse("POST / HTTP/1.1\r\ncontent-LENGTH: 5\r\n\r\nhelloGET") == HTTP_DONE);
    CHECK(req.body.len == 5 && memcmp(req.body.ptr, "hello", 5) == 0);
    CHECK(req.owned == NULL);     /* a Content-Length body stays where it is */
    CHECK(used == strlen("POST / HTTP/1.1\r\ncontent-LENGTH: 5\r\n\r\nhello"));
    http_request_free(&req);
}

static void chunked_body(void) {
    const char *text = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                       "3;x=y\r\nabc\r\nA\r\n0123456789\r\n0\r\nT: 1\r\n\r\n";
    CHECK(parse(text) == HTTP_DONE);
    CHECK(used == strlen(text));
    CHECK(req.body.len == 13 && memcmp(req.body.ptr, "abc0123456789", 13) == 0);
    http_request_free(&req);
}

static void incremental(void) {
    /* Every prefix of a request is incomplete, never an error, up to
     * its head's end; from there on, a head whose body follows. */
    const char *text = "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n";
    size_t n = strlen(text), head = strstr(text, "\r\n\r\n") + 4 - text;
    for (size_t i = 0; i < n; i++) {
        http_status st = http_parse((const uint8_t *)text, i, &req, &used, NULL);
        CHECK(st == (i < head ? HTTP_INCOMPLETE : HTTP_HEAD));
        CHECK(i < head || (used == head && req.rest.framing == HTTP_FRAMING_CHUNKED));
    }
    CHECK(http_parse((const uint8_t *)text, n, &req, &used, NULL) == HTTP_DONE);
    http_request_free(&req);
}

static void malformed(void) {
    CHECK(parse("garbage\r\n\r\n") == HTTP_ERROR);
    CHECK(parse("garbage\r\n") == HTTP_ERROR);                  /* before the head ends */
    CHECK(parse("GET / HTTP/2.0\r\n\r\n") == HTTP_ERROR);
    CHECK(parse("GET  / HTTP/1.1\r\n\r\n") == HTTP_ERROR);
    CHECK(parse("GET / HTTP/1.1\r\nno colon\r\n\r\n") == HTTP_ERROR);
    CHECK(parse("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n") == HTTP_ERROR);
    CHECK(parse("GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") == HTTP_ERROR);
    CHECK(parse("GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") == HTTP_ERROR);
    CHECK(parse("GET / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") == HTTP_ERROR);
    CHECK(parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") == HTTP_ERROR);
    CHECK(parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n") == HTTP_ERROR);
    CHECK(req.error != NULL && req.body.len == 0 && req.owned == NULL);
    CHECK(req.error_status == 400);
}

static void head_limit(void) {
    size_t n = HTTP_MAX_HEAD + 10;
    char *big = malloc(n + 1);
    CHECK(big != NULL);
    memcpy(big, "GET / HTTP/1.1\r\nX: ", 19);
    memset(big + 19, 'a', n - 19);
    big[n] = '\0';
    http_status st = parse(big);
    free(big);
    CHECK(st == HTTP_ERROR && req.error_status == 431);
}

static void too_many_headers(void) {
    char text[4096] = "GET / HTTP/1.1\r\n";
    for (int i = 0; i <= HTTP_MAX_HEADERS; i++) strcat(text, "A: b\r\n");
    strcat(text, "\r\n");
    CHECK(parse(text) == HTTP_ERROR && req.error_status == 431);
}

static void body_limit(void) {
    char text[200];
    snprintf(text, sizeof text, "POST / HTTP/1.1\r\nContent-Length: %d\r\n\r\n", HTTP_MAX_BODY + 1);
    /* No limit: a body of any size is streamed (http_body_decode). */
    CHECK(parse(text) == HTTP_HEAD && req.rest.left == HTTP_MAX_BODY + 1);
    CHECK(parse("POST / HTTP/1.1\r\nContent-Length: 999999999999999\r\n\r\n") == HTTP_HEAD);
    CHECK(req.rest.left == 999999999999999u);
    snprintf(text, sizeof text, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n", HTTP_MAX_BODY + 1);
    CHECK(parse(text) == HTTP_HEAD && req.rest.framing == HTTP_FRAMING_CHUNKED);
}

static void keep_alive(void) {
    CHECK(parse("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") == HTTP_DONE && !req.keep_alive);
    CHECK(parse("GET / HTTP/1.0\r\n\r\n") == HTTP_DONE && !req.keep_alive);
    CHECK(parse("GET / HTTP/1.0\r\nconnection: keep-alive\r\n\r\n") == HTTP_DONE && req.keep_alive);
}

/* Fed a byte at a time with a progress, the parser ends where parsing
 * the whole at once does, and says how long to wait: need is past the
 * bytes it has, and never past the request's end. */
static void resume(const char *text) {
    size_t n = strlen(text), whole_used;
    http_request whole;
    CHECK(http_parse((const uint8_t *)text, n, &whole, &whole_used, NULL) == HTTP_DONE);
    http_progress p = { 0 };
    size_t calls = 0, i;
    http_status st = HTTP_INCOMPLETE;
    for (i = 1; i <= n && st == HTTP_INCOMPLETE; i++) {
        if (i < p.need) continue;           /* as the server does: wait */
        calls++;
        st = http_parse((const uint8_t *)text, i, &req, &used, &p);
        if (st == HTTP_INCOMPLETE) CHECK(p.need > i && p.need <= whole_used);
    }
    CHECK(req.nheaders == whole.nheaders);
    CHECK(p.scanned == 0 && p.chunk_at == 0 && p.need == 0);   /* ready for the next */
    if (st == HTTP_HEAD) {
        /* The head came before its body: the body, fed on a byte at a
         * time, is the one parsed whole. */
        uint8_t body[256];
        size_t have = 0, at = used;
        http_body b = req.rest;
        http_request_free(&req);
        for (st = HTTP_INCOMPLETE; at < n && st == HTTP_INCOMPLETE;) {
            uint8_t byte = (uint8_t)text[at];
            size_t took, data;
            st = http_body_decode(&b, &byte, 1, &took, &data);
            CHECK(took == 1 && data <= 1 && have + data <= sizeof body);
            if (data == 1) body[have++] = byte;
            at++;
        }
        CHECK(st == HTTP_DONE && at == whole_used);
        CHECK(have == whole.body.len && memcmp(body, whole.body.ptr, have) == 0);
        http_request_free(&whole);
        return;
    }
    CHECK(st == HTTP_DONE && used == whole_used);
    CHECK(req.body.len == whole.body.len && memcmp(req.body.ptr, whole.body.ptr, req.body.len) == 0);
    http_request_free(&req);
    http_request_free(&whole);
}

static void resumes(void) {
    resume("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789");
    resume("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
           "3\r\nabc\r\n5;e=1\r\n01234\r\n0\r\nTrailer: x\r\n\r\n");
    resume("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
}

/* A Content-Length body not all there does not wait: the head is
 * handed over, with the length still to come. */
static void waits_for_body(void) {
    const char *text = "POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\nab";
    http_progress p = { 0 };
    CHECK(http_parse((const uint8_t *)text, strlen(text), &req, &used, &p) == HTTP_HEAD);
    CHECK(used == strlen(text) - 2 && req.rest.left == 1000);
}

/* Decodes body, cut in two at every place, and checks it gives want and
 * takes all of body but its last extra bytes. */
static void decode_cut(const char *body, const char *want, size_t extra) {
    size_t n = strlen(body);
    for (size_t cut = 0; cut <= n; cut++) {
        uint8_t *copy = malloc(n + 1);
        CHECK(copy != NULL);
        memcpy(copy, body, n);
        http_body b = { HTTP_FRAMING_CHUNKED, 0, 0, 0, 0, NULL };
        size_t took1, data1, took2, data2;
        http_status st = http_body_decode(&b, copy, cut, &took1, &data1);
        CHECK(took1 <= cut && data1 <= took1);
        char got[256];
        memcpy(got, copy, data1);
        if (st == HTTP_INCOMPLETE) {
            CHECK(took1 == cut);
            st = http_body_decode(&b, copy + cut, n - cut, &took2, &data2);
            memcpy(got + data1, copy + cut, data2);
        } else {
            took2 = data2 = 0;
        }
        CHECK(st == HTTP_DONE && took1 + took2 == n - extra);
        CHECK(data1 + data2 == strlen(want) && memcmp(got, want, data1 + data2) == 0);
        CHECK(b.framing == HTTP_FRAMING_NONE);
        free(copy);
    }
}

static http_status decode_all(http_body *b, const char *text) {
    size_t n = strlen(text), took, data;
    uint8_t *copy = malloc(n + 1);
    if (copy == NULL) abort();
    memcpy(copy, text, n);
    http_status st = http_body_decode(b, copy, n, &took, &data);
    free(copy);
    return st;
}

static void body_decode(void) {
    decode_cut("3;x=y\r\nabc\r\nA\r\n0123456789\r\n0\r\nT: 1\r\n\r\nGET", "abc0123456789", 3);
    decode_cut("1\r\na\r\n0\r\n\r\n", "a", 0);
    decode_cut("0\r\n\r\n", "", 0);
    /* Content-Length counts down: what is past the end is not taken. */
    http_body b = { HTTP_FRAMING_LENGTH, 0, 5, 0, 0, NULL };
    size_t took, data;
    uint8_t bytes[8] = "abcdefgh";
    CHECK(http_body_decode(&b, bytes, 3, &took, &data) == HTTP_INCOMPLETE && took == 3 && data == 3);
    CHECK(http_body_decode(&b, bytes, 8, &took, &data) == HTTP_DONE && took == 2 && data == 2);
    CHECK(http_body_decode(&b, bytes, 8, &took, &data) == HTTP_DONE && took == 0);
    /* Hostile codings fail, holding nothing: a size of 10^20, an
     * extension that never ends, trailers that never end. */
    http_body c = { HTTP_FRAMING_CHUNKED, 0, 0, 0, 0, NULL };
    CHECK(decode_all(&c, "56BC75E2D63100000\r\n") == HTTP_ERROR && c.error_status == 400);
    CHECK(decode_all(&c, "1\r\n") == HTTP_ERROR);          /* failed stays failed */
    http_body d = { HTTP_FRAMING_CHUNKED, 0, 0, 0, 0, NULL };
    char *ext = malloc(4000);
    CHECK(ext != NULL);
    memset(ext, 'x', 3999);
    ext[0] = '1';
    ext[1] = ';';
    ext[3999] = '\0';
    CHECK(decode_all(&d, ext) == HTTP_ERROR && d.error_status == 400);
    free(ext);
    http_body e = { HTTP_FRAMING_CHUNKED, 0, 0, 0, 0, NULL };
    CHECK(decode_all(&e, "0\r\n") == HTTP_INCOMPLETE);
    char line[1024];
    memset(line, 'a', sizeof line - 3);
    memcpy(line + sizeof line - 3, "\r\n", 3);
    http_status st = HTTP_INCOMPLETE;
    for (int i = 0; i < 100 && st == HTTP_INCOMPLETE; i++) st = decode_all(&e, line);
    CHECK(st == HTTP_ERROR && e.error_status == 431);
    http_body f = { HTTP_FRAMING_CHUNKED, 0, 0, 0, 0, NULL };
    CHECK(decode_all(&f, "2\r\nabc") == HTTP_ERROR && f.error_status == 400);
    http_body g = { HTTP_FRAMING_CHUNKED, 0, 0, 0, 0, NULL };
    CHECK(decode_all(&g, "\r\n") == HTTP_ERROR);
}

int main(void) {
    RUN(simple_get);
    RUN(content_length_body);
    RUN(chunked_body);
    RUN(incremental);
    RUN(malformed);
    RUN(head_limit);
    RUN(too_many_headers);
    RUN(body_limit);
    RUN(keep_alive);
    RUN(resumes);
    RUN(waits_for_body);
    RUN(body_decode);
    return check_failed;
}
