/* Unit tests for the permission matcher (src/permissions.c) and the path
 * normaliser it relies on (src/util.c). The matcher is pure: these tests
 * give it canonical values directly, so no file system is involved except
 * in the symlink test at the end, which builds its own tree. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "permissions.h"
#include "util.h"

static int normalizes(const char *base, const char *path, const char *want) {
    char *got = toy_path_normalize(base, path);
    int ok = got != NULL && strcmp(got, want) == 0;
    if (!ok) printf("# normalize(%s, %s) = %s, want %s\n", base, path, got ? got : "NULL", want);
    free(got);
    return ok;
}

static void normalize_paths(void) {
    CHECK(normalizes("/srv", "a.js", "/srv/a.js"));
    CHECK(normalizes("/srv", "./a/../b.js", "/srv/b.js"));
    CHECK(normalizes("/srv", "/abs//x/./y/", "/abs/x/y"));
    CHECK(normalizes("/srv", "../../../..", "/"));
    CHECK(normalizes("/", ".", "/"));
    CHECK(normalizes("/srv/app", "..", "/srv"));
    CHECK(normalizes("/srv", "a/..b/c", "/srv/a/..b/c"));        /* "..b" is a name */
    CHECK(normalizes("/srv", "...", "/srv/..."));
}

static toy_permissions perms_with(toy_perm_kind kind, int deny, const char *value) {
    toy_permissions p;
    char err[256];
    toy_permissions_init(&p, "/work", 0);
    toy_permissions_add_flag(&p, kind, deny, value, err, sizeof err);
    return p;
}

static void folder_boundary(void) {
    toy_permissions p = perms_with(TOY_PERM_READ, 0, "/nonexistent-toyjs/a");
    CHECK(toy_perm_decide(&p, TOY_PERM_READ, "/nonexistent-toyjs/a") == TOY_PERM_GRANTED);
    CHECK(toy_perm_decide(&p, TOY_PERM_READ, "/nonexistent-toyjs/a/x/y") == TOY_PERM_GRANTED);
    CHECK(toy_perm_decide(&p, TOY_PERM_READ, "/nonexistent-toyjs/ab") == TOY_PERM_PROMPT);
    CHECK(toy_perm_decide(&p, TOY_PERM_READ, "/nonexistent-toyjs") == TOY_PERM_PROMPT);
    CHECK(toy_perm_decide(&p, TOY_PERM_WRITE, "/nonexistent-toyjs/a/x") == TOY_PERM_PROMPT);
    toy_permissions_free(&p);
}

static void traversal_is_normalised_away(void) {
    toy_permissions p = perms_with(TOY_PERM_READ, 0, "/nonexistent-toyjs/a");
    char err[256];
    /* Through the check, which canonicalises what it is given. */
    CHECK(toy_perm_check(&p, TOY_PERM_READ, "/nonexistent-toyjs/a/../b", err, sizeof err) == -1);
    CHECK(strcmp(err, "Requires read access to \"/nonexistent-toyjs/a/../b\", run again with "
                      "the --allow-read flag") == 0);
    /* "." and ".." need a folder before them: after a name that is not
     * there, the check gives the open's own error (ENOENT), as the
     * kernel would, since the op touches the canonical path. */
    errno = 0;
    CHECK(toy_perm_check(&p, TOY_PERM_READ, "/nonexistent-toyjs/a/./x/../y", err, sizeof err) == -2);
    CHECK(errno == ENOENT);
    toy_permissions_free(&p);
}

/* A subtree op (recursive remove, rename) passes only if no denial or
 * revoke lies inside what it would touch. */
