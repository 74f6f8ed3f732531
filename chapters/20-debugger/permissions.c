/* permissions.c: flags, the matcher, canonical paths, prompts (see
 * permissions.h). */
#include "permissions.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <pthread.h>
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

/* --------------------------------------------------------- hosts -- */

/* An IPv4 address written as the C library reads one (inet_aton's forms,
 * which getaddrinfo takes as numeric too): one to four parts between
 * dots, each decimal, octal (a leading 0) or hex (0x), the last one
 * filling the bytes that are left. "127.1", "2130706433", "0x7f000001"
 * and "0177.0.0.1" are all 127.0.0.1. 0 with the address, or -1. */
static int ipv4_parse(const char *s, size_t n, uint32_t *addr) {
    uint32_t part[4];
    int parts = 0;
    size_t i = 0;
    for (;;) {
        if (parts == 4 || i >= n || !isdigit((unsigned char)s[i])) return -1;
        unsigned base = 10;
        if (s[i] == '0') {
            base = 8;
            i++;
            if (i < n && (s[i] == 'x' || s[i] == 'X')) {
                base = 16;
                if (++i >= n || !isxdigit((unsigned char)s[i])) return -1;   /* "0x" alone */
            }
        }
        uint64_t v = 0;
        for (; i < n && s[i] != '.'; i++) {
            int c = tolower((unsigned char)s[i]);
            unsigned d = isdigit(c) ? (unsigned)(c - '0') : isxdigit(c) ? (unsigned)(c - 'a' + 10) : 99;
            if (d >= base || (v = v * base + d) > 0xffffffffu) return -1;
        }
        part[parts++] = (uint32_t)v;
        if (i == n) break;
        i++;                               /* the dot; a part must follow */
    }
    uint32_t a = 0;
    for (int k = 0; k < parts - 1; k++) {
        if (part[k] > 0xff) return -1;
        a |= part[k] << (24 - 8 * k);
    }
    uint32_t last = part[parts - 1], room = parts == 1 ? 0xffffffffu : 0xffffffffu >> (8 * (parts - 1));
    if (last > room) return -1;
    *addr = a | last;
    return 0;
}

/* The canonical text of a host (no port), so that rules and requests
 * compare addresses rather than spellings: IPv4 as a.b.c.d, whatever
 * form it was written in; IPv6 (given in brackets) as inet_ntop writes
 * it, in brackets, with any %zone dropped; an IPv4-mapped IPv6 address
 * as the IPv4 address it maps; a name in lower case, without a final
 * dot. -1 when h is no valid host. */
static int net_host_canonical(const char *h, size_t n, int bracketed, char *out, size_t outlen) {
    char text[256];
    uint32_t v4;
    if (n == 0 || n >= sizeof text) return -1;
    memcpy(text, h, n);
    text[n] = '\0';
    if (bracketed) {
        unsigned char a[16];
        text[strcspn(text, "%")] = '\0';
        if (inet_pton(AF_INET6, text, a) != 1) return -1;
        static const unsigned char mapped[12] = { 0,0,0,0,0,0,0,0,0,0,0xff,0xff };
        if (memcmp(a, mapped, 12) == 0)
            return snprintf(out, outlen, "%u.%u.%u.%u", a[12], a[13], a[14], a[15]) < (int)outlen ? 0 : -1;
        char six[INET6_ADDRSTRLEN];
        inet_ntop(AF_INET6, a, six, sizeof six);
        return snprintf(out, outlen, "[%s]", six) < (int)outlen ? 0 : -1;
    }
    if (ipv4_parse(text, n, &v4) == 0)
        return snprintf(out, outlen, "%u.%u.%u.%u", v4 >> 24, (v4 >> 16) & 0xff,
                        (v4 >> 8) & 0xff, v4 & 0xff) < (int)outlen ? 0 : -1;
    if (text[n - 1] == '.') text[--n] = '\0';      /* "example.com." is example.com */
    if (n == 0 || ipv4_parse(text, n, &v4) == 0) return -1;   /* "127.0.0.1." is neither */
    if (text[0] == '.' || text[n - 1] == '.' || strstr(text, "..")) return -1;   /* empty label */
    for (size_t i = 0; i < n; i++) {
        if (!isalnum((unsigned char)text[i]) && !strchr("-._", text[i])) return -1;
        text[i] = (char)tolower((unsigned char)text[i]);
    }
    return snprintf(out, outlen, "%s", text) < (int)outlen ? 0 : -1;
}

