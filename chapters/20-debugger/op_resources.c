/* op_resources.c: the "resources" extension: the table itself, the three
 * standard streams in it, and the two ops JS uses to look at it and to
 * close what it holds. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ops.h"

/* stdin, stdout and stderr are resources 0, 1 and 2. Their data is the
 * file descriptor; closing the rid leaves the descriptor itself open, so
 * the runtime can still report errors on stderr. */
static int resources_init(toy_state *s) {
    static const char *const names[] = { "stdin", "stdout", "stderr" };
    toy_resources_init(&s->resources);
    for (intptr_t fd = 0; fd < 3; fd++)
        if (toy_resources_add(&s->resources, names[fd], (void *)fd, NULL) != fd) return -1;
    return 0;
}

static void resources_cleanup(toy_state *s) {
    toy_resources_close_all(&s->resources);
}

/* op_resources() -> { rid: name } */
static void op_resources(toy_call *c) {
    char *json = toy_resources_json(&c->state->resources);
    if (json == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    c->ret.str.data = json;
    c->ret.str.len = strlen(json);
}

/* op_close(rid) */
static void op_close(toy_call *c) {
    if (toy_resources_close(&c->state->resources, c->args[0].u32) != 0)
        toy_call_fail(c, "BadResource", "Bad resource ID");
}

static const toy_op resource_ops[] = {
    { .name = "op_resources", .fn = op_resources, .ret = TOY_JSON },
    { .name = "op_close", .fn = op_close, .ret = TOY_VOID, TOY_ARGS(TOY_RID) },
};

static const char *const resource_deps[] = { "core", NULL };
static const char *const resource_js[] = { "js/03_resources.js", NULL };

const toy_extension toy_ext_resources = {
    .name = "resources", .deps = resource_deps, .ops = resource_ops,
    .nops = TOY_COUNT(resource_ops), .js = resource_js, .init = resources_init,
    .cleanup = resources_cleanup,
};
