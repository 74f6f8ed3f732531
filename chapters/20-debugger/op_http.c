/* op_http.c: the "http" extension. Two ops hand JavaScript the parser of
 * http_parser.c: one makes a connection's parser, one feeds it bytes.
 * Toy.serve in 12_http.js does the rest over the net ops. */
#include <stdlib.h>
#include <string.h>

#include "http_parser.h"
#include "ops.h"

/* Header names are case-insensitive, and JavaScript gets them lower-case.
 * They are lowered where they lie, in the bytes of a request that has
 * been parsed whole: nothing reads them there again. */
static void lower_name(http_span name) {
    uint8_t *p = (uint8_t *)name.ptr;
    for (size_t i = 0; i < name.len; i++)
        if (p[i] >= 'A' && p[i] <= 'Z') p[i] += 32;
}

/* A request's head as op_http_parse hands it over: METHOD " " TARGET,
 * then "\n" name "\n" value for each header, names lowered. head_size
 * says how many bytes write_head will write, and write_head returns
 * where it stopped. */
static size_t head_size(const http_request *req) {
    size_t size = req->method.len + 1 + req->target.len;
    for (size_t h = 0; h < req->nheaders; h++) size += 2 + req->names[h].len + req->values[h].len;
    return size;
}

static char *put(char *o, char sep, http_span s) {
    *o++ = sep;
    memcpy(o, s.ptr, s.len);
    return o + s.len;
}

static char *write_head(char *o, http_request *req) {
    memcpy(o, req->method.ptr, req->method.len);
    o = put(o + req->method.len, ' ', req->target);
    for (size_t h = 0; h < req->nheaders; h++) {
        lower_name(req->names[h]);
        o = put(o, '\n', req->names[h]);
        o = put(o, '\n', req->values[h]);
    }
    return o;
}

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

/* op_http_parse(rid, bytes, tape) -> heads
 *
 * Parses every complete request at the start of bytes, going on from
 * where the parser rid stopped. Returns their heads (write_head) joined
 * by "\r", and writes into tape, which JavaScript reads as a Uint32Array,
 *   [count, used, need, error, then keepAlive, bodyAt, bodyLength each]
 * need: the length bytes must reach before another call gets further
 * (used after an error or when tape is full); error: 0, 400, 413, 431
 * or 501. A chunked body is joined in place, in the bytes its chunks
 * took. http_parse checks what it saved against bytes all the same, as
 * a script may call this op itself. */
static void op_http_parse(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[0].u32, "httpParser");
    if (r == NULL) return;
    http_progress *progress = r->data;
    uint8_t *buf = c->args[1].bytes.data;
    size_t len = c->args[1].bytes.len, at = 0;
    size_t slots = c->args[2].bytes.len / 4;
    if (slots < 4 + 3 || len >= UINT32_MAX) {   /* room for one request at least */
        toy_call_fail(c, "RangeError", "op_http_parse: tape too small or bytes too long");
        return;
    }
    /* The numbers are written at the end, so that a tape sharing memory
     * with bytes changes nothing mid-parse; at most 64 requests a call.
     * A head is never longer than the bytes it came from. */
    uint32_t nums[4 + 3 * 64];
    if (slots > sizeof nums / sizeof *nums) slots = sizeof nums / sizeof *nums;
    size_t most = (slots - 4) / 3;                /* requests the tape has room for */
    char *text = malloc(len + 1), *o = text;
    if (text == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    uint32_t count = 0, error = 0;
    while (at < len && count < most) {
        http_request req;
        size_t used;
        http_status st = http_parse(buf + at, len - at, &req, &used, progress);
        if (st == HTTP_INCOMPLETE) break;
        if (st == HTTP_ERROR) { error = (uint32_t)req.error_status; break; }
        /* A chunked body is copied to the end of the bytes its chunks took
         * (never fewer than the data): JavaScript finds every body in bytes. */
        size_t body_at = at + used - req.body.len;
        if (req.owned != NULL) memcpy(buf + body_at, req.body.ptr, req.body.len);
        else body_at = (size_t)(req.body.ptr - buf);
        if ((count > 0) + head_size(&req) > len - (size_t)(o - text)) {
            http_request_free(&req);   /* cannot happen; checked all the same */
            error = 431;
            break;
        }
        if (count > 0) *o++ = '\r';
        o = write_head(o, &req);
        uint32_t *n = nums + 4 + 3 * count++;
        n[0] = req.keep_alive ? 1 : 0;
        n[1] = (uint32_t)(req.body.len ? body_at : 0);
        n[2] = (uint32_t)req.body.len;
        http_request_free(&req);
        at += used;
        /* The head alone: the bytes after it are its body, for
         * op_http_body, so parsing stops here. */
        if (st == HTTP_HEAD) {
            n[0] |= 2;
            progress->rest = req.rest;
            break;
        }
    }
    /* Stopped at the end of the bytes, at a request not all there, or
     * (error or a full tape) where another call can start at once. */
    size_t need = at == len ? len + 1 : at + progress->need;
    if (error != 0 || (at < len && count == most)) need = at;
    nums[0] = count;
    nums[1] = (uint32_t)at;
    nums[2] = (uint32_t)need;
    nums[3] = error;
    memcpy(c->args[2].bytes.data, nums, (4 + 3 * (size_t)count) * sizeof *nums);
    c->ret.str.data = text;
    c->ret.str.len = (size_t)(o - text);
}

/* op_http_body(rid, bytes, tape) -> data
 *
 * Decodes, in place, the body that the parser rid's last request has
 * coming (op_http_parse marked it 2 in keepAlive): the body's data ends
 * up at the start of bytes, and the return value is how many bytes of
 * it there are. tape, a Uint32Array to JavaScript, gets [used, done,
 * error]: bytes taken (what follows belongs to the next request), 1 once
 * the body is over, and 400 or 431 when it is malformed. */
static void op_http_body(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[0].u32, "httpParser");
    if (r == NULL) return;
    http_progress *progress = r->data;
    if (c->args[2].bytes.len < 3 * 4 || c->args[1].bytes.len >= UINT32_MAX) {
        toy_call_fail(c, "RangeError", "op_http_body: tape too small or bytes too long");
        return;
    }
    size_t used, data;
    http_status st = http_body_decode(&progress->rest, c->args[1].bytes.data, c->args[1].bytes.len,
                                      &used, &data);
    uint32_t nums[3] = { (uint32_t)used, st == HTTP_DONE,
                         st == HTTP_ERROR ? (uint32_t)progress->rest.error_status : 0 };
    memcpy(c->args[2].bytes.data, nums, sizeof nums);
    c->ret.u32 = (uint32_t)data;
}

static const toy_op http_ops[] = {
    { .name = "op_http_parser_new", .fn = op_http_parser_new, .ret = TOY_U32 },
    { .name = "op_http_parse", .fn = op_http_parse, .ret = TOY_STR,
      TOY_ARGS(TOY_U32, TOY_BYTES, TOY_BYTES) },
    { .name = "op_http_body", .fn = op_http_body, .ret = TOY_U32,
      TOY_ARGS(TOY_U32, TOY_BYTES, TOY_BYTES) },
};

static const char *const http_deps[] = { "net", NULL };
static const char *const http_js[] = { "js/12_http.js", NULL };

const toy_extension toy_ext_http = {
    .name = "http", .deps = http_deps, .ops = http_ops, .nops = TOY_COUNT(http_ops),
    .js = http_js,
};