/* Splits "host", "host:port", "[v6]" or "[v6]:port" into the canonical
 * host and the port (-1: none). An IPv6 address must be in brackets, as
 * in Deno. Returns 0, or -1 when malformed. */
static int split_host(const char *s, char *host, size_t hostlen, long *port) {
    const char *h = s, *rest;
    int bracketed = s[0] == '[';
    if (bracketed) {                       /* [::1]:8080 */
        const char *end = strchr(s, ']');
        if (end == NULL) return -1;
        h = s + 1;
        rest = end + 1;
    } else {
        const char *colon = strchr(s, ':');
        if (colon != NULL && strchr(colon + 1, ':') != NULL) return -1;
        rest = colon ? colon : s + strlen(s);
    }
    *port = -1;
    if (rest[0] == ':') {
        size_t digits = strspn(rest + 1, "0123456789");
        if (digits == 0 || digits > 5 || rest[1 + digits] != '\0') return -1;
        *port = strtol(rest + 1, NULL, 10);
        if (*port > 65535) return -1;
    } else if (rest[0] != '\0') {
        return -1;
    }
    size_t n = (size_t)(rest - h) - (bracketed ? 1 : 0);
    return net_host_canonical(h, n, bracketed, host, hostlen);
}

/* Does a denied program name cover the program at path? As in Deno: its
 * file name is the name, or the name and an extension ("deno.exe"), in
 * any case. */
static int run_name_covers(const char *name, const char *path) {
    const char *base = strrchr(path, '/');
    size_t n = strlen(name);
    base = base ? base + 1 : path;
    return strncasecmp(base, name, n) == 0 && (base[n] == '\0' || base[n] == '.');
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
        /* The same host, compared canonical (split_host), and, if d
         * names a port, the same port. */
        char dh[256], vh[256];
        long dp, vp;
        if (split_host(d, dh, sizeof dh, &dp) != 0 || split_host(value, vh, sizeof vh, &vp) != 0)
            return 0;
        return strcmp(dh, vh) == 0 && (dp < 0 || dp == vp);
    }
    case TOY_PERM_RUN:
        /* Programs are compared by the file that runs (a path with its
         * links resolved). A bare name only ever denies (grants are
         * resolved to a path): it covers that program at any path. */
        if (strchr(d, '/') != NULL || strchr(value, '/') == NULL) return strcmp(d, value) == 0;
        return run_name_covers(d, value);
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

/* Resolves an absolute path the way the kernel will when the op opens
 * it: one component at a time, "." skipped, ".." going to the parent of
 * what has been resolved so far (so "link/.." is the parent of the link's
 * target, not the folder holding the link), and every symlink replaced
 * by its target. A link to something that does not exist yet is judged
 * by that target, since a write would create the file there. ".", ".."
 * and a trailing "/" need a folder before them, as in the kernel: after
 * a name that is missing or is a file, the walk fails as the open would
 * (ENOENT, ENOTDIR), since they vanish from the result. NULL with errno
 * set on those, when out of memory, or after too many links (ELOOP). */
