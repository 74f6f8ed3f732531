/* cli.c: parsing toyjs's command line, in the form Deno's takes:
 *   toyjs [OPTIONS] FILE [ARGS...]
 * Options come before FILE; everything after FILE is the script's. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//> 20-debugger omit
#include <arpa/inet.h>
//< 20-debugger omit

//> 01-hello usage
const char toy_cli_usage[] =
    "toyjs " TOY_VERSION ": a small JavaScript runtime built on V8 and libuv\n"
    "\n"
//> 16-repl usage-repl
    "Usage: toyjs [OPTIONS] [FILE [ARGS]...]\n"
    "       (with no FILE, a REPL: read, evaluate and print lines)\n"
//< 16-repl usage-repl
    "\n"
    "Options:\n"
    "  -h, --help             Print this help and exit\n"
    "  -V, --version          Print the toyjs and V8 versions and exit\n"
    "      --v8-flags=FLAGS   Pass comma-separated FLAGS to V8\n"
    "                         (--v8-flags=--help lists them)\n"
//> 03-ops omit
    "      --trace-ops        Print every op call and completion on stderr\n"
//< 03-ops omit
//> 07-snapshots usage-snapshots
    "      --no-snapshot      Start by running the runtime's JS, not from the snapshot\n"
    "      --timings          Print how long each start-up phase took\n"
    "      --build-snapshot   Run FILE's top-level code into a snapshot (-o OUT)\n"
    "      --snapshot         FILE is an app snapshot: start from it, run its main\n"
//< 07-snapshots usage-snapshots
//> 08-fast-calls usage-fast
    "      --no-fast-calls    Call every op through the slow path (to compare)\n"
//< 08-fast-calls usage-fast
//> 06-permissions usage-perms
    "\n"
    "Permissions (a deny wins over an allow; LIST is comma-separated):\n"
    "  -A, --allow-all        Allow everything\n"
    "      --allow-read[=LIST]   --deny-read[=LIST]    paths to read\n"
    "      --allow-write[=LIST]  --deny-write[=LIST]   paths to write\n"
    "      --allow-net[=LIST]    --deny-net[=LIST]     HOST or HOST:PORT\n"
    "      --allow-env[=LIST]    --deny-env[=LIST]     environment variables\n"
    "      --allow-run[=LIST]    --deny-run[=LIST]     programs to run\n"
    "      --no-prompt        Never ask: deny what was not allowed\n"
//< 06-permissions usage-perms
//> 20-debugger omit
    "\n"
    "Debugging (HOST:PORT defaults to 127.0.0.1:9229; PORT or HOST alone too):\n"
    "      --inspect[=HOST:PORT]       Listen for a debugger (Chrome DevTools) and run\n"
    "      --inspect-wait[=HOST:PORT]  Wait for a debugger to connect, then run\n"
    "      --inspect-brk[=HOST:PORT]   Wait for a debugger, then pause on the first line\n"
//< 20-debugger omit
    ;
//< 01-hello usage

/* If arg is "--name=value" returns value; NULL otherwise. */
static const char *flag_value(const char *arg, const char *name) {
    size_t n = strlen(name);
    if (strncmp(arg, name, n) == 0 && arg[n] == '=') return arg + n + 1;
    return NULL;
}

//> 06-permissions omit
/* --allow-KIND[=LIST], --deny-KIND[=LIST], -A and --allow-all: recorded in
 * order; permissions.c checks the values. Returns 0 if arg was one, -1 if
 * it was not, -2 if it was one but the table is full (-A takes five
 * places, one per kind). */
