/* repl.c: the REPL's terminal side (see repl.h). inspector.cc has V8
 * run each input; js/17_repl.js formats what it gives.
 *
 * Input is read through the runtime's own libuv loop, so that timers and
 * I/O started by one input keep running while the next is typed. On a
 * terminal, libedit's callback interface does the line editing: libuv
 * says when stdin is readable, rl_callback_read_char takes what is there,
 * and libedit calls on_line when a line is complete. Anything else (a
 * pipe, a file) is read in chunks and cut into lines here. */
#include "repl.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>
#include <uv.h>

#include "cli.h"
#include "ops.h"

typedef struct repl {
    toy_runtime *rt;
    uv_loop_t *loop;
    int tty;             /* stdin is a terminal: libedit edits the lines */
    uv_poll_t poll;      /* stdin is readable (a terminal or a pipe) */
    int can_poll;        /* 0 for a regular file, which poll cannot watch */
    uv_idle_t idle;      /* reads a regular file; resumes after an await */
    uv_signal_t sigint;  /* Ctrl-C on a terminal */
    char *input;         /* the input so far: lines of an incomplete one */
    size_t ninput, input_cap;
    char *buf;           /* not a terminal: bytes read, not yet a line */
    size_t nbuf, buf_cap;
    int waiting;         /* an input awaits: read nothing until it settles */
    int resume;          /* it settled: go on at the next turn of the loop */
    int eof;             /* stdin has ended */
    int quit;            /* .exit, or the end of input */
    int interrupted;     /* Ctrl-C on an empty line: the next one exits */
    struct watchdog *watchdog;  /* stops an input that runs too long */
} repl;

/* One REPL per process: libedit's line callback carries no pointer, and
 * the handles must outlive toy_repl_run until the loop has closed them. */
static repl g_repl;

static int append(char **data, size_t *len, size_t *cap, const char *more, size_t n) {
    if (*len + n + 1 > *cap) {
        size_t want = *cap ? *cap * 2 : 256;
        while (want < *len + n + 1) want *= 2;
        char *grown = realloc(*data, want);
        if (grown == NULL) return -1;
        *data = grown;
        *cap = want;
    }
    memcpy(*data + *len, more, n);
    *len += n;
    (*data)[*len] = '\0';
    return 0;
}

static void stop(repl *r) {
    r->quit = 1;
    toy_runtime_repl_stop(r->rt);
}

static void read_input(repl *r, int on);

/* The awaited input has settled (or been given up): go on with the next
 * line at the next turn of the loop, never from inside V8's callback. */
static void on_settled(void *arg) {
    repl *r = arg;
    r->waiting = 0;
    r->resume = 1;
    read_input(r, 1);
}

/* One line of input. Lines add up until they make an input V8 can
 * compile (or one that fails for another reason than ending too soon). */
static void feed(repl *r, const char *line, size_t len) {
    r->interrupted = 0;
    if (r->ninput == 0) {
        size_t a = 0, b = len;
        while (a < b && (line[a] == ' ' || line[a] == '\t')) a++;
        while (b > a && (line[b - 1] == ' ' || line[b - 1] == '\t' || line[b - 1] == '\r')) b--;
        if (b - a == 5 && memcmp(line + a, ".exit", 5) == 0) {
            stop(r);
            return;
        }
    }
    if (append(&r->input, &r->ninput, &r->input_cap, line, len) != 0 ||
        append(&r->input, &r->ninput, &r->input_cap, "\n", 1) != 0) {
        fprintf(stderr, "error: out of memory\n");
        stop(r);
        return;
    }
    size_t i = 0;
    while (i < r->ninput && strchr(" \t\r\n", r->input[i]) != NULL) i++;
    if (i == r->ninput) {  /* nothing typed: nothing to run */
        r->ninput = 0;
        return;
    }
    r->waiting = 1;
    int what = toy_runtime_repl_eval(r->rt, r->input, r->ninput, on_settled, r);
    if (what != TOY_REPL_WAITING) r->waiting = 0;
    if (what != TOY_REPL_INCOMPLETE) r->ninput = 0;
    if (toy_runtime_exiting(r->rt)) r->quit = 1;
}

