/* op_pipes.c: the "pipes" extension: js/20_pipes.js, which makes the
 * runtime's resources sources and sinks of streams. It has no ops of its
 * own: the streams it builds read and write through the ops files,
 * sockets and child processes already have (and the pipe ops of
 * op_process.c); it comes after every extension it builds on. */
#include "ops.h"

static const char *const pipes_deps[] = { "fs", "process", "net", "tls", "streams", NULL };
static const char *const pipes_js[] = { "js/20_pipes.js", NULL };

const toy_extension toy_ext_pipes = {
    .name = "pipes", .deps = pipes_deps, .js = pipes_js,
};
