/* http_parser.c: HTTP/1.1 requests, parsed from a buffer that grows as
 * bytes arrive. Bodies come by Content-Length or chunked transfer
 * encoding. The parser keeps no state of its own: the caller holds an
 * http_progress, in which the parser notes how far it got, so a request
 * arriving in many small reads costs time in proportion to its size, not
 * to its size squared (see http_parse). */
#include <stdlib.h>
#include <string.h>

#include "http_parser.h"

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

/* status: the answer the server gives, 400 (malformed), 413 (body too
 * large), 431 (head too large) or 501 (a method it does not implement). */
static http_status fail(http_request *req, int status, const char *why) {
    free(req->owned);
    req->owned = NULL;
    req->body = (http_span){ NULL, 0 };
    req->error = why;
    req->error_status = status;
    return HTTP_ERROR;
}

static int is_alnum(uint8_t ch) {
    return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}

/* absolute-form: "http" or "https" (in any case) "://" host [":" port],
 * then a path, a query or nothing. The host is a name (letters, digits,
 * "-", ".", "_", "~") or an IPv6 literal in brackets. A userinfo
 * ("user@") is refused, as RFC 9110 (section 4.2.4) advises. */
static int absolute_ok(const uint8_t *t, size_t n) {
    size_t i = n >= 7 && span_ieq((http_span){ t, 7 }, "http://") ? 7
             : n >= 8 && span_ieq((http_span){ t, 8 }, "https://") ? 8 : 0;
    if (i == 0) return 0;
    size_t host = i;
    if (i < n && t[i] == '[') {
        for (i++; i < n && (t[i] == ':' || t[i] == '.' || is_alnum(t[i])); i++) {}
        if (i >= n || t[i] != ']') return 0;
        i++;
    } else {
        while (i < n && (is_alnum(t[i]) || t[i] == '-' || t[i] == '.' || t[i] == '_' || t[i] == '~'))
            i++;
    }
    if (i == host) return 0;
    if (i < n && t[i] == ':') {
        size_t digits = ++i;
        while (i < n && t[i] >= '0' && t[i] <= '9') i++;
        if (i - digits > 5) return 0;
    }
    return i == n || t[i] == '/' || t[i] == '?';
}

/* The request target must have one of the forms RFC 9112 (section 3.2)
 * gives it. origin-form, "/path?query", is what nearly every request
 * sends; absolute-form, "http://host/path", is what a client sends to a
 * proxy, and a server must accept it too; asterisk-form, "*", is for
 * OPTIONS alone. (authority-form, "host:port", belongs to CONNECT, which
 * this server does not implement.) Anything else is refused: the server
 * makes a URL by putting its origin before an origin-form target, and a
 * target like "@evil.example/x" would give a URL whose host is
 * evil.example. No form has a fragment ("#..."). */
static int target_ok(http_span method, const uint8_t *t, size_t n) {
    if (memchr(t, '#', n) != NULL) return 0;
    if (t[0] == '/') return 1;
    if (n == 1 && t[0] == '*') return method.len == 7 && memcmp(method.ptr, "OPTIONS", 7) == 0;
    return absolute_ok(t, n);
}

/* The request line: METHOD SP TARGET SP HTTP/1.x. 0, 400 when malformed,
 * or 501 for CONNECT: it asks for a tunnel, which this server cannot
 * make (RFC 9110, section 9.1: a method the server does not implement
 * is answered 501). */
static int parse_request_line(const uint8_t *p, size_t n, http_request *req) {
    size_t i = 0;
    while (i < n && is_tchar(p[i])) i++;
    if (i == 0 || i >= n || p[i] != ' ') return 400;
    req->method = (http_span){ p, i };
    size_t t = ++i;
    while (i < n && p[i] > ' ' && p[i] != 0x7f) i++;
    if (i == t || i >= n || p[i] != ' ') return 400;
    req->target = (http_span){ p + t, i - t };
    i++;
    if (n - i != 8 || memcmp(p + i, "HTTP/1.", 7) != 0 || (p[i + 7] != '0' && p[i + 7] != '1'))
        return 400;
    req->version = (http_span){ p + i, 8 };
    if (req->method.len == 7 && memcmp(req->method.ptr, "CONNECT", 7) == 0) return 501;
    return target_ok(req->method, req->target.ptr, req->target.len) ? 0 : 400;
}