/* While an input runs, the main thread is inside V8, and its loop (with
 * on_sigint) turns only when the input is done: an endless loop typed at
 * the prompt would hold the REPL forever. So a second thread with a
 * libuv loop of its own also watches SIGINT (libuv tells every loop that
 * watches a signal) and asks the runtime to stop the input. The main
 * loop hears the same Ctrl-C later; swallowed says to let that one go. */
typedef struct watchdog {
    uv_loop_t loop;
    uv_signal_t sigint;
    uv_async_t stop;     /* from the main thread: close up and return */
    uv_thread_t thread;
    toy_runtime *rt;
    atomic_int swallowed;
} watchdog;

static void watchdog_sigint(uv_signal_t *handle, int signum) {
    watchdog *w = handle->data;
    (void)signum;
    if (toy_runtime_repl_interrupt(w->rt)) atomic_fetch_add(&w->swallowed, 1);
}

static void watchdog_stop(uv_async_t *handle) {
    watchdog *w = handle->data;
    uv_close((uv_handle_t *)&w->sigint, NULL);
    uv_close((uv_handle_t *)&w->stop, NULL);
}

static void watchdog_main(void *arg) {
    watchdog *w = arg;
    uv_run(&w->loop, UV_RUN_DEFAULT);
}

/* NULL if the thread cannot be had: Ctrl-C then only works between inputs. */
static watchdog *watchdog_start(toy_runtime *rt) {
    watchdog *w = calloc(1, sizeof *w);
    if (w == NULL || uv_loop_init(&w->loop) != 0) {
        free(w);
        return NULL;
    }
    w->rt = rt;
    atomic_init(&w->swallowed, 0);
    uv_signal_init(&w->loop, &w->sigint);
    w->sigint.data = w;
    uv_async_init(&w->loop, &w->stop, watchdog_stop);
    w->stop.data = w;
    if (uv_signal_start(&w->sigint, watchdog_sigint, SIGINT) != 0 ||
        uv_thread_create(&w->thread, watchdog_main, w) != 0) {
        watchdog_stop(&w->stop);
        uv_run(&w->loop, UV_RUN_DEFAULT);
        uv_loop_close(&w->loop);
        free(w);
        return NULL;
    }
    return w;
}

static void watchdog_end(watchdog *w) {
    if (w == NULL) return;
    uv_async_send(&w->stop);
    uv_thread_join(&w->thread);
    uv_loop_close(&w->loop);
    free(w);
}

/* The Ctrl-C the watchdog used to stop an input: the main loop lets it
 * go. Only the watchdog adds and only the main thread takes away, so a
 * count seen above 0 stays above 0 until taken. */
static int watchdog_swallowed(watchdog *w) {
    if (w == NULL || atomic_load(&w->swallowed) == 0) return 0;
    atomic_fetch_sub(&w->swallowed, 1);
    return 1;
}

static void on_line(char *line);

/* Tab: libedit asks for the words the one before the cursor could become;
 * the runtime finds them (toy_runtime_repl_complete). One at a time, as
 * libedit wants them: state 0 starts a new list. */
static char **completions;
static size_t completion_next;

static char *next_completion(const char *text, int state) {
    (void)text;
    if (state == 0) completion_next = 0;
    if (completions == NULL || completions[completion_next] == NULL) return NULL;
    return completions[completion_next++];   /* libedit frees it */
}

static char **complete(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;   /* no file names if nothing matches */
    completions = toy_runtime_repl_complete(g_repl.rt, text);
    if (completions == NULL) return NULL;
    char **matches = rl_completion_matches(text, next_completion);
    free(completions);   /* the array; libedit took every string in it */
    completions = NULL;
    return matches;
}

static void show_prompt(repl *r) {
    rl_callback_handler_install(r->ninput > 0 ? "... " : "> ", on_line);
}

