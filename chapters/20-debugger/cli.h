/* cli.h: the command line, parsed into a struct before anything starts. */
#ifndef TOY_CLI_H
#define TOY_CLI_H

#include <stddef.h>

#define TOY_VERSION "0.1.0"
#define TOY_CLI_MAX_PERMS 64    /* permission flags on one command line */

typedef struct toy_cli {
    int help;                   /* --help / -h */
    int version;                /* --version / -V */
    const char *v8_flags;       /* --v8-flags=A,B as given, or NULL */
    int trace_ops;              /* --trace-ops */
    struct toy_cli_perm {       /* --allow-read=/tmp, --deny-env, ... in order */
        int kind;               /* a toy_perm_kind */
        int deny;
        const char *value;      /* after '=', or NULL for the whole kind */
        const char *flag;       /* as typed, for messages */
    } perms[TOY_CLI_MAX_PERMS];
    int nperms;
    int no_prompt;              /* --no-prompt */
    int no_snapshot;            /* --no-snapshot: boot from source */
    int timings;                /* --timings */
    int build_snapshot;         /* --build-snapshot FILE -o OUT */
    int snapshot;               /* --snapshot FILE: FILE is an app snapshot */
    const char *output;         /* -o / --output */
    int no_fast_calls;          /* --no-fast-calls: slow path only */
    const char *file;           /* the script to run, or NULL */
    int script_argc;            /* what follows the script ... */
    char **script_argv;         /* ... belongs to the script */
} toy_cli;

/* Fills cli from argv. Returns 0, or -1 with a message in err (the caller
 * prints it as a usage error and exits with 2). */
int toy_cli_parse(toy_cli *cli, int argc, char **argv, char *err, size_t errlen);

/* Splits a comma-separated flag list ("--a,--b=1") into a NULL-terminated
 * array of strings, argv-style, with argv0 first. Free with free(). */
char **toy_cli_split_flags(const char *argv0, const char *list, int *count);

/* The --help text. */
extern const char toy_cli_usage[];

#endif