static void subtree_denials(void) {
    toy_permissions p;
    char err[256];
    toy_permissions_init(&p, "/", 0);
    toy_permissions_add_flag(&p, TOY_PERM_WRITE, 0, "/nonexistent-toyjs/a", err, sizeof err);
    toy_permissions_add_flag(&p, TOY_PERM_WRITE, 1, "/nonexistent-toyjs/a/keep", err, sizeof err);
    CHECK(toy_perm_check_subtree(&p, TOY_PERM_WRITE, "/nonexistent-toyjs/a/other", err,
                                 sizeof err) == 0);
    CHECK(toy_perm_check_subtree(&p, TOY_PERM_WRITE, "/nonexistent-toyjs/a", err, sizeof err) == -1);
    CHECK(strcmp(err, "Requires write access to \"/nonexistent-toyjs/a/keep\", run again with "
                      "the --allow-write flag") == 0);
    /* A denial above the path is not inside it: the path's own check
     * refuses that one. */
    CHECK(toy_perm_check_subtree(&p, TOY_PERM_WRITE, "/nonexistent-toyjs/a/keep/x", err,
                                 sizeof err) == 0);
    /* A sibling that shares a prefix is not inside. */
    CHECK(toy_perm_check_subtree(&p, TOY_PERM_WRITE, "/nonexistent-toyjs/a/kee", err,
                                 sizeof err) == 0);
    CHECK(toy_perm_check_subtree(&p, TOY_PERM_READ, "/nonexistent-toyjs/a", err, sizeof err) == 0);
    /* A revoke takes access back as well. */
    toy_perm_revoke(&p, TOY_PERM_WRITE, "/nonexistent-toyjs/a/other/r");
    CHECK(toy_perm_check_subtree(&p, TOY_PERM_WRITE, "/nonexistent-toyjs/a/other", err,
                                 sizeof err) == -1);
    toy_permissions_free(&p);
}

static void relative_grants(void) {
    toy_permissions p = perms_with(TOY_PERM_READ, 0, "sub");        /* cwd is /work */
    CHECK(toy_perm_query(&p, TOY_PERM_READ, "/work/sub/x") == TOY_PERM_GRANTED);
    CHECK(toy_perm_query(&p, TOY_PERM_READ, "sub/x") == TOY_PERM_GRANTED);
    CHECK(toy_perm_query(&p, TOY_PERM_READ, "/work/subway") == TOY_PERM_PROMPT);
    toy_permissions_free(&p);
}

static void deny_wins(void) {
    toy_permissions p;
    char err[256];
    toy_permissions_init(&p, "/", 0);
    toy_permissions_add_flag(&p, TOY_PERM_READ, 0, NULL, err, sizeof err);
    toy_permissions_add_flag(&p, TOY_PERM_READ, 1, "/nonexistent-toyjs/secret", err, sizeof err);
    CHECK(toy_perm_decide(&p, TOY_PERM_READ, "/etc") == TOY_PERM_GRANTED);
    CHECK(toy_perm_decide(&p, TOY_PERM_READ, "/nonexistent-toyjs/secret/k") == TOY_PERM_DENIED);
    CHECK(toy_perm_decide(&p, TOY_PERM_READ, NULL) == TOY_PERM_DENIED);  /* the whole kind */
    toy_permissions_free(&p);
}

static void env_names(void) {
    toy_permissions p = perms_with(TOY_PERM_ENV, 0, "HOME,PATH");
    CHECK(toy_perm_decide(&p, TOY_PERM_ENV, "HOME") == TOY_PERM_GRANTED);
    CHECK(toy_perm_decide(&p, TOY_PERM_ENV, "HOMEX") == TOY_PERM_PROMPT);
    CHECK(toy_perm_decide(&p, TOY_PERM_ENV, "home") == TOY_PERM_PROMPT);
    CHECK(toy_perm_decide(&p, TOY_PERM_ENV, NULL) == TOY_PERM_PROMPT);
    toy_permissions_free(&p);
}

static void net_hosts(void) {
    toy_permissions p = perms_with(TOY_PERM_NET, 0, "Example.com,127.0.0.1:8000,[::1]:9");
    CHECK(toy_perm_decide(&p, TOY_PERM_NET, "example.com:443") == TOY_PERM_GRANTED);
    CHECK(toy_perm_decide(&p, TOY_PERM_NET, "127.0.0.1:8000") == TOY_PERM_GRANTED);
    CHECK(toy_perm_decide(&p, TOY_PERM_NET, "127.0.0.1:8001") == TOY_PERM_PROMPT);
    CHECK(toy_perm_decide(&p, TOY_PERM_NET, "[::1]:9") == TOY_PERM_GRANTED);
    CHECK(toy_perm_decide(&p, TOY_PERM_NET, "evil.example.com:443") == TOY_PERM_PROMPT);
    toy_permissions_free(&p);
}

