/* op_http.c: the "http" extension. One op hands JavaScript the parser of
 * http_parser.c; Toy.serve in 13_http.js does the rest over the net ops. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http_parser.h"
#include "ops.h"

/* A growing JSON text. */
typedef struct jbuf { char *data; size_t len, cap; int oom; } jbuf;

static void jput(jbuf *j, const char *s, size_t n) {
    if (j->oom) return;
    if (j->len + n + 1 > j->cap) {
        size_t cap = j->cap ? j->cap : 256;
        while (cap < j->len + n + 1) cap *= 2;
        char *p = realloc(j->data, cap);
        if (p == NULL) { j->oom = 1; return; }
        j->data = p;
        j->cap = cap;
    }
    memcpy(j->data + j->len, s, n);
    j->len += n;
    j->data[j->len] = '\0';
}

static void jlit(jbuf *j, const char *s) { jput(j, s, strlen(s)); }

/* Bytes as a JSON string of code units 0-255: JavaScript gets the bytes
 * back with charCodeAt, whatever their encoding. */
static void jbytes(jbuf *j, const uint8_t *p, size_t n) {
    jput(j, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        char esc[8];
        if (p[i] >= 0x20 && p[i] < 0x7f && p[i] != '"' && p[i] != '\\') {
            jput(j, (const char *)p + i, 1);
        } else {
            snprintf(esc, sizeof esc, "\\u%04x", p[i]);
            jput(j, esc, 6);
        }
    }
    jput(j, "\"", 1);
}

/* op_http_parse(bytes) -> { used, requests: [{ method, target, version,
 * headers: [[name, value]...], body }], error? }: every complete request
 * at the start of bytes, and how many bytes they took. */
static void op_http_parse(toy_call *c) {
    const uint8_t *buf = c->args[0].bytes.data;
    size_t len = c->args[0].bytes.len, at = 0;
    jbuf j = { 0 };
    jlit(&j, "{\"requests\":[");
    const char *error = NULL;
    for (int n = 0; at < len; n++) {
        http_request req;
        size_t used;
        http_status st = http_parse(buf + at, len - at, &req, &used);
        if (st == HTTP_INCOMPLETE) break;
        if (st == HTTP_ERROR) { error = req.error; break; }
        if (n > 0) jlit(&j, ",");
        jlit(&j, "{\"method\":");
        jbytes(&j, req.method.ptr, req.method.len);
        jlit(&j, ",\"target\":");
        jbytes(&j, req.target.ptr, req.target.len);
        jlit(&j, ",\"version\":");
        jbytes(&j, req.version.ptr, req.version.len);
        jlit(&j, ",\"headers\":[");
        for (size_t h = 0; h < req.nheaders; h++) {
            jlit(&j, h ? ",[" : "[");
            jbytes(&j, req.names[h].ptr, req.names[h].len);
            jlit(&j, ",");
            jbytes(&j, req.values[h].ptr, req.values[h].len);
            jlit(&j, "]");
        }
        jlit(&j, "],\"body\":");
        jbytes(&j, req.body, req.body_len);
        jlit(&j, "}");
        http_request_free(&req);
        at += used;
    }
    char tail[300];
    snprintf(tail, sizeof tail, "],\"used\":%zu", at);
    jlit(&j, tail);
    if (error != NULL) {
        jlit(&j, ",\"error\":");
        jbytes(&j, (const uint8_t *)error, strlen(error));
    }
    jlit(&j, "}");
    if (j.oom) {
        free(j.data);
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    c->ret.str.data = j.data;
    c->ret.str.len = j.len;
}

static const toy_op http_ops[] = {
    { "op_http_parse", 0, op_http_parse, TOY_JSON, 1, { TOY_BYTES } },
};

static const char *const http_deps[] = { "net", NULL };
static const char *const http_js[] = { "js/13_http.js", NULL };

const toy_extension toy_ext_http = {
    "http", http_deps, http_ops, sizeof http_ops / sizeof http_ops[0], http_js, NULL, NULL,
};