static char *resolve_links(const char *abs) {
    size_t cap = strlen(abs) + PATH_MAX + 2;
    char *todo = malloc(cap), *done = malloc(cap), *spare = malloc(cap);
    int links = 0, ok = todo && done && spare;
    int not_dir = 0;                       /* why done is no folder: errno, or 0 */
    if (!ok) errno = ENOMEM;
    if (ok) {
        strcpy(todo, abs);
        done[0] = '\0';                    /* "" stands for "/" */
    }
    while (ok && todo[0] != '\0') {
        /* Take the next component off the front of todo. */
        char *p = todo;
        while (*p == '/') p++;
        size_t n = strcspn(p, "/");
        char comp[NAME_MAX + 1];
        if (n > NAME_MAX) n = NAME_MAX;    /* the kernel would say ENAMETOOLONG */
        memcpy(comp, p, n);
        comp[n] = '\0';
        memmove(todo, p + strcspn(p, "/"), strlen(p + strcspn(p, "/")) + 1);
        if (n == 0 || strcmp(comp, ".") == 0 || strcmp(comp, "..") == 0) {
            /* A folder is needed here; only a missing one may end in "/"
             * (mkdir "new/"). */
            if (not_dir != 0 && !(n == 0 && not_dir == ENOENT)) { ok = 0; errno = not_dir; break; }
            char *slash = strrchr(done, '/');
            if (n == 2 && slash != NULL) *slash = '\0';   /* "..": the physical parent */
            continue;
        }
        size_t dl = strlen(done);
        if (dl + n + 2 > cap) { ok = 0; errno = ENAMETOOLONG; break; }
        snprintf(spare, cap, "%s/%s", done, comp);

        struct stat st;
        char target[PATH_MAX];
        ssize_t len;
        int found = lstat(spare, &st) == 0;
        not_dir = !found ? errno : S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
        if (found && S_ISLNK(st.st_mode) &&
            (len = readlink(spare, target, sizeof target - 1)) > 0) {
            if (++links > 40) { ok = 0; errno = ELOOP; break; }
            target[len] = '\0';
            /* Walk the target next: from the root if it is absolute, else
             * from the folder that holds the link (done, unchanged). */
            if (strlen(target) + strlen(todo) + 2 > cap) { ok = 0; errno = ENAMETOOLONG; break; }
            snprintf(spare, cap, "%s%s", target, todo);   /* todo is "" or starts with '/' */
            strcpy(todo, spare);
            if (target[0] == '/') done[0] = '\0';
            not_dir = 0;                   /* done is the folder that held the link */
            continue;
        }
        strcpy(done, spare);
    }
    char *out = ok ? strdup(done[0] ? done : "/") : NULL;
    if (ok && out == NULL) errno = ENOMEM;
    free(todo);
    free(done);
    free(spare);
    return out;
}

/* ---------------------------------------------- canonical hosts, programs -- */

/* "host:port" with the host canonical (split_host); what does not parse
 * stays as it is, in lower case, and matches no rule. */
static char *net_canonical(const char *value) {
    char host[256];
    long port;
    if (split_host(value, host, sizeof host, &port) != 0) {
        char *copy = strdup(value);
        for (char *c = copy; c && *c; c++) *c = (char)tolower((unsigned char)*c);
        return copy;
    }
    size_t len = strlen(host) + 8;
    char *out = malloc(len);
    if (out != NULL) snprintf(out, len, port < 0 ? "%s" : "%s:%ld", host, port);
    return out;
}

char *toy_perm_which(const char *program, const char *path_list, const char *cwd) {
    if (strchr(program, '/') != NULL) {      /* a path: from cwd, as given */
        char *abs = malloc(strlen(cwd) + strlen(program) + 2);
        if (abs != NULL && program[0] == '/') strcpy(abs, program);
        else if (abs != NULL) sprintf(abs, "%s/%s", cwd, program);
        return abs;
    }
    if (path_list == NULL) path_list = "/usr/bin:/bin";  /* execvp's default */
    for (const char *dir = path_list;; dir += strcspn(dir, ":") + 1) {
        size_t n = strcspn(dir, ":");
        /* An empty entry is the cwd; a relative one is taken from it. */
        char *found = malloc(strlen(cwd) + n + strlen(program) + 4);
        if (found == NULL) return NULL;
        if (n > 0 && dir[0] == '/') sprintf(found, "%.*s/%s", (int)n, dir, program);
        else sprintf(found, "%s/%.*s/%s", cwd, (int)n, n ? dir : ".", program);
        struct stat st;
        if (stat(found, &st) == 0 && S_ISREG(st.st_mode) && access(found, X_OK) == 0)
            return found;
        free(found);
        if (dir[n] == '\0') break;
    }
    errno = ENOENT;
    return NULL;
}

