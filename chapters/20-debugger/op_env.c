/* op_env.c: the "env" extension: environment variables and the working
 * directory, each behind its permission check. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ops.h"

extern char **environ;

/* An environment variable's name: not empty, no '=' and no NUL (which
 * the C library would read as the end of the name). */
static int valid_name(toy_call *c, const toy_str *name) {
    if (name->len == 0) {
        toy_call_fail(c, "TypeError", "Key is an empty string.");
        return 0;
    }
    if (strchr(name->data, '=') != NULL || strlen(name->data) != name->len) {
        toy_call_fail(c, "TypeError", "Key contains invalid characters: \"%s\"", name->data);
        return 0;
    }
    return 1;
}

/* op_env_get(name) -> the value, or null when unset */
static void op_env_get(toy_call *c) {
    if (!valid_name(c, &c->args[0].str)) return;
    if (toy_call_check(c, TOY_PERM_ENV, c->args[0].str.data) != 0) return;
    toy_env_lock();  /* another thread's setenv must wait until the value is copied */
    const char *value = getenv(c->args[0].str.data);
    toy_json j;
    toy_json_init(&j);
    if (value != NULL) toy_json_cstring(&j, value);
    else toy_json_null(&j);
    toy_env_unlock();
    toy_call_return_json(c, &j);
}

/* op_env_set(name, value) */
static void op_env_set(toy_call *c) {
    if (!valid_name(c, &c->args[0].str)) return;
    if (strlen(c->args[1].str.data) != c->args[1].str.len) {
        toy_call_fail(c, "TypeError", "Value contains invalid characters: \"%s\"",
                      c->args[1].str.data);
        return;
    }
    if (toy_call_check(c, TOY_PERM_ENV, c->args[0].str.data) != 0) return;
    toy_env_lock();
    if (setenv(c->args[0].str.data, c->args[1].str.data, 1) != 0)
        toy_call_fail_errno(c, errno, "setenv", NULL);
    toy_env_unlock();
}

/* op_env_delete(name) */
static void op_env_delete(toy_call *c) {
    if (!valid_name(c, &c->args[0].str)) return;
    if (toy_call_check(c, TOY_PERM_ENV, c->args[0].str.data) != 0) return;
    toy_env_lock();
    unsetenv(c->args[0].str.data);
    toy_env_unlock();
}

/* op_env_to_object() -> { NAME: value, ... }: needs all of env access. */
static void op_env_to_object(toy_call *c) {
    if (toy_call_check(c, TOY_PERM_ENV, NULL) != 0) return;
    toy_json j;
    toy_json_init(&j);
    toy_json_object(&j);
    toy_env_lock();
    for (char **e = environ; *e != NULL; e++) {
        char *eq = strchr(*e, '=');
        if (eq == NULL) continue;
        char *name = strndup(*e, (size_t)(eq - *e));
        if (name == NULL) {
            toy_env_unlock();
            toy_json_free(&j);
            toy_call_fail(c, "RangeError", "out of memory");
            return;
        }
        toy_json_key(&j, name);
        toy_json_cstring(&j, eq + 1);
        free(name);
    }
    toy_env_unlock();
    toy_json_end(&j);
    toy_call_return_json(c, &j);
}

/* op_fs_cwd() -> the working directory, which needs read access to it. A
 * denial does not say where it is: that is what was refused. */
static void op_fs_cwd(toy_call *c) {
    char *cwd = getcwd(NULL, 0);
    if (cwd == NULL) {
        toy_call_fail_errno(c, errno, "getcwd", NULL);
        return;
    }
    if (toy_call_check_blind(c, TOY_PERM_READ, cwd, "<CWD>") != 0) {
        free(cwd);
        return;
    }
    c->ret.str.data = cwd;
    c->ret.str.len = strlen(cwd);
}

static const toy_op env_ops[] = {
    { .name = "op_env_get", .fn = op_env_get, .ret = TOY_JSON, TOY_ARGS(TOY_STR) },
    { .name = "op_env_set", .fn = op_env_set, .ret = TOY_VOID, TOY_ARGS(TOY_STR, TOY_STR) },
    { .name = "op_env_delete", .fn = op_env_delete, .ret = TOY_VOID, TOY_ARGS(TOY_STR) },
    { .name = "op_env_to_object", .fn = op_env_to_object, .ret = TOY_JSON },
    { .name = "op_fs_cwd", .fn = op_fs_cwd, .ret = TOY_STR },
};

static const char *const env_deps[] = { "permissions", NULL };
static const char *const env_js[] = { "js/06_env.js", NULL };

const toy_extension toy_ext_env = {
    .name = "env", .deps = env_deps, .ops = env_ops, .nops = TOY_COUNT(env_ops), .js = env_js,
};
