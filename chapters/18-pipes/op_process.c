/* op_process.c: the "process" extension: running other programs, in
 * Deno's shape. Toy.Command's output() and outputSync() start a program
 * with libuv's uv_spawn, collect what it writes to piped stdout and
 * stderr, and settle once it has exited and both pipes are closed;
 * Toy.kill sends a signal to a process.
 *
 * Both forms share one piece of code, run on a loop: output() on the
 * runtime's, outputSync() on a private loop it runs until the child is
 * done, so the script's timers and other ops wait meanwhile, as in Deno.
 * The program is found as the child would find it (on the child's PATH,
 * from the child's cwd), and the file found is checked against
 * --allow-run and then run, before anything starts. */
#define _GNU_SOURCE                /* strdup, and every signal name */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "ops.h"

extern char **environ;

/* What to do with a child's stdout or stderr (and stdin). */
enum { STDIO_PIPED = 0, STDIO_INHERIT = 1, STDIO_NULL = 2 };

typedef struct out_buf { uint8_t *data; size_t len, cap; } out_buf;

/* One run of a program, from spawn to the result. It lives until the
 * child has exited and every pipe has reached its end. */
typedef struct proc_run {
    toy_pending pending;         /* output(): the promise to settle */
    toy_call *sync_call;         /* outputSync: where the result goes */
    int waiting;                 /* for the exit, and each open pipe */
    int64_t exit_status;
    int term_signal;
    out_buf out[2];              /* stdout, stderr */
    int oom;
} proc_run;

/* Each libuv handle is the first member of its own block, so that
 * toy_loop_close can close and free one still open at exit. */
typedef struct proc_handle { uv_process_t proc; proc_run *run; } proc_handle;
typedef struct pipe_handle { uv_pipe_t pipe; proc_run *run; int which; } pipe_handle;

static void free_handle(uv_handle_t *h) { free(h); }

static void put_u32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24);
}

/* The result as one block of bytes, which JS takes apart: the exit code
 * and signal as 32-bit little-endian numbers, stdout's length, then
 * stdout's bytes and stderr's. One copy, however large the output. */
static void run_finish(proc_run *r) {
    toy_call done = { 0 };
    toy_call *c = r->sync_call ? r->sync_call : &done;
    size_t total = 12 + r->out[0].len + r->out[1].len;
    uint8_t *bytes = r->oom ? NULL : malloc(total);
    if (bytes == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
    } else {
        put_u32(bytes, (uint32_t)(int32_t)r->exit_status);
        put_u32(bytes + 4, (uint32_t)r->term_signal);
        put_u32(bytes + 8, (uint32_t)r->out[0].len);
        if (r->out[0].len) memcpy(bytes + 12, r->out[0].data, r->out[0].len);
        if (r->out[1].len) memcpy(bytes + 12 + r->out[0].len, r->out[1].data, r->out[1].len);
        c->ret.bytes.data = bytes;
        c->ret.bytes.len = total;
    }
    free(r->out[0].data);
    free(r->out[1].data);
    if (!r->sync_call) toy_pending_done(&r->pending, &done);
    free(r);
}

static void run_step_done(proc_run *r) {
    if (--r->waiting == 0) run_finish(r);
}

static void on_child_exit(uv_process_t *p, int64_t exit_status, int term_signal) {
    proc_handle *h = (proc_handle *)p;
    h->run->exit_status = exit_status;
    h->run->term_signal = term_signal;
    proc_run *r = h->run;
    uv_close((uv_handle_t *)p, free_handle);
    run_step_done(r);
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    pipe_handle *ph = (pipe_handle *)h;
    out_buf *b = &ph->run->out[ph->which];
    if (suggested < 65536) suggested = 65536;
    if (b->cap - b->len < suggested) {
        size_t cap = b->cap * 2 > b->len + suggested ? b->cap * 2 : b->len + suggested;
        uint8_t *bigger = realloc(b->data, cap);
        if (bigger == NULL) { buf->base = NULL; buf->len = 0; return; }
        b->data = bigger;
        b->cap = cap;
    }
    buf->base = (char *)b->data + b->len;
    buf->len = b->cap - b->len;
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
    pipe_handle *ph = (pipe_handle *)s;
    (void)buf;
    if (n > 0) {
        ph->run->out[ph->which].len += (size_t)n;
        return;
    }
    if (n == 0) return;                        /* nothing this time */
    if (n == UV_ENOBUFS) ph->run->oom = 1;
    proc_run *r = ph->run;                     /* UV_EOF, or an error: done */
    uv_close((uv_handle_t *)s, free_handle);
    run_step_done(r);
}

