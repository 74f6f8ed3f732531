/* The debugger's server (src/debug_server.c) on loopback, with no V8: a
 * client made of plain sockets asks for the JSON, is refused for a bad
 * Host or handshake, upgrades, sends masked frames and gets the events on
 * "the program's thread" (this one), breaks the protocol and is cut off.
 * Time limits (receive timeouts, a deadline for events) only catch hangs. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "debug_server.h"
#include "ws.h"

/* debug_server.c asks the bridge for V8's version. */
const char *toy_v8_version(void) {
    return "10.2.test";
}

static atomic_int wakes;
static void on_wake(void *data) {
    (void)data;
    atomic_fetch_add(&wakes, 1);
}

static toy_debug_server *server;
static int port;
static char uuid[64];

static int dial(int family, int p) {
    int fd = socket(family, SOCK_STREAM, 0);
    struct timeval tv = { 10, 0 };
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    int rc;
    if (family == AF_INET) {
        struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)p) };
        inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
        rc = connect(fd, (struct sockaddr *)&a, sizeof a);
    } else {
        struct sockaddr_in6 a = { .sin6_family = AF_INET6, .sin6_port = htons((uint16_t)p) };
        inet_pton(AF_INET6, "::1", &a.sin6_addr);
        rc = connect(fd, (struct sockaddr *)&a, sizeof a);
    }
    if (rc != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void put(int fd, const void *p, size_t n) {
    while (n > 0) {
        ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
        if (w <= 0) return;
        p = (const char *)p + w;
        n -= (size_t)w;
    }
}

static void puts_(int fd, const char *s) {
    put(fd, s, strlen(s));
}

/* Reads until the peer closes (or 10 s pass); returns the length. */
static size_t read_all(int fd, char *buf, size_t cap) {
    size_t n = 0;
    while (n < cap - 1) {
        ssize_t r = recv(fd, buf + n, cap - 1 - n, 0);
        if (r <= 0) break;
        n += (size_t)r;
    }
    buf[n] = 0;
    return n;
}

/* Reads one HTTP response head and its Content-Length body. */
static size_t read_response(int fd, char *buf, size_t cap) {
    size_t n = 0;
    char *end = NULL;
    buf[0] = 0;
    while (n < cap - 1 && (end = strstr(buf, "\r\n\r\n")) == NULL) {
        ssize_t r = recv(fd, buf + n, 1, 0);
        if (r <= 0) break;
        n += (size_t)r;
        buf[n] = 0;
    }
    if (end == NULL) return n;
    const char *cl = strstr(buf, "Content-Length: ");
    size_t body = cl ? (size_t)atol(cl + 16) : 0;
    while (n < cap - 1 && body > 0) {
        ssize_t r = recv(fd, buf + n, body < cap - 1 - n ? body : cap - 1 - n, 0);
        if (r <= 0) break;
        n += (size_t)r;
        body -= (size_t)r;
    }
    buf[n] = 0;
    return n;
}

/* Reads exactly n bytes; 0 when the connection ended first. */
static int read_n(int fd, uint8_t *buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = recv(fd, buf + got, n - got, 0);
        if (r <= 0) return 0;
        got += (size_t)r;
    }
    return 1;
}

/* One server frame: its first byte, payload into buf (cap), length. */
static int read_frame(int fd, int *b0, uint8_t *buf, size_t cap, size_t *len) {
    uint8_t h[10];
    if (!read_n(fd, h, 2)) return 0;
    if (h[1] & 0x80) return 0;   /* a server's frames are never masked */
    uint64_t n = h[1] & 0x7F;
    if (n == 126) {
        if (!read_n(fd, h + 2, 2)) return 0;
        n = (uint64_t)h[2] << 8 | h[3];
    } else if (n == 127) {
        if (!read_n(fd, h + 2, 8)) return 0;
        n = 0;
        for (int k = 0; k < 8; k++) n = n << 8 | h[2 + k];
    }
    if (n > cap) return 0;
    if (!read_n(fd, buf, (size_t)n)) return 0;
    *b0 = h[0];
    *len = (size_t)n;
    return 1;
}

