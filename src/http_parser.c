//@ 09-complete
/* http_parser.c: HTTP/1.1 requests, parsed from a buffer that grows as
 * bytes arrive. Every call starts over from the buffer's beginning: simple,
 * and the head is bounded by HTTP_MAX_HEAD. Bodies come by Content-Length
 * or chunked transfer encoding. */
#include <stdlib.h>
#include <string.h>

#include "http_parser.h"

//> 09-complete http-parser-lex
static int is_tchar(uint8_t ch) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))
        return 1;
    return ch != 0 && strchr("!#$%&'*+-.^_`|~", ch) != NULL;
}

static int span_ieq(http_span s, const char *lit) {
    size_t n = strlen(lit);
    if (s.len != n) return 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t a = s.ptr[i], b = (uint8_t)lit[i];
        if (a >= 'A' && a <= 'Z') a = (uint8_t)(a + 32);
        if (a != b) return 0;
    }
    return 1;
}

/* The index just past the next CRLF at or after pos, or 0 if none yet. */
static size_t line_end(const uint8_t *buf, size_t len, size_t pos) {
    for (size_t i = pos; i + 1 < len; i++)
        if (buf[i] == '\r' && buf[i + 1] == '\n') return i + 2;
    return 0;
}

static http_status fail(http_request *req, const char *why) {
    free(req->body);
    req->body = NULL;
    req->body_len = 0;
    req->error = why;
    return HTTP_ERROR;
}
//< 09-complete http-parser-lex

//> 09-complete http-parser-head
/* The request line: METHOD SP TARGET SP HTTP/1.x */
static int parse_request_line(const uint8_t *p, size_t n, http_request *req) {
    size_t i = 0;
    while (i < n && is_tchar(p[i])) i++;
    if (i == 0 || i >= n || p[i] != ' ') return -1;
    req->method = (http_span){ p, i };
    size_t t = ++i;
    while (i < n && p[i] > ' ' && p[i] != 0x7f) i++;
    if (i == t || i >= n || p[i] != ' ') return -1;
    req->target = (http_span){ p + t, i - t };
    i++;
    if (n - i != 8 || memcmp(p + i, "HTTP/1.", 7) != 0 || (p[i + 7] != '0' && p[i + 7] != '1'))
        return -1;
    req->version = (http_span){ p + i, 8 };
    return 0;
}

/* NAME ":" OWS VALUE OWS */
static int parse_header(const uint8_t *p, size_t n, http_request *req) {
    size_t i = 0;
    while (i < n && is_tchar(p[i])) i++;
    if (i == 0 || i >= n || p[i] != ':') return -1;
    if (req->nheaders == HTTP_MAX_HEADERS) return -1;
    http_span name = { p, i };
    i++;
    while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
    size_t end = n;
    while (end > i && (p[end - 1] == ' ' || p[end - 1] == '\t')) end--;
    for (size_t k = i; k < end; k++)
        if ((p[k] < ' ' && p[k] != '\t') || p[k] == 0x7f) return -1;
    req->names[req->nheaders] = name;
    req->values[req->nheaders] = (http_span){ p + i, end - i };
    req->nheaders++;
    return 0;
}
//< 09-complete http-parser-head

//> 09-complete http-parser-body
/* A Content-Length value: digits only, no overflow. */
static int parse_length(http_span v, size_t *out) {
    if (v.len == 0 || v.len > 15) return -1;
    size_t n = 0;
    for (size_t i = 0; i < v.len; i++) {
        if (v.ptr[i] < '0' || v.ptr[i] > '9') return -1;
        n = n * 10 + (size_t)(v.ptr[i] - '0');
    }
    *out = n;
    return 0;
}