/* libedit calls this with a whole line (malloc'd), or NULL at Ctrl-D. */
static void on_line(char *line) {
    repl *r = &g_repl;
    if (line == NULL) {
        rl_callback_handler_remove();
        fputs("\n", stdout);
        stop(r);
        return;
    }
    if (line[0] != '\0') add_history(line);
    feed(r, line, strlen(line));
    free(line);
    if (r->quit) {
        rl_callback_handler_remove();
        return;
    }
    /* After an await, the prompt comes back once it has settled. */
    if (r->waiting || r->resume) read_input(r, 0);
    else show_prompt(r);
}

/* Ctrl-C: clears the line being typed (and a multi-line input); on an
 * empty line, a second one in a row exits. While an input awaits, it
 * stops waiting for it. */
static void on_sigint(uv_signal_t *handle, int signum) {
    repl *r = handle->data;
    (void)signum;
    if (watchdog_swallowed(r->watchdog)) return;  /* it stopped an input */
    if (r->waiting) {
        r->waiting = 0;
        toy_runtime_repl_abandon(r->rt, 0);
        fputs("\n", stdout);
        r->resume = 1;
        read_input(r, 1);
        return;
    }
    int empty = r->ninput == 0 && rl_end == 0;
    rl_replace_line("", 0);
    rl_callback_handler_remove();
    r->ninput = 0;
    if (empty && r->interrupted) {
        fputs("\n", stdout);
        stop(r);
        return;
    }
    fputs(empty ? "\n(To exit, press Ctrl+C again, press Ctrl+D or type .exit)\n" : "\n", stdout);
    r->interrupted = empty;
    show_prompt(r);
}

/* Not a terminal: runs every whole line read so far, one by one, and at
 * the end of input what is left; stops early while an input awaits. */
static void run_lines(repl *r) {
    while (!r->waiting && !r->quit) {
        if (r->nbuf == 0) {
            if (r->eof) stop(r);  /* the end: all of it has run */
            return;
        }
        char *nl = memchr(r->buf, '\n', r->nbuf);
        if (nl == NULL && !r->eof) return;
        size_t len = nl ? (size_t)(nl - r->buf) : r->nbuf;
        size_t used = nl ? len + 1 : len;
        char *line = malloc(len + 1);
        if (line == NULL) {
            stop(r);
            return;
        }
        memcpy(line, r->buf, len);
        line[len] = '\0';
        memmove(r->buf, r->buf + used, r->nbuf - used);
        r->nbuf -= used;
        feed(r, line, len);
        free(line);
    }
}

static void read_chunk(repl *r) {
    char chunk[4096];
    ssize_t n = read(0, chunk, sizeof chunk);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;  /* again when readable */
    if (n <= 0) r->eof = 1;  /* the end, or an error, which ends it too */
    else if (append(&r->buf, &r->nbuf, &r->buf_cap, chunk, (size_t)n) != 0) r->eof = 1;
    run_lines(r);
    if (r->waiting) read_input(r, 0);
}

static void on_readable(uv_poll_t *handle, int status, int events) {
    repl *r = handle->data;
    (void)events;
    if (r->tty && status == 0) {
        rl_callback_read_char();
    } else if (r->tty) {  /* the terminal hung up: as Ctrl-D */
        rl_callback_handler_remove();
        stop(r);
    } else {
        read_chunk(r);  /* an error (a hang-up) reads as the end of input */
    }
}

/* The idle callback: after an await settled, go on; with a regular file
 * for stdin, read it (poll cannot watch files, which never block). */
static void on_idle(uv_idle_t *handle) {
    repl *r = handle->data;
    if (r->resume) {
        r->resume = 0;
        if (r->tty) {
            show_prompt(r);
        } else {
            run_lines(r);
            if (r->waiting || r->quit) {
                read_input(r, 0);
                return;
            }
        }
        read_input(r, 1);
        return;
    }
    if (!r->can_poll) read_chunk(r);
}