/* A client frame, masked. */
static void send_frame(int fd, int b0, const void *payload, size_t len) {
    uint8_t *f = malloc(len + 14);
    size_t h = ws_frame_header(f, 0, len);
    f[0] = (uint8_t)b0;
    f[1] |= 0x80;
    const uint8_t mask[4] = { 1, 2, 3, 4 };
    memcpy(f + h, mask, 4);
    for (size_t i = 0; i < len; i++) f[h + 4 + i] = ((const uint8_t *)payload)[i] ^ mask[i & 3];
    put(fd, f, h + 4 + len);
    free(f);
}

/* The next event, waiting at most 10 s (a hang, not a timing). */
static toy_debug_event next_event(void) {
    toy_debug_event ev = { TOY_DEBUG_NONE, 0, NULL, 0 };
    for (int i = 0; i < 10000 && !toy_debug_server_next(server, &ev); i++) {
        struct timespec ts = { 0, 1000000 };
        nanosleep(&ts, NULL);
    }
    return ev;
}

static int handshake(int fd) {
    char req[512], buf[2048];
    snprintf(req, sizeof req,
             "GET /ws/%s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
             "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
             "Sec-WebSocket-Version: 13\r\n\r\n", uuid, port);
    puts_(fd, req);
    read_response(fd, buf, sizeof buf);
    return strncmp(buf, "HTTP/1.1 101 ", 13) == 0 &&
           strstr(buf, "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n") != NULL;
}

static void starts_on_a_free_port(void) {
    toy_debug_options o = { .host = "127.0.0.1", .port = 0, .title = "main.js",
                            .url = "file:///tmp/main.js", .wake = on_wake };
    CHECK(toy_debug_server_start(&o, &server) == 0 && server != NULL);
    const char *url = toy_debug_server_url(server);
    CHECK(sscanf(url, "ws://127.0.0.1:%d/ws/%63s", &port, uuid) == 2 && port > 0);
    CHECK(strlen(uuid) == 36 && uuid[14] == '4' && strchr("89ab", uuid[19]) != NULL);
    CHECK(toy_debug_server_sessions(server) == 0);
}

static void the_port_in_use_is_an_error(void) {
    toy_debug_options o = { .host = "127.0.0.1", .port = port };
    toy_debug_server *other = NULL;
    int err = toy_debug_server_start(&o, &other);
    CHECK(err < 0 && other == NULL);
    o.host = "nope:x";
    CHECK(toy_debug_server_start(&o, &other) < 0 && other == NULL);
}

static void json_list(void) {
    int fd = dial(AF_INET, port);
    CHECK(fd >= 0);
    char req[256], buf[4096], want[256];
    snprintf(req, sizeof req, "GET /json/list HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n", port);
    puts_(fd, req);
    read_response(fd, buf, sizeof buf);
    CHECK(strncmp(buf, "HTTP/1.1 200 OK\r\n", 17) == 0);
    CHECK(strstr(buf, "Content-Type: application/json") != NULL);
    snprintf(want, sizeof want, "\"webSocketDebuggerUrl\":\"ws://127.0.0.1:%d/ws/%s\"", port, uuid);
    CHECK(strstr(buf, want) != NULL);
    snprintf(want, sizeof want, "js_app.html?ws=127.0.0.1:%d/ws/%s&experiments=true&v8only=true", port, uuid);
    CHECK(strstr(buf, want) != NULL);
    CHECK(strstr(buf, "\"type\":\"node\"") && strstr(buf, "\"url\":\"file:///tmp/main.js\""));
    CHECK(strstr(buf, "\"title\":\"main.js\"") && strstr(buf, "\"description\":\"toyjs\""));
    /* The same connection goes on: /json (with the query Chrome adds)
     * and /json/version. */
    snprintf(req, sizeof req, "GET /json?for_tab HTTP/1.1\r\nHost: localhost:%d\r\n\r\n", port);
    puts_(fd, req);
    read_response(fd, buf, sizeof buf);
    snprintf(want, sizeof want, "\"webSocketDebuggerUrl\":\"ws://localhost:%d/ws/%s\"", port, uuid);
    CHECK(strstr(buf, want) != NULL);
    puts_(fd, "GET /json/version HTTP/1.1\r\nHost: [::1]:9229\r\nConnection: close\r\n\r\n");
    read_all(fd, buf, sizeof buf);
    CHECK(strstr(buf, "\"Browser\":\"toyjs/") && strstr(buf, "\"V8-Version\":\"10.2.test\""));
    CHECK(strstr(buf, "\"Protocol-Version\":\"1.3\""));
    close(fd);
}