/* Canonical descriptors: every spelling of an address is one string. */
static int canon(const char *value, const char *want) {
    toy_permissions p;
    toy_permissions_init(&p, "/", 0);
    char *got = toy_perm_canonical(&p, TOY_PERM_NET, value);
    int ok = got != NULL && strcmp(got, want) == 0;
    if (!ok) printf("# canonical(%s) = %s, want %s\n", value, got ? got : "NULL", want);
    free(got);
    toy_permissions_free(&p);
    return ok;
}

static void net_canonical_addresses(void) {
    CHECK(canon("127.1:80", "127.0.0.1:80"));
    CHECK(canon("127.0.1", "127.0.0.1"));
    CHECK(canon("2130706433:1", "127.0.0.1:1"));
    CHECK(canon("0x7F000001", "127.0.0.1"));
    CHECK(canon("0177.0.0.1", "127.0.0.1"));
    CHECK(canon("0", "0.0.0.0"));
    CHECK(canon("[::ffff:127.0.0.1]:8", "127.0.0.1:8"));
    CHECK(canon("[0:0:0:0:0:0:0:1]", "[::1]"));
    CHECK(canon("[::1%lo]:9", "[::1]:9"));
    CHECK(canon("Example.COM.:443", "example.com:443"));
    /* Not hosts: they match nothing (kept as given, in lower case). */
    CHECK(canon("127.0.0.1.", "127.0.0.1."));
    CHECK(canon("256.0.0.1", "256.0.0.1"));          /* a name, not an address */
    CHECK(canon("08.0.0.1", "08.0.0.1"));
    CHECK(canon("::1", "::1"));
    CHECK(canon("a b:80", "a b:80"));
    toy_permissions p = perms_with(TOY_PERM_NET, 1, "127.0.0.1,[::1]:4");
    CHECK(toy_perm_query(&p, TOY_PERM_NET, "0x7f.1:80") == TOY_PERM_DENIED);
    CHECK(toy_perm_query(&p, TOY_PERM_NET, "[::ffff:7f00:1]:80") == TOY_PERM_DENIED);
    CHECK(toy_perm_query(&p, TOY_PERM_NET, "[0::1]:4") == TOY_PERM_DENIED);
    CHECK(toy_perm_query(&p, TOY_PERM_NET, "[::1]:5") == TOY_PERM_PROMPT);
    toy_permissions_free(&p);
}

static void net_wildcard_listeners(void) {
    const char *locals[] = { "10.1.2.3", "[fd00::2]" };
    toy_permissions p = perms_with(TOY_PERM_NET, 1, "127.0.0.9,[fd00::2]:80,192.0.2.1,example.com");
    CHECK(toy_perm_net_wildcard_denied(&p, 1000, 0, locals, 2) == 1);   /* 127/8 is local */
    toy_permissions_free(&p);
    p = perms_with(TOY_PERM_NET, 1, "[fd00::2]:80,192.0.2.1,example.com");
    CHECK(toy_perm_net_wildcard_denied(&p, 80, 0, locals, 2) == 0);     /* 0.0.0.0: IPv4 only */
    CHECK(toy_perm_net_wildcard_denied(&p, 80, 1, locals, 2) == 1);     /* ::, and port 80 */
    CHECK(toy_perm_net_wildcard_denied(&p, 81, 1, locals, 2) == 0);
    toy_permissions_free(&p);
    p = perms_with(TOY_PERM_NET, 1, "10.1.2.3");
    CHECK(toy_perm_net_wildcard_denied(&p, 80, 1, locals, 2) == 1);     /* :: takes IPv4 too */
    CHECK(toy_perm_net_wildcard_denied(&p, 80, 1, locals, 0) == 0);
    toy_permissions_free(&p);
}