static int perm_flag(toy_cli *cli, const char *a) {
    static const char *const kinds[] = { "read", "write", "net", "env", "run" };
    if (strcmp(a, "-A") == 0 || strcmp(a, "--allow-all") == 0) {
        if (cli->nperms + 5 > TOY_CLI_MAX_PERMS) return -2;
        for (int k = 0; k < 5; k++) {
            struct toy_cli_perm p = { k, 0, NULL, a };
            cli->perms[cli->nperms++] = p;
        }
        return 0;
    }
    int deny = strncmp(a, "--deny-", 7) == 0;
    if (!deny && strncmp(a, "--allow-", 8) != 0) return -1;
    const char *name = a + (deny ? 7 : 8);
    for (int k = 0; k < 5; k++) {
        size_t n = strlen(kinds[k]);
        if (strncmp(name, kinds[k], n) != 0 || (name[n] != '\0' && name[n] != '=')) continue;
        if (cli->nperms >= TOY_CLI_MAX_PERMS) return -2;
        struct toy_cli_perm p = { k, deny, name[n] == '=' ? name + n + 1 : NULL, a };
        cli->perms[cli->nperms++] = p;
        return 0;
    }
    return -1;
}
//< 06-permissions omit

//> 20-debugger omit
/* --inspect=VALUE: HOST:PORT, PORT, HOST, [IPV6]:PORT or [IPV6], as Node
 * and Deno take it; HOST an IP address or localhost. Fills the address
 * into cli, or returns -1. */
static int inspect_address(toy_cli *cli, const char *value) {
    char host[sizeof cli->inspect_host] = "127.0.0.1";
    const char *port = NULL;
    size_t n = strlen(value);
    const char *colon = strrchr(value, ':');
    if (n > 0 && strspn(value, "0123456789") == n) {
        port = value;                                   /* PORT */
    } else if (value[0] == '[') {                       /* [IPV6] or [IPV6]:PORT */
        const char *end = strchr(value, ']');
        if (end == NULL || (size_t)(end - value - 1) >= sizeof host) return -1;
        memcpy(host, value + 1, end - value - 1);
        host[end - value - 1] = '\0';
        if (end[1] == ':') port = end + 2;
        else if (end[1] != '\0') return -1;
    } else if (colon != NULL && strchr(value, ':') == colon) {  /* HOST:PORT */
        if ((size_t)(colon - value) >= sizeof host) return -1;
        memcpy(host, value, colon - value);
        host[colon - value] = '\0';
        port = colon + 1;
    } else {                                            /* HOST, or an IPv6 address */
        if (n >= sizeof host) return -1;
        memcpy(host, value, n + 1);
    }
    if (strcmp(host, "localhost") == 0) strcpy(host, "127.0.0.1");
    unsigned char addr[16];
    if (inet_pton(AF_INET, host, addr) != 1 && inet_pton(AF_INET6, host, addr) != 1) return -1;
    long p = 9229;
    if (port != NULL) {
        size_t digits = strspn(port, "0123456789");
        if (digits == 0 || digits > 5 || port[digits] != '\0') return -1;
        p = strtol(port, NULL, 10);
        if (p > 65535) return -1;
    }
    strcpy(cli->inspect_host, host);
    cli->inspect_port = (int)p;
    return 0;
}

/* --inspect, --inspect-wait, --inspect-brk, each with an optional
 * =VALUE. Returns 0 if arg was one, -1 if it was not, -2 if its value is
 * not an address (err says so). */
static int inspect_flag(toy_cli *cli, const char *a, char *err, size_t errlen) {
    static const char *const names[] = { "--inspect", "--inspect-wait", "--inspect-brk" };
    for (int m = 0; m < 3; m++) {
        size_t n = strlen(names[m]);
        if (strncmp(a, names[m], n) != 0 || (a[n] != '\0' && a[n] != '=')) continue;
        if (inspect_address(cli, a[n] == '=' ? a + n + 1 : "127.0.0.1:9229") != 0) {
            snprintf(err, errlen, "invalid value '%s' for '%s[=<HOST_AND_PORT>]': "
                                  "invalid socket address syntax", a + n + 1, names[m]);
            return -2;
        }
        if (cli->inspect < TOY_CLI_INSPECT + m) cli->inspect = TOY_CLI_INSPECT + m;
        return 0;
    }
    return -1;
}
//< 20-debugger omit

//> 01-hello cli-parse
int toy_cli_parse(toy_cli *cli, int argc, char **argv, char *err, size_t errlen) {
    memset(cli, 0, sizeof *cli);
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i], *v;
//> 06-permissions omit
        int rc;                                              /* perm_flag's answer */