static void not_found(void) {
    int fd = dial(AF_INET, port);
    char buf[1024];
    puts_(fd, "GET /json/nope HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    read_all(fd, buf, sizeof buf);
    CHECK(strncmp(buf, "HTTP/1.1 404 ", 13) == 0);
    close(fd);
    fd = dial(AF_INET, port);
    puts_(fd, "GET /ws/00000000-0000-4000-8000-000000000000 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              "Upgrade: websocket\r\nConnection: Upgrade\r\nConnection: close\r\n\r\n");
    read_all(fd, buf, sizeof buf);
    CHECK(strncmp(buf, "HTTP/1.1 404 ", 13) == 0);
    close(fd);
    /* An upgrade to another path is closed, keep-alive or not. */
    fd = dial(AF_INET, port);
    puts_(fd, "GET /ws/00000000-0000-4000-8000-000000000000 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    read_all(fd, buf, sizeof buf);
    CHECK(strncmp(buf, "HTTP/1.1 404 ", 13) == 0 && strstr(buf, "Connection: close"));
    close(fd);
}

static void bad_hosts(void) {
    const char *hosts[] = { "evil.example", "evil.example:9229", "127.0.0.1.nip.io", "localhost.",
                            "[::1", "127.0.0.1:", "127.0.0.1:99999x", "" };
    for (size_t i = 0; i < sizeof hosts / sizeof *hosts; i++) {
        int fd = dial(AF_INET, port);
        char req[256], buf[1024];
        /* Keep-alive asked: the answer closes all the same. */
        snprintf(req, sizeof req, "GET /json/list HTTP/1.1\r\nHost: %s\r\n\r\n", hosts[i]);
        puts_(fd, req);
        read_all(fd, buf, sizeof buf);
        CHECK(strncmp(buf, "HTTP/1.1 400 ", 13) == 0);
        CHECK(strstr(buf, "Host header is not an IP address or localhost") != NULL);
        close(fd);
    }
    /* Two Host headers are one too many. */
    int fd = dial(AF_INET, port);
    char buf[1024];
    puts_(fd, "GET /json HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n");
    read_all(fd, buf, sizeof buf);
    CHECK(strncmp(buf, "HTTP/1.1 400 ", 13) == 0);
    close(fd);
}

static void bad_handshakes(void) {
    const char *extra[] = {
        "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n",   /* no key */
        "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Key: c2hvcnQ=\r\n",                                              /* 5 bytes */
        "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n",                                /* no Upgrade */
        "Upgrade: websocket\r\nConnection: keep-alive\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n",                                /* Connection */
        "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 8\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n",                                /* version */
    };
    for (size_t i = 0; i < sizeof extra / sizeof *extra; i++) {
        int fd = dial(AF_INET, port);
        char req[512], buf[1024];
        snprintf(req, sizeof req, "GET /ws/%s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n%s\r\n", uuid, port,
                 extra[i]);
        puts_(fd, req);
        read_all(fd, buf, sizeof buf);
        CHECK(strncmp(buf, i == 4 ? "HTTP/1.1 426 " : "HTTP/1.1 400 ", 13) == 0);
        close(fd);
    }
    CHECK(toy_debug_server_sessions(server) == 0);
    toy_debug_event ev;
    CHECK(!toy_debug_server_next(server, &ev) && ev.kind == TOY_DEBUG_NONE);
}

static void a_session(void) {
    int fd = dial(AF_INET, port);
    CHECK(fd >= 0 && handshake(fd));
    int before = atomic_load(&wakes);
    toy_debug_event ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_CONNECT && ev.session > 0);
    int session = ev.session;
    CHECK(atomic_load(&wakes) >= before);
    CHECK(toy_debug_server_sessions(server) == 1);
    /* A message, in two fragments with a ping between. */
    send_frame(fd, 0x01, "{\"id\":1,", 8);
    send_frame(fd, 0x89, "hi", 2);
    send_frame(fd, 0x80, "\"method\":\"X\"}", 13);
    int b0;
    uint8_t buf[70000];
    size_t len;
    CHECK(read_frame(fd, &b0, buf, sizeof buf, &len) && b0 == 0x8A && len == 2 && memcmp(buf, "hi", 2) == 0);
    ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_MESSAGE && ev.session == session);
    CHECK(ev.len == 21 && strcmp(ev.text, "{\"id\":1,\"method\":\"X\"}") == 0);
    free(ev.text);
    /* Answers of each length form, in order. */
    static char big[70000];
    memset(big, 'x', sizeof big);
    toy_debug_server_send(server, session, "{\"id\":1}", 8);
    toy_debug_server_send(server, session, big, 300);
    toy_debug_server_send(server, session, big, sizeof big - 100);
    toy_debug_server_send(server, session + 100, "lost", 4);   /* no such session: ignored */
    CHECK(read_frame(fd, &b0, buf, sizeof buf, &len) && b0 == 0x81 && len == 8 && memcmp(buf, "{\"id\":1}", 8) == 0);
    CHECK(read_frame(fd, &b0, buf, sizeof buf, &len) && b0 == 0x81 && len == 300);
    CHECK(read_frame(fd, &b0, buf, sizeof buf, &len) && b0 == 0x81 && len == sizeof big - 100);
    /* The client closes: its code comes back, then the end. */
    send_frame(fd, 0x88, "\x03\xe8", 2);
    CHECK(read_frame(fd, &b0, buf, sizeof buf, &len) && b0 == 0x88 && len == 2 && buf[0] == 0x03 && buf[1] == 0xe8);
    CHECK(recv(fd, buf, 1, 0) == 0);
    ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_DISCONNECT && ev.session == session);
    CHECK(toy_debug_server_sessions(server) == 0);
    close(fd);
}

