/* main.c: toyjs's entry point: read the command line, start V8, run the
 * file, and turn what happened into an exit code. Only main exits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "repl.h"
#include "runtime.h"

int main(int argc, char **argv) {
    toy_runtime_mark_start();
    toy_cli cli;
    char err[256];
    int parsed = toy_cli_parse(&cli, argc, argv, err, sizeof err);
    if (parsed == -2) {
        fprintf(stderr, "error: %s\n\nFor more information, try '--help'.\n", err);
        return 1;
    }
    if (parsed != 0) {
        fprintf(stderr, "error: %s\n\nUsage: toyjs [OPTIONS] FILE [ARGS]...\n\n"
                        "For more information, try '--help'.\n", err);
        return 2;
    }
    if (cli.help) {
        fputs(toy_cli_usage, stdout);
        return 0;
    }
    if (cli.version) {
        printf("toyjs %s\nv8 %s\n", TOY_VERSION, toy_v8_version());
        return 0;
    }
    /* No script: the REPL, as in Deno (see toy_repl_run below). */

    /* V8 reads its flags before it starts. --v8-flags=--help prints the
     * list of them, and needs no script: without one, that list is all
     * there is to do. */
    int nflags = 1;
    char **flags = toy_cli_split_flags(argv[0], cli.v8_flags ? cli.v8_flags : "", &nflags);
    if (flags == NULL) return 1;
    toy_v8_set_fast_calls(!cli.no_fast_calls);
    int rc = toy_v8_init(argv[0], nflags, flags);
    free(flags);
    if (rc != 0) return 1;
    /* --v8-flags without a script starts the REPL with those flags,
     * unless they asked V8 for its list. */
    if (cli.file == NULL && cli.v8_flags != NULL && strstr(cli.v8_flags, "--help") != NULL) {
        toy_v8_shutdown();
        return 0;
    }

    /* Permissions from the flags, checked before any JS runs. Prompts
     * need a person at a terminal on both ends. */
    toy_permissions perms;
    char *cwd = getcwd(NULL, 0);
    int can_prompt = !cli.no_prompt && isatty(0) && isatty(2);
    int ok = toy_permissions_init(&perms, cwd ? cwd : "/", can_prompt) == 0;
    free(cwd);
    if (!ok) {
        toy_v8_shutdown();
        return 1;
    }
    for (int i = 0; i < cli.nperms; i++) {
        if (toy_permissions_add_flag(&perms, (toy_perm_kind)cli.perms[i].kind, cli.perms[i].deny,
                                     cli.perms[i].value, err, sizeof err) != 0) {
            fprintf(stderr, "error: invalid value '%s' for '%s': %s\n",
                    cli.perms[i].value ? cli.perms[i].value : "", cli.perms[i].flag, err);
            toy_permissions_free(&perms);
            toy_v8_shutdown();
            return 2;
        }
    }

    if (cli.build_snapshot) {
        int code = toy_snapshot_write(cli.output, cli.file, &perms);
        toy_permissions_free(&perms);
        toy_v8_shutdown();
        return code;
    }
    if (toy_runtime_use_snapshot(!cli.no_snapshot, cli.snapshot ? cli.file : NULL) != 0) {
        toy_permissions_free(&perms);
        toy_v8_shutdown();
        return 1;
    }
    toy_runtime *rt = toy_runtime_new();
    if (rt != NULL && cli.trace_ops) toy_runtime_set_trace_ops(rt, 1);
    if (rt != NULL) toy_runtime_set_permissions(rt, &perms);
    else toy_permissions_free(&perms);
    if (rt != NULL) toy_runtime_set_args(rt, cli.script_argc, cli.script_argv);
    /* The debugger's server starts only when a flag asks for it; with
     * --inspect-wait or --inspect-brk, this waits for a debugger. The
     * program's workers get none (each has an isolate of its own, which
     * would need a target of its own). */
    if (rt != NULL && cli.inspect != TOY_CLI_INSPECT_NONE &&
        toy_runtime_debugger_start(rt, cli.inspect, cli.inspect_host, cli.inspect_port,
                                   cli.file) != 0) {
        if (toy_runtime_free(rt) != 0) _Exit(1);
        toy_v8_shutdown();
        return 1;
    }
    int code = rt == NULL ? 1 : cli.file ? toy_runtime_run_main(rt, cli.file) : toy_repl_run(rt);
    if (rt != NULL) toy_runtime_debugger_end(rt);
    if (rt != NULL && cli.timings) toy_runtime_print_timings(rt);
    /* Work left running on libuv's threadpool when a program ends early
     * (an uncaught error; Toy.exit, in chapter 09) may never end: a read
     * of a pipe nobody writes to. Returning from main would wait for it
     * all the same, since libuv joins its threads at exit. The process
     * ends here instead, at once, with what it printed flushed; the
     * system takes back the rest. */
    if (rt != NULL && toy_runtime_free(rt) != 0) {
        fflush(NULL);
        _Exit(code);
    }
    toy_v8_shutdown();
    return code;
}
