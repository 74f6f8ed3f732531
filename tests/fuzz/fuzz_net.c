/* libFuzzer target for the net rules: the host parser that turns every
 * spelling of an address into one canonical descriptor (permissions.c).
 * Input: lines; the first is a --deny-net value, the others hosts to
 * check. Checks: canonical forms are stable (canonical of canonical is
 * the same); a valid host is covered by itself, as a grant and as a
 * denial; a denied address stays denied in every spelling the fuzzer
 * tries; and the IPv4 forms agree with the C library's inet_aton. */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "permissions.h"

static void check(int ok) {
    if (!ok) abort();
}

/* "1.2.3.4" -> 1, else 0: a canonical IPv4 address, and its value. */
static int dotted(const char *s, uint32_t *out) {
    unsigned a, b, c, d;
    char tail;
    char again[20];
    if (sscanf(s, "%u.%u.%u.%u%c", &a, &b, &c, &d, &tail) != 4 || a > 255 || b > 255 ||
        c > 255 || d > 255)
        return 0;
    snprintf(again, sizeof again, "%u.%u.%u.%u", a, b, c, d);
    *out = a << 24 | b << 16 | c << 8 | d;
    return strcmp(again, s) == 0;
}

static void one_host(toy_permissions *deny, const char *host) {
    toy_permissions p;
    char err[256];
    toy_permissions_init(&p, "/", 0);
    char *c1 = toy_perm_canonical(&p, TOY_PERM_NET, host);
    if (c1 == NULL) { toy_permissions_free(&p); return; }
    char *c2 = toy_perm_canonical(&p, TOY_PERM_NET, c1);
    check(c2 != NULL && strcmp(c1, c2) == 0);              /* stable */
    free(c2);

    /* A valid host (one the flag parser takes) covers itself. */
    if (strchr(host, ',') == NULL && toy_permissions_add_flag(&p, TOY_PERM_NET, 0, host, err, sizeof err) == 0) {
        check(toy_perm_decide(&p, TOY_PERM_NET, c1) == TOY_PERM_GRANTED);
        toy_permissions_add_flag(&p, TOY_PERM_NET, 1, host, err, sizeof err);
        check(toy_perm_decide(&p, TOY_PERM_NET, c1) == TOY_PERM_DENIED);
    }

    /* A bare host that inet_aton reads as an address has that address as
     * its canonical form, and the other way round. */
    int plain = strpbrk(host, ":[] \t\n\v\f\r") == NULL;
    struct in_addr in;
    uint32_t v;
    int ours = plain && dotted(c1, &v);
    if (plain && inet_aton(host, &in) == 1) check(ours && v == ntohl(in.s_addr));
    if (ours) check(inet_aton(host, &in) == 1 && v == ntohl(in.s_addr));

    /* Whatever the deny rules are, the spellings of a denied IPv4 address
     * are denied too: hex, one 32-bit number, and IPv4-mapped IPv6. */
    if (ours && toy_perm_decide(deny, TOY_PERM_NET, c1) == TOY_PERM_DENIED) {
        char alt[64];
        snprintf(alt, sizeof alt, "0x%x", v);
        check(toy_perm_query(deny, TOY_PERM_NET, alt) == TOY_PERM_DENIED);
        snprintf(alt, sizeof alt, "%u", v);
        check(toy_perm_query(deny, TOY_PERM_NET, alt) == TOY_PERM_DENIED);
        snprintf(alt, sizeof alt, "[::ffff:%s]", c1);
        check(toy_perm_query(deny, TOY_PERM_NET, alt) == TOY_PERM_DENIED);
    }
    const char *locals[] = { c1 };
    toy_perm_net_wildcard_denied(deny, 80, 1, locals, 1);
    free(c1);
    toy_permissions_free(&p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *text = malloc(size + 1);
    if (text == NULL) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    toy_permissions deny;
    char err[256];
    toy_permissions_init(&deny, "/", 0);
    char *rest = NULL;
    char *rules = strtok_r(text, "\n", &rest);
    if (rules != NULL) {
        toy_permissions_add_flag(&deny, TOY_PERM_NET, 1, rules, err, sizeof err);
        one_host(&deny, rules);
        for (char *line = strtok_r(NULL, "\n", &rest); line; line = strtok_r(NULL, "\n", &rest))
            one_host(&deny, line);
    }
    toy_permissions_free(&deny);
    free(text);
    return 0;
}
