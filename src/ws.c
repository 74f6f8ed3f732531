//@ 20-debugger
/* ws.c: the WebSocket wire (RFC 6455). A client opens with an HTTP
 * request that asks for an upgrade; the server proves it understood by
 * hashing the client's key (ws_accept_key). From then on both send
 * frames: a header of 2 to 14 bytes (FIN, opcode, mask bit, a length in
 * 7, 16 or 64 bits, the mask) and the payload. A client's frames are
 * always masked (XORed with 4 bytes it chose), a server's never. A
 * message may come in fragments (a text or binary frame, then
 * continuations, the last with FIN); control frames (ping, pong, close)
 * are small, whole, and may come between fragments. */
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "ws.h"

//> 20-debugger ws-handshake
static const char WS_GUID[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

static int b64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

int ws_accept_key(const char *key, size_t len, char accept[29]) {
    /* 16 bytes in base64: 22 characters of the alphabet and "==". */
    if (len != 24 || key[22] != '=' || key[23] != '=') return 0;
    for (size_t i = 0; i < 22; i++)
        if (b64_value(key[i]) < 0) return 0;
    unsigned char joined[24 + sizeof WS_GUID - 1];
    memcpy(joined, key, 24);
    memcpy(joined + 24, WS_GUID, sizeof WS_GUID - 1);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (!EVP_Digest(joined, sizeof joined, digest, &n, EVP_sha1(), NULL) || n != 20) return 0;
    return EVP_EncodeBlock((unsigned char *)accept, digest, 20) == 28;
}
//< 20-debugger ws-handshake

int ws_has_token(const char *value, size_t len, const char *token) {
    size_t tlen = strlen(token), i = 0;
    while (i < len) {
        while (i < len && (value[i] == ' ' || value[i] == '\t' || value[i] == ',')) i++;
        size_t start = i;
        while (i < len && value[i] != ',') i++;
        size_t end = i;
        while (end > start && (value[end - 1] == ' ' || value[end - 1] == '\t')) end--;
        if (end - start == tlen) {
            size_t k = 0;
            while (k < tlen && (value[start + k] | 0x20) == (token[k] | 0x20)) k++;
            if (k == tlen) return 1;
        }
    }
    return 0;
}

int ws_utf8_valid(const uint8_t *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        uint8_t c = s[i];
        if (c < 0x80) { i++; continue; }
        size_t n;
        uint8_t lo = 0x80, hi = 0xBF;    /* the range of the second byte */
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c == 0xE0) { n = 2; lo = 0xA0; }            /* no overlong */
        else if (c >= 0xE1 && c <= 0xEC) n = 2;
        else if (c == 0xED) { n = 2; hi = 0x9F; }            /* no surrogates */
        else if (c >= 0xEE && c <= 0xEF) n = 2;
        else if (c == 0xF0) { n = 3; lo = 0x90; }            /* no overlong */
        else if (c >= 0xF1 && c <= 0xF3) n = 3;
        else if (c == 0xF4) { n = 3; hi = 0x8F; }            /* nothing past U+10FFFF */
        else return 0;
        if (len - i - 1 < n) return 0;
        if (s[i + 1] < lo || s[i + 1] > hi) return 0;
        for (size_t k = 2; k <= n; k++)
            if ((s[i + k] & 0xC0) != 0x80) return 0;
        i += n + 1;
    }
    return 1;
}

//> 20-debugger omit
void ws_decoder_init(ws_decoder *d) {
    memset(d, 0, sizeof *d);
    d->max_message = WS_MAX_MESSAGE;
}

void ws_decoder_free(ws_decoder *d) {
    free(d->msg);
    d->msg = NULL;
    d->msg_len = d->msg_cap = 0;
}

static size_t fail(ws_decoder *d, ws_event *ev, size_t taken, int code, const char *why) {
    d->failed = code;
    ev->kind = WS_EV_ERROR;
    ev->close_code = code;
    ev->error = why;
    return taken;
}

static int close_code_valid(int code) {
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) ||
           (code >= 3000 && code <= 4999);
}

/* Room for n more bytes of the message (and its NUL), growing by
 * doubling: a header announcing a large frame allocates nothing by
 * itself, the bytes that really arrive do. */