/* Programs: a grant is a file, a denied name covers that name anywhere. */
static void run_programs(void) {
    toy_permissions p;
    char err[256];
    toy_permissions_init(&p, "/work", 0);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_RUN, 0, "/opt/tool,nope-no-such-toyjs-program",
                                   err, sizeof err) == 0);
    CHECK(p.rules[TOY_PERM_RUN].granted.len == 1);      /* the name on no folder: dropped */
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_RUN, 1, "Deno", err, sizeof err) == 0);
    CHECK(toy_perm_decide(&p, TOY_PERM_RUN, "/opt/tool") == TOY_PERM_GRANTED);
    CHECK(toy_perm_decide(&p, TOY_PERM_RUN, "/tmp/tool") == TOY_PERM_PROMPT);
    CHECK(toy_perm_decide(&p, TOY_PERM_RUN, "tool") == TOY_PERM_PROMPT);
    CHECK(toy_perm_decide(&p, TOY_PERM_RUN, "/x/deno") == TOY_PERM_DENIED);
    CHECK(toy_perm_decide(&p, TOY_PERM_RUN, "/x/deno.exe") == TOY_PERM_DENIED);
    CHECK(toy_perm_decide(&p, TOY_PERM_RUN, "/x/denoland") == TOY_PERM_PROMPT);
    CHECK(toy_perm_decide(&p, TOY_PERM_RUN, "Deno") == TOY_PERM_DENIED);
    toy_permissions_free(&p);
    char *w = toy_perm_which("sh", "/nonexistent-toyjs::/usr/bin:/bin", "/");
    CHECK(w != NULL && strcmp(w, "/usr/bin/sh") == 0);
    free(w);
    CHECK(toy_perm_which("nope-no-such-toyjs-program", "/usr/bin", "/") == NULL);
    w = toy_perm_which("bin/sh", "/nothing", "/usr");
    CHECK(w != NULL && strcmp(w, "/usr/bin/sh") == 0);
    free(w);
}

static void bad_flag_values(void) {
    toy_permissions p;
    char err[256];
    toy_permissions_init(&p, "/", 0);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_READ, 0, "", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_READ, 0, "/a,,/b", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_ENV, 0, "A=B", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_NET, 0, "host:x", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_NET, 0, "host:70000", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_NET, 0, ":80", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_NET, 0, "a:1:2", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_NET, 0, "::1", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_NET, 0, "[::g]", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_NET, 0, "[::1]x", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_NET, 0, "a:+80", err, sizeof err) == -1);
    CHECK(toy_permissions_add_flag(&p, TOY_PERM_NET, 0, "http://a", err, sizeof err) == -1);
    toy_permissions_free(&p);
}

static void revoke_then_use(void) {
    toy_permissions p = perms_with(TOY_PERM_READ, 0, "/nonexistent-toyjs/a");
    CHECK(toy_perm_revoke(&p, TOY_PERM_READ, "/nonexistent-toyjs/a/inner") == TOY_PERM_PROMPT);
    CHECK(toy_perm_query(&p, TOY_PERM_READ, "/nonexistent-toyjs/a/inner/x") == TOY_PERM_PROMPT);
    CHECK(toy_perm_query(&p, TOY_PERM_READ, "/nonexistent-toyjs/a/other") == TOY_PERM_GRANTED);
    CHECK(toy_perm_revoke(&p, TOY_PERM_READ, NULL) == TOY_PERM_PROMPT);
    CHECK(toy_perm_query(&p, TOY_PERM_READ, "/nonexistent-toyjs/a/other") == TOY_PERM_PROMPT);
    char err[256];
    CHECK(toy_perm_check(&p, TOY_PERM_READ, "/nonexistent-toyjs/a", err, sizeof err) == -1);
    toy_permissions_free(&p);
}

static void request_without_terminal(void) {
    toy_permissions p = perms_with(TOY_PERM_ENV, 0, "HOME");
    CHECK(toy_perm_request(&p, TOY_PERM_ENV, "HOME") == TOY_PERM_GRANTED);
    CHECK(toy_perm_request(&p, TOY_PERM_ENV, "USER") == TOY_PERM_DENIED);
    toy_permissions_free(&p);
}

