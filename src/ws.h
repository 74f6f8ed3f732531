//@ 20-debugger
/* ws.h: the WebSocket wire (RFC 6455) in plain C, no libuv, no V8: what
 * the handshake checks and answers, an incremental decoder of the frames
 * a client sends and an encoder of the frames a server sends. The
 * debugger's server (debug_server.c) moves the bytes; everything here
 * only looks at them, and everything it looks at may be hostile. */
#ifndef TOY_WS_H
#define TOY_WS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

//> 20-debugger ws-limits
/* The largest message a client may send, reassembled: 16 MiB. A debugger
 * sends commands; the largest are a whole script's source
 * (Debugger.setScriptSource) or a pasted expression (Runtime.evaluate),
 * and 16 MiB is far beyond a real one, while bounding what one connection
 * can make the server hold. More is closed with 1009. (Node's inspector
 * has no limit of its own but the address space; what the server sends
 * is not limited by this: a heap snapshot is tens of MB, in chunks.) */
#define WS_MAX_MESSAGE (16u * 1024 * 1024)
#define WS_MAX_CONTROL 125             /* a control frame's payload, by the RFC */
//< 20-debugger ws-limits
//> 20-debugger omit

enum { WS_OP_CONTINUATION = 0x0, WS_OP_TEXT = 0x1, WS_OP_BINARY = 0x2,
       WS_OP_CLOSE = 0x8, WS_OP_PING = 0x9, WS_OP_PONG = 0xA };

/* Close codes the decoder gives for what it refuses. */
enum { WS_CLOSE_NORMAL = 1000, WS_CLOSE_PROTOCOL = 1002, WS_CLOSE_INVALID_DATA = 1007,
       WS_CLOSE_TOO_BIG = 1009 };

/* The handshake: 1 when key (len bytes, a Sec-WebSocket-Key header's
 * value) is 16 bytes in base64, and then accept holds the
 * Sec-WebSocket-Accept answer: base64(SHA-1(key GUID)), 28 characters
 * and a NUL. 0 when the key is not acceptable (or SHA-1 failed). */
int ws_accept_key(const char *key, size_t len, char accept[29]);

/* 1 when a header value, a comma-separated list, holds token (compared
 * without regard to case), as "keep-alive, Upgrade" holds "upgrade". */
int ws_has_token(const char *value, size_t len, const char *token);

/* 1 when s[0..len) is well-formed UTF-8 (no overlong forms, no
 * surrogates, nothing past U+10FFFF). */
int ws_utf8_valid(const uint8_t *s, size_t len);

/* What ws_decode found. */
typedef enum ws_event_kind {
    WS_EV_NONE,       /* every byte given was taken: nothing complete yet */
    WS_EV_MESSAGE,    /* a whole text or binary message (opcode, data, len) */
    WS_EV_PING,       /* data, len: to be echoed in a pong */
    WS_EV_PONG,
    WS_EV_CLOSE,      /* the client closes: close_code (1005: none given) */
    WS_EV_ERROR       /* the client broke the protocol: close with close_code */
} ws_event_kind;

typedef struct ws_event {
    ws_event_kind kind;
    int opcode;                /* WS_EV_MESSAGE: WS_OP_TEXT or WS_OP_BINARY */
    const uint8_t *data;       /* valid until the next ws_decode (or ws_take_message) */
    size_t len;
    int close_code;            /* WS_EV_CLOSE, WS_EV_ERROR */
    const char *error;         /* WS_EV_ERROR: why, for a log */
} ws_event;

/* Where decoding a client's bytes stands: all zeros (ws_decoder_init)
 * before the first byte. The bytes may arrive split anywhere. */
typedef struct ws_decoder {
    uint8_t head[14];          /* the frame header so far */
    size_t head_len;
    int in_payload;            /* the header is done; payload bytes follow */
    int fin, opcode;
    uint64_t left;             /* payload bytes of this frame still to come */
    uint8_t mask[4];
    size_t mask_at;            /* payload bytes unmasked so far, mod 4 */
    uint8_t control[WS_MAX_CONTROL];  /* a control frame's payload */
    size_t control_len;
    uint8_t *msg;              /* the data message being put together */
    size_t msg_len, msg_cap;
    int msg_opcode;            /* its opcode; 0: none in progress */
    int msg_done;              /* msg holds a message handed out last call */
    int failed;                /* an error or a close was seen: nothing more is read */
    size_t max_message;        /* WS_MAX_MESSAGE unless set otherwise */
} ws_decoder;

void ws_decoder_init(ws_decoder *d);
void ws_decoder_free(ws_decoder *d);

/* Decodes from in[0..len) until one event: returns the bytes taken and
 * fills *ev. Call again with the rest while bytes remain; WS_EV_NONE
 * means all of them were taken. After WS_EV_ERROR or WS_EV_CLOSE the
 * decoder takes nothing more (returns 0 and WS_EV_ERROR again). */
size_t ws_decode(ws_decoder *d, const uint8_t *in, size_t len, ws_event *ev);

/* After WS_EV_MESSAGE: the message's bytes, malloc'd, with a NUL after
 * them, now the caller's (free them); *len their count. */
uint8_t *ws_take_message(ws_decoder *d, size_t *len);

/* A server frame (FIN set, unmasked) with payload data[0..len), malloc'd
 * whole; *out_len its size. NULL when out of memory. */
uint8_t *ws_encode(int opcode, const void *data, size_t len, size_t *out_len);

/* A frame's header alone, into out (at most 10 bytes): returns its size. */
size_t ws_frame_header(uint8_t out[10], int opcode, uint64_t len);

/* A close frame with code (0: none), into out (4 bytes): returns its size. */
size_t ws_close_frame(uint8_t out[4], int code);
//< 20-debugger omit

#ifdef __cplusplus
}
#endif

#endif