static int reserve(ws_decoder *d, size_t n) {
    size_t need = d->msg_len + n + 1;
    if (need <= d->msg_cap) return 1;
    size_t cap = d->msg_cap ? d->msg_cap : 256;
    while (cap < need) cap *= 2;
    if (cap > d->max_message + 1) cap = d->max_message + 1;
    uint8_t *p = realloc(d->msg, cap);
    if (p == NULL) return 0;
    d->msg = p;
    d->msg_cap = cap;
    return 1;
}

//< 20-debugger omit
//> 20-debugger ws-check-start
/* The first two bytes of a header: what may be refused before the rest. */
static const char *check_start(const ws_decoder *d, int *code) {
    uint8_t b0 = d->head[0], b1 = d->head[1];
    int fin = b0 >> 7, op = b0 & 0x0F, len7 = b1 & 0x7F;
    *code = WS_CLOSE_PROTOCOL;
    if (b0 & 0x70) return "reserved bits set (no extension was agreed)";
    if (!(b1 & 0x80)) return "a client's frame must be masked";
    if (op >= 0x8) {
        if (op > WS_OP_PONG) return "unknown control opcode";
        if (!fin) return "a control frame must not be fragmented";
        if (len7 > WS_MAX_CONTROL) return "a control frame's payload is over 125 bytes";
        return NULL;
    }
    if (op > WS_OP_BINARY) return "unknown data opcode";
    if (op == WS_OP_CONTINUATION && d->msg_opcode == 0) return "a continuation with no message to continue";
    if (op != WS_OP_CONTINUATION && d->msg_opcode != 0) return "a new message before the last one ended";
    return NULL;
}

//< 20-debugger ws-check-start
//> 20-debugger omit
/* The header is whole: its length, its mask. */
static const char *start_payload(ws_decoder *d, int *code) {
    uint8_t len7 = d->head[1] & 0x7F;
    uint64_t len = len7;
    size_t at = 2;
    if (len7 == 126) {
        len = (uint64_t)d->head[2] << 8 | d->head[3];
        at = 4;
    } else if (len7 == 127) {
        len = 0;
        for (int k = 0; k < 8; k++) len = len << 8 | d->head[2 + k];
        at = 10;
        *code = WS_CLOSE_PROTOCOL;
        if (len >> 63) return "a 64-bit length with its top bit set";
    }
    memcpy(d->mask, d->head + at, 4);
    d->fin = d->head[0] >> 7;
    d->opcode = d->head[0] & 0x0F;
    d->left = len;
    d->mask_at = 0;
    d->in_payload = 1;
    d->head_len = 0;
    if (d->opcode >= 0x8) {
        d->control_len = 0;
    } else {
        *code = WS_CLOSE_TOO_BIG;
        if (len > d->max_message - d->msg_len) return "the message is over the size limit";
        if (d->opcode != WS_OP_CONTINUATION) d->msg_opcode = d->opcode;
    }
    return NULL;
}

/* A frame's payload is all there. Returns 1 with *ev filled if it ends
 * something the caller must see. */
static int end_frame(ws_decoder *d, ws_event *ev) {
    d->in_payload = 0;
    switch (d->opcode) {
    case WS_OP_PING:
    case WS_OP_PONG:
        ev->kind = d->opcode == WS_OP_PING ? WS_EV_PING : WS_EV_PONG;
        ev->data = d->control;
        ev->len = d->control_len;
        return 1;
    case WS_OP_CLOSE: {
        int code = 1005;   /* "no status received" */
        if (d->control_len == 1) {
            fail(d, ev, 0, WS_CLOSE_PROTOCOL, "a close frame of one byte");
            return 1;
        }
        if (d->control_len >= 2) {
            code = d->control[0] << 8 | d->control[1];
            if (!close_code_valid(code)) {
                fail(d, ev, 0, WS_CLOSE_PROTOCOL, "a close code that may not be sent");
                return 1;
            }
            if (!ws_utf8_valid(d->control + 2, d->control_len - 2)) {
                fail(d, ev, 0, WS_CLOSE_INVALID_DATA, "a close reason that is not UTF-8");
                return 1;
            }
        }
        d->failed = code == 1005 ? WS_CLOSE_NORMAL : code;
        ev->kind = WS_EV_CLOSE;
        ev->close_code = code;
        ev->data = d->control;
        ev->len = d->control_len;
        return 1;
    }
    default:
        if (!d->fin) return 0;
        if (!reserve(d, 0)) {
            fail(d, ev, 0, WS_CLOSE_TOO_BIG, "out of memory");
            return 1;
        }
        if (d->msg_opcode == WS_OP_TEXT && !ws_utf8_valid(d->msg, d->msg_len)) {
            fail(d, ev, 0, WS_CLOSE_INVALID_DATA, "a text message that is not UTF-8");
            return 1;
        }
        d->msg[d->msg_len] = 0;
        ev->kind = WS_EV_MESSAGE;
        ev->opcode = d->msg_opcode;
        ev->data = d->msg;
        ev->len = d->msg_len;
        d->msg_opcode = 0;
        d->msg_done = 1;
        return 1;
    }
}

