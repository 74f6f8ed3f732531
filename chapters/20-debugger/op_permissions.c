/* op_permissions.c: the "permissions" extension: the permission state in
 * toy_state, and Toy.permissions.query / request / revoke. The checks
 * themselves are made by each op (toy_call_check), not here. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ops.h"

static int permissions_init(toy_state *s) {
    char *cwd = getcwd(NULL, 0);
    /* Until main hands over the command line's rules: nothing granted. */
    int rc = toy_permissions_init(&s->perms, cwd ? cwd : "/", 0);
    free(cwd);
    return rc;
}

static void permissions_cleanup(toy_state *s) {
    toy_permissions_free(&s->perms);
}

/* The three ops share one shape: (name, value) -> state, where value is
 * "" for the whole kind. */
static void permission_op(toy_call *c, toy_perm_state (*fn)(toy_permissions *, toy_perm_kind,
                                                            const char *)) {
    int kind = strlen(c->args[0].str.data) == c->args[0].str.len
                   ? toy_perm_kind_from_name(c->args[0].str.data) : -1;
    if (kind < 0) {
        toy_call_fail(c, "TypeError", "The provided value \"%s\" is not a valid permission name",
                      c->args[0].str.data);
        return;
    }
    /* C would read a NUL byte as the end: the question answered would be
     * about a shorter path or name than the one asked. */
    if (strlen(c->args[1].str.data) != c->args[1].str.len) {
        static const char *const fields[] = { "path", "path", "host", "variable", "command" };
        toy_call_fail(c, "TypeError", "The provided %s contains a NUL byte", fields[kind]);
        return;
    }
    const char *value = c->args[1].str.len ? c->args[1].str.data : NULL;
    const char *state = toy_perm_state_name(fn(&c->state->perms, (toy_perm_kind)kind, value));
    c->ret.str.data = strdup(state);
    c->ret.str.len = strlen(state);
}

static void op_permissions_query(toy_call *c) { permission_op(c, toy_perm_query); }
static void op_permissions_request(toy_call *c) { permission_op(c, toy_perm_request); }
static void op_permissions_revoke(toy_call *c) { permission_op(c, toy_perm_revoke); }

static const toy_op permission_ops[] = {
    { .name = "op_permissions_query", .fn = op_permissions_query, .ret = TOY_STR,
      TOY_ARGS(TOY_STR, TOY_STR) },
    { .name = "op_permissions_request", .fn = op_permissions_request, .ret = TOY_STR,
      TOY_ARGS(TOY_STR, TOY_STR) },
    { .name = "op_permissions_revoke", .fn = op_permissions_revoke, .ret = TOY_STR,
      TOY_ARGS(TOY_STR, TOY_STR) },
};

static const char *const permission_deps[] = { "core", NULL };
static const char *const permission_js[] = { "js/05_permissions.js", NULL };

const toy_extension toy_ext_permissions = {
    .name = "permissions", .deps = permission_deps, .ops = permission_ops,
    .nops = TOY_COUNT(permission_ops), .js = permission_js, .init = permissions_init,
    .cleanup = permissions_cleanup,
};