/* Bytes that break the protocol: a close frame with code, then the end,
 * and the session is over. */
static void broken(const uint8_t *bytes, size_t n, int code) {
    int fd = dial(AF_INET, port);
    CHECK(fd >= 0 && handshake(fd));
    toy_debug_event ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_CONNECT);
    put(fd, bytes, n);
    int b0;
    uint8_t buf[256];
    size_t len;
    CHECK(read_frame(fd, &b0, buf, sizeof buf, &len) && b0 == 0x88 && len == 2);
    CHECK((buf[0] << 8 | buf[1]) == code);
    CHECK(recv(fd, buf, 1, 0) == 0);
    ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_DISCONNECT);
    close(fd);
}

static void an_unmasked_frame_is_cut_off(void) {
    const uint8_t f[] = { 0x81, 0x02, '{', '}' };
    broken(f, sizeof f, 1002);
}

static void a_huge_length_is_cut_off(void) {
    const uint8_t f[] = { 0x81, 0xFF, 0x00, 0x00, 0x10, 0, 0, 0, 0, 0, 1, 2, 3, 4 };
    broken(f, sizeof f, 1009);
}

static void bad_utf8_is_cut_off(void) {
    uint8_t f[] = { 0x81, 0x82, 0, 0, 0, 0, 0xc0, 0xaf };
    broken(f, sizeof f, 1007);
}

/* Connection may come as two headers, "Upgrade" in the second. */
static void connection_in_two_headers(void) {
    int fd = dial(AF_INET, port);
    char req[512], buf[2048];
    snprintf(req, sizeof req,
             "GET /ws/%s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
             "Connection: keep-alive\r\nConnection: Upgrade\r\n"
             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
             uuid, port);
    puts_(fd, req);
    read_response(fd, buf, sizeof buf);
    CHECK(strncmp(buf, "HTTP/1.1 101 ", 13) == 0);
    toy_debug_event ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_CONNECT);
    close(fd);
    ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_DISCONNECT);
}

static void frames_right_behind_the_handshake(void) {
    int fd = dial(AF_INET, port);
    char req[512];
    snprintf(req, sizeof req,
             "GET /ws/%s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
             "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
             "Sec-WebSocket-Version: 13\r\n\r\n", uuid, port);
    /* The request and a message in one write. */
    uint8_t all[1024];
    size_t n = strlen(req);
    memcpy(all, req, n);
    const uint8_t hello[] = { 0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58 };
    memcpy(all + n, hello, sizeof hello);
    put(fd, all, n + sizeof hello);
    toy_debug_event ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_CONNECT);
    ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_MESSAGE && strcmp(ev.text, "Hello") == 0);
    free(ev.text);
    close(fd);
    ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_DISCONNECT);
}