/* A real tree: granted/ holds a link to a file outside it, a link to a
 * directory outside it, and a dangling link whose target is outside. */
static void symlinks_are_followed(void) {
    char dir[] = "/tmp/toyjs-perm-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char granted[128], secret[128], link[512], path[1024];
    snprintf(granted, sizeof granted, "%s/granted", dir);
    snprintf(secret, sizeof secret, "%s/secret", dir);
    CHECK(mkdir(granted, 0700) == 0 && mkdir(secret, 0700) == 0);
    snprintf(link, sizeof link, "%s/file-link", granted);
    CHECK(symlink("../secret/key", link) == 0);
    snprintf(link, sizeof link, "%s/dir-link", granted);
    CHECK(symlink("../secret", link) == 0);
    snprintf(link, sizeof link, "%s/dangling", granted);
    CHECK(symlink("../secret/new-file", link) == 0);

    toy_permissions p = perms_with(TOY_PERM_WRITE, 0, granted);
    char err[512];
    snprintf(path, sizeof path, "%s/plain.txt", granted);
    CHECK(toy_perm_check(&p, TOY_PERM_WRITE, path, err, sizeof err) == 0);
    snprintf(path, sizeof path, "%s/file-link", granted);
    CHECK(toy_perm_check(&p, TOY_PERM_WRITE, path, err, sizeof err) == -1);
    snprintf(path, sizeof path, "%s/dir-link/key", granted);
    CHECK(toy_perm_check(&p, TOY_PERM_WRITE, path, err, sizeof err) == -1);
    snprintf(path, sizeof path, "%s/dangling", granted);
    CHECK(toy_perm_check(&p, TOY_PERM_WRITE, path, err, sizeof err) == -1);
    snprintf(path, sizeof path, "%s/dir-link/../granted/x", granted);   /* .. is lexical */
    CHECK(toy_perm_check(&p, TOY_PERM_WRITE, path, err, sizeof err) == 0);

    /* An op on a link itself (remove, rename, lstat) checks the link's
     * own name, and the path it will touch is that name. */
    char *checked = NULL;
    snprintf(path, sizeof path, "%s/file-link", granted);
    CHECK(toy_perm_check_path(&p, TOY_PERM_WRITE, path, 0, &checked, err, sizeof err) == 0);
    int same = checked != NULL && strcmp(checked, path) == 0;
    free(checked);
    CHECK(same);
    checked = NULL;
    snprintf(path, sizeof path, "%s/dir-link/key", granted);    /* the folder is followed */
    CHECK(toy_perm_check_path(&p, TOY_PERM_WRITE, path, 0, &checked, err, sizeof err) == -1);
    free(checked);

    /* A trailing "/", "." or ".." after a file is the kernel's ENOTDIR;
     * after a missing name, a trailing "/" is fine (mkdir "new/"). */
    snprintf(path, sizeof path, "%s/plain.txt", granted);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    fclose(f);
    const char *tails[] = { "/", "/.", "/.." };
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/plain.txt%s", granted, tails[i]);
        errno = 0;
        CHECK(toy_perm_check(&p, TOY_PERM_WRITE, path, err, sizeof err) == -2 && errno == ENOTDIR);
    }
    snprintf(path, sizeof path, "%s/new/", granted);
    CHECK(toy_perm_check(&p, TOY_PERM_WRITE, path, err, sizeof err) == 0);
    toy_permissions_free(&p);

    snprintf(path, sizeof path, "rm -rf '%s'", dir);
    CHECK(system(path) == 0);
}

int main(void) {
    RUN(normalize_paths);
    RUN(folder_boundary);
    RUN(traversal_is_normalised_away);
    RUN(subtree_denials);
    RUN(relative_grants);
    RUN(deny_wins);
    RUN(env_names);
    RUN(net_hosts);
    RUN(net_canonical_addresses);
    RUN(net_wildcard_listeners);
    RUN(run_programs);
    RUN(bad_flag_values);
    RUN(revoke_then_use);
    RUN(request_without_terminal);
    RUN(symlinks_are_followed);
    return check_failed;
}