/* A NUL-separated list ("a\0b\0") as a NULL-terminated array of pointers
 * into it, after first. Returns the array (malloc'd), or NULL. */
static char **split_list(char *list, size_t len, const char *first, size_t extra) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) if (list[i] == '\0') n++;
    char **v = calloc(n + extra + 2, sizeof *v);
    if (v == NULL) return NULL;
    size_t k = 0;
    if (first) v[k++] = (char *)first;
    for (size_t i = 0, start = 0; i < len; i++)
        if (list[i] == '\0') { v[k++] = list + start; start = i + 1; }
    return v;
}

/* The child's environment: ours (unless clearEnv), with each of the
 * given NAME=value pairs in place of a variable of that name. */
static char **child_env(char **given, int clear) {
    size_t n = 0, ng = 0;
    while (environ[n]) n++;
    while (given[ng]) ng++;
    char **env = calloc(n + ng + 1, sizeof *env);
    if (env == NULL) return NULL;
    size_t k = 0;
    for (size_t i = 0; !clear && i < n; i++) {
        const char *eq = strchr(environ[i], '=');
        size_t klen = eq ? (size_t)(eq - environ[i]) : strlen(environ[i]);
        int replaced = 0;
        for (size_t j = 0; j < ng && !replaced; j++)
            replaced = strncmp(given[j], environ[i], klen) == 0 && given[j][klen] == '=';
        if (!replaced) env[k++] = environ[i];
    }
    for (size_t j = 0; j < ng; j++) env[k++] = given[j];
    return env;
}

/* Sorts variable names ("A=1" entries) by name. */
static int by_name(const void *a, const void *b) {
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t nx = strcspn(x, "="), ny = strcspn(y, "=");
    int d = strncmp(x, y, nx < ny ? nx : ny);
    return d ? d : (nx > ny) - (nx < ny);
}

/* LD_PRELOAD and the other LD_* (and macOS's DYLD_*) variables have the
 * dynamic loader run code of the caller's choice inside any program: as
 * in Deno, a child gets them (set, not empty) only with run access to
 * everything. 0, or -1 with c failed, naming them. */
static int check_loader_vars(toy_call *c, char **env) {
    size_t n = 0, total = 0;
    while (env[total]) total++;
    char **found = calloc(total + 1, sizeof *found);
    if (found == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return -1;
    }
    for (size_t i = 0; i < total; i++) {
        const char *key = env[i] + strspn(env[i], " \t");
        const char *eq = strchr(key, '=');
        if ((strncasecmp(key, "LD_", 3) == 0 || strncasecmp(key, "DYLD_", 5) == 0) &&
            eq != NULL && eq[1] != '\0')
            found[n++] = env[i];
    }
    if (n > 0) {
        qsort(found, n, sizeof *found, by_name);
        char names[160] = "";
        for (size_t i = 0, len = 0; i < n && len < sizeof names; i++)
            len += (size_t)snprintf(names + len, sizeof names - len, "%s%.*s", i ? ", " : "",
                                    (int)strcspn(found[i], "="), found[i]);
        toy_call_fail(c, "PermissionDenied",
                      "Requires --allow-run permissions to spawn subprocess with %s environment "
                      "variable%s. Alternatively, spawn with %s environment variable%s unset.",
                      names, n > 1 ? "s" : "", n > 1 ? "these" : "the", n > 1 ? "s" : "");
    }
    free(found);
    return n > 0 ? -1 : 0;
}

/* A failed spawn, in Deno's words: "Failed to spawn 'ls': ...". */
static void spawn_failed(toy_call *c, int uv_err, const char *program) {
    char why[sizeof c->err_msg];
    toy_call_fail_errno(c, uv_err, "spawn", NULL);
    memcpy(why, c->err_msg, sizeof why);
    snprintf(c->err_msg, sizeof c->err_msg, "Failed to spawn '%.60s': %.150s", program, why);
}

/* The checks before a run, made on what will run: the program is found
 * as the child would find it, on the PATH of the child's environment and
 * from the child's cwd, and the file found is what is checked and what
 * runs. 0 with that file's path in *path (malloc'd), or -1 with c failed. */