/* A program as the permission rules see it: the file that would run, on
 * our own PATH for a bare name, absolute and with its links resolved. A
 * name found on no folder stays a bare name, which only "all" grants and
 * only a denial of that name denies. */
static char *run_canonical(const toy_permissions *p, const char *value) {
    toy_env_lock();  /* PATH is read while no other thread changes it */
    char *found = toy_perm_which(value, getenv("PATH"), p->cwd);
    int err_no = errno;
    toy_env_unlock();
    errno = err_no;
    if (found == NULL) return errno == ENOENT ? strdup(value) : NULL;
    char *real = realpath(found, NULL);
    if (real == NULL) real = toy_path_normalize("/", found);
    free(found);
    return real;
}

char *toy_perm_canonical(const toy_permissions *p, toy_perm_kind kind, const char *value) {
    if (kind == TOY_PERM_READ || kind == TOY_PERM_WRITE) {
        if (value[0] == '\0') {           /* the kernel finds nothing at "" */
            errno = ENOENT;
            return NULL;
        }
        /* Joined to the cwd but not normalised: ".." must be taken after
         * the links before it are resolved, as the kernel does. */
        char *abs = malloc(strlen(p->cwd) + strlen(value) + 2);
        if (abs == NULL) return NULL;
        if (value[0] == '/') strcpy(abs, value);
        else sprintf(abs, "%s/%s", p->cwd, value);
        char *real = resolve_links(abs);
        free(abs);
        return real;
    }
    if (kind == TOY_PERM_RUN) return run_canonical(p, value);
    if (kind == TOY_PERM_NET) return net_canonical(value);
    return strdup(value);
}

/* The canonical form of a path whose last name an op acts on itself, not
 * on what it may link to (lstat, remove, rename, mkdir, symlink): the
 * folder resolved, the name kept. "x/", "x/." and "x/.." name what x
 * leads to, so they are resolved whole. */
