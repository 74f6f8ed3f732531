//@ 10-globals
/* op_globals.c: the "globals" extension: what console, performance and
 * the process-wide parts of Toy (args, pid, execPath, ...) need from C.
 * Every op here is called on demand, never while the runtime boots, so a
 * snapshot holds no answer that belongs to the process that made it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "ops.h"
#include "runtime.h"

//> 09-console op-isatty
/* op_isatty(fd): console colours only what goes to a terminal. */
static void op_isatty(toy_call *c) {
    c->ret.b = isatty(c->args[0].i32) == 1;
}

/* op_no_color(): NO_COLOR set and not empty turns colours off
 * (https://no-color.org), as Deno.noColor. */
static void op_no_color(toy_call *c) {
    const char *v = getenv("NO_COLOR");
    c->ret.b = v != NULL && v[0] != '\0';
}
//< 09-console op-isatty

//> 09-console op-now
/* op_now(): milliseconds since the runtime started, for performance.now()
 * and console.time: monotonic, with sub-millisecond precision. */
static void op_now(toy_call *c) {
    c->ret.f64 = (double)(uv_hrtime() - c->state->start_ns) / 1e6;
}

/* op_time_origin(): the wall-clock time (ms since the epoch) at which the
 * runtime started, which performance.now() counts from. */
static void op_time_origin(toy_call *c) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    double wall = (double)now.tv_sec * 1e3 + (double)now.tv_nsec / 1e6;
    c->ret.f64 = wall - (double)(uv_hrtime() - c->state->start_ns) / 1e6;
}
//< 09-console op-now

//> 10-globals op-json-string
/* Appends s as a JSON string to the malloc'd buffer *buf of length *len;
 * returns 0, or -1 when out of memory (*buf is then freed). */
static int json_append(char **buf, size_t *len, const char *s, int quote) {
    size_t need = *len + (quote ? 6 * strlen(s) + 3 : strlen(s)) + 1;
    char *bigger = realloc(*buf, need);
    if (bigger == NULL) {
        free(*buf);
        *buf = NULL;
        return -1;
    }
    *buf = bigger;
    char *w = *buf + *len;
    if (!quote) {
        w += sprintf(w, "%s", s);
    } else {
        *w++ = '"';
        for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
            if (*p == '"' || *p == '\\') { *w++ = '\\'; *w++ = (char)*p; }
            else if (*p < 0x20) w += sprintf(w, "\\u%04x", *p);
            else *w++ = (char)*p;
        }
        *w++ = '"';
        *w = '\0';
    }
    *len = (size_t)(w - *buf);
    return 0;
}

static void ret_json(toy_call *c, char *json, size_t len) {
    if (json == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    c->ret.str.data = json;
    c->ret.str.len = len;
}
//< 10-globals op-json-string

//> 10-globals op-script-args
/* op_args(): the script's own arguments, what followed its name on the
 * command line, as a JSON array of strings. */
static void op_args(toy_call *c) {
    char *json = NULL;
    size_t len = 0;
    int bad = json_append(&json, &len, "[", 0);
    for (int i = 0; !bad && i < c->state->argc; i++) {
        if (i > 0) bad = json_append(&json, &len, ",", 0);
        if (!bad) bad = json_append(&json, &len, c->state->argv[i], 1);
    }
    if (!bad) json_append(&json, &len, "]", 0);
    ret_json(c, json, len);
}
//< 10-globals op-script-args

//> 10-globals op-process
/* op_pid(): this process's id. */
static void op_pid(toy_call *c) {
    c->ret.u32 = (uint32_t)getpid();
}

/* op_version(): { toyjs, v8 }, for Toy.version. */
static void op_version(toy_call *c) {
    char *json = NULL;
    size_t len = 0;
    int bad = json_append(&json, &len, "{\"toyjs\":", 0) ||
              json_append(&json, &len, TOY_VERSION, 1) ||
              json_append(&json, &len, ",\"v8\":", 0) ||
              json_append(&json, &len, toy_v8_version(), 1) ||
              json_append(&json, &len, "}", 0);
    (void)bad;
    ret_json(c, json, len);
}

/* op_build(): the target toyjs was compiled for, for Toy.build. */
static void op_build(toy_call *c) {
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
    char buf[128];
    snprintf(buf, sizeof buf, "{\"os\":\"%s\",\"arch\":\"%s\"}", os, arch);
    ret_json(c, strdup(buf), strlen(buf));
}

/* op_exec_path(): the absolute path of the running toyjs. Like Deno, it
 * tells the program something about the file system, so it needs read
 * access to that path. */
static void op_exec_path(toy_call *c) {
    char path[4096];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n < 0) {
        toy_call_fail_errno(c, errno, "readlink", "/proc/self/exe");
        return;
    }
    path[n] = '\0';
    if (toy_call_check(c, TOY_PERM_READ, path) != 0) return;
    c->ret.str.data = strdup(path);
    c->ret.str.len = (size_t)n;
    if (c->ret.str.data == NULL) toy_call_fail(c, "RangeError", "out of memory");
}
//< 10-globals op-process

//> 10-globals globals-extension
static const toy_op globals_ops[] = {
    { .name = "op_isatty", .fn = op_isatty, .ret = TOY_BOOL, TOY_ARGS(TOY_I32) },
    { .name = "op_no_color", .fn = op_no_color, .ret = TOY_BOOL },
    { .name = "op_now", .fn = op_now, .ret = TOY_F64 },
    { .name = "op_time_origin", .fn = op_time_origin, .ret = TOY_F64 },
    { .name = "op_args", .fn = op_args, .ret = TOY_JSON },
    { .name = "op_pid", .fn = op_pid, .ret = TOY_U32 },
    { .name = "op_version", .fn = op_version, .ret = TOY_JSON },
    { .name = "op_build", .fn = op_build, .ret = TOY_JSON },
    { .name = "op_exec_path", .fn = op_exec_path, .ret = TOY_STR },
};

static const char *const globals_js[] = { "js/01_console.js", "js/08_globals.js", NULL };
static const char *const globals_deps[] = { "core", NULL };

const toy_extension toy_ext_globals = {
    .name = "globals", .deps = globals_deps, .ops = globals_ops, .nops = TOY_COUNT(globals_ops),
    .js = globals_js,
};
//< 10-globals globals-extension