static int check_run(toy_call *c, const char *program, char **env, char **path) {
    toy_permissions *perms = &c->state->perms;
    if (toy_perm_decide(perms, TOY_PERM_RUN, NULL) != TOY_PERM_GRANTED &&
        check_loader_vars(c, env) != 0)
        return -1;
    const char *search = getenv("PATH");      /* Deno's choice when the child has none */
    for (char **e = env; *e; e++)
        if (strncmp(*e, "PATH=", 5) == 0) search = *e + 5;
    const char *dir = c->args[2].str.data;    /* the child's cwd; "" is ours */
    char *here = getcwd(NULL, 0);
    char *cwd = here ? malloc(strlen(here) + strlen(dir) + 2) : NULL;
    if (cwd != NULL && dir[0] == '/') strcpy(cwd, dir);   /* joined, not normalised: */
    else if (cwd != NULL) sprintf(cwd, "%s/%s", here, dir);   /* the kernel walks it */
    char *found = cwd ? toy_perm_which(program, search, cwd) : NULL;
    int err_no = errno;
    free(here);
    free(cwd);
    if (found == NULL && err_no != ENOENT) {
        toy_call_fail(c, "RangeError", "out of memory");
        return -1;
    }
    if (found == NULL) {
        /* Nothing of that name: a program that may not run it is not
         * told whether it exists. */
        if (toy_perm_decide(perms, TOY_PERM_RUN, program) == TOY_PERM_GRANTED)
            spawn_failed(c, UV_ENOENT, program);
        else
            toy_call_fail(c, "PermissionDenied",
                          "Requires run access to \"%s\", run again with the --allow-run flag",
                          program);
        return -1;
    }
    int rc = toy_perm_check_run(perms, found, program, path, c->err_msg, sizeof c->err_msg);
    free(found);
    if (rc != 0) c->err_class = "PermissionDenied";
    return rc;
}

/* op_process_output(program, args, cwd, env, flags): args and env are lists
 * of strings, each ended by a NUL byte; cwd "" means ours; flags holds
 * clearEnv (bit 0) and the stdin, stdout and stderr modes (2 bits each,
 * from bit 2). Starts the program on loop; returns the run, or NULL
 * with c failed. */
static proc_run *run_start(toy_call *c, uv_loop_t *loop) {
    const char *program = c->args[0].str.data;
    uint32_t flags = c->args[4].u32;
    if (strlen(program) != c->args[0].str.len || strlen(c->args[2].str.data) != c->args[2].str.len) {
        toy_call_fail(c, "TypeError", "Command: the program or cwd contains a NUL byte");
        return NULL;
    }
    char **given = split_list(c->args[3].str.data, c->args[3].str.len, NULL, 0);
    char **env = given ? child_env(given, flags & 1) : NULL;
    char *path = NULL;
    if (env != NULL && check_run(c, program, env, &path) != 0) {
        free(given);
        free(env);
        return NULL;
    }
    char **argv = split_list(c->args[1].str.data, c->args[1].str.len, program, 0);
    proc_run *r = calloc(1, sizeof *r);
    proc_handle *ph = malloc(sizeof *ph);
    pipe_handle *pipes[2] = { malloc(sizeof *pipes[0]), malloc(sizeof *pipes[1]) };
    if (!argv || !given || !env || !r || !ph || !pipes[0] || !pipes[1]) {
        free(argv); free(given); free(env); free(r); free(ph); free(pipes[0]); free(pipes[1]);
        free(path);
        toy_call_fail(c, "RangeError", "out of memory");
        return NULL;
    }
    toy_pending_init(&r->pending, c);
    r->waiting = 1;
    ph->run = r;

    uv_stdio_container_t stdio[3];
    int in_mode = (flags >> 2) & 3;
    stdio[0].flags = in_mode == STDIO_INHERIT ? UV_INHERIT_FD : UV_IGNORE;
    stdio[0].data.fd = 0;
    for (int i = 0; i < 2; i++) {
        int mode = (flags >> (4 + 2 * i)) & 3;
        pipes[i]->run = r;
        pipes[i]->which = i;
        stdio[i + 1].data.fd = i + 1;
        if (mode == STDIO_PIPED) {
            uv_pipe_init(loop, &pipes[i]->pipe, 0);
            stdio[i + 1].flags = UV_CREATE_PIPE | UV_WRITABLE_PIPE;
            stdio[i + 1].data.stream = (uv_stream_t *)&pipes[i]->pipe;
        } else {
            stdio[i + 1].flags = mode == STDIO_INHERIT ? UV_INHERIT_FD : UV_IGNORE;
            free(pipes[i]);
            pipes[i] = NULL;
        }
    }

    uv_process_options_t opts;
    memset(&opts, 0, sizeof opts);
    opts.exit_cb = on_child_exit;
    opts.file = path;                          /* the file checked, not a name to look up */
    opts.args = argv;
    opts.env = env;
    opts.cwd = c->args[2].str.len ? c->args[2].str.data : NULL;
    opts.stdio_count = 3;
    opts.stdio = stdio;
    int rc = uv_spawn(loop, &ph->proc, &opts);
    free(argv);
    free(given);
    free(env);
    free(path);
    if (rc != 0) {
        /* The handles are closed even so; then the error, in Deno's words. */
        uv_close((uv_handle_t *)&ph->proc, free_handle);
        for (int i = 0; i < 2; i++)
            if (pipes[i]) uv_close((uv_handle_t *)&pipes[i]->pipe, free_handle);
        free(r);
        spawn_failed(c, rc, program);
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (pipes[i] == NULL) continue;
        r->waiting++;
        uv_read_start((uv_stream_t *)&pipes[i]->pipe, on_alloc, on_read);
    }
    return r;
}