static char *canonical_name(const toy_permissions *p, const char *path) {
    const char *name = strrchr(path, '/');
    name = name ? name + 1 : path;
    if (*name == '\0' || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
        return toy_perm_canonical(p, TOY_PERM_READ, path);
    char *folder = strndup(path, (size_t)(name - path));
    char *real = folder ? toy_perm_canonical(p, TOY_PERM_READ, folder[0] ? folder : ".") : NULL;
    char *out = real ? malloc(strlen(real) + strlen(name) + 2) : NULL;
    if (out != NULL) sprintf(out, "%s/%s", strcmp(real, "/") == 0 ? "" : real, name);
    else if (real != NULL) errno = ENOMEM;
    free(folder);
    free(real);
    return out;
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
        if (check_item(kind, rest, err, errlen) != 0) {
            rc = -1;
            break;
        }
        errno = 0;
        canonical = toy_perm_canonical(p, kind, rest);
        if (canonical == NULL && errno != ENOMEM)  /* a loop, "missing/..": the name as written */
            canonical = toy_path_normalize(p->cwd, rest);
        /* --allow-run=NAME grants the program NAME is now found as (a name
         * on no folder of the PATH grants nothing); --deny-run=NAME stays
         * a name, and denies that program wherever it is. */
        int skip = 0;
        if (kind == TOY_PERM_RUN && canonical != NULL && strchr(rest, '/') == NULL) {
            if (deny) {
                free(canonical);
                canonical = strdup(rest);
            } else {
                skip = strchr(canonical, '/') == NULL;
            }
        }
        if (canonical == NULL ||
            (!skip && list_add(deny ? &r->denied : &r->granted, canonical) != 0)) {
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

/* Prints s for the terminal: bytes that could move the cursor or change
 * colours (a path may hold any byte) are shown as \xNN instead. */
static void print_safe(const char *s) {
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7f) fprintf(stderr, "\\x%02x", *p);
        else fputc(*p, stderr);
    }
}

/* Throws away what was typed before the question appeared, so nothing
 * written ahead (by the program, or a stray key) answers it. Returns 1
 * when the input has already ended. */
static int drain_input(void) {
    int flags = fcntl(0, F_GETFL);
    if (flags < 0 || fcntl(0, F_SETFL, flags | O_NONBLOCK) < 0) return 0;
    char buf[256];
    ssize_t n;
    int ended = 0;
    while ((n = read(0, buf, sizeof buf)) > 0) {}
    if (n == 0) ended = 1;
    fcntl(0, F_SETFL, flags);
    return ended;
}

/* Asks on the terminal: y allows this one thing, n denies it, A allows
 * the whole kind. Anything else asks again; end of input denies. */
static char ask(toy_perm_kind kind, const char *shown) {
    const char *name = kind_names[kind];
    if (drain_input()) return 'n';
    for (int tries = 0; tries < 3; tries++) {
        fprintf(stderr, "toyjs requests %s access", name);
        if (shown != NULL) {
            fputs(" to \"", stderr);
            print_safe(shown);
            fputc('"', stderr);
        }
        fprintf(stderr, ". Allow? [y/n/A] (y = yes, allow; n = no, deny; "
                        "A = allow all %s permissions) > ", name);
        fflush(stderr);
        char line[64];
        size_t len = 0;
        char c = 0;
        ssize_t got;
        while ((got = read(0, &c, 1)) == 1 && c != '\n')
            if (len < sizeof line - 1) line[len++] = c;
        line[len] = '\0';
        if (got != 1) {                    /* end of input: deny */
            fputc('\n', stderr);
            return 'n';
        }
        if (strcmp(line, "y") == 0 || strcmp(line, "n") == 0 || strcmp(line, "A") == 0) {
            fprintf(stderr, "%s\n", line[0] == 'n' ? "Denied." : "Granted.");
            return line[0];
        }
        fputs("Unrecognized option '", stderr);
        print_safe(line);
        fputs("'.\n", stderr);
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
        /* A program found nowhere is allowed this once: a grant of a bare
         * name would cover any program of that name. */
        if (kind != TOY_PERM_RUN || strchr(canonical, '/') != NULL)
            list_add(&r->granted, canonical);
        list_remove_covered(kind, &r->revoked, canonical);
    } else {
        list_add(&r->denied, canonical);
    }
    return answer == 'n' ? TOY_PERM_DENIED : TOY_PERM_GRANTED;
}

/* The decision on a canonical value, asking when it is undecided and
 * asking is possible; not being able to ask is not consent. 0, or -1
 * with Deno's message naming shown (what the program wrote). */
static int decide_or_ask(toy_permissions *p, toy_perm_kind kind, const char *canonical,
                         const char *shown, char *err, size_t errlen) {
    toy_perm_state state = toy_perm_decide(p, kind, canonical);
    if (state == TOY_PERM_PROMPT)
        state = p->can_prompt ? prompt(p, kind, canonical, shown) : TOY_PERM_DENIED;
    if (state == TOY_PERM_GRANTED) return 0;
    if (shown != NULL)
        snprintf(err, errlen, "Requires %s access to \"%s\", run again with the --allow-%s flag",
                 kind_names[kind], shown, kind_names[kind]);
    else
        snprintf(err, errlen, "Requires %s access, run again with the --allow-%s flag",
                 kind_names[kind], kind_names[kind]);
    return -1;
}

int toy_perm_check_path(toy_permissions *p, toy_perm_kind kind, const char *value, int follow,
                        char **checked, char *err, size_t errlen) {
    if (value == NULL) return decide_or_ask(p, kind, NULL, NULL, err, errlen);
    if (*checked == NULL) {
        errno = 0;
        *checked = follow || (kind != TOY_PERM_READ && kind != TOY_PERM_WRITE)
                       ? toy_perm_canonical(p, kind, value) : canonical_name(p, value);
    }
    if (*checked == NULL) {
        /* No canonical form: a symlink loop, a ".." after a name that is
         * not a folder (the open would fail with the same error), or no
         * memory. Nothing is allowed either way; the OS error is only
         * told to a program that may read the path as written, so a
         * denied path reveals nothing about itself. */
        int err_no = errno ? errno : ENOMEM;
        char *lexical = toy_path_normalize(p->cwd, value);
        int granted = lexical && toy_perm_decide(p, kind, lexical) == TOY_PERM_GRANTED;
        free(lexical);
        if (granted) {
            snprintf(err, errlen, "%s (os error %d): %s '%s'", strerror(err_no), err_no,
                     "open", value);
            errno = err_no;
            return -2;
        }
        snprintf(err, errlen, "Requires %s access to \"%s\", run again with the --allow-%s flag",
                 kind_names[kind], value, kind_names[kind]);
        return -1;
    }
    return decide_or_ask(p, kind, *checked, value, err, errlen);
}

int toy_perm_check(toy_permissions *p, toy_perm_kind kind, const char *value,
                   char *err, size_t errlen) {
    char *checked = NULL;
    int rc = toy_perm_check_path(p, kind, value, 1, &checked, err, errlen);
    int saved = errno;
    free(checked);
    errno = saved;
    return rc;
}

int toy_perm_check_run(toy_permissions *p, const char *found, const char *shown,
                       char **run_path, char *err, size_t errlen) {
    /* The name it was found by (a denied "vi" denies /usr/bin/vi, a link
     * to vim.basic), then the file that runs: what toy_perm_check sees. */
    char *lexical = toy_path_normalize("/", found);
    char *real = realpath(found, NULL);
    if (real == NULL && lexical != NULL) real = strdup(lexical);
    int rc = -1;
    if (lexical != NULL && real != NULL &&
        toy_perm_decide(p, TOY_PERM_RUN, lexical) != TOY_PERM_DENIED)
        rc = toy_perm_check(p, TOY_PERM_RUN, real, err, errlen) == 0 ? 0 : -1;
    free(lexical);
    if (rc != 0) {
        free(real);
        snprintf(err, errlen, "Requires run access to \"%s\", run again with the --allow-run flag",
                 shown);
        return -1;
    }
    *run_path = real;
    return 0;
}

int toy_perm_net_wildcard_denied(const toy_permissions *p, long port, int ipv6,
                                 const char *const *locals, size_t nlocals) {
    const toy_perm_list *l = &p->rules[TOY_PERM_NET].denied;
    for (size_t i = 0; i < l->len; i++) {
        char host[256];
        long dp;
        if (split_host(l->items[i], host, sizeof host, &dp) != 0 || (dp >= 0 && dp != port))
            continue;
        int v6 = host[0] == '[';
        if (!isdigit((unsigned char)host[0]) && !v6) continue;   /* a name */
        if (v6 && !ipv6) continue;             /* 0.0.0.0 takes IPv4 only */
        int local = v6 ? strcmp(host, "[::1]") == 0 : strncmp(host, "127.", 4) == 0;
        for (size_t k = 0; k < nlocals && !local; k++) local = strcmp(host, locals[k]) == 0;
        if (local) return 1;
    }
    return 0;
}

/* For an op on everything below checked (a recursive remove, a rename):
 * each rule that takes part of it back, a denial or a revoke, is a path
 * the op would touch too, and is checked as one. Asking may change the
 * lists, so the search starts again after each answer. */
int toy_perm_check_subtree(toy_permissions *p, toy_perm_kind kind, const char *checked,
                           char *err, size_t errlen) {
    toy_perm_rules *r = &p->rules[kind];
again:
    for (int revoked = 0; revoked <= 1; revoked++) {
        toy_perm_list *l = revoked ? &r->revoked : &r->denied;
        for (size_t i = 0; i < l->len; i++) {
            if (!toy_perm_covers(kind, checked, l->items[i])) continue;
            char *inner = strdup(l->items[i]);
            int rc = inner ? decide_or_ask(p, kind, inner, inner, err, errlen) : -1;
            if (inner == NULL) snprintf(err, errlen, "out of memory");
            free(inner);
            if (rc != 0) return -1;
            goto again;                    /* granted on asking: the lists changed */
        }
    }
    return 0;
}

/* What query, request and revoke match: the canonical form, or for a
 * path that has none (a symlink loop, "missing/..") the path as written,
 * normalised, so the answer is about that path, not the whole kind. */
static char *canonical_or_written(const toy_permissions *p, toy_perm_kind kind,
                                  const char *value) {
    errno = 0;
    char *canonical = toy_perm_canonical(p, kind, value);
    if (canonical == NULL && errno != ENOMEM) canonical = toy_path_normalize(p->cwd, value);
    return canonical;
}

toy_perm_state toy_perm_query(toy_permissions *p, toy_perm_kind kind, const char *value) {
    char *canonical = value ? canonical_or_written(p, kind, value) : NULL;
    toy_perm_state state = toy_perm_decide(p, kind, canonical);
    free(canonical);
    return state;
}

toy_perm_state toy_perm_request(toy_permissions *p, toy_perm_kind kind, const char *value) {
    char *canonical = value ? canonical_or_written(p, kind, value) : NULL;
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
    char *canonical = canonical_or_written(p, kind, value);
    if (canonical == NULL) return TOY_PERM_DENIED;
    list_remove_covered(kind, &r->granted, canonical);
    if (toy_perm_decide(p, kind, canonical) == TOY_PERM_GRANTED)
        list_add(&r->revoked, canonical);
    toy_perm_state state = toy_perm_decide(p, kind, canonical);
    free(canonical);
    return state;
}

/* ------------------------------------------------------------ workers -- */

static int list_copy(toy_perm_list *dst, const toy_perm_list *src) {
    for (size_t i = 0; i < src->len; i++)
        if (list_add(dst, src->items[i]) != 0) return -1;
    return 0;
}

int toy_permissions_copy(toy_permissions *dst, const toy_permissions *src) {
    if (toy_permissions_init(dst, src->cwd, 0) != 0) return -1;
    for (int k = 0; k < TOY_PERM_KINDS; k++) {
        const toy_perm_rules *from = &src->rules[k];
        toy_perm_rules *to = &dst->rules[k];
        to->all_granted = from->all_granted;
        to->all_denied = from->all_denied;
        if (list_copy(&to->granted, &from->granted) != 0 || list_copy(&to->denied, &from->denied) != 0 ||
            list_copy(&to->revoked, &from->revoked) != 0) {
            toy_permissions_free(dst);
            return -1;
        }
    }
    return 0;
}

/* What the child asks for is checked against the parent's rules, item by
 * item, in the parent's canonical form: every item must be granted there
 * now. What the child is not granted it cannot prompt for: denied. */
int toy_permissions_narrow(toy_permissions *child, const toy_permissions *parent,
                           toy_perm_kind kind, int how, const char *value,
                           char *err, size_t errlen) {
    toy_perm_rules *r = &child->rules[kind];
    if (how == TOY_PERM_ALL) {
        if (toy_perm_decide(parent, kind, NULL) == TOY_PERM_GRANTED) return 0;
        snprintf(err, errlen, "Can't escalate parent thread permissions");
        return -1;
    }
    r->all_granted = 0;
    list_free(&r->granted);
    if (how == TOY_PERM_NONE) {
        r->all_denied = 1;
        return 0;
    }
    if (value[0] == '\0') return 0;  /* an empty list: nothing granted */
    if (toy_permissions_add_flag(child, kind, 0, value, err, errlen) != 0) return -1;
    for (size_t i = 0; i < r->granted.len; i++) {
        if (toy_perm_decide(parent, kind, r->granted.items[i]) != TOY_PERM_GRANTED) {
            snprintf(err, errlen, "Can't escalate parent thread permissions");
            return -1;
        }
    }
    return 0;
}

static pthread_mutex_t env_lock = PTHREAD_MUTEX_INITIALIZER;

void toy_env_lock(void) {
    pthread_mutex_lock(&env_lock);
}

void toy_env_unlock(void) {
    pthread_mutex_unlock(&env_lock);
}
