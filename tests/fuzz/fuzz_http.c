/* libFuzzer target for the HTTP/1.1 request parser (http_parse). Checks
 * what op_http_parse relies on: it never reads outside the input (the
 * sanitizer sees to that: the input is copied into a block of exactly its
 * size), a request never uses more bytes than there are, its spans lie
 * inside the input, and parsing the same bytes twice gives the same. */
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *buf = malloc(size ? size : 1);
    if (buf == NULL) return 0;
    memcpy(buf, data, size);
    size_t at = 0;
    /* Walk the input as the server does: request after request. */
    for (int n = 0; n < 64 && at <= size; n++) {
        http_request a, b;
        size_t used_a, used_b;
        http_status sa = http_parse(buf + at, size - at, &a, &used_a);
        http_status sb = http_parse(buf + at, size - at, &b, &used_b);
        check(sa == sb);
        if (sa != HTTP_DONE) {
            check(used_a == 0 && used_b == 0);
            if (sa == HTTP_ERROR) check(a.error != NULL && b.error != NULL && strcmp(a.error, b.error) == 0);
            break;
        }
        check(used_a == used_b && used_a > 0 && used_a <= size - at);
        check(a.nheaders == b.nheaders && a.nheaders <= HTTP_MAX_HEADERS);
        check(inside(a.method, buf + at, used_a) && inside(a.target, buf + at, used_a) &&
              inside(a.version, buf + at, used_a));
        for (size_t h = 0; h < a.nheaders; h++) {
            check(inside(a.names[h], buf + at, used_a) && inside(a.values[h], buf + at, used_a));
        }
        check(a.body_len == b.body_len && a.body_len < used_a);
        check(a.body_len == 0 || memcmp(a.body, b.body, a.body_len) == 0);
        http_request_free(&a);
        http_request_free(&b);
        at += used_a;
    }
    free(buf);
    return 0;
}
