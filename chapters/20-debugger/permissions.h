/* permissions.h: what the program may touch, decided in C.
 *
 * Five kinds of access, as in Deno: read and write (paths), net (hosts,
 * with an optional port), env (variable names) and run (programs). For
 * each kind the command line grants everything (--allow-read), a list
 * (--allow-read=/a,/b), or nothing; --deny-* works the same way and wins
 * over any grant. What is neither granted nor denied is "prompt": asked
 * on the terminal when there is one, denied otherwise.
 *
 * The matcher (toy_perm_decide) is pure: no file system, no terminal, so
 * it is unit-tested and fuzzed. Paths reach it absolute, normalised and
 * with symlinks resolved (toy_perm_canonical does that part). */
#ifndef TOY_PERMISSIONS_H
#define TOY_PERMISSIONS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum toy_perm_kind {
    TOY_PERM_READ, TOY_PERM_WRITE, TOY_PERM_NET, TOY_PERM_ENV, TOY_PERM_RUN,
    TOY_PERM_KINDS
} toy_perm_kind;

typedef enum toy_perm_state {
    TOY_PERM_GRANTED, TOY_PERM_PROMPT, TOY_PERM_DENIED
} toy_perm_state;

typedef struct toy_perm_list {
    char **items;                /* descriptors: "/abs/dir", "host:80", "HOME" */
    size_t len;
} toy_perm_list;

/* One kind's rules. all_* stand for a flag given without a value. */
typedef struct toy_perm_rules {
    int all_granted, all_denied;
    toy_perm_list granted;       /* --allow-read=..., and what prompts granted */
    toy_perm_list denied;        /* --deny-read=..., and what prompts refused */
    toy_perm_list revoked;       /* revoke()d: back to prompt, even below a grant */
} toy_perm_rules;

typedef struct toy_permissions {
    toy_perm_rules rules[TOY_PERM_KINDS];
    int can_prompt;              /* a terminal to ask on, and no --no-prompt */
    char *cwd;                   /* relative paths are relative to this */
} toy_permissions;

/* "read", "write", ...: the kind's name in flags, messages and JS. */
const char *toy_perm_kind_name(toy_perm_kind kind);
int toy_perm_kind_from_name(const char *name);   /* -1 if unknown */
const char *toy_perm_state_name(toy_perm_state state);

int toy_permissions_init(toy_permissions *p, const char *cwd, int can_prompt);
void toy_permissions_free(toy_permissions *p);

/* Applies one flag's value: allow (deny = 0) or deny (deny = 1) kind for
 * value, a comma-separated list, or NULL for everything. Returns 0, or -1
 * with a message in err for a malformed value (an empty item, an env name
 * with '=', a port that is not a number). */
int toy_permissions_add_flag(toy_permissions *p, toy_perm_kind kind, int deny,
                             const char *value, char *err, size_t errlen);

/* The pure decision for one access: value is a canonical descriptor (an
 * absolute path, "host:port", a name), or NULL for the whole kind. */
toy_perm_state toy_perm_decide(const toy_permissions *p, toy_perm_kind kind,
                               const char *value);

/* Does descriptor d (from a flag) cover value? Paths: the same path or one
 * below it; hosts: the same host and, if d has one, the same port. */
int toy_perm_covers(toy_perm_kind kind, const char *d, const char *value);

/* The canonical form of what an op wants to touch: for paths, absolute,
 * normalised, and with every symlink in it resolved (for a path that does
 * not exist yet, its deepest existing parent's). Malloc'd, NULL when out
 * of memory. */
char *toy_perm_canonical(const toy_permissions *p, toy_perm_kind kind, const char *value);

/* The check every op makes before it acts. Asks on the terminal when
 * the access is undecided and asking is possible. Returns 0 when allowed,
 * or -1 with Deno's message ("Requires read access to \"/etc/passwd\",
 * run again with the --allow-read flag") in err; value is named in it as
 * the program gave it (NULL: the whole kind). Returns -2, with errno set
 * and an OS-style message, when the path cannot be resolved at all (a
 * symlink loop): the access is refused, but it is not a permission error. */