/* A client that sends faster than the program takes: past 32 MiB queued
 * the server stops reading from it (its sends then wait), and goes on
 * once the program has taken them; nothing is lost. */
static void a_flood_is_held_back(void) {
    int fd = dial(AF_INET, port);
    CHECK(fd >= 0 && handshake(fd));
    toy_debug_event ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_CONNECT);
    struct timeval tv = { 2, 0 };
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    size_t size = 1024 * 1024, total = 64;
    char *text = malloc(size);
    memset(text, 'a', size);
    uint8_t *f = malloc(size + 14);
    size_t h = ws_frame_header(f, 0, size);
    f[0] = 0x81;
    f[1] |= 0x80;
    memset(f + h, 0, 4);                       /* a mask of zeros: the text as it is */
    memcpy(f + h + 4, text, size);
    size_t flen = h + 4 + size, sent = 0, at = 0, got = 0, most = 0;
    while (got < total) {
        /* Send until the server stops reading (or all is sent). */
        while (sent < total) {
            ssize_t w = send(fd, f + at, flen - at, MSG_NOSIGNAL);
            if (w < 0) break;                  /* timed out: held back */
            at += (size_t)w;
            if (at == flen) {
                sent++;
                at = 0;
            }
        }
        /* Take what is queued. */
        size_t queued = 0;
        toy_debug_event e;
        while (toy_debug_server_next(server, &e)) {
            if (e.kind == TOY_DEBUG_MESSAGE) {
                if (e.len != size || e.text[0] != 'a' || e.text[size - 1] != 'a') got = total + 1;
                queued += e.len;
                got++;
            }
            free(e.text);
        }
        if (queued > most) most = queued;
        if (queued == 0 && sent == total) {
            ev = next_event();
            if (ev.kind != TOY_DEBUG_MESSAGE) break;
            got++;
            free(ev.text);
        }
    }
    free(f);
    free(text);
    CHECK(got == total);
    CHECK(most <= 33 * size);
    close(fd);
    ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_DISCONNECT);
}

/* A debugger that never reads what it is sent is cut off once 128 MiB
 * wait for it. */
static void a_client_that_does_not_read_is_cut_off(void) {
    int fd = dial(AF_INET, port);
    CHECK(fd >= 0 && handshake(fd));
    toy_debug_event ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_CONNECT);
    size_t size = 1024 * 1024;
    char *text = malloc(size);
    memset(text, 'b', size);
    for (int i = 0; i < 136 && toy_debug_server_sessions(server) == 1; i++)
        toy_debug_server_send(server, ev.session, text, size);
    free(text);
    int session = ev.session;
    ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_DISCONNECT && ev.session == session);
    close(fd);
}

/* Bytes from a fixed pseudo-random sequence, as a request or right
 * after a handshake, on many connections: each ends one way or another,
 * and the server still answers after. (The fuzzers cover the parsers;
 * this covers the server's use of them.) */
static void random_bytes_do_no_harm(void) {
    uint32_t x = 12345;
    uint8_t junk[4096];
    for (int round = 0; round < 60; round++) {
        int fd = dial(AF_INET, port);
        CHECK(fd >= 0);
        int upgraded = round % 2 == 1 && handshake(fd);
        size_t n = 1 + (size_t)(round * 67 % sizeof junk);
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            junk[i] = (uint8_t)(x >> 16);
        }
        if (round % 3 == 0 && !upgraded) memcpy(junk, "GET /json HTTP/1.1\r\n", 20 < n ? 20 : n);
        put(fd, junk, n);
        shutdown(fd, SHUT_WR);
        char buf[8192];
        read_all(fd, buf, sizeof buf);
        close(fd);
    }
    toy_debug_event ev;
    while (toy_debug_server_next(server, &ev)) free(ev.text);
    int fd = dial(AF_INET, port);
    char buf[2048];
    puts_(fd, "GET /json/version HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    read_all(fd, buf, sizeof buf);
    CHECK(strncmp(buf, "HTTP/1.1 200 OK", 15) == 0);
    close(fd);
    CHECK(toy_debug_server_sessions(server) == 0);
}

/* Idle connections past the limit (32) make room: the oldest is closed,
 * and a client that comes after them is answered. */
