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
    toy_env_lock();  /* until the search is done: PATH is ours */
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
    toy_env_unlock();
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
    toy_env_lock();  /* environ, read while no other thread changes it */
    char **env = given ? child_env(given, flags & 1) : NULL;
    toy_env_unlock();
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

/* spawn(): a child that runs beside the script, its stdio piped into
 * streams. The process is a "child" resource until it exits; each piped
 * stdio stream is a resource of its own ("childStdin", "childStdout",
 * "childStderr") that JS reads or writes with the ops below, one read
 * at a time, as it does a socket. */
typedef struct child_proc {
    uv_process_t proc;           /* first: the handle is the allocation */
    toy_state *state;
    uint32_t rid;
    int waiting;                 /* a wait op waits for the exit */
    int exited;                  /* libuv has reaped it */
    int orphan;                  /* its rid closed while it ran: the handle waits for the exit alone */
    toy_pending wait;
} child_proc;

typedef struct child_pipe {
    uv_pipe_t pipe;              /* first: the handle is the allocation */
    int reading;                 /* a read op waits for bytes */
    int started;                 /* libuv watches the pipe for reading */
    int unref;                   /* unref(): a waiting read keeps nothing alive */
    toy_pending read;
    toy_bytes read_buf;          /* the caller's buffer, kept alive by the bridge */
} child_pipe;

/* A write in flight: a request of its own, since it may finish
 * (cancelled) after its pipe is closed. */
typedef struct pipe_write {
    uv_write_t req;
    toy_pending pending;
    size_t len;
} pipe_write;

static const char *const pipe_names[3] = { "childStdin", "childStdout", "childStderr" };

static void child_closed(uv_handle_t *h);

/* The child's exit settles the wait op with Deno's status, as JSON:
 * {"code":3,"signal":null}, or code 128 + n and the signal's name when
 * a signal ended it. Its rid goes with it: nothing can be done with a
 * process that is gone, and a pid the system may give to another
 * process must not be signalled through it. */
static void on_spawned_exit(uv_process_t *p, int64_t exit_status, int term_signal) {
    child_proc *ch = (child_proc *)p;
    ch->exited = 1;
    if (ch->waiting) {
        ch->waiting = 0;
        toy_call done = { 0 };
        const char *name = NULL;
        for (size_t i = 0; i < NSIGNALS; i++)
            if (signals[i].signo == term_signal) name = signals[i].name;
        char *json = malloc(64);
        if (json == NULL) {
            toy_call_fail(&done, "RangeError", "out of memory");
        } else {
            if (term_signal == 0) snprintf(json, 64, "{\"code\":%d,\"signal\":null}", (int)exit_status);
            else snprintf(json, 64, "{\"code\":%d,\"signal\":\"%s\"}", 128 + term_signal,
                          name ? name : "unknown");
            done.ret.str.data = json;
            done.ret.str.len = strlen(json);
        }
        toy_pending_done(&ch->wait, &done);
    }
    if (ch->orphan) uv_close((uv_handle_t *)p, child_closed);
    else toy_resources_close(&ch->state->resources, ch->rid);
}

/* The handle gone: a wait still pending (at exit) is rejected. */
static void child_closed(uv_handle_t *h) {
    child_proc *ch = (child_proc *)h;
    if (ch->waiting) {
        ch->waiting = 0;
        toy_pending_fail(&ch->wait, "Interrupted", "operation canceled");
    }
    free(ch);
}

/* The child's rid closed, at its exit or by the script. A child still
 * running runs on, as one whose rid Deno closes does; its handle stays
 * until the exit, since libuv reaps only a child it has a handle for
 * (closed now, the child would stay a zombie until toyjs exits). The
 * handle keeps the program alive only for a wait asked for before, which
 * the exit settles. */
static void child_close(void *data) {
    child_proc *ch = data;
    if (uv_is_closing((uv_handle_t *)&ch->proc)) return;
    if (!ch->exited) {
        ch->orphan = 1;
        if (!ch->waiting) uv_unref((uv_handle_t *)&ch->proc);
        return;
    }
    uv_close((uv_handle_t *)&ch->proc, child_closed);
}

/* A pipe's rid closed: the pipe goes, a pending read with it; the child
 * reading from a closed stdin sees its end. */
static void pipe_closed(uv_handle_t *h) {
    child_pipe *p = (child_pipe *)h;
    if (p->reading) {
        p->reading = 0;
        toy_pending_fail(&p->read, "Interrupted", "operation canceled");
    }
    free(p);
}

static void pipe_close(void *data) {
    child_pipe *p = data;
    if (!uv_is_closing((uv_handle_t *)&p->pipe))
        uv_close((uv_handle_t *)&p->pipe, pipe_closed);
}