/* Starts or stops reading stdin. The idle handle is active only while
 * there is something for it to do, since an active idle handle keeps the
 * loop from ever blocking. */
static void read_input(repl *r, int on) {
    int idle = r->resume || (on && !r->can_poll);
    if (idle) uv_idle_start(&r->idle, on_idle);
    else uv_idle_stop(&r->idle);
    if (!r->can_poll) return;
    if (on && !r->resume) uv_poll_start(&r->poll, UV_READABLE, on_readable);
    else uv_poll_stop(&r->poll);
}

int toy_repl_run(toy_runtime *rt) {
    repl *r = &g_repl;
    memset(r, 0, sizeof *r);
    r->rt = rt;
    r->loop = toy_runtime_uv_loop(rt);
    r->tty = isatty(0);
    const char *no_color = getenv("NO_COLOR");
    int colors = isatty(1) && (no_color == NULL || no_color[0] == '\0');
    int code = toy_runtime_repl_begin(rt, colors);
    if (code != 0) return code;

    /* uv_poll_init makes stdin non-blocking. The REPL reads only when
     * poll says there is something, so it does not need that; but a
     * permission prompt reads stdin too, and would take EAGAIN for "no
     * answer", and the shell would get its terminal back non-blocking.
     * So stdin keeps the mode it had. */
    int stdin_flags = fcntl(0, F_GETFL);
    r->can_poll = uv_poll_init(r->loop, &r->poll, 0) == 0;
    if (stdin_flags >= 0) fcntl(0, F_SETFL, stdin_flags);
    r->poll.data = r;
    uv_idle_init(r->loop, &r->idle);
    r->idle.data = r;
    uv_signal_init(r->loop, &r->sigint);
    r->sigint.data = r;
    if (r->tty) {
        printf("toyjs %s\nexit using ctrl+d, .exit or close()\n", TOY_VERSION);
        fflush(stdout);
        rl_catch_signals = 0;  /* libuv handles SIGINT (on_sigint) */
        rl_readline_name = "toyjs";
        rl_attempted_completion_function = complete;
        /* A word ends at anything that cannot be part of a name or a
         * path of names: "Toy.ex" is one word, "(Toy" ends at "(". */
        rl_basic_word_break_characters = " \t\n\"'`<>=;|&{}()[],+-*/%!?:~^@#";
        rl_completion_append_character = '\0';
        uv_signal_start(&r->sigint, on_sigint, SIGINT);
        uv_unref((uv_handle_t *)&r->sigint);  /* it alone keeps nothing alive */
        r->watchdog = watchdog_start(rt);
        show_prompt(r);
    }
    read_input(r, 1);

    for (;;) {
        toy_runtime_repl_run_loop(rt);
        if (r->quit || toy_runtime_exiting(rt)) break;
        if (!r->waiting) break;  /* nothing left to read, or to wait for */
        /* The loop ran dry while an input awaited: nothing is left that
         * could settle it. */
        r->waiting = 0;
        toy_runtime_repl_abandon(rt, 1);
        r->resume = 1;
        read_input(r, 1);
    }

    if (r->tty) rl_callback_handler_remove();  /* the terminal as it was */
    watchdog_end(r->watchdog);
    r->watchdog = NULL;
    if (r->can_poll) uv_close((uv_handle_t *)&r->poll, NULL);
    uv_close((uv_handle_t *)&r->idle, NULL);
    uv_close((uv_handle_t *)&r->sigint, NULL);
    free(r->input);
    free(r->buf);
    r->input = r->buf = NULL;
    return toy_runtime_repl_end(rt);
}

/* The REPL's JavaScript, loaded with the runtime's own so that it is in
 * the start-up snapshot. It has no ops. */
static const char *const repl_js[] = { "js/17_repl.js", NULL };
static const char *const repl_deps[] = { "globals", NULL };

const toy_extension toy_ext_repl = {
    .name = "repl", .deps = repl_deps, .js = repl_js,
};
