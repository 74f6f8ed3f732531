//@ 13-http
/* op_http.c: the "http" extension. Two ops hand JavaScript the parser of
 * http_parser.c: one makes a connection's parser, one feeds it bytes.
 * Toy.serve in 12_http.js does the rest over the net ops. */
#include <stdlib.h>
#include <string.h>

#include "http_parser.h"
#include "ops.h"

//> 13-http omit
/* Header names are case-insensitive, and JavaScript gets them lower-case.
 * They are lowered where they lie, in the bytes of a request that has
 * been parsed whole: nothing reads them there again. */
static void lower_name(http_span name) {
    uint8_t *p = (uint8_t *)name.ptr;
    for (size_t i = 0; i < name.len; i++)
        if (p[i] >= 'A' && p[i] <= 'Z') p[i] += 32;
}
//< 13-http omit

//> 13-http http-op
/* op_http_parser_new() -> rid
 *
 * A connection's parser: the http_progress of the request it is in the
 * middle of, kept here in C as an "httpParser" resource. JavaScript holds
 * only the rid, so no script can hand the parser a progress of its own
 * making (offsets past the bytes, a body length that is not the sum of
 * its chunks), which the parser would trust. */
static void close_parser(void *data) {
    free(data);
}

static void op_http_parser_new(toy_call *c) {
    http_progress *p = toy_call_alloc(c, sizeof *p);
    if (p == NULL) return;
    memset(p, 0, sizeof *p);
    int64_t rid = toy_resources_add(&c->state->resources, "httpParser", p, close_parser);
    if (rid < 0) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    c->ret.u32 = (uint32_t)rid;
}

/* op_http_parse(rid, bytes) -> [request..., used, need, error]
 *
 * Parses every complete request at the start of bytes, going on from
 * where the parser rid stopped on its last call. The result is arrays
 * and numbers only (JSON.parse builds arrays much faster than objects
 * with keys): the requests, then three numbers. used: the bytes the
 * requests took; need: the length bytes must reach before another call
 * can get further; error: 0, or 400, 413, 431 or 501 for a request that
 * cannot be served. Each request is one flat array:
 *   [method, target, keepAlive (0/1), bodyAt, bodyLength, name, value, ...]
 * with header names lower-cased, values decoded as UTF-8, and the body
 * left in bytes (a chunked body is joined in place, in the bytes its
 * chunks took). The caller passes the same bytes again, longer, until
 * they hold a request; the parser checks what it saved against them
 * all the same (http_parse), since a script may call this op itself. */
static void op_http_parse(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[0].u32, "httpParser");
    if (r == NULL) return;
    http_progress *progress = r->data;
    uint8_t *buf = c->args[1].bytes.data;
    size_t len = c->args[1].bytes.len, at = 0;
    toy_json j;
    toy_json_init(&j);
    toy_json_array(&j);
    int error = 0;
    while (at < len) {
        http_request req;
        size_t used;
        http_status st = http_parse(buf + at, len - at, &req, &used, progress);
        if (st == HTTP_INCOMPLETE) break;
        if (st == HTTP_ERROR) { error = req.error_status; break; }
        /* A chunked body is copied to the end of the bytes its chunks took
         * (never fewer than the data): JavaScript finds every body in bytes. */
        size_t body_at = at + used - req.body.len;
        if (req.owned != NULL) memcpy(buf + body_at, req.body.ptr, req.body.len);
        else body_at = (size_t)(req.body.ptr - buf);
        toy_json_array(&j);
        toy_json_string(&j, (const char *)req.method.ptr, req.method.len);
        toy_json_string(&j, (const char *)req.target.ptr, req.target.len);
        toy_json_uint(&j, req.keep_alive ? 1 : 0);
        toy_json_uint(&j, req.body.len ? body_at : 0);
        toy_json_uint(&j, req.body.len);
        for (size_t h = 0; h < req.nheaders; h++) {
            lower_name(req.names[h]);
            toy_json_string(&j, (const char *)req.names[h].ptr, req.names[h].len);
            toy_json_string(&j, (const char *)req.values[h].ptr, req.values[h].len);
        }
        toy_json_end(&j);
        http_request_free(&req);
        at += used;
    }
    toy_json_uint(&j, at);
    toy_json_uint(&j, error ? 0 : at + progress->need);
    toy_json_uint(&j, (uint64_t)error);
    toy_json_end(&j);
    toy_call_return_json(c, &j);
}

static const toy_op http_ops[] = {
    { .name = "op_http_parser_new", .fn = op_http_parser_new, .ret = TOY_U32 },
    { .name = "op_http_parse", .fn = op_http_parse, .ret = TOY_JSON, TOY_ARGS(TOY_U32, TOY_BYTES) },
};
//< 13-http http-op

static const char *const http_deps[] = { "net", NULL };
static const char *const http_js[] = { "js/12_http.js", NULL };

const toy_extension toy_ext_http = {
    .name = "http", .deps = http_deps, .ops = http_ops, .nops = TOY_COUNT(http_ops),
    .js = http_js,
};