int toy_perm_check(toy_permissions *p, toy_perm_kind kind, const char *value,
                   char *err, size_t errlen);

/* Where program would be run from, found as the child will find it: a
 * name with a '/' in it is a path, taken from cwd; a bare name is looked
 * up in path_list (a PATH value: folders separated by ':', an empty one
 * meaning cwd) for an executable file. The path as found, absolute but
 * with its links not yet resolved; malloc'd, or NULL (errno ENOENT: no
 * folder has it, ENOMEM). */
char *toy_perm_which(const char *program, const char *path_list, const char *cwd);

/* The check before running the program found at found (toy_perm_which):
 * the file it resolves to must be granted, and neither that file nor the
 * name it was found by denied. The denial names shown, the program as it
 * was given. 0 with the path to run (links resolved, malloc'd) in
 * *run_path, or -1 with the message in err. */
int toy_perm_check_run(toy_permissions *p, const char *found, const char *shown,
                       char **run_path, char *err, size_t errlen);

/* For a listener on a wildcard address (0.0.0.0; with ipv6, :: which
 * takes IPv4 too), which accepts connections to every address of this
 * machine on port: is one of them denied? locals lists this machine's
 * addresses in canonical form ("10.0.0.2", "[fe80::1]"); 127.0.0.0/8 and
 * [::1] are always local. */
int toy_perm_net_wildcard_denied(const toy_permissions *p, long port, int ipv6,
                                 const char *const *locals, size_t nlocals);

/* toy_perm_check for a path an op is about to touch. The first check of
 * a path finds its canonical form and leaves it in *checked (malloc'd;
 * the caller frees it); a second check, for another kind, reuses it, so
 * both judge the same path. That is the path the op must then touch, and
 * only through toy_walk (walk.h). follow = 0 for an op on the last name
 * itself (lstat, remove, rename, mkdir): its folder is resolved, the name
 * is not. Returns as toy_perm_check does. */
int toy_perm_check_path(toy_permissions *p, toy_perm_kind kind, const char *value, int follow,
                        char **checked, char *err, size_t errlen);

/* For an op on a whole subtree (a recursive remove, a rename), after the
 * check of checked itself: every denial, or revoke, inside it is a path
 * the op would touch, and must be allowed too. 0, or -1 with a message
 * naming that path. */
int toy_perm_check_subtree(toy_permissions *p, toy_perm_kind kind, const char *checked,
                           char *err, size_t errlen);

/* Toy.permissions.query / request / revoke. value as for toy_perm_check. */
toy_perm_state toy_perm_query(toy_permissions *p, toy_perm_kind kind, const char *value);
toy_perm_state toy_perm_request(toy_permissions *p, toy_perm_kind kind, const char *value);
toy_perm_state toy_perm_revoke(toy_permissions *p, toy_perm_kind kind, const char *value);

/* A worker's permissions: a copy of its parent's (dst is overwritten),
 * without prompts (a worker has no terminal of its own). 0, or -1 when
 * out of memory. */
int toy_permissions_copy(toy_permissions *dst, const toy_permissions *src);

/* Narrows kind in child, a copy of parent: TOY_PERM_NONE takes it all
 * away; TOY_PERM_ONLY keeps only value (a comma-separated list, as a
 * flag's); TOY_PERM_ALL asks for all of it. Never more than the parent
 * has: returns 0, or -1 with Deno's message in err ("Can't escalate
 * parent thread permissions") or the flag's error for a bad value. */
enum { TOY_PERM_NONE, TOY_PERM_ONLY, TOY_PERM_ALL };
int toy_permissions_narrow(toy_permissions *child, const toy_permissions *parent,
                           toy_perm_kind kind, int how, const char *value,
                           char *err, size_t errlen);

/* The environment is the process's, shared by every thread a worker
 * runs on: each read or change of it holds this lock, since the C
 * library's setenv reallocates the array getenv and environ walk. */
void toy_env_lock(void);
void toy_env_unlock(void);

#ifdef __cplusplus
}
#endif

#endif