static void idle_connections_do_not_lock_out(void) {
    int idle[40];
    for (int i = 0; i < 40; i++) {
        idle[i] = dial(AF_INET, port);
        CHECK(idle[i] >= 0);
    }
    /* The first ones were closed to make room for the last. */
    char buf[64];
    CHECK(recv(idle[0], buf, sizeof buf, 0) == 0);
    int fd = dial(AF_INET, port);
    char all[2048];
    puts_(fd, "GET /json/version HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    read_all(fd, all, sizeof all);
    CHECK(strncmp(all, "HTTP/1.1 200 OK", 15) == 0);
    close(fd);
    for (int i = 0; i < 40; i++) close(idle[i]);
}

static void the_program_closes_a_session(void) {
    int fd = dial(AF_INET, port);
    CHECK(fd >= 0 && handshake(fd));
    toy_debug_event ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_CONNECT);
    toy_debug_server_close(server, ev.session);
    int b0;
    uint8_t buf[16];
    size_t len;
    CHECK(read_frame(fd, &b0, buf, sizeof buf, &len) && b0 == 0x88 && len == 2 && buf[1] == 0xe8);
    CHECK(recv(fd, buf, 1, 0) == 0);
    ev = next_event();
    CHECK(ev.kind == TOY_DEBUG_DISCONNECT);
    close(fd);
}

static void interrupt_ends_a_wait(void) {
    toy_debug_server_interrupt(server);
    toy_debug_event ev;
    CHECK(toy_debug_server_wait(server, &ev) == 0 && ev.kind == TOY_DEBUG_NONE);
}

static void wait_takes_an_event(void) {
    int fd = dial(AF_INET, port);
    CHECK(fd >= 0 && handshake(fd));
    toy_debug_event ev;
    CHECK(toy_debug_server_wait(server, &ev) == 1 && ev.kind == TOY_DEBUG_CONNECT);
    close(fd);
    CHECK(toy_debug_server_wait(server, &ev) == 1 && ev.kind == TOY_DEBUG_DISCONNECT);
}

static void stop_with_a_client_connected(void) {
    int fd = dial(AF_INET, port);
    CHECK(fd >= 0 && handshake(fd));
    toy_debug_server_send(server, 1000, "x", 1);
    toy_debug_server_stop(server);
    server = NULL;
    char buf[16];
    CHECK(recv(fd, buf, sizeof buf, 0) <= 0);
    close(fd);
}

static void ipv6_loopback(void) {
    toy_debug_options o = { .host = "::1", .port = 0 };
    toy_debug_server *s = NULL;
    int err = toy_debug_server_start(&o, &s);
    if (err < 0) return;   /* no IPv6 here */
    int p = 0;
    CHECK(sscanf(toy_debug_server_url(s), "ws://[::1]:%d/ws/", &p) == 1 && p > 0);
    int fd = dial(AF_INET6, p);
    CHECK(fd >= 0);
    char buf[2048];
    puts_(fd, "GET /json/list HTTP/1.1\r\nConnection: close\r\n\r\n");
    read_all(fd, buf, sizeof buf);
    char want[128];
    snprintf(want, sizeof want, "\"webSocketDebuggerUrl\":\"ws://[::1]:%d/ws/", p);
    CHECK(strstr(buf, want) != NULL);
    close(fd);
    toy_debug_server_stop(s);
}

int main(void) {
    RUN(starts_on_a_free_port);
    if (server == NULL) return 1;
    RUN(the_port_in_use_is_an_error);
    RUN(json_list);
    RUN(not_found);
    RUN(bad_hosts);
    RUN(bad_handshakes);
    RUN(a_session);
    RUN(an_unmasked_frame_is_cut_off);
    RUN(a_huge_length_is_cut_off);
    RUN(bad_utf8_is_cut_off);
    RUN(connection_in_two_headers);
    RUN(frames_right_behind_the_handshake);
    RUN(a_flood_is_held_back);
    RUN(a_client_that_does_not_read_is_cut_off);
    RUN(random_bytes_do_no_harm);
    RUN(idle_connections_do_not_lock_out);
    RUN(the_program_closes_a_session);
    RUN(interrupt_ends_a_wait);
    RUN(wait_takes_an_event);
    RUN(stop_with_a_client_connected);
    RUN(ipv6_loopback);
    return check_failed;
}
