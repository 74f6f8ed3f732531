/* permissions.c: flags, the matcher, canonical paths, prompts (see
 * permissions.h). */
#include "permissions.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static const char *const kind_names[TOY_PERM_KINDS] = { "read", "write", "net", "env", "run" };

const char *toy_perm_kind_name(toy_perm_kind kind) {
    return kind_names[kind];
}

int toy_perm_kind_from_name(const char *name) {
    for (int k = 0; k < TOY_PERM_KINDS; k++)
        if (strcmp(name, kind_names[k]) == 0) return k;
    return -1;
}

const char *toy_perm_state_name(toy_perm_state state) {
    return state == TOY_PERM_GRANTED ? "granted" : state == TOY_PERM_DENIED ? "denied" : "prompt";
}

/* -------------------------------------------------------------- lists -- */

static int list_add(toy_perm_list *l, const char *item) {
    char *copy = strdup(item);
    char **items = copy ? realloc(l->items, (l->len + 1) * sizeof *items) : NULL;
    if (items == NULL) { free(copy); return -1; }
    l->items = items;
    l->items[l->len++] = copy;
    return 0;
}

static void list_free(toy_perm_list *l) {
    for (size_t i = 0; i < l->len; i++) free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->len = 0;
}

static int list_covers(toy_perm_kind kind, const toy_perm_list *l, const char *value) {
    for (size_t i = 0; i < l->len; i++)
        if (toy_perm_covers(kind, l->items[i], value)) return 1;
    return 0;
}

/* Removes the items that value covers (a revoke of a folder takes back
 * the grants inside it too). */
static void list_remove_covered(toy_perm_kind kind, toy_perm_list *l, const char *value) {
    size_t keep = 0;
    for (size_t i = 0; i < l->len; i++) {
        if (toy_perm_covers(kind, value, l->items[i])) free(l->items[i]);
        else l->items[keep++] = l->items[i];
    }
    l->len = keep;
}

int toy_permissions_init(toy_permissions *p, const char *cwd, int can_prompt) {
    memset(p, 0, sizeof *p);
    p->can_prompt = can_prompt;
    p->cwd = strdup(cwd);
    return p->cwd ? 0 : -1;
}

void toy_permissions_free(toy_permissions *p) {
    for (int k = 0; k < TOY_PERM_KINDS; k++) {
        list_free(&p->rules[k].granted);
        list_free(&p->rules[k].denied);
        list_free(&p->rules[k].revoked);
    }
    free(p->cwd);
    p->cwd = NULL;
}

/* ------------------------------------------------------- the matcher -- */

/* Splits "host:port" (or "[v6]:port") into host and port (-1: none).
 * Returns 0, or -1 when malformed. */
static int split_host(const char *s, char *host, size_t hostlen, long *port) {
    const char *colon;
    size_t n;
    if (s[0] == '[') {                     /* [::1]:8080 */
        const char *end = strchr(s, ']');
        if (end == NULL) return -1;
        n = (size_t)(end - s + 1);
        colon = end[1] == ':' ? end + 1 : NULL;
        if (end[1] != '\0' && colon == NULL) return -1;
    } else {
        colon = strchr(s, ':');
        if (colon != NULL && strchr(colon + 1, ':') != NULL) return -1;
        n = colon ? (size_t)(colon - s) : strlen(s);
    }
    if (n == 0 || n >= hostlen) return -1;
    for (size_t i = 0; i < n; i++) host[i] = (char)tolower((unsigned char)s[i]);
    host[n] = '\0';
    *port = -1;
    if (colon != NULL) {
        char *end;
        errno = 0;
        *port = strtol(colon + 1, &end, 10);
        if (colon[1] == '\0' || *end != '\0' || errno || *port < 0 || *port > 65535) return -1;
    }
    return 0;
}

int toy_perm_covers(toy_perm_kind kind, const char *d, const char *value) {
    switch (kind) {
    case TOY_PERM_READ:
    case TOY_PERM_WRITE: {
        /* The folder itself or something below it: "/tmp/a" covers
         * "/tmp/a/x" but not "/tmp/ab". */
        size_t n = strlen(d);
        if (strcmp(d, "/") == 0) return value[0] == '/';
        return strncmp(value, d, n) == 0 && (value[n] == '\0' || value[n] == '/');
    }
    case TOY_PERM_NET: {
        char dh[256], vh[256];
        long dp, vp;
        if (split_host(d, dh, sizeof dh, &dp) != 0 || split_host(value, vh, sizeof vh, &vp) != 0)
            return 0;
        return strcmp(dh, vh) == 0 && (dp < 0 || dp == vp);
    }
    case TOY_PERM_RUN: {
        /* A bare program name also covers that program at any path. */
        if (strcmp(d, value) == 0) return 1;
        const char *base = strrchr(value, '/');
        return strchr(d, '/') == NULL && base != NULL && strcmp(base + 1, d) == 0;
    }
    case TOY_PERM_ENV:
    default:
        return strcmp(d, value) == 0;
    }
}