/* Chunks from pos: HEX[;ext] CRLF DATA CRLF ... 0 CRLF [trailers] CRLF */
static http_status parse_chunked(const uint8_t *buf, size_t len, size_t pos,
                                 http_request *req, size_t *used) {
    size_t total = 0;
    /* First pass measures, so the body is allocated once. */
    for (int pass = 0; pass < 2; pass++) {
        size_t at = pos, out = 0;
        for (;;) {
            size_t eol = line_end(buf, len, at);
            if (eol == 0) return len - at > 1024 ? fail(req, "chunk size line too long") : HTTP_INCOMPLETE;
            size_t size = 0, i = at, digits = 0;
            for (; i < eol - 2; i++, digits++) {
                uint8_t ch = buf[i];
                int d = ch >= '0' && ch <= '9' ? ch - '0'
                      : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                      : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
                if (d < 0) break;
                if (digits >= 15) return fail(req, "chunk too large");
                size = size * 16 + (size_t)d;
            }
            if (digits == 0 || (i < eol - 2 && buf[i] != ';' && buf[i] != ' ' && buf[i] != '\t'))
                return fail(req, "bad chunk size");
            at = eol;
            if (size == 0) {
                /* Trailers, ignored, up to an empty line. */
                for (;;) {
                    size_t e = line_end(buf, len, at);
                    if (e == 0) return len - at > HTTP_MAX_HEAD ? fail(req, "trailers too large") : HTTP_INCOMPLETE;
                    if (e == at + 2) { at = e; break; }
                    at = e;
                }
                if (pass == 0) {
                    total = out;
                    if (total > 0) {
                        req->body = malloc(total);
                        if (req->body == NULL) return fail(req, "out of memory");
                    }
                    break;
                }
                req->body_len = out;
                *used = at;
                return HTTP_DONE;
            }
            if (len - at < size + 2) return HTTP_INCOMPLETE;
            if (buf[at + size] != '\r' || buf[at + size + 1] != '\n')
                return fail(req, "chunk not followed by CRLF");
            if (pass == 1) memcpy(req->body + out, buf + at, size);
            out += size;
            at += size + 2;
        }
    }
    return fail(req, "unreachable");
}
//< 09-complete http-parser-body

//> 09-complete http-parser-parse
http_status http_parse(const uint8_t *buf, size_t len, http_request *req, size_t *used) {
    memset(req, 0, sizeof *req);
    *used = 0;
    /* Find the head's end: an empty line. */
    size_t head_end = 0;
    for (size_t i = 0; i + 3 < len && i < HTTP_MAX_HEAD; i++) {
        if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
            head_end = i + 4;
            break;
        }
    }
    if (head_end == 0) {
        /* A request line that is visibly wrong fails now, not at the limit. */
        size_t eol = line_end(buf, len, 0);
        if (eol != 0 && parse_request_line(buf, eol - 2, req) != 0)
            return fail(req, "malformed request line");
        if (len >= HTTP_MAX_HEAD) return fail(req, "request head too large");
        return HTTP_INCOMPLETE;
    }
    size_t eol = line_end(buf, head_end, 0);
    if (parse_request_line(buf, eol - 2, req) != 0) return fail(req, "malformed request line");
    size_t at = eol;
    while (at < head_end - 2) {
        size_t e = line_end(buf, head_end, at);
        if (parse_header(buf + at, e - 2 - at, req) != 0) return fail(req, "malformed header");
        at = e;
    }

    int chunked = 0, has_length = 0;
    size_t length = 0;
    for (size_t h = 0; h < req->nheaders; h++) {
        if (span_ieq(req->names[h], "content-length")) {
            size_t n;
            if (parse_length(req->values[h], &n) != 0 || (has_length && n != length))
                return fail(req, "bad Content-Length");
            has_length = 1;
            length = n;
        } else if (span_ieq(req->names[h], "transfer-encoding")) {
            if (!span_ieq(req->values[h], "chunked")) return fail(req, "unsupported Transfer-Encoding");
            chunked = 1;
        }
    }
    if (chunked && has_length) return fail(req, "both Content-Length and chunked");
    if (chunked) return parse_chunked(buf, len, head_end, req, used);
    if (len - head_end < length) return HTTP_INCOMPLETE;
    if (length > 0) {
        req->body = malloc(length);
        if (req->body == NULL) return fail(req, "out of memory");
        memcpy(req->body, buf + head_end, length);
        req->body_len = length;
    }
    *used = head_end + length;
    return HTTP_DONE;
}

void http_request_free(http_request *req) {
    free(req->body);
    req->body = NULL;
    req->body_len = 0;
}
//< 09-complete http-parser-parse