//< 06-permissions omit
        if (a[0] != '-' || strcmp(a, "-") == 0) break;      /* the script */
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) cli->help = 1;
        else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) cli->version = 1;
        else if ((v = flag_value(a, "--v8-flags")) != NULL) cli->v8_flags = v;
//> 03-ops omit
        else if (strcmp(a, "--trace-ops") == 0) cli->trace_ops = 1;
//< 03-ops omit
//> 07-snapshots cli-parse-snapshots
        else if (strcmp(a, "--no-snapshot") == 0) cli->no_snapshot = 1;
        else if (strcmp(a, "--timings") == 0) cli->timings = 1;
        else if (strcmp(a, "--build-snapshot") == 0) cli->build_snapshot = 1;
        else if (strcmp(a, "--snapshot") == 0) cli->snapshot = 1;
        else if ((v = flag_value(a, "--output")) != NULL) cli->output = v;
        else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
            if (i + 1 >= argc) {
                snprintf(err, errlen, "a value is required for '%s <FILE>' but none was supplied", a);
                return -1;
            }
            cli->output = argv[++i];
        }
//< 07-snapshots cli-parse-snapshots
//> 08-fast-calls cli-parse-fast
        else if (strcmp(a, "--no-fast-calls") == 0) cli->no_fast_calls = 1;
//< 08-fast-calls cli-parse-fast
//> 06-permissions omit
        else if (strcmp(a, "--no-prompt") == 0) cli->no_prompt = 1;
        else if ((rc = perm_flag(cli, a)) == 0) continue;
        else if (rc == -2) {
            snprintf(err, errlen, "too many permission flags at '%s' (at most %d, -A counting 5)",
                     a, TOY_CLI_MAX_PERMS);
            return -1;
        }
//< 06-permissions omit
//> 20-debugger omit
        else if ((rc = inspect_flag(cli, a, err, errlen)) == 0) continue;
        else if (rc == -2) return -2;
//< 20-debugger omit
        else {
            snprintf(err, errlen, "unexpected argument '%s' found", a);
            return -1;
        }
    }
    if (i < argc) {
        cli->file = argv[i];
        cli->script_argc = argc - i - 1;
        cli->script_argv = argv + i + 1;
    }
//> 07-snapshots cli-check-snapshots
    /* "-o" may come after the app: toyjs --build-snapshot app.js -o app.snap */
    if (cli->build_snapshot && cli->output == NULL && cli->script_argc == 2 &&
        strcmp(cli->script_argv[0], "-o") == 0) {
        cli->output = cli->script_argv[1];
        cli->script_argc = 0;
    }
    if (cli->build_snapshot && (cli->output == NULL || cli->file == NULL)) {
        snprintf(err, errlen, "'--build-snapshot' needs an app and an output: "
                              "--build-snapshot APP.js -o APP.snap");
        return -1;
    }
    if (cli->snapshot && cli->file == NULL) {
        snprintf(err, errlen, "'--snapshot' needs an app snapshot: --snapshot APP.snap");
        return -1;
    }
//< 07-snapshots cli-check-snapshots
    return 0;
}
//< 01-hello cli-parse

char **toy_cli_split_flags(const char *argv0, const char *list, int *count) {
    size_t len = strlen(list), n = 2;
    for (size_t i = 0; i < len; i++) n += list[i] == ',';
    /* One block: the pointer array, then a copy of the list to cut up. */
    char **out = malloc((n + 1) * sizeof *out + len + 1);
    if (out == NULL) return NULL;
    char *copy = (char *)(out + n + 1);
    memcpy(copy, list, len + 1);
    int c = 0;
    out[c++] = (char *)argv0;
    for (char *p = copy; *p != '\0';) {
        char *comma = strchr(p, ',');
        if (comma != NULL) *comma = '\0';
        if (*p != '\0') out[c++] = p;
        if (comma == NULL) break;
        p = comma + 1;
    }
    out[c] = NULL;
    *count = c;
    return out;
}
