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
    CHECK(parse("POST / HTTP/1.1\r\ncontent-LENGTH: 5\r\n\r\nhel") == HTTP_INCOMPLETE);
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
    /* Every prefix of a request is incomplete, never an error. */
    const char *text = "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n";
    size_t n = strlen(text);
    for (size_t i = 0; i < n; i++) {
        CHECK(http_parse((const uint8_t *)text, i, &req, &used, NULL) == HTTP_INCOMPLETE);
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
    CHECK(parse(text) == HTTP_ERROR && req.error_status == 413);   /* before the body comes */
    snprintf(text, sizeof text, "POST / HTTP/1.1\r\nContent-Length: %d\r\n\r\n", HTTP_MAX_BODY);
    CHECK(parse(text) == HTTP_INCOMPLETE);
    snprintf(text, sizeof text, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n", HTTP_MAX_BODY + 1);
    CHECK(parse(text) == HTTP_ERROR && req.error_status == 413);
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
    http_progress p = { 0, 0, 0, 0 };
    size_t calls = 0;
    http_status st = HTTP_INCOMPLETE;
    for (size_t i = 1; i <= n && st == HTTP_INCOMPLETE; i++) {
        if (i < p.need) continue;           /* as the server does: wait */
        calls++;
        st = http_parse((const uint8_t *)text, i, &req, &used, &p);
        if (st == HTTP_INCOMPLETE) CHECK(p.need > i && p.need <= whole_used);
    }
    CHECK(st == HTTP_DONE && used == whole_used);
    CHECK(req.body.len == whole.body.len && memcmp(req.body.ptr, whole.body.ptr, req.body.len) == 0);
    CHECK(req.nheaders == whole.nheaders);
    CHECK(p.scanned == 0 && p.chunk_at == 0 && p.need == 0);   /* ready for the next */
    http_request_free(&req);
    http_request_free(&whole);
}

static void resumes(void) {
    resume("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789");
    resume("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
           "3\r\nabc\r\n5;e=1\r\n01234\r\n0\r\nTrailer: x\r\n\r\n");
    resume("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
}

/* A Content-Length body waits in one call: need is its end. */
static void waits_for_body(void) {
    const char *text = "POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\nab";
    http_progress p = { 0, 0, 0, 0 };
    CHECK(http_parse((const uint8_t *)text, strlen(text), &req, &used, &p) == HTTP_INCOMPLETE);
    CHECK(p.need == strlen(text) - 2 + 1000);
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
    return check_failed;
}
