/* Unit tests for the HTTP/1.1 request parser (src/http_parser.c). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "http_parser.h"

static http_request req;
static size_t used;

static http_status parse(const char *text) {
    return http_parse((const uint8_t *)text, strlen(text), &req, &used);
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
    CHECK(req.body == NULL && req.body_len == 0);
}

static void content_length_body(void) {
    CHECK(parse("POST / HTTP/1.1\r\ncontent-LENGTH: 5\r\n\r\nhel") == HTTP_INCOMPLETE);
    CHECK(parse("POST / HTTP/1.1\r\ncontent-LENGTH: 5\r\n\r\nhelloGET") == HTTP_DONE);
    CHECK(req.body_len == 5 && memcmp(req.body, "hello", 5) == 0);
    CHECK(used == strlen("POST / HTTP/1.1\r\ncontent-LENGTH: 5\r\n\r\nhello"));
    http_request_free(&req);
}

static void chunked_body(void) {
    const char *text = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                       "3;x=y\r\nabc\r\nA\r\n0123456789\r\n0\r\nT: 1\r\n\r\n";
    CHECK(parse(text) == HTTP_DONE);
    CHECK(used == strlen(text));
    CHECK(req.body_len == 13 && memcmp(req.body, "abc0123456789", 13) == 0);
    http_request_free(&req);
}

static void incremental(void) {
    /* Every prefix of a request is incomplete, never an error. */
    const char *text = "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n";
    size_t n = strlen(text);
    for (size_t i = 0; i < n; i++) {
        CHECK(http_parse((const uint8_t *)text, i, &req, &used) == HTTP_INCOMPLETE);
    }
    CHECK(http_parse((const uint8_t *)text, n, &req, &used) == HTTP_DONE);
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
    CHECK(req.error != NULL && req.body == NULL);
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
    CHECK(st == HTTP_ERROR);
}

int main(void) {
    RUN(simple_get);
    RUN(content_length_body);
    RUN(chunked_body);
    RUN(incremental);
    RUN(malformed);
    RUN(head_limit);
    return check_failed;
}