/* The failure for what parse_request_line returned. */
static http_status bad_line(http_request *req, int status) {
    return fail(req, status, status == 501 ? "CONNECT is not implemented" : "malformed request line");
}

/* NAME ":" OWS VALUE OWS. 0, -1 when malformed, -2 when one too many. */
static int parse_header(const uint8_t *p, size_t n, http_request *req) {
    size_t i = 0;
    while (i < n && is_tchar(p[i])) i++;
    if (i == 0 || i >= n || p[i] != ':') return -1;
    if (req->nheaders == HTTP_MAX_HEADERS) return -2;
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

/* The chunk-size line at pos: HEX[;ext] CRLF. 1 with the size and the
 * index just past the line; 0 when the line is not all there; -1 when
 * malformed. */
static int chunk_line(const uint8_t *buf, size_t len, size_t pos, size_t *size, size_t *next) {
    if (pos > len) return -1;
    size_t eol = line_end(buf, len, pos);
    if (eol == 0) return len - pos > 1024 ? -1 : 0;
    size_t n = 0, i = pos, digits = 0;
    for (; i < eol - 2; i++, digits++) {
        uint8_t ch = buf[i];
        int d = ch >= '0' && ch <= '9' ? ch - '0'
              : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
              : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
        if (d < 0) break;
        if (digits >= 15) return -1;
        n = n * 16 + (size_t)d;
    }
    if (digits == 0 || (i < eol - 2 && buf[i] != ';' && buf[i] != ' ' && buf[i] != '\t')) return -1;
    *size = n;
    *next = eol;
    return 1;
}

/* Chunks from head_end: HEX[;ext] CRLF DATA CRLF ... 0 CRLF [trailers] CRLF.
 * The first walk checks and counts, going on from the chunk where the
 * last call stopped (progress); once the last chunk is in, a second walk
 * copies the data into one block of the right size. */
static http_status parse_chunked(const uint8_t *buf, size_t len, size_t head_end,
                                 http_request *req, size_t *used, http_progress *p) {
    size_t at = p->chunk_at, total = p->chunk_body, size, next;
    if (at < head_end) {                 /* the first call on this body (or a progress not its own) */
        at = head_end;
        total = 0;
    }
    for (;;) {
        int rc = chunk_line(buf, len, at, &size, &next);
        if (rc < 0) return fail(req, 400, "bad chunk size");
        if (rc == 0) {
            p->need = len + 1;
            return HTTP_INCOMPLETE;
        }
        if (size == 0) break;
        /* More than HTTP_MAX_BODY is never joined: it is streamed. */
        if (size > HTTP_MAX_BODY - total || next - head_end > 2 * (size_t)HTTP_MAX_BODY)
            return HTTP_INCOMPLETE;
        if (len - next < size + 2) {
            p->need = next + size + 2;
            return HTTP_INCOMPLETE;
        }
        if (buf[next + size] != '\r' || buf[next + size + 1] != '\n')
            return fail(req, 400, "chunk not followed by CRLF");
        at = next + size + 2;
        total += size;
        p->chunk_at = at;            /* this chunk is done: never walked again */
        p->chunk_body = total;
    }
    /* Trailers, ignored, up to an empty line. */
    size_t end = next;
    for (;;) {
        size_t e = line_end(buf, len, end);
        if (e == 0) {
            if (len - end > HTTP_MAX_HEAD) return fail(req, 431, "trailers too large");
            p->need = len + 1;
            return HTTP_INCOMPLETE;
        }
        int empty = e == end + 2;
        end = e;
        if (empty) break;
    }
    if (total > 0 && (req->owned = malloc(total)) == NULL) return fail(req, 413, "out of memory");
    /* The second walk checks each step again before it copies: the bytes
     * may not be those the first walk saw over several calls (whoever
     * holds them can change them), and no copy may go past them or past
     * the block. */
    size_t out = 0;
    for (at = head_end;; at = next + size + 2) {
        if (chunk_line(buf, len, at, &size, &next) != 1) return fail(req, 400, "bad chunk size");
        if (size == 0) break;
        if (size > total - out || len - next < size + 2) return fail(req, 400, "chunks changed");
        memcpy(req->owned + out, buf + next, size);
        out += size;
    }
    if (out != total) return fail(req, 400, "chunks changed");
    req->body = (http_span){ req->owned, total };
    *used = end;
    return HTTP_DONE;
}

/* HTTP_HEAD: the request's head is parsed, used up to head_end; its body
 * comes next, framed as framing says. */
static http_status body_follows(http_request *req, size_t *used, size_t head_end, http_framing framing,
                                uint64_t length) {
    free(req->owned);
    req->owned = NULL;
    req->body = (http_span){ NULL, 0 };
    memset(&req->rest, 0, sizeof req->rest);
    req->rest.framing = framing;
    req->rest.left = length;
    *used = head_end;
    return HTTP_HEAD;
}

/* One request from the start of buf, going on from progress. */
static http_status parse(const uint8_t *buf, size_t len, http_request *req, size_t *used,
                         http_progress *p) {
    /* Find the head's end: an empty line. The search resumes where the
     * last call stopped (less 3 bytes: the CRLFCRLF may straddle it). */
    size_t head_end = 0;
    size_t limit = len < HTTP_MAX_HEAD ? len : HTTP_MAX_HEAD;
    for (size_t i = p->scanned > 3 ? p->scanned - 3 : 0; i + 3 < limit; i++) {
        if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
            head_end = i + 4;
            break;
        }
    }
    if (head_end == 0) {
        p->scanned = limit;
        /* A request line that is visibly wrong fails now, not at the limit. */
        const uint8_t *nl = memchr(buf, '\n', limit);
        if (nl != NULL) {
            size_t eol = (size_t)(nl - buf) + 1;
            if (eol < 2 || buf[eol - 2] != '\r') return bad_line(req, 400);
            int status = parse_request_line(buf, eol - 2, req);
            if (status != 0) return bad_line(req, status);
        }
        if (len >= HTTP_MAX_HEAD) return fail(req, 431, "request head too large");
        p->need = len + 1;
        return HTTP_INCOMPLETE;
    }
    /* The bytes may have changed since the search (a file read can be
     * writing into them): a line with no end now is refused. */
    size_t eol = line_end(buf, head_end, 0);
    if (eol == 0) return bad_line(req, 400);
    int status = parse_request_line(buf, eol - 2, req);
    if (status != 0) return bad_line(req, status);
    size_t at = eol;
    while (at < head_end - 2) {
        size_t e = line_end(buf, head_end, at);
        if (e == 0) return fail(req, 400, "malformed header");
        int rc = parse_header(buf + at, e - 2 - at, req);
        if (rc == -2) return fail(req, 431, "too many headers");
        if (rc != 0) return fail(req, 400, "malformed header");
        at = e;
    }

    int chunked = 0, has_length = 0, close = 0, keep_alive = 0;
    size_t length = 0;
    for (size_t h = 0; h < req->nheaders; h++) {
        if (span_ieq(req->names[h], "content-length")) {
            size_t n;
            if (parse_length(req->values[h], &n) != 0 || (has_length && n != length))
                return fail(req, 400, "bad Content-Length");
            has_length = 1;
            length = n;
        } else if (span_ieq(req->names[h], "transfer-encoding")) {
            if (!span_ieq(req->values[h], "chunked")) return fail(req, 400, "unsupported Transfer-Encoding");
            chunked = 1;
        } else if (span_ieq(req->names[h], "connection")) {
            close |= span_ieq(req->values[h], "close");
            keep_alive |= span_ieq(req->values[h], "keep-alive");
        }
    }
    /* HTTP/1.1 keeps the connection unless told to close; 1.0 closes
     * unless told to keep it. */
    req->keep_alive = req->version.ptr[7] == '1' ? !close : keep_alive && !close;
    if (chunked && has_length) return fail(req, 400, "both Content-Length and chunked");
    /* A body not all there yet follows its head: the head goes to the
     * handler at once, the body to http_body_decode as it arrives. */
    if (chunked) {
        http_status st = parse_chunked(buf, len, head_end, req, used, p);
        return st == HTTP_INCOMPLETE ? body_follows(req, used, head_end, HTTP_FRAMING_CHUNKED, 0) : st;
    }
    if (len - head_end < length) return body_follows(req, used, head_end, HTTP_FRAMING_LENGTH, length);
    req->body = (http_span){ buf + head_end, length };
    *used = head_end + length;
    return HTTP_DONE;
}

