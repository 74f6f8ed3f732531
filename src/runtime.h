/* runtime.h: the C face of the V8 side. The bridge (the *.cc files) is
 * all that includes V8's headers; everything else talks to it through
 * these calls. */
#ifndef TOY_RUNTIME_H
#define TOY_RUNTIME_H

#ifdef __cplusplus
extern "C" {
#endif

//> 01-hello runtime-api
typedef struct toy_runtime toy_runtime;

/* Starts V8 once per process. flags is argv-style (flags[0] is the program
 * name) and goes to V8 as its command line. Returns 0, or -1 after printing
 * which flag V8 did not recognize. */
int toy_v8_init(const char *exe, int nflags, char **flags);
void toy_v8_shutdown(void);
const char *toy_v8_version(void);

/* One isolate with one context (and, from chapter 02, one event loop). */
toy_runtime *toy_runtime_new(void);
//> 04-resources runtime-free-api
/* Returns 0, or 1 when work is still running on libuv's threadpool: the
 * runtime is then left as it is (that work will use its loop when it
 * ends), and the process must end without waiting for it (see main). */
int toy_runtime_free(toy_runtime *rt);
//< 04-resources runtime-free-api

/* Runs the file at path and everything it schedules. Returns the process
 * exit code: 0, or 1 after an uncaught error has been reported. */
int toy_runtime_run_main(toy_runtime *rt, const char *path);
//< 01-hello runtime-api

//> 03-ops omit
/* --trace-ops: a line on stderr for every op dispatched and completed. */
void toy_runtime_set_trace_ops(toy_runtime *rt, int on);
//< 03-ops omit

//> 06-permissions omit
#include "permissions.h"

/* Hands the command line's permissions to the runtime, which owns them
 * from then on. */
void toy_runtime_set_permissions(toy_runtime *rt, toy_permissions *perms);
//< 06-permissions omit

//> 07-snapshots runtime-api-snapshots
/* Where the next runtime starts from: the snapshot built into this binary
 * (builtin 1), the bootstrap run from source (0), or, with app_snapshot,
 * an application snapshot file made by --build-snapshot. Returns 0, or -1
 * after saying why the file cannot be used. */
int toy_runtime_use_snapshot(int builtin, const char *app_snapshot);

/* Makes a snapshot of a freshly booted runtime (and, with app, after
 * running app's top-level code and event loop, under perms, which it
 * takes over) and writes it to out. Returns the exit code. */
int toy_snapshot_write(const char *out, const char *app, toy_permissions *perms);

/* --timings: call first thing in main; print after the run. */
void toy_runtime_mark_start(void);
void toy_runtime_print_timings(toy_runtime *rt);
//< 07-snapshots runtime-api-snapshots

//> 08-fast-calls runtime-api-fast
/* --no-fast-calls: call before toy_v8_init. */
void toy_v8_set_fast_calls(int on);
//< 08-fast-calls runtime-api-fast

//> 10-globals runtime-api-args
/* The script's own arguments, for Toy.args. The runtime keeps the
 * pointers: argv must outlive it (main's argv does). */
void toy_runtime_set_args(toy_runtime *rt, int argc, char **argv);
//< 10-globals runtime-api-args

//> 16-repl runtime-api-repl
#include <stddef.h>

/* The REPL (repl.c) reads lines; these run them. toy_runtime_repl_begin
 * sets the runtime up for it (`_`, `_error`, errors that do not end the
 * run, results in colour when colors is set) and returns 0, or the exit
 * code when the runtime's own JS failed to start. */
int toy_runtime_repl_begin(toy_runtime *rt, int colors);

/* What toy_runtime_repl_eval did with an input. */
enum {
    TOY_REPL_DONE,          /* ran it and printed its result or error */
    TOY_REPL_INCOMPLETE,    /* it needs more lines */
    TOY_REPL_WAITING        /* it awaits: done(arg) is called once it settles */
};
int toy_runtime_repl_eval(toy_runtime *rt, const char *code, size_t len,
                          void (*done)(void *arg), void *arg);

/* Stops waiting for the awaited input: Ctrl-C, or (report set: say so)
 * nothing is left that could settle it. */
void toy_runtime_repl_abandon(toy_runtime *rt, int report);

/* Ctrl-C while toy_runtime_repl_eval runs (an endless loop, say): stops
 * the JavaScript running now, and the input ends with an error saying
 * so. Safe from any thread: the REPL calls it from a watchdog thread,
 * since the main one is busy. Returns 1 if an input was running and was
 * stopped, 0 if none was (the Ctrl-C is then the main loop's to handle). */
int toy_runtime_repl_interrupt(toy_runtime *rt);

/* Tab completion: every word the word text could become, as a malloc'd,
 * NULL-terminated array of malloc'd strings (the caller frees them), or
 * NULL for none. */
char **toy_runtime_repl_complete(toy_runtime *rt, const char *text);

/* The runtime's libuv loop, which the REPL reads its input on, and a way
 * to run it: until toy_runtime_repl_stop, Toy.exit, or nothing is left
 * that keeps it running. */
struct uv_loop_s *toy_runtime_uv_loop(toy_runtime *rt);
void toy_runtime_repl_run_loop(toy_runtime *rt);
void toy_runtime_repl_stop(toy_runtime *rt);

/* Toy.exit was called: stop, and exit with toy_runtime_repl_end's code. */
int toy_runtime_exiting(toy_runtime *rt);
int toy_runtime_repl_end(toy_runtime *rt);
//< 16-repl runtime-api-repl

//> 20-debugger omit
/* --inspect (TOY_INSPECT), --inspect-wait, --inspect-brk: starts the
 * debugger's server on host:port for the program in file (NULL: the
 * REPL), says where on stderr, and with -wait or -brk waits until a
 * debugger has connected and said to run. Returns 0, or 1 after saying
 * why the server could not start. */
enum { TOY_INSPECT_NONE, TOY_INSPECT, TOY_INSPECT_WAIT, TOY_INSPECT_BRK };
int toy_runtime_debugger_start(toy_runtime *rt, int mode, const char *host, int port,
                               const char *file);

/* At the program's end: waits for connected debuggers to go, then stops
 * the server. Nothing if none was started. */
void toy_runtime_debugger_end(toy_runtime *rt);
//< 20-debugger omit

#ifdef __cplusplus
}
#endif

#endif
