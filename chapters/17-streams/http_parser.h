/* http_parser.h: an HTTP/1.1 request parser in plain C, no V8, no libuv.
 * Feed it the bytes received so far; it says whether they begin with a
 * complete request, and if so how many bytes that request used. An
 * http_progress remembers how far it got, so that when more bytes arrive
 * it goes on from there instead of starting over. */
#ifndef TOY_HTTP_PARSER_H
#define TOY_HTTP_PARSER_H

#include <stddef.h>
#include <stdint.h>

#define HTTP_MAX_HEAD    (64 * 1024)         /* request line and headers: more is 431 */
#define HTTP_MAX_HEADERS 100                 /* more is 431 too */
#define HTTP_MAX_BODY    (8 * 1024 * 1024)   /* a request body: more is 413 */

typedef enum http_status {
    HTTP_DONE,         /* one whole request parsed */
    HTTP_INCOMPLETE,   /* need more bytes */
    HTTP_ERROR         /* malformed or too large: answer req.error_status and close */
} http_status;

typedef struct http_span { const uint8_t *ptr; size_t len; } http_span;

typedef struct http_request {
    http_span method, target, version;
    size_t nheaders;
    http_span names[HTTP_MAX_HEADERS], values[HTTP_MAX_HEADERS];
    http_span body;           /* into buf (Content-Length), or into owned (chunked) */
    uint8_t *owned;           /* malloc'd: the chunks joined; NULL otherwise */
    int keep_alive;           /* the connection stays open after the answer */
    const char *error;        /* HTTP_ERROR: why */
    int error_status;         /* HTTP_ERROR: 400, 413, 431 or 501 */
} http_request;

/* Where parsing an unfinished request stopped: all zeros before its first
 * byte, and again after each finished (or failed) request. */
typedef struct http_progress {
    size_t scanned;        /* bytes already searched for the head's end */
    size_t chunk_at;       /* chunked: where the next chunk-size line starts (0: the first) */
    size_t chunk_body;     /* chunked: data bytes in the chunks before chunk_at */
    size_t need;           /* HTTP_INCOMPLETE: no progress before buf holds this many bytes */
} http_progress;

/* Parses the request at the start of buf[0..len). On HTTP_DONE, *used is
 * the request's length and req describes it (spans point into buf or
 * owned; free with http_request_free). progress may be NULL: start over. */
http_status http_parse(const uint8_t *buf, size_t len, http_request *req, size_t *used,
                       http_progress *progress);
void http_request_free(http_request *req);

#endif