/* progress says where the last call on this request stopped (NULL: start
 * over). Whatever the outcome but HTTP_INCOMPLETE, it is reset for the
 * next request. */
http_status http_parse(const uint8_t *buf, size_t len, http_request *req, size_t *used,
                       http_progress *progress) {
    http_progress scratch = { 0 };     /* every field zero, rest too */
    http_progress *p = progress != NULL ? progress : &scratch;
    /* A progress that cannot be about these bytes (it points past their
     * end) is dropped: starting over is always right, only slower. */
    if (p->scanned > len || p->chunk_at > len || p->chunk_body > HTTP_MAX_BODY)
        memset(p, 0, sizeof *p);
    memset(req, 0, sizeof *req);
    *used = 0;
    p->need = 0;
    http_status st = parse(buf, len, req, used, p);
    if (st != HTTP_INCOMPLETE) memset(p, 0, sizeof *p);
    return st;
}

void http_request_free(http_request *req) {
    free(req->owned);
    req->owned = NULL;
    req->body = (http_span){ NULL, 0 };
}

/* Where in the chunked coding the next byte belongs. */
enum {
    CHUNK_SIZE,         /* the first hex digit of a size line */
    CHUNK_SIZE_MORE,    /* more digits, an extension, or CR */
    CHUNK_EXT,          /* ";name=value" up to CRLF: skipped */
    CHUNK_EXT_LF,       /* after a CR in an extension: LF ends the line */
    CHUNK_SIZE_LF,      /* the size line's LF */
    CHUNK_DATA,         /* left bytes of data */
    CHUNK_DATA_CR,      /* the CRLF after the data */
    CHUNK_DATA_LF,
    CHUNK_TRAILER,      /* the start of a trailer line, or of the empty line that ends all */
    CHUNK_TRAILER_MORE, /* the rest of a trailer line: skipped */
    CHUNK_TRAILER_LF,
    CHUNK_END_LF,       /* the last LF */
    CHUNK_ERROR
};

