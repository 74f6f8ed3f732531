/* The WebSocket wire (src/ws.c): the handshake's key, the decoder of a
 * client's frames (fed whole and a byte at a time), its limits and the
 * close codes it gives, and the encoder's three length forms. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ws.h"

/* A client frame: masked with a fixed mask. Returns its size. */
static size_t frame(uint8_t *out, int b0, const void *payload, size_t len) {
    static const uint8_t mask[4] = { 0x37, 0xfa, 0x21, 0x3d };
    size_t h = ws_frame_header(out, 0, len);
    out[0] = (uint8_t)b0;
    out[1] |= 0x80;
    memcpy(out + h, mask, 4);
    const uint8_t *p = payload;
    for (size_t i = 0; i < len; i++) out[h + 4 + i] = p[i] ^ mask[i & 3];
    return h + 4 + len;
}

/* Decodes all of in, whole (step 0) or step bytes at a time, and returns
 * the first event that is not WS_EV_NONE (or WS_EV_NONE). *taken: bytes
 * used up to that event. */
static ws_event decode(ws_decoder *d, const uint8_t *in, size_t len, size_t step, size_t *taken) {
    ws_event ev = { 0 };
    size_t at = 0;
    while (at < len) {
        size_t n = step == 0 || len - at < step ? len - at : step;
        size_t used = ws_decode(d, in + at, n, &ev);
        at += used;
        if (ev.kind != WS_EV_NONE) break;
    }
    if (taken) *taken = at;
    return ev;
}

