/* op_globals.c: the "globals" extension: what the process-wide parts of
 * Toy (args, pid, version, execPath, ...) need from C.
 * Every op here is called on demand, never while the runtime boots, so a
 * snapshot holds no answer that belongs to the process that made it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "ops.h"
#include "runtime.h"

/* op_os_args(): the script's own arguments, what followed its name on the
 * command line, as a JSON array of strings. */
static void op_os_args(toy_call *c) {
    toy_json j;
    toy_json_init(&j);
    toy_json_array(&j);
    for (int i = 0; i < c->state->argc; i++) toy_json_cstring(&j, c->state->argv[i]);
    toy_json_end(&j);
    toy_call_return_json(c, &j);
}

/* op_os_pid(): this process's id. */
static void op_os_pid(toy_call *c) {
    c->ret.u32 = (uint32_t)getpid();
}

/* op_os_version(): { toyjs, v8 }, for Toy.version. */
static void op_os_version(toy_call *c) {
    toy_json j;
    toy_json_init(&j);
    toy_json_object(&j);
    toy_json_key(&j, "toyjs");
    toy_json_cstring(&j, TOY_VERSION);
    toy_json_key(&j, "v8");
    toy_json_cstring(&j, toy_v8_version());
    toy_json_end(&j);
    toy_call_return_json(c, &j);
}

/* op_os_build(): the target toyjs was compiled for, for Toy.build. */
static void op_os_build(toy_call *c) {
#if defined(__x86_64__)
    const char *arch = "x86_64";
#elif defined(__aarch64__)
    const char *arch = "aarch64";
#else
    const char *arch = "unknown";
#endif
#if defined(__linux__)
    const char *os = "linux";
#elif defined(__APPLE__)
    const char *os = "darwin";
#else
    const char *os = "unknown";
#endif
    toy_json j;
    toy_json_init(&j);
    toy_json_object(&j);
    toy_json_key(&j, "os");
    toy_json_cstring(&j, os);
    toy_json_key(&j, "arch");
    toy_json_cstring(&j, arch);
    toy_json_end(&j);
    toy_call_return_json(c, &j);
}

/* op_os_exec_path(): the absolute path of the running toyjs. Like Deno, it
 * tells the program something about the file system, so it needs read
 * access to that path; a denial does not name it. */
static void op_os_exec_path(toy_call *c) {
    char path[4096];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n < 0) {
        toy_call_fail_errno(c, errno, "readlink", "/proc/self/exe");
        return;
    }
    path[n] = '\0';
    if (toy_call_check_blind(c, TOY_PERM_READ, path, "<exec_path>") != 0) return;
    c->ret.str.data = strdup(path);
    c->ret.str.len = (size_t)n;
    if (c->ret.str.data == NULL) toy_call_fail(c, "RangeError", "out of memory");
}

/* op_time_origin(): the wall-clock time (ms since the epoch) at which the
 * runtime started, which performance.now() counts from: performance's
 * clock is op_time_now, the console's. */
static void op_time_origin(toy_call *c) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    double wall = (double)now.tv_sec * 1e3 + (double)now.tv_nsec / 1e6;
    c->ret.f64 = wall - (double)(uv_hrtime() - c->state->start_ns) / 1e6;
}

static const toy_op globals_ops[] = {
    { .name = "op_os_args", .fn = op_os_args, .ret = TOY_JSON },
    { .name = "op_os_pid", .fn = op_os_pid, .ret = TOY_U32 },
    { .name = "op_os_version", .fn = op_os_version, .ret = TOY_JSON },
    { .name = "op_os_build", .fn = op_os_build, .ret = TOY_JSON },
    { .name = "op_os_exec_path", .fn = op_os_exec_path, .ret = TOY_STR },
    { .name = "op_time_origin", .fn = op_time_origin, .ret = TOY_F64 },
};

static const char *const globals_js[] = {
    "js/08_encoding_multibyte.js", "js/08_encoding_tables.js", "js/08_globals.js", "js/08_blob.js", NULL,
};
static const char *const globals_deps[] = { "core", NULL };

const toy_extension toy_ext_globals = {
    .name = "globals", .deps = globals_deps, .ops = globals_ops, .nops = TOY_COUNT(globals_ops),
    .js = globals_js,
};