static int hex_digit(uint8_t ch) {
    return ch >= '0' && ch <= '9' ? ch - '0'
         : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
         : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
}

static http_status body_fail(http_body *b, int status, const char *why) {
    b->state = CHUNK_ERROR;
    b->error_status = status;
    b->error = why;
    return HTTP_ERROR;
}

/* The chunked coding, one byte at a time so that it may be cut anywhere,
 * except the data, which is moved in one piece to where the data before
 * it ends. What a hostile client can make it hold is bounded: 15 hex
 * digits of size (a size past 2^60 is refused, not wrapped), 1024 bytes
 * of a size line, HTTP_MAX_HEAD bytes of trailers. */
static http_status decode_chunked(http_body *b, uint8_t *buf, size_t len, size_t *used, size_t *data) {
    size_t i = 0, out = 0;
    http_status st = HTTP_INCOMPLETE;
    while (i < len && st == HTTP_INCOMPLETE) {
        uint8_t ch = buf[i];
        if (b->state == CHUNK_DATA) {
            size_t n = b->left < len - i ? (size_t)b->left : len - i;
            memmove(buf + out, buf + i, n);
            out += n;
            i += n;
            b->left -= n;
            if (b->left == 0) b->state = CHUNK_DATA_CR;
            continue;
        }
        i++;
        switch (b->state) {
        case CHUNK_SIZE:
        case CHUNK_SIZE_MORE: {
            int d = hex_digit(ch);
            if (d >= 0) {
                if (++b->line > 15) return body_fail(b, 400, "bad chunk size");
                b->left = b->left * 16 + (uint64_t)d;
                b->state = CHUNK_SIZE_MORE;
            } else if (b->state == CHUNK_SIZE) {
                return body_fail(b, 400, "bad chunk size");
            } else if (ch == '\r') {
                b->state = CHUNK_SIZE_LF;
            } else if (ch == ';' || ch == ' ' || ch == '\t') {
                b->state = CHUNK_EXT;
            } else {
                return body_fail(b, 400, "bad chunk size");
            }
            break;
        }
        /* An extension ends at the first CRLF, a lone CR in it being
         * skipped like the rest, as parse_chunked's line_end does. */
        case CHUNK_EXT:
        case CHUNK_EXT_LF:
            if (b->state == CHUNK_EXT_LF && ch == '\n') {
                b->line = 0;
                b->state = b->left == 0 ? CHUNK_TRAILER : CHUNK_DATA;
                break;
            }
            b->state = ch == '\r' ? CHUNK_EXT_LF : CHUNK_EXT;
            if (++b->line > 1024) return body_fail(b, 400, "chunk extension too long");
            break;
        case CHUNK_SIZE_LF:
            if (ch != '\n') return body_fail(b, 400, "bad chunk size");
            b->line = 0;
            b->state = b->left == 0 ? CHUNK_TRAILER : CHUNK_DATA;
            break;
        case CHUNK_DATA_CR:
            if (ch != '\r') return body_fail(b, 400, "chunk not followed by CRLF");
            b->state = CHUNK_DATA_LF;
            break;
        case CHUNK_DATA_LF:
            if (ch != '\n') return body_fail(b, 400, "chunk not followed by CRLF");
            b->state = CHUNK_SIZE;
            break;
        case CHUNK_TRAILER:
            b->state = ch == '\r' ? CHUNK_END_LF : CHUNK_TRAILER_MORE;
            break;
        case CHUNK_TRAILER_MORE:
            if (ch == '\r') b->state = CHUNK_TRAILER_LF;
            break;
        /* Lines end at CRLF; a lone CR is part of the line (line_end). */
        case CHUNK_TRAILER_LF:
            b->state = ch == '\n' ? CHUNK_TRAILER : ch == '\r' ? CHUNK_TRAILER_LF : CHUNK_TRAILER_MORE;
            break;
        case CHUNK_END_LF:
            if (ch != '\n') {
                b->state = ch == '\r' ? CHUNK_TRAILER_LF : CHUNK_TRAILER_MORE;
                break;
            }
            memset(b, 0, sizeof *b);     /* over: framing none */
            st = HTTP_DONE;
            break;
        default:
            return body_fail(b, 400, "body already failed");
        }
        if (b->state >= CHUNK_TRAILER && b->state <= CHUNK_END_LF && ++b->line > HTTP_MAX_HEAD)
            return body_fail(b, 431, "trailers too large");
    }
    *used = i;
    *data = out;
    return st;
}

http_status http_body_decode(http_body *b, uint8_t *buf, size_t len, size_t *used, size_t *data) {
    *used = 0;
    *data = 0;
    if (b->state == CHUNK_ERROR) return HTTP_ERROR;
    if (b->framing == HTTP_FRAMING_CHUNKED) return decode_chunked(b, buf, len, used, data);
    if (b->framing == HTTP_FRAMING_LENGTH) {
        size_t n = b->left < len ? (size_t)b->left : len;
        *used = *data = n;
        b->left -= n;
        if (b->left > 0) return HTTP_INCOMPLETE;
        memset(b, 0, sizeof *b);
    }
    return HTTP_DONE;
}