//< 20-debugger omit
//> 20-debugger ws-decode
size_t ws_decode(ws_decoder *d, const uint8_t *in, size_t len, ws_event *ev) {
    memset(ev, 0, sizeof *ev);
    if (d->failed) return fail(d, ev, 0, d->failed, "the connection is closing");
    if (d->msg_done) {
        /* The last message was handed out: start the next one empty. */
        d->msg_len = 0;
        d->msg_done = 0;
    }
    size_t i = 0;
    while (i < len || (d->in_payload && d->left == 0)) {
        if (!d->in_payload) {
            d->head[d->head_len++] = in[i++];
            if (d->head_len < 2) continue;
            int code;
            const char *why;
            if (d->head_len == 2 && (why = check_start(d, &code)) != NULL)
                return fail(d, ev, i, code, why);
            uint8_t len7 = d->head[1] & 0x7F;
            size_t need = 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + 4;
            if (d->head_len < need) continue;
            if ((why = start_payload(d, &code)) != NULL) return fail(d, ev, i, code, why);
            continue;
        }
        size_t n = len - i;
        if (n > d->left) n = (size_t)d->left;
        uint8_t *to;
        if (d->opcode >= 0x8) {
            to = d->control + d->control_len;
            d->control_len += n;
        } else {
            if (!reserve(d, n)) return fail(d, ev, i, WS_CLOSE_TOO_BIG, "out of memory");
            to = d->msg + d->msg_len;
            d->msg_len += n;
        }
        for (size_t k = 0; k < n; k++) to[k] = in[i + k] ^ d->mask[(d->mask_at + k) & 3];
        d->mask_at = (d->mask_at + n) & 3;
        d->left -= n;
        i += n;
        if (d->left == 0 && end_frame(d, ev)) return i;
    }
    ev->kind = WS_EV_NONE;
    return i;
}

//< 20-debugger ws-decode
//> 20-debugger omit
uint8_t *ws_take_message(ws_decoder *d, size_t *len) {
    if (!d->msg_done) {
        *len = 0;
        return NULL;
    }
    uint8_t *m = d->msg;
    *len = d->msg_len;
    d->msg = NULL;
    d->msg_len = d->msg_cap = 0;
    d->msg_done = 0;
    return m;
}
//< 20-debugger omit

//> 20-debugger omit
size_t ws_frame_header(uint8_t out[10], int opcode, uint64_t len) {
    out[0] = 0x80 | (uint8_t)(opcode & 0x0F);
    if (len < 126) {
        out[1] = (uint8_t)len;
        return 2;
    }
    if (len <= 0xFFFF) {
        out[1] = 126;
        out[2] = (uint8_t)(len >> 8);
        out[3] = (uint8_t)len;
        return 4;
    }
    out[1] = 127;
    for (int k = 0; k < 8; k++) out[2 + k] = (uint8_t)(len >> (56 - 8 * k));
    return 10;
}

uint8_t *ws_encode(int opcode, const void *data, size_t len, size_t *out_len) {
    uint8_t head[10];
    size_t h = ws_frame_header(head, opcode, len);
    if (len > SIZE_MAX - h) return NULL;
    uint8_t *f = malloc(h + len);
    if (f == NULL) return NULL;
    memcpy(f, head, h);
    if (len) memcpy(f + h, data, len);
    *out_len = h + len;
    return f;
}

size_t ws_close_frame(uint8_t out[4], int code) {
    out[0] = 0x80 | WS_OP_CLOSE;
    if (code == 0) {
        out[1] = 0;
        return 2;
    }
    out[1] = 2;
    out[2] = (uint8_t)(code >> 8);
    out[3] = (uint8_t)code;
    return 4;
}
//< 20-debugger omit
