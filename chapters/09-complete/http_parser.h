/* http_parser.h: an HTTP/1.1 request parser in plain C, no V8, no libuv.
 * Feed it the bytes received so far; it says whether they begin with a
 * complete request, and if so how many bytes that request used. */
#ifndef TOY_HTTP_PARSER_H
#define TOY_HTTP_PARSER_H

#include <stddef.h>
#include <stdint.h>

#define HTTP_MAX_HEAD    (64 * 1024)   /* request line and headers */
#define HTTP_MAX_HEADERS 100

typedef enum http_status {
    HTTP_DONE,         /* one whole request parsed */
    HTTP_INCOMPLETE,   /* need more bytes */
    HTTP_ERROR         /* malformed: answer 400 and close */
} http_status;

typedef struct http_span { const uint8_t *ptr; size_t len; } http_span;

typedef struct http_request {
    http_span method, target, version;
    size_t nheaders;
    http_span names[HTTP_MAX_HEADERS], values[HTTP_MAX_HEADERS];
    uint8_t *body;            /* malloc'd (NULL when empty): chunks joined */
    size_t body_len;
    const char *error;        /* HTTP_ERROR: why */
} http_request;

/* Parses the request at the start of buf[0..len). On HTTP_DONE, *used is
 * the request's length and req describes it (spans point into buf; free
 * the body with http_request_free). */
http_status http_parse(const uint8_t *buf, size_t len, http_request *req, size_t *used);
void http_request_free(http_request *req);

#endif
