/* runtime.h: the C face of the V8 side. The bridge (the *.cc files) is
 * all that includes V8's headers; everything else talks to it through
 * these calls. */
#ifndef TOY_RUNTIME_H
#define TOY_RUNTIME_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct toy_runtime toy_runtime;

/* Starts V8 once per process. flags is argv-style (flags[0] is the program
 * name) and goes to V8 as its command line. Returns 0, or -1 after printing
 * which flag V8 did not recognize. */
int toy_v8_init(const char *exe, int nflags, char **flags);
void toy_v8_shutdown(void);
const char *toy_v8_version(void);

/* One isolate with one context (and, from chapter 02, one event loop). */
toy_runtime *toy_runtime_new(void);
/* Returns 0, or 1 when work is still running on libuv's threadpool: the
 * runtime is then left as it is (that work will use its loop when it
 * ends), and the process must end without waiting for it (see main). */
int toy_runtime_free(toy_runtime *rt);

/* Runs the file at path and everything it schedules. Returns the process
 * exit code: 0, or 1 after an uncaught error has been reported. */
int toy_runtime_run_main(toy_runtime *rt, const char *path);

/* --trace-ops: a line on stderr for every op dispatched and completed. */
void toy_runtime_set_trace_ops(toy_runtime *rt, int on);

#include "permissions.h"

/* Hands the command line's permissions to the runtime, which owns them
 * from then on. */
void toy_runtime_set_permissions(toy_runtime *rt, toy_permissions *perms);

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

/* --no-fast-calls: call before toy_v8_init. */
void toy_v8_set_fast_calls(int on);

/* The script's own arguments, for Toy.args. The runtime keeps the
 * pointers: argv must outlive it (main's argv does). */
void toy_runtime_set_args(toy_runtime *rt, int argc, char **argv);

#ifdef __cplusplus
}
#endif

#endif
