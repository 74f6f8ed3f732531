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
#define HTTP_MAX_BODY    (8 * 1024 * 1024)   /* a chunked body joined whole: more is streamed */

typedef enum http_status {
    HTTP_DONE,         /* one whole request parsed */
    HTTP_INCOMPLETE,   /* need more bytes */
    HTTP_ERROR,        /* malformed or too large: answer req.error_status and close */
    HTTP_HEAD          /* the head alone: the body follows, for http_body_decode */
} http_status;

/* From chapter 18 a request whose body is not all in the buffer yet is
 * handed over by its head (HTTP_HEAD), and its body is decoded as it
 * arrives, a piece at a time, by http_body_decode. An http_body says
 * where that decoding stands; all zeros is a body that is over. */
typedef enum http_framing {
    HTTP_FRAMING_NONE,      /* no body (or it is over) */
    HTTP_FRAMING_LENGTH,    /* Content-Length: left counts down to 0 */
    HTTP_FRAMING_CHUNKED    /* chunked transfer coding, decoded in place */
} http_framing;

typedef struct http_body {
    http_framing framing;
    int state;              /* chunked: the part of the coding the next byte belongs to */
    uint64_t left;          /* bytes of the body (length) or of this chunk (chunked) to come */
    size_t line;            /* chunked: bytes of this size line, or of the trailers, so far */
    int error_status;       /* HTTP_ERROR: 400 or 431 */
    const char *error;      /* HTTP_ERROR: why */
} http_body;

/* Decodes the body bytes in buf[0..len), in place: the body's data ends
 * up in buf[0..*data), and *used bytes of buf were taken (what follows
 * is the next request's). HTTP_DONE once the body is over,
 * HTTP_INCOMPLETE while more is to come, HTTP_ERROR when malformed. */
http_status http_body_decode(http_body *b, uint8_t *buf, size_t len, size_t *used, size_t *data);

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
    http_body rest;           /* HTTP_HEAD: how the body comes */
} http_request;

/* Where parsing an unfinished request stopped: all zeros before its first
 * byte, and again after each finished (or failed) request. */
typedef struct http_progress {
    size_t scanned;        /* bytes already searched for the head's end */
    size_t chunk_at;       /* chunked: where the next chunk-size line starts (0: the first) */
    size_t chunk_body;     /* chunked: data bytes in the chunks before chunk_at */
    size_t need;           /* HTTP_INCOMPLETE: no progress before buf holds this many bytes */
    http_body rest;        /* after HTTP_HEAD: the body being decoded (op_http.c keeps it) */
} http_progress;

/* Parses the request at the start of buf[0..len). On HTTP_DONE, *used is
 * the request's length and req describes it (spans point into buf or
 * owned; free with http_request_free). progress may be NULL: start over. */
http_status http_parse(const uint8_t *buf, size_t len, http_request *req, size_t *used,
                       http_progress *progress);
void http_request_free(http_request *req);

#endif