/* The result of a spawn: {"rid":5,"pid":123,"stdinRid":6,"stdoutRid":null,...}. */
static void spawn_result(toy_call *c, child_proc *ch, const int64_t rids[3]) {
    char *json = malloc(200);
    if (json == NULL) {
        toy_call_fail(c, "RangeError", "out of memory");
        return;
    }
    char r[3][24];
    for (int i = 0; i < 3; i++) {
        if (rids[i] < 0) strcpy(r[i], "null");
        else snprintf(r[i], sizeof r[i], "%lld", (long long)rids[i]);
    }
    snprintf(json, 200, "{\"rid\":%u,\"pid\":%d,\"stdinRid\":%s,\"stdoutRid\":%s,\"stderrRid\":%s}",
             ch->rid, ch->proc.pid, r[0], r[1], r[2]);
    c->ret.str.data = json;
    c->ret.str.len = strlen(json);
}

/* The child's three stdio streams: a new pipe for each that is "piped"
 * (the child reads its stdin and writes the other two), this process's
 * own for "inherit", /dev/null otherwise. 0, or -1 when out of memory. */
static int spawn_stdio(uv_loop_t *loop, uint32_t flags, uv_stdio_container_t stdio[3],
                       child_pipe *pipes[3]) {
    for (int i = 0; i < 3; i++) {
        int mode = (flags >> (2 + 2 * i)) & 3;
        stdio[i].flags = mode == STDIO_INHERIT ? UV_INHERIT_FD : UV_IGNORE;
        stdio[i].data.fd = i;
        if (mode != STDIO_PIPED) continue;
        if ((pipes[i] = calloc(1, sizeof *pipes[i])) == NULL) return -1;
        uv_pipe_init(loop, &pipes[i]->pipe, 0);
        stdio[i].flags = UV_CREATE_PIPE | (i == 0 ? UV_READABLE_PIPE : UV_WRITABLE_PIPE);
        stdio[i].data.stream = (uv_stream_t *)&pipes[i]->pipe;
    }
    return 0;
}

/* A running child's handles become resources, and the result names
 * their rids. When one cannot be added, those added are closed again
 * (the child runs on, as one whose rid is closed does). */
static void spawn_register(toy_call *c, child_proc *ch, child_pipe *pipes[3]) {
    toy_resources *t = &c->state->resources;
    int64_t rid = toy_resources_add(t, "child", ch, child_close);
    int64_t rids[3] = { -1, -1, -1 };
    int failed = rid < 0;
    if (!failed) ch->rid = (uint32_t)rid;
    for (int i = 0; i < 3; i++) {
        if (pipes[i] == NULL) continue;
        rids[i] = toy_resources_add(t, pipe_names[i], pipes[i], pipe_close);
        if (rids[i] < 0) failed = 1;
    }
    if (!failed) spawn_result(c, ch, rids);
    if (!failed && c->err_class == NULL) return;
    for (int i = 0; i < 3; i++)
        if (rids[i] >= 0) toy_resources_close(t, (uint32_t)rids[i]);
    if (rid >= 0) toy_resources_close(t, (uint32_t)rid);
    if (c->err_class == NULL) toy_call_fail(c, "RangeError", "out of memory");
}

/* op_process_spawn(program, args, cwd, env, flags) -> the child, as
 * spawn_result describes it. The arguments, the checks against
 * --allow-run and the program's lookup are run_start's; what differs is
 * after the start: every piped stream becomes a resource, stdin too
 * (mode "piped"), and nothing waits here for the child. */
static void op_process_spawn(toy_call *c) {
    const char *program = c->args[0].str.data;
    uint32_t flags = c->args[4].u32;
    if (strlen(program) != c->args[0].str.len || strlen(c->args[2].str.data) != c->args[2].str.len) {
        toy_call_fail(c, "TypeError", "Command: the program or cwd contains a NUL byte");
        return;
    }
    char **given = split_list(c->args[3].str.data, c->args[3].str.len, NULL, 0);
    toy_env_lock();  /* environ, read while no other thread changes it */
    char **env = given ? child_env(given, flags & 1) : NULL;
    toy_env_unlock();
    char *path = NULL;
    if (env != NULL && check_run(c, program, env, &path) != 0) {
        free(given);
        free(env);
        return;
    }
    char **argv = split_list(c->args[1].str.data, c->args[1].str.len, program, 0);
    child_proc *ch = calloc(1, sizeof *ch);
    child_pipe *pipes[3] = { NULL, NULL, NULL };
    uv_stdio_container_t stdio[3];
    int oom = !argv || !given || !env || !ch ||
              spawn_stdio(&c->state->loop->uv, flags, stdio, pipes) != 0;
    int rc = UV_ENOMEM;
    if (!oom) {
        uv_process_options_t opts;
        memset(&opts, 0, sizeof opts);
        opts.exit_cb = on_spawned_exit;
        opts.file = path;                      /* the file checked, not a name to look up */
        opts.args = argv;
        opts.env = env;
        opts.cwd = c->args[2].str.len ? c->args[2].str.data : NULL;
        opts.stdio_count = 3;
        opts.stdio = stdio;
        ch->state = c->state;
        rc = uv_spawn(&c->state->loop->uv, &ch->proc, &opts);
    }
    free(argv);
    free(given);
    free(env);
    free(path);
    if (rc == 0) {
        spawn_register(c, ch, pipes);
        return;
    }
    /* Every handle made is closed, a failed process's too. */
    for (int i = 0; i < 3; i++)
        if (pipes[i]) uv_close((uv_handle_t *)&pipes[i]->pipe, free_handle);
    if (!oom) uv_close((uv_handle_t *)&ch->proc, free_handle);
    else free(ch);
    if (oom) toy_call_fail(c, "RangeError", "out of memory");
    else spawn_failed(c, rc, program);
}