static void accept_key_rfc_example(void) {
    char accept[29];
    CHECK(ws_accept_key("dGhlIHNhbXBsZSBub25jZQ==", 24, accept));
    CHECK(strcmp(accept, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=") == 0);
}

static void accept_key_refuses_bad_keys(void) {
    char accept[29];
    CHECK(!ws_accept_key("", 0, accept));
    CHECK(!ws_accept_key("dGhlIHNhbXBsZSBub25jZQ=", 23, accept));
    CHECK(!ws_accept_key("dGhlIHNhbXBsZSBub25jZQ==x", 25, accept));
    CHECK(!ws_accept_key("dGhlIHNhbXBsZSBub25jZ!==", 24, accept));
    CHECK(!ws_accept_key("dGhlIHNhbXBsZSBub25jZQQ=", 24, accept));   /* 17 bytes */
}

static void tokens(void) {
    CHECK(ws_has_token("Upgrade", 7, "upgrade"));
    CHECK(ws_has_token("keep-alive, Upgrade", 19, "upgrade"));
    CHECK(ws_has_token(" upgrade ,x", 11, "upgrade"));
    CHECK(!ws_has_token("upgrades", 8, "upgrade"));
    CHECK(!ws_has_token("", 0, "upgrade"));
}

static void utf8(void) {
    CHECK(ws_utf8_valid((const uint8_t *)"", 0));
    CHECK(ws_utf8_valid((const uint8_t *)"h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 10));
    CHECK(!ws_utf8_valid((const uint8_t *)"\xc0\xaf", 2));           /* overlong */
    CHECK(!ws_utf8_valid((const uint8_t *)"\xe0\x80\xaf", 3));       /* overlong */
    CHECK(!ws_utf8_valid((const uint8_t *)"\xed\xa0\x80", 3));       /* a surrogate */
    CHECK(!ws_utf8_valid((const uint8_t *)"\xf4\x90\x80\x80", 4));   /* past U+10FFFF */
    CHECK(!ws_utf8_valid((const uint8_t *)"\xe2\x82", 2));           /* cut short */
    CHECK(!ws_utf8_valid((const uint8_t *)"\x80", 1));
    CHECK(!ws_utf8_valid((const uint8_t *)"\xff", 1));
}

/* RFC 6455 5.7: a single masked text frame, "Hello". */
static const uint8_t HELLO[] = { 0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58 };

static void rfc_hello_whole_and_byte_by_byte(void) {
    for (size_t step = 0; step <= 1; step++) {
        ws_decoder d;
        ws_decoder_init(&d);
        size_t taken;
        ws_event ev = decode(&d, HELLO, sizeof HELLO, step, &taken);
        CHECK(ev.kind == WS_EV_MESSAGE && ev.opcode == WS_OP_TEXT);
        CHECK(taken == sizeof HELLO && ev.len == 5 && memcmp(ev.data, "Hello", 5) == 0);
        size_t len;
        uint8_t *m = ws_take_message(&d, &len);
        CHECK(m != NULL && len == 5 && m[5] == 0);
        free(m);
        /* The next message starts from nothing. */
        ev = decode(&d, HELLO, sizeof HELLO, step, &taken);
        CHECK(ev.kind == WS_EV_MESSAGE && ev.len == 5 && memcmp(ev.data, "Hello", 5) == 0);
        ws_decoder_free(&d);
    }
}

static void two_frames_in_one_read(void) {
    uint8_t buf[64];
    memcpy(buf, HELLO, sizeof HELLO);
    memcpy(buf + sizeof HELLO, HELLO, sizeof HELLO);
    ws_decoder d;
    ws_decoder_init(&d);
    ws_event ev;
    size_t n = ws_decode(&d, buf, 2 * sizeof HELLO, &ev);
    CHECK(n == sizeof HELLO && ev.kind == WS_EV_MESSAGE);
    n = ws_decode(&d, buf + sizeof HELLO, sizeof HELLO, &ev);
    CHECK(n == sizeof HELLO && ev.kind == WS_EV_MESSAGE && memcmp(ev.data, "Hello", 5) == 0);
    ws_decoder_free(&d);
}

static void fragments_with_a_ping_between(void) {
    uint8_t buf[128];
    size_t n = frame(buf, 0x01, "Hel", 3);              /* text, no FIN */
    n += frame(buf + n, 0x89, "p", 1);                  /* ping */
    n += frame(buf + n, 0x80, "lo", 2);                 /* continuation, FIN */
    for (size_t step = 0; step <= 1; step++) {
        ws_decoder d;
        ws_decoder_init(&d);
        size_t taken, at = 0;
        ws_event ev = decode(&d, buf, n, step, &taken);
        CHECK(ev.kind == WS_EV_PING && ev.len == 1 && ev.data[0] == 'p');
        at = taken;
        ev = decode(&d, buf + at, n - at, step, &taken);
        CHECK(ev.kind == WS_EV_MESSAGE && ev.len == 5 && memcmp(ev.data, "Hello", 5) == 0);
        CHECK(at + taken == n);
        ws_decoder_free(&d);
    }
}

static void sixteen_bit_length(void) {
    uint8_t payload[300], buf[320];
    memset(payload, 'x', sizeof payload);
    size_t n = frame(buf, 0x81, payload, sizeof payload);
    CHECK(buf[1] == (0x80 | 126) && n == 4 + 4 + 300);
    ws_decoder d;
    ws_decoder_init(&d);
    ws_event ev = decode(&d, buf, n, 7, NULL);
    CHECK(ev.kind == WS_EV_MESSAGE && ev.len == 300 && memcmp(ev.data, payload, 300) == 0);
    ws_decoder_free(&d);
}

/* Feeds in and expects an error with code. */
static int refused(const uint8_t *in, size_t len, int code) {
    ws_decoder d;
    ws_decoder_init(&d);
    ws_event ev = decode(&d, in, len, 0, NULL);
    int ok = ev.kind == WS_EV_ERROR && ev.close_code == code && ev.error != NULL;
    /* Nothing more is taken. */
    ws_event again;
    ok = ok && ws_decode(&d, HELLO, sizeof HELLO, &again) == 0 && again.kind == WS_EV_ERROR;
    ws_decoder_free(&d);
    return ok;
}

static void protocol_errors(void) {
    uint8_t buf[256];
    const uint8_t unmasked[] = { 0x81, 0x05, 'H', 'e', 'l', 'l', 'o' };
    CHECK(refused(unmasked, sizeof unmasked, WS_CLOSE_PROTOCOL));
    CHECK(refused(buf, frame(buf, 0xC1, "x", 1), WS_CLOSE_PROTOCOL));    /* RSV1 */
    CHECK(refused(buf, frame(buf, 0x83, "x", 1), WS_CLOSE_PROTOCOL));    /* opcode 3 */
    CHECK(refused(buf, frame(buf, 0x8B, "x", 1), WS_CLOSE_PROTOCOL));    /* opcode 0xB */
    CHECK(refused(buf, frame(buf, 0x80, "x", 1), WS_CLOSE_PROTOCOL));    /* continuation of nothing */
    CHECK(refused(buf, frame(buf, 0x09, "x", 1), WS_CLOSE_PROTOCOL));    /* fragmented ping */
    uint8_t big[126];
    memset(big, 'a', sizeof big);
    CHECK(refused(buf, frame(buf, 0x89, big, sizeof big), WS_CLOSE_PROTOCOL));  /* ping > 125 */
    size_t n = frame(buf, 0x01, "a", 1);
    n += frame(buf + n, 0x81, "b", 1);                                   /* text inside a text */
    CHECK(refused(buf, n, WS_CLOSE_PROTOCOL));
}

static void limits(void) {
    /* A length header of 2^62: refused by the header alone. */
    const uint8_t huge[] = { 0x81, 0xFF, 0x40, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4 };
    CHECK(refused(huge, sizeof huge, WS_CLOSE_TOO_BIG));
    const uint8_t top[] = { 0x81, 0xFF, 0x80, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4 };
    CHECK(refused(top, sizeof top, WS_CLOSE_PROTOCOL));
    /* WS_MAX_MESSAGE + 1 in one frame's header. */
    uint8_t over[14] = { 0x81, 0xFF };
    uint64_t len = (uint64_t)WS_MAX_MESSAGE + 1;
    for (int k = 0; k < 8; k++) over[2 + k] = (uint8_t)(len >> (56 - 8 * k));
    CHECK(refused(over, sizeof over, WS_CLOSE_TOO_BIG));
    /* Fragments that add up past the limit (a small one, for the test). */
    uint8_t buf[64];
    ws_decoder d;
    ws_decoder_init(&d);
    d.max_message = 4;
    size_t n = frame(buf, 0x01, "abc", 3);
    n += frame(buf + n, 0x80, "de", 2);
    ws_event ev = decode(&d, buf, n, 0, NULL);
    CHECK(ev.kind == WS_EV_ERROR && ev.close_code == WS_CLOSE_TOO_BIG);
    ws_decoder_free(&d);
}

static void text_must_be_utf8(void) {
    uint8_t buf[64];
    CHECK(refused(buf, frame(buf, 0x81, "\xc0\xaf", 2), WS_CLOSE_INVALID_DATA));
    /* A character split between two fragments is fine. */
    size_t n = frame(buf, 0x01, "\xe2\x82", 2);
    n += frame(buf + n, 0x80, "\xac", 1);
    ws_decoder d;
    ws_decoder_init(&d);
    ws_event ev = decode(&d, buf, n, 0, NULL);
    CHECK(ev.kind == WS_EV_MESSAGE && ev.len == 3);
    ws_decoder_free(&d);
    /* Binary may hold anything. */
    ws_decoder_init(&d);
    ev = decode(&d, buf, frame(buf, 0x82, "\xc0\xaf", 2), 0, NULL);
    CHECK(ev.kind == WS_EV_MESSAGE && ev.opcode == WS_OP_BINARY && ev.len == 2);
    ws_decoder_free(&d);
}

static void close_frames(void) {
    uint8_t buf[64];
    ws_decoder d;
    ws_decoder_init(&d);
    ws_event ev = decode(&d, buf, frame(buf, 0x88, "\x03\xe8" "bye", 5), 1, NULL);
    CHECK(ev.kind == WS_EV_CLOSE && ev.close_code == 1000);
    ws_decoder_free(&d);
    ws_decoder_init(&d);
    ev = decode(&d, buf, frame(buf, 0x88, "", 0), 0, NULL);
    CHECK(ev.kind == WS_EV_CLOSE && ev.close_code == 1005);
    ws_decoder_free(&d);
    CHECK(refused(buf, frame(buf, 0x88, "\x03", 1), WS_CLOSE_PROTOCOL));
    CHECK(refused(buf, frame(buf, 0x88, "\x03\xed", 2), WS_CLOSE_PROTOCOL));      /* 1005 */
    CHECK(refused(buf, frame(buf, 0x88, "\x03\xe8\xc0\xaf", 4), WS_CLOSE_INVALID_DATA));
}

static void empty_frames(void) {
    uint8_t buf[64];
    size_t n = frame(buf, 0x01, "", 0);
    n += frame(buf + n, 0x80, "", 0);
    ws_decoder d;
    ws_decoder_init(&d);
    ws_event ev = decode(&d, buf, n, 0, NULL);
    CHECK(ev.kind == WS_EV_MESSAGE && ev.len == 0 && ev.data[0] == 0);
    ws_decoder_free(&d);
}

static void encoder_lengths(void) {
    uint8_t h[10];
    CHECK(ws_frame_header(h, WS_OP_TEXT, 0) == 2 && h[0] == 0x81 && h[1] == 0);
    CHECK(ws_frame_header(h, WS_OP_TEXT, 125) == 2 && h[1] == 125);
    CHECK(ws_frame_header(h, WS_OP_TEXT, 126) == 4 && h[1] == 126 && h[2] == 0 && h[3] == 126);
    CHECK(ws_frame_header(h, WS_OP_TEXT, 65535) == 4 && h[2] == 0xFF && h[3] == 0xFF);
    CHECK(ws_frame_header(h, WS_OP_PONG, 65536) == 10 && h[0] == 0x8A && h[1] == 127);
    CHECK(h[2] == 0 && h[6] == 0 && h[7] == 1 && h[8] == 0 && h[9] == 0);
    size_t len;
    uint8_t *f = ws_encode(WS_OP_TEXT, "Hello", 5, &len);
    CHECK(f != NULL && len == 7 && f[0] == 0x81 && f[1] == 5 && memcmp(f + 2, "Hello", 5) == 0);
    free(f);
    CHECK(ws_close_frame(h, 1002) == 4 && h[0] == 0x88 && h[1] == 2 && h[2] == 0x03 && h[3] == 0xea);
    CHECK(ws_close_frame(h, 0) == 2 && h[1] == 0);
}

int main(void) {
    RUN(accept_key_rfc_example);
    RUN(accept_key_refuses_bad_keys);
    RUN(tokens);
    RUN(utf8);
    RUN(rfc_hello_whole_and_byte_by_byte);
    RUN(two_frames_in_one_read);
    RUN(fragments_with_a_ping_between);
    RUN(sixteen_bit_length);
    RUN(protocol_errors);
    RUN(limits);
    RUN(text_must_be_utf8);
    RUN(close_frames);
    RUN(empty_frames);
    RUN(encoder_lengths);
    return check_failed;
}
