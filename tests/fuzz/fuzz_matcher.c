/* libFuzzer target for the permission matcher. Input: a kind byte, then
 * lines: "+ITEM" grants, "-ITEM" denies (as flag values, comma lists
 * allowed), "~ITEM" revokes, "?VALUE" asks, "!VALUE" asks for the whole
 * subtree at VALUE (a recursive remove, a rename). Paths are normalised
 * first, as the runtime does before matching. Checks: nothing under a
 * denied path is ever granted; a granted path is the granted item itself
 * or below it (never a sibling that shares a prefix); a subtree passes
 * exactly when no denied or revoked path is at or below it; a program is
 * granted only as the file granted, and a denied name denies it at any
 * path; flag parsing never crashes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "permissions.h"
#include "util.h"

static void check(int ok) {
    if (!ok) abort();
}

/* Is value the folder d or inside it? */
static int below(const char *d, const char *value) {
    size_t n = strlen(d);
    if (strcmp(d, "/") == 0) return 1;
    return strncmp(value, d, n) == 0 && (value[n] == '\0' || value[n] == '/');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    toy_perm_kind kind = (toy_perm_kind)(data[0] % TOY_PERM_KINDS);
    char *text = malloc(size);
    if (text == NULL) return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';

    toy_permissions p;
    toy_permissions_init(&p, "/cwd", 0);
    char err[256];
    /* Path grants go in normalised by hand: add_flag would ask the file
     * system about symlinks, which a fuzzer must not depend on. */
    int paths = kind == TOY_PERM_READ || kind == TOY_PERM_WRITE;
    char *rest = NULL;
    for (char *line = strtok_r(text, "\n", &rest); line; line = strtok_r(NULL, "\n", &rest)) {
        char op = line[0];
        const char *item = line + (op ? 1 : 0);
        if (op == '+' || op == '-') {
            if (!paths && kind != TOY_PERM_RUN) {
                toy_permissions_add_flag(&p, kind, op == '-', item[0] ? item : NULL, err, sizeof err);
                continue;
            }
            /* Programs as add_flag leaves them, without its PATH search:
             * a granted name found nowhere is dropped, a denied one kept. */
            int name = kind == TOY_PERM_RUN && strchr(item, '/') == NULL;
            if (name && op == '+') continue;
            char *n = name ? strdup(item) : toy_path_normalize("/cwd", item);
            if (n == NULL) continue;
            toy_perm_list *l = op == '-' ? &p.rules[kind].denied : &p.rules[kind].granted;
            char **items = realloc(l->items, (l->len + 1) * sizeof *items);
            if (items == NULL) { free(n); continue; }
            l->items = items;
            l->items[l->len++] = n;
        } else if (op == '~' && paths) {
            /* A revoke, as toy_perm_revoke records one inside a grant
             * (by hand, again, to stay off the file system). */
            char *n = toy_path_normalize("/cwd", item);
            if (n == NULL) continue;
            toy_perm_list *l = &p.rules[kind].revoked;
            char **items = toy_perm_decide(&p, kind, n) == TOY_PERM_GRANTED
                               ? realloc(l->items, (l->len + 1) * sizeof *items) : NULL;
            if (items == NULL) { free(n); continue; }
            l->items = items;
            l->items[l->len++] = n;
        } else if (op == '!' && paths) {
            char *value = toy_path_normalize("/cwd", item);
            if (value == NULL) continue;
            const toy_perm_rules *r = &p.rules[kind];
            int inside = 0;
            for (size_t i = 0; i < r->denied.len; i++) inside |= below(value, r->denied.items[i]);
            for (size_t i = 0; i < r->revoked.len; i++) inside |= below(value, r->revoked.items[i]);
            check((toy_perm_check_subtree(&p, kind, value, err, sizeof err) == 0) == !inside);
            free(value);
        } else if (op == '?') {
            char *value = paths || (kind == TOY_PERM_RUN && strchr(item, '/'))
                              ? toy_path_normalize("/cwd", item) : strdup(item);
            if (value == NULL) continue;
            toy_perm_state state = toy_perm_decide(&p, kind, value);
            if (kind == TOY_PERM_RUN) {
                /* A program is granted only as the very file granted; a
                 * denied name denies that name at any path. */
                const toy_perm_rules *r = &p.rules[kind];
                const char *base = strrchr(value, '/');
                base = base ? base + 1 : value;
                for (size_t i = 0; i < r->denied.len; i++)
                    if (strchr(r->denied.items[i], '/') == NULL && strcmp(r->denied.items[i], base) == 0)
                        check(state == TOY_PERM_DENIED);
                if (state == TOY_PERM_GRANTED && !r->all_granted) {
                    int covered = 0;
                    for (size_t i = 0; i < r->granted.len; i++)
                        covered |= strcmp(r->granted.items[i], value) == 0;
                    check(covered);
                }
            }
            if (paths) {
                const toy_perm_rules *r = &p.rules[kind];
                for (size_t i = 0; i < r->denied.len; i++)
                    if (below(r->denied.items[i], value)) check(state == TOY_PERM_DENIED);
                if (state == TOY_PERM_GRANTED && !r->all_granted) {
                    int covered = 0;
                    for (size_t i = 0; i < r->granted.len; i++)
                        covered |= below(r->granted.items[i], value);
                    check(covered);
                }
            }
            free(value);
        }
    }
    toy_permissions_free(&p);
    free(text);
    return 0;
}