/* op_process_wait(rid) -> {"code":0,"signal":null}, once the child has exited */
static void op_process_wait(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[0].u32, "child");
    if (r == NULL) return;
    child_proc *ch = r->data;
    if (ch->waiting) {
        toy_call_fail(c, "Error", "Another wait is ongoing");
        return;
    }
    ch->waiting = 1;
    toy_pending_init(&ch->wait, c);
}

/* op_process_child_kill(rid, signal): signals the child itself, by its
 * handle, never a pid that may be another process's by now. Run access
 * was checked when it started, as in Deno. */
static void op_process_child_kill(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[0].u32, "child");
    if (r == NULL) return;
    const char *name = c->args[1].str.data;
    for (size_t i = 0; i < NSIGNALS; i++) {
        if (strcmp(signals[i].name, name) != 0) continue;
        int rc = uv_process_kill(&((child_proc *)r->data)->proc, signals[i].signo);
        if (rc != 0) toy_call_fail_errno(c, rc, "kill", NULL);
        return;
    }
    toy_call_fail(c, "TypeError", "Unknown signal: %.100s", name);
}

/* op_process_ref(rid, on): whether the child (a "child" rid) or a read
 * waiting on one of its pipes keeps the process alive. */
static void op_process_ref(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[0].u32, NULL);
    if (r == NULL) return;
    uv_handle_t *h;
    if (strcmp(r->name, "child") == 0) {
        h = (uv_handle_t *)&((child_proc *)r->data)->proc;
    } else if (strcmp(r->name, "childStdout") == 0 || strcmp(r->name, "childStderr") == 0) {
        child_pipe *p = r->data;
        p->unref = !c->args[1].b;
        if (!p->reading) return;               /* the next read decides */
        h = (uv_handle_t *)&p->pipe;
    } else {
        toy_call_fail(c, "BadResource", "Bad resource ID");
        return;
    }
    if (c->args[1].b) uv_ref(h);
    else uv_unref(h);
}

/* A pipe's reads work as a socket's (op_net.c): libuv keeps watching
 * between reads, bytes that come while no read waits get no buffer and
 * stop it, and only a waiting read keeps the loop alive. */
static void pipe_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    child_pipe *p = (child_pipe *)h;
    (void)suggested;
    size_t len = p->read_buf.len > 0x40000000 ? 0x40000000 : p->read_buf.len;
    *buf = p->reading ? uv_buf_init((char *)p->read_buf.data, (unsigned)len) : uv_buf_init(NULL, 0);
}

static void pipe_on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
    child_pipe *p = (child_pipe *)s;
    (void)buf;
    if (!p->reading) {                          /* bytes nobody asked for yet */
        uv_read_stop(s);
        p->started = 0;
        return;
    }
    if (nread == 0) return;                     /* nothing yet: keep waiting */
    p->reading = 0;
    uv_unref((uv_handle_t *)s);
    if (nread < 0) {                            /* the end, or an error */
        uv_read_stop(s);
        p->started = 0;
    }
    toy_call done = { 0 };
    if (nread > 0) done.ret.i32 = (int32_t)nread;
    else if (nread != UV_EOF) toy_call_fail_errno(&done, (int)nread, "read", NULL);
    toy_pending_done(&p->read, &done);
}

/* op_process_pipe_read(rid, buffer) -> bytes read, 0 at the end: from a
 * child's stdout or stderr. An empty buffer reads nothing, at once. */