static void op_process_output(toy_call *c) {
    run_start(c, &c->state->loop->uv);
}

/* outputSync: the same run on a private loop, run until it is done. The
 * result goes straight into c. */
static void op_process_output_sync(toy_call *c) {
    uv_loop_t loop;
    int rc = uv_loop_init(&loop);
    if (rc != 0) {
        toy_call_fail_errno(c, rc, "uv_loop_init", NULL);
        return;
    }
    proc_run *r = run_start(c, &loop);
    if (r != NULL) r->sync_call = c;
    uv_run(&loop, UV_RUN_DEFAULT);             /* also closes a failed spawn's handles */
    uv_loop_close(&loop);
}

/* Signals by Deno's names. */
static const struct { const char *name; int signo; } signals[] = {
    { "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT },
    { "SIGILL", SIGILL }, { "SIGTRAP", SIGTRAP }, { "SIGABRT", SIGABRT },
    { "SIGBUS", SIGBUS }, { "SIGFPE", SIGFPE }, { "SIGKILL", SIGKILL },
    { "SIGUSR1", SIGUSR1 }, { "SIGSEGV", SIGSEGV }, { "SIGUSR2", SIGUSR2 },
    { "SIGPIPE", SIGPIPE }, { "SIGALRM", SIGALRM }, { "SIGTERM", SIGTERM },
    { "SIGCHLD", SIGCHLD }, { "SIGCONT", SIGCONT }, { "SIGSTOP", SIGSTOP },
    { "SIGTSTP", SIGTSTP }, { "SIGTTIN", SIGTTIN }, { "SIGTTOU", SIGTTOU },
    { "SIGURG", SIGURG }, { "SIGXCPU", SIGXCPU }, { "SIGXFSZ", SIGXFSZ },
    { "SIGVTALRM", SIGVTALRM }, { "SIGPROF", SIGPROF }, { "SIGWINCH", SIGWINCH },
    { "SIGIO", SIGIO }, { "SIGSYS", SIGSYS },
};
#define NSIGNALS (sizeof signals / sizeof signals[0])

/* op_process_kill(pid, signal): needs run access, to anything. */
static void op_process_kill(toy_call *c) {
    if (toy_call_check(c, TOY_PERM_RUN, NULL) != 0) return;
    const char *name = c->args[1].str.data;
    for (size_t i = 0; i < NSIGNALS; i++) {
        if (strcmp(signals[i].name, name) != 0) continue;
        int rc = uv_kill(c->args[0].i32, signals[i].signo);
        if (rc != 0) toy_call_fail_errno(c, rc, "kill", NULL);
        return;
    }
    toy_call_fail(c, "TypeError", "Unknown signal: %.100s", name);
}

/* op_process_signal_name(number): a signal's name, "" when unknown. */
static void op_process_signal_name(toy_call *c) {
    const char *name = "";
    for (size_t i = 0; i < NSIGNALS; i++)
        if (signals[i].signo == c->args[0].i32) name = signals[i].name;
    c->ret.str.data = strdup(name);
    c->ret.str.len = c->ret.str.data ? strlen(name) : 0;
}

/* program, args, cwd, env, flags: see run_start */
#define RUN_ARGS TOY_ARGS(TOY_STR, TOY_STR, TOY_STR, TOY_STR, TOY_U32)
static const toy_op process_ops[] = {
    { .name = "op_process_output", .async = 1, .fn = op_process_output, .ret = TOY_BYTES, RUN_ARGS },
    { .name = "op_process_output_sync", .fn = op_process_output_sync, .ret = TOY_BYTES, RUN_ARGS },
    { .name = "op_process_kill", .fn = op_process_kill, .ret = TOY_VOID, TOY_ARGS(TOY_I32, TOY_STR) },
    { .name = "op_process_signal_name", .fn = op_process_signal_name, .ret = TOY_STR, TOY_ARGS(TOY_I32) },
};

static const char *const process_deps[] = { "permissions", NULL };
static const char *const process_js[] = { "js/10_process.js", NULL };

const toy_extension toy_ext_process = {
    .name = "process", .deps = process_deps, .ops = process_ops, .nops = TOY_COUNT(process_ops),
    .js = process_js,
};