toy_perm_state toy_perm_decide(const toy_permissions *p, toy_perm_kind kind,
                               const char *value) {
    const toy_perm_rules *r = &p->rules[kind];
    /* A denial wins over everything; the whole kind is denied while any
     * part of it is (toObject() would show the denied variable). */
    if (r->all_denied) return TOY_PERM_DENIED;
    if (value == NULL ? r->denied.len > 0 : list_covers(kind, &r->denied, value))
        return TOY_PERM_DENIED;
    if (value == NULL ? r->revoked.len > 0 : list_covers(kind, &r->revoked, value))
        return TOY_PERM_PROMPT;
    if (r->all_granted) return TOY_PERM_GRANTED;
    if (value != NULL && list_covers(kind, &r->granted, value)) return TOY_PERM_GRANTED;
    return TOY_PERM_PROMPT;
}

/* ---------------------------------------------------- canonical paths -- */

/* Resolves every symlink in the absolute, normalised path abs, one
 * component at a time, so that a link inside a granted folder is judged
 * by where it leads, even when it leads to something that does not exist
 * yet (a write would create it there). */
static char *resolve_links(const char *abs) {
    char *todo = strdup(abs);              /* what is left to walk */
    char *done = strdup("");               /* resolved so far, "" is "/" */
    int links = 0;
    while (todo != NULL && done != NULL && todo[0] != '\0') {
        /* Take the next component off todo. */
        char *p = todo;
        while (*p == '/') p++;
        size_t n = strcspn(p, "/");
        if (n == 0) break;
        char *next = malloc(strlen(done) + n + 2);
        if (next == NULL) break;
        sprintf(next, "%s/%.*s", done, (int)n, p);
        memmove(todo, p + n, strlen(p + n) + 1);

        struct stat st;
        char target[PATH_MAX];
        ssize_t len;
        if (lstat(next, &st) == 0 && S_ISLNK(st.st_mode) && ++links <= 40 &&
            (len = readlink(next, target, sizeof target - 1)) > 0) {
            /* Replace the link by its target and walk that instead. */
            target[len] = '\0';
            char *joined = malloc(strlen(target) + strlen(todo) + 2);
            if (joined == NULL) { free(next); break; }
            sprintf(joined, "%s%s", target, todo);
            char *rest = toy_path_normalize(done[0] ? done : "/", joined);
            free(joined);
            free(next);
            free(todo);
            todo = rest;
            free(done);
            done = strdup("");
            continue;
        }
        free(done);
        done = next;
    }
    char *out = NULL;
    if (todo != NULL && done != NULL && links <= 40) out = strdup(done[0] ? done : "/");
    free(todo);
    free(done);
    return out;
}

char *toy_perm_canonical(const toy_permissions *p, toy_perm_kind kind, const char *value) {
    if (kind == TOY_PERM_READ || kind == TOY_PERM_WRITE) {
        char *abs = toy_path_normalize(p->cwd, value);
        char *real = abs ? resolve_links(abs) : NULL;
        free(abs);
        return real;
    }
    if (kind == TOY_PERM_RUN && strchr(value, '/') != NULL)
        return toy_path_normalize(p->cwd, value);
    if (kind == TOY_PERM_NET) {
        char *copy = strdup(value);
        for (char *c = copy; c && *c; c++) *c = (char)tolower((unsigned char)*c);
        return copy;
    }
    return strdup(value);
}

/* ----------------------------------------------------------- flags -- */

/* Checks one item of a flag's list; 0, or -1 with the reason in err. */
static int check_item(toy_perm_kind kind, const char *item, char *err, size_t errlen) {
    if (item[0] == '\0') {
        snprintf(err, errlen, "empty values are not allowed");
        return -1;
    }
    if (kind == TOY_PERM_ENV && strchr(item, '=') != NULL) {
        snprintf(err, errlen, "invalid environment variable name '%s'", item);
        return -1;
    }
    if (kind == TOY_PERM_NET) {
        char host[256];
        long port;
        if (split_host(item, host, sizeof host, &port) != 0) {
            snprintf(err, errlen, "invalid host '%s' (expected HOST or HOST:PORT)", item);
            return -1;
        }
    }
    return 0;
}

int toy_permissions_add_flag(toy_permissions *p, toy_perm_kind kind, int deny,
                             const char *value, char *err, size_t errlen) {
    toy_perm_rules *r = &p->rules[kind];
    if (value == NULL) {                   /* --allow-read: all of it */
        if (deny) r->all_denied = 1;
        else r->all_granted = 1;
        return 0;
    }
    char *copy = strdup(value), *rest = copy;
    if (copy == NULL) return -1;
    int rc = 0;
    for (;;) {
        char *comma = strchr(rest, ',');
        if (comma != NULL) *comma = '\0';
        char *canonical = NULL;
        if (check_item(kind, rest, err, errlen) != 0 ||
            (canonical = toy_perm_canonical(p, kind, rest)) == NULL ||
            list_add(deny ? &r->denied : &r->granted, canonical) != 0) {
            free(canonical);
            rc = -1;
            break;
        }
        free(canonical);
        if (comma == NULL) break;
        rest = comma + 1;
    }
    free(copy);
    return rc;
}