static void op_process_pipe_read(toy_call *c) {
    toy_resource *r = toy_call_resource(c, c->args[0].u32, NULL);
    if (r == NULL) return;
    if (strcmp(r->name, "childStdout") != 0 && strcmp(r->name, "childStderr") != 0) {
        toy_call_fail(c, "BadResource", "Bad resource ID");
        return;
    }
    child_pipe *p = r->data;
    if (p->reading) {
        toy_call_fail(c, "Error", "Another read is ongoing");
        return;
    }
    if (c->args[1].bytes.len == 0) {
        c->ret.i32 = 0;
        c->ready = 1;
        return;
    }
    p->read_buf = c->args[1].bytes;
    if (!p->started) {
        int rc = uv_read_start((uv_stream_t *)&p->pipe, pipe_alloc, pipe_on_read);
        if (rc != 0) {
            toy_call_fail_errno(c, rc, "read", NULL);
            return;
        }
        p->started = 1;
    }
    if (!p->unref) uv_ref((uv_handle_t *)&p->pipe);
    p->reading = 1;
    toy_pending_init(&p->read, c);
}

static void pipe_on_write(uv_write_t *w, int status) {
    pipe_write *pw = (pipe_write *)w;
    toy_call done = { 0 };
    if (status == UV_ECANCELED) toy_call_fail(&done, "BadResource", "Bad resource ID");
    else if (status < 0) toy_call_fail_errno(&done, status, "write", NULL);
    else done.ret.i32 = (int32_t)pw->len;
    toy_pending_done(&pw->pending, &done);
    free(pw);
}

/* op_process_pipe_write(rid, buffer) -> bytes written: to a child's
 * stdin, settled when the pipe has taken them, so a writer that awaits
 * each write goes no faster than the child reads. At most 1 GiB a call
 * (the caller writes the rest): libuv counts a buffer in 32 bits. */
static void op_process_pipe_write(toy_call *c) {
    toy_pending p;
    toy_resource *r = toy_call_resource(c, c->args[0].u32, "childStdin");
    if (r == NULL) return;
    size_t len = c->args[1].bytes.len > 0x40000000 ? 0x40000000 : c->args[1].bytes.len;
    if (len == 0) {
        c->ret.i32 = 0;
        c->ready = 1;
        return;
    }
    pipe_write *pw = toy_call_alloc(c, sizeof *pw);
    if (pw == NULL) return;
    toy_pending_init(&p, c);
    pw->pending = p;
    pw->len = len;
    uv_buf_t buf = uv_buf_init((char *)c->args[1].bytes.data, (unsigned)len);
    int rc = uv_write(&pw->req, (uv_stream_t *)&((child_pipe *)r->data)->pipe, &buf, 1, pipe_on_write);
    if (rc != 0) {
        free(pw);
        toy_call_fail_errno(c, rc, "write", NULL);
    }
}

/* program, args, cwd, env, flags: see run_start */
#define RUN_ARGS TOY_ARGS(TOY_STR, TOY_STR, TOY_STR, TOY_STR, TOY_U32)
static const toy_op process_ops[] = {
    { .name = "op_process_output", .async = 1, .fn = op_process_output, .ret = TOY_BYTES, RUN_ARGS },
    { .name = "op_process_output_sync", .fn = op_process_output_sync, .ret = TOY_BYTES, RUN_ARGS },
    { .name = "op_process_kill", .fn = op_process_kill, .ret = TOY_VOID, TOY_ARGS(TOY_I32, TOY_STR) },
    { .name = "op_process_signal_name", .fn = op_process_signal_name, .ret = TOY_STR, TOY_ARGS(TOY_I32) },
    { .name = "op_process_spawn", .fn = op_process_spawn, .ret = TOY_JSON, RUN_ARGS },
    { .name = "op_process_wait", .async = 1, .fn = op_process_wait, .ret = TOY_JSON,
      TOY_ARGS(TOY_RID) },
    { .name = "op_process_child_kill", .fn = op_process_child_kill, .ret = TOY_VOID,
      TOY_ARGS(TOY_RID, TOY_STR) },
    { .name = "op_process_ref", .fn = op_process_ref, .ret = TOY_VOID, TOY_ARGS(TOY_RID, TOY_BOOL) },
    { .name = "op_process_pipe_read", .async = 1, .fn = op_process_pipe_read, .ret = TOY_I32,
      TOY_ARGS(TOY_RID, TOY_BYTES) },
    { .name = "op_process_pipe_write", .async = 1, .fn = op_process_pipe_write, .ret = TOY_I32,
      TOY_ARGS(TOY_RID, TOY_BYTES) },
};

static const char *const process_deps[] = { "permissions", NULL };
static const char *const process_js[] = { "js/10_process.js", NULL };

const toy_extension toy_ext_process = {
    .name = "process", .deps = process_deps, .ops = process_ops, .nops = TOY_COUNT(process_ops),
    .js = process_js,
};
