/* cli.h: the command line, parsed into a struct before anything starts. */
#ifndef TOY_CLI_H
#define TOY_CLI_H

#include <stddef.h>

#define TOY_VERSION "0.1.0"
//> 06-permissions omit
#define TOY_CLI_MAX_PERMS 64    /* permission flags on one command line */
//< 06-permissions omit

//> 01-hello cli-struct
typedef struct toy_cli {
    int help;                   /* --help / -h */
    int version;                /* --version / -V */
    const char *v8_flags;       /* --v8-flags=A,B as given, or NULL */
//> 03-ops omit
    int trace_ops;              /* --trace-ops */
//< 03-ops omit
//> 06-permissions omit
    struct toy_cli_perm {       /* --allow-read=/tmp, --deny-env, ... in order */
        int kind;               /* a toy_perm_kind */
        int deny;
        const char *value;      /* after '=', or NULL for the whole kind */
        const char *flag;       /* as typed, for messages */
    } perms[TOY_CLI_MAX_PERMS];
    int nperms;
    int no_prompt;              /* --no-prompt */
//< 06-permissions omit
//> 07-snapshots cli-snapshots
    int no_snapshot;            /* --no-snapshot: boot from source */
    int timings;                /* --timings */
    int build_snapshot;         /* --build-snapshot FILE -o OUT */
    int snapshot;               /* --snapshot FILE: FILE is an app snapshot */
    const char *output;         /* -o / --output */
//< 07-snapshots cli-snapshots
//> 08-fast-calls cli-fast
    int no_fast_calls;          /* --no-fast-calls: slow path only */
//< 08-fast-calls cli-fast
//> 20-debugger omit
    int inspect;                /* --inspect[-wait|-brk]: a TOY_CLI_INSPECT_* */
    char inspect_host[64];      /* the address to listen on ("127.0.0.1") */
    int inspect_port;           /* and its port (0: any free one) */
//< 20-debugger omit
    const char *file;           /* the script to run, or NULL */
    int script_argc;            /* what follows the script ... */
    char **script_argv;         /* ... belongs to the script */
} toy_cli;
//< 01-hello cli-struct

//> 20-debugger omit
/* The debugger's flags, as Deno's: run at once, wait for a debugger
 * then run, or wait then pause on the main module's first line. */
enum { TOY_CLI_INSPECT_NONE, TOY_CLI_INSPECT, TOY_CLI_INSPECT_WAIT, TOY_CLI_INSPECT_BRK };
//< 20-debugger omit

/* Fills cli from argv. Returns 0, or -1 with a message in err (the caller
 * prints it as a usage error and exits with 2). */
//> 20-debugger omit
/* From chapter 20 also -2: a flag's value is not valid (--inspect=nope:x);
 * the caller prints err and exits with 1, as Deno does. */
//< 20-debugger omit
int toy_cli_parse(toy_cli *cli, int argc, char **argv, char *err, size_t errlen);

/* Splits a comma-separated flag list ("--a,--b=1") into a NULL-terminated
 * array of strings, argv-style, with argv0 first. Free with free(). */
char **toy_cli_split_flags(const char *argv0, const char *list, int *count);

/* The --help text. */
extern const char toy_cli_usage[];

#endif