/* ---------------------------------------------------------- checks -- */

/* Asks on the terminal: y allows this one thing, n denies it, A allows
 * the whole kind. Anything else asks again; end of input denies. */
static char ask(toy_perm_kind kind, const char *shown) {
    const char *name = kind_names[kind];
    for (int tries = 0; tries < 3; tries++) {
        if (shown != NULL)
            fprintf(stderr, "toyjs requests %s access to \"%s\".", name, shown);
        else
            fprintf(stderr, "toyjs requests %s access.", name);
        fprintf(stderr, " Allow? [y/n/A] (y = yes, allow; n = no, deny; "
                        "A = allow all %s permissions) > ", name);
        fflush(stderr);
        char line[64];
        size_t len = 0;
        char c;
        while (read(0, &c, 1) == 1 && c != '\n')
            if (len < sizeof line - 1) line[len++] = c;
        line[len] = '\0';
        if (len == 0 && c != '\n') { fputc('\n', stderr); return 'n'; }   /* EOF */
        if (strcmp(line, "y") == 0 || strcmp(line, "n") == 0 || strcmp(line, "A") == 0) {
            fprintf(stderr, "%s\n", line[0] == 'n' ? "Denied." : "Granted.");
            return line[0];
        }
        fprintf(stderr, "Unrecognized option '%s'.\n", line);
    }
    return 'n';
}

/* Asks about an undecided access and records the answer. */
static toy_perm_state prompt(toy_permissions *p, toy_perm_kind kind, const char *canonical,
                             const char *shown) {
    toy_perm_rules *r = &p->rules[kind];
    char answer = ask(kind, shown);
    if (answer == 'A') {
        r->all_granted = 1;
        list_free(&r->revoked);
        return TOY_PERM_GRANTED;
    }
    if (canonical == NULL) {
        if (answer == 'y') r->all_granted = 1;
        else r->all_denied = 1;
    } else if (answer == 'y') {
        list_add(&r->granted, canonical);
        list_remove_covered(kind, &r->revoked, canonical);
    } else {
        list_add(&r->denied, canonical);
    }
    return answer == 'n' ? TOY_PERM_DENIED : TOY_PERM_GRANTED;
}

int toy_perm_check(toy_permissions *p, toy_perm_kind kind, const char *value,
                   char *err, size_t errlen) {
    char *canonical = value ? toy_perm_canonical(p, kind, value) : NULL;
    if (value != NULL && canonical == NULL) {
        snprintf(err, errlen, "out of memory checking %s access", kind_names[kind]);
        return -1;
    }
    toy_perm_state state = toy_perm_decide(p, kind, canonical);
    if (state == TOY_PERM_PROMPT)
        state = p->can_prompt ? prompt(p, kind, canonical, value) : TOY_PERM_DENIED;
    free(canonical);
    if (state == TOY_PERM_GRANTED) return 0;
    if (value != NULL)
        snprintf(err, errlen, "Requires %s access to \"%s\", run again with the --allow-%s flag",
                 kind_names[kind], value, kind_names[kind]);
    else
        snprintf(err, errlen, "Requires %s access, run again with the --allow-%s flag",
                 kind_names[kind], kind_names[kind]);
    return -1;
}

toy_perm_state toy_perm_query(toy_permissions *p, toy_perm_kind kind, const char *value) {
    char *canonical = value ? toy_perm_canonical(p, kind, value) : NULL;
    toy_perm_state state = toy_perm_decide(p, kind, canonical);
    free(canonical);
    return state;
}

toy_perm_state toy_perm_request(toy_permissions *p, toy_perm_kind kind, const char *value) {
    char *canonical = value ? toy_perm_canonical(p, kind, value) : NULL;
    toy_perm_state state = toy_perm_decide(p, kind, canonical);
    if (state == TOY_PERM_PROMPT)
        state = p->can_prompt ? prompt(p, kind, canonical, value) : TOY_PERM_DENIED;
    free(canonical);
    return state;
}

/* Takes a grant back: the whole kind, or value and everything below it.
 * What a broader grant still covers is marked revoked, so it asks again. */
toy_perm_state toy_perm_revoke(toy_permissions *p, toy_perm_kind kind, const char *value) {
    toy_perm_rules *r = &p->rules[kind];
    if (value == NULL) {
        r->all_granted = 0;
        list_free(&r->granted);
        list_free(&r->revoked);
        return toy_perm_decide(p, kind, NULL);
    }
    char *canonical = toy_perm_canonical(p, kind, value);
    if (canonical == NULL) return TOY_PERM_DENIED;
    list_remove_covered(kind, &r->granted, canonical);
    if (toy_perm_decide(p, kind, canonical) == TOY_PERM_GRANTED)
        list_add(&r->revoked, canonical);
    toy_perm_state state = toy_perm_decide(p, kind, canonical);
    free(canonical);
    return state;
}
