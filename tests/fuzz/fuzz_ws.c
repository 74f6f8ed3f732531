/* libFuzzer target for the WebSocket wire (src/ws.c), which reads what
 * any client of the debugger's port sends. Checks that the decoder never
 * reads or writes outside its input (the input is copied into a block of
 * exactly its size), never takes more bytes than it is given, gives the
 * same events whether the bytes come all at once or in pieces of any
 * size (taken from the input itself), keeps its limits (a message no
 * longer than max_message, text that is UTF-8, control payloads of at
 * most 125 bytes), takes nothing after an error or a close, and that a
 * frame the encoder makes, masked as a client would, decodes back to
 * the bytes it carried. The handshake's key check and token search get
 * the bytes too. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ws.h"

static void check(int ok) {
    if (!ok) abort();
}

typedef struct seen {
    int kind, opcode, close_code;
    size_t len;
    uint8_t *data;
} seen;

/* Decodes buf[0..len), in pieces whose sizes come from sizes[] (0: all
 * at once); records up to max events. Returns how many. */
static size_t run(const uint8_t *buf, size_t len, const uint8_t *sizes, size_t nsizes, size_t limit,
                  seen *out, size_t max) {
    ws_decoder d;
    ws_decoder_init(&d);
    d.max_message = limit;
    size_t at = 0, n = 0, k = 0;
    int ended = 0;
    while (at < len && n < max) {
        size_t piece = len - at;
        if (nsizes > 0) {
            size_t want = 1 + sizes[k++ % nsizes] % 17;
            if (want < piece) piece = want;
        }
        ws_event ev;
        size_t took = ws_decode(&d, buf + at, piece, &ev);
        check(took <= piece);
        if (ended) {
            check(took == 0 && ev.kind == WS_EV_ERROR);
            break;
        }
        at += took;
        if (ev.kind == WS_EV_NONE) {
            check(took == piece);
            continue;
        }
        seen *s = &out[n++];
        s->kind = ev.kind;
        s->opcode = ev.opcode;
        s->close_code = ev.close_code;
        s->len = ev.len;
        s->data = NULL;
        switch (ev.kind) {
        case WS_EV_MESSAGE:
            check(ev.len <= limit);
            check(ev.opcode == WS_OP_TEXT || ev.opcode == WS_OP_BINARY);
            check(ev.opcode != WS_OP_TEXT || ws_utf8_valid(ev.data, ev.len));
            check(ev.data[ev.len] == 0);
            if (n % 2) {
                size_t mlen;
                s->data = ws_take_message(&d, &mlen);
                check(s->data != NULL && mlen == ev.len);
            } else {
                s->data = malloc(ev.len + 1);
                memcpy(s->data, ev.data, ev.len);
            }
            break;
        case WS_EV_PING:
        case WS_EV_PONG:
            check(ev.len <= WS_MAX_CONTROL);
            s->data = malloc(ev.len + 1);
            memcpy(s->data, ev.data, ev.len);
            break;
        case WS_EV_CLOSE:
        case WS_EV_ERROR:
            check(ev.kind == WS_EV_CLOSE || ev.close_code == WS_CLOSE_PROTOCOL ||
                  ev.close_code == WS_CLOSE_INVALID_DATA || ev.close_code == WS_CLOSE_TOO_BIG);
            ended = 1;
            /* Nothing more is taken. */
            ws_event again;
            check(ws_decode(&d, buf + at, len - at, &again) == 0 && again.kind == WS_EV_ERROR);
            break;
        case WS_EV_NONE:
            break;
        }
        if (ended) break;
    }
    ws_decoder_free(&d);
    return n;
}

static void same(const seen *a, size_t na, const seen *b, size_t nb) {
    check(na == nb);
    for (size_t i = 0; i < na; i++) {
        check(a[i].kind == b[i].kind && a[i].opcode == b[i].opcode && a[i].len == b[i].len);
        check(a[i].close_code == b[i].close_code);
        check(a[i].len == 0 || a[i].data == NULL || b[i].data == NULL ||
              memcmp(a[i].data, b[i].data, a[i].len) == 0);
    }
}

static void release(seen *s, size_t n) {
    for (size_t i = 0; i < n; i++) free(s[i].data);
}

/* The bytes as a message's payload: encoded, masked, decoded back. */
static void round_trip(const uint8_t *buf, size_t len) {
    int text = ws_utf8_valid(buf, len);
    size_t flen;
    uint8_t *f = ws_encode(text ? WS_OP_TEXT : WS_OP_BINARY, buf, len, &flen);
    check(f != NULL && flen >= len + 2);
    size_t h = flen - len;
    uint8_t *client = malloc(flen + 4);
    memcpy(client, f, h);
    client[1] |= 0x80;
    const uint8_t mask[4] = { 0xA5, 0x5A, 0x0F, 0xF0 };
    memcpy(client + h, mask, 4);
    for (size_t i = 0; i < len; i++) client[h + 4 + i] = buf[i] ^ mask[i & 3];
    ws_decoder d;
    ws_decoder_init(&d);
    ws_event ev;
    size_t took = ws_decode(&d, client, flen + 4, &ev);
    check(took == flen + 4 && ev.kind == WS_EV_MESSAGE && ev.len == len);
    check(ev.opcode == (text ? WS_OP_TEXT : WS_OP_BINARY));
    check(len == 0 || memcmp(ev.data, buf, len) == 0);
    ws_decoder_free(&d);
    free(client);
    free(f);
}

#define MAX_EVENTS 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *buf = malloc(size ? size : 1);
    if (buf == NULL) return 0;
    memcpy(buf, data, size);
    /* A small limit in some runs, so that 1009 is reached by small inputs. */
    size_t limit = size > 0 && (buf[0] & 1) ? 64 : WS_MAX_MESSAGE;
    seen whole[MAX_EVENTS], pieces[MAX_EVENTS];
    size_t nw = run(buf, size, NULL, 0, limit, whole, MAX_EVENTS);
    size_t np = run(buf, size, buf, size < 8 ? size : 8, limit, pieces, MAX_EVENTS);
    if (nw < MAX_EVENTS && np < MAX_EVENTS) same(whole, nw, pieces, np);
    release(whole, nw);
    release(pieces, np);
    round_trip(buf, size);
    char accept[29];
    if (ws_accept_key((const char *)buf, size, accept)) check(strlen(accept) == 28);
    ws_has_token((const char *)buf, size, "upgrade");
    free(buf);
    return 0;
}
