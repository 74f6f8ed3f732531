/* main.c: toyjs's entry point: read the command line, start V8, run the
 * file, and turn what happened into an exit code. Only main exits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "runtime.h"

int main(int argc, char **argv) {
    toy_cli cli;
    char err[256];
    if (toy_cli_parse(&cli, argc, argv, err, sizeof err) != 0) {
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
    if (cli.file == NULL && cli.v8_flags == NULL) {
        fprintf(stderr, "error: no script given\n\n%s", toy_cli_usage);
        return 2;
    }

    /* V8 reads its flags before it starts. --v8-flags=--help prints the
     * list of them, and needs no script: without one, that list is all
     * there is to do. */
    int nflags = 1;
    char **flags = toy_cli_split_flags(argv[0], cli.v8_flags ? cli.v8_flags : "", &nflags);
    if (flags == NULL) return 1;
    int rc = toy_v8_init(argv[0], nflags, flags);
    free(flags);
    if (rc != 0) return 1;
    if (cli.file == NULL) {
        int listed = strstr(cli.v8_flags, "--help") != NULL;
        if (!listed) fprintf(stderr, "error: no script given\n\n%s", toy_cli_usage);
        toy_v8_shutdown();
        return listed ? 0 : 2;
    }

    toy_runtime *rt = toy_runtime_new();
    if (rt != NULL && cli.trace_ops) toy_runtime_set_trace_ops(rt, 1);
    int code = rt ? toy_runtime_run_main(rt, cli.file) : 1;
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
