/* Unit tests for the command line (src/cli.c) and file URLs (src/util.c). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cli.h"
#include "util.h"

static void file_and_script_args(void) {
    char *argv[] = { "toyjs", "--v8-flags=--expose-gc", "app.js", "--help", "x", NULL };
    toy_cli cli;
    char err[128];
    CHECK(toy_cli_parse(&cli, 5, argv, err, sizeof err) == 0);
    CHECK(strcmp(cli.file, "app.js") == 0);
    CHECK(!cli.help);                        /* after the file: the script's */
    CHECK(cli.script_argc == 2 && strcmp(cli.script_argv[0], "--help") == 0);
    CHECK(strcmp(cli.v8_flags, "--expose-gc") == 0);
}

static void unknown_flag_is_an_error(void) {
    char *argv[] = { "toyjs", "--bogus", "app.js", NULL };
    toy_cli cli;
    char err[128];
    CHECK(toy_cli_parse(&cli, 3, argv, err, sizeof err) == -1);
    CHECK(strcmp(err, "unexpected argument '--bogus' found") == 0);
}

/* The table holds TOY_CLI_MAX_PERMS permission flags (-A takes five
 * places). Every one up to the limit is taken; the first past it is a
 * usage error that names that flag and says why. */
static void permission_flags_up_to_the_limit(void) {
    enum { MAX = TOY_CLI_MAX_PERMS };
    static char flags[MAX + 1][32];
    char *argv[MAX + 4];
    toy_cli cli;
    char err[160];
    argv[0] = "toyjs";
    for (int i = 0; i <= MAX; i++) {
        snprintf(flags[i], sizeof flags[i], "--allow-read=/d%d", i + 1);
        argv[i + 1] = flags[i];
    }
    argv[MAX + 1] = "app.js";                /* MAX flags, then the script */
    CHECK(toy_cli_parse(&cli, MAX + 2, argv, err, sizeof err) == 0);
    CHECK(cli.nperms == MAX && strcmp(cli.perms[MAX - 1].value, "/d64") == 0);
    argv[MAX + 1] = flags[MAX];              /* MAX + 1 flags */
    argv[MAX + 2] = "app.js";
    CHECK(toy_cli_parse(&cli, MAX + 3, argv, err, sizeof err) == -1);
    CHECK(strcmp(err, "too many permission flags at '--allow-read=/d65' "
                      "(at most 64, -A counting 5)") == 0);
    argv[MAX - 3] = "-A";                    /* -A where only four places are left */
    argv[MAX - 2] = "app.js";
    CHECK(toy_cli_parse(&cli, MAX - 1, argv, err, sizeof err) == -1);
    CHECK(strcmp(err, "too many permission flags at '-A' (at most 64, -A counting 5)") == 0);
    argv[MAX - 3] = "--bogus";               /* still an unknown flag, named as one */
    CHECK(toy_cli_parse(&cli, MAX - 1, argv, err, sizeof err) == -1);
    CHECK(strcmp(err, "unexpected argument '--bogus' found") == 0);
}

static void help_and_version(void) {
    char *argv[] = { "toyjs", "-h", "-V", NULL };
    toy_cli cli;
    char err[128];
    CHECK(toy_cli_parse(&cli, 3, argv, err, sizeof err) == 0);
    CHECK(cli.help && cli.version && cli.file == NULL);
}

static void split_v8_flags(void) {
    int n;
    char **f = toy_cli_split_flags("toyjs", "--a,,--b=1,", &n);
    CHECK(f != NULL);
    CHECK(n == 3 && strcmp(f[0], "toyjs") == 0 && strcmp(f[1], "--a") == 0 &&
          strcmp(f[2], "--b=1") == 0 && f[3] == NULL);
    free(f);
    f = toy_cli_split_flags("toyjs", "", &n);
    CHECK(f != NULL && n == 1 && f[1] == NULL);
    free(f);
}

static void file_url_normalises(void) {
    char *u = toy_path_to_file_url("/a/./b/../c d/%.js");
    CHECK(u != NULL && strcmp(u, "file:///a/c%20d/%25.js") == 0);
    free(u);
    u = toy_path_to_file_url("/../..");
    CHECK(u != NULL && strcmp(u, "file:///") == 0);
    free(u);
}

static void file_url_relative(void) {
    char *cwd = getcwd(NULL, 0);
    char *u = toy_path_to_file_url("x/../y.js");
    CHECK(cwd != NULL && u != NULL);
    CHECK(strncmp(u, "file://", 7) == 0 && strncmp(u + 7, cwd, strlen(cwd)) == 0);
    CHECK(strcmp(u + 7 + strlen(cwd), "/y.js") == 0);
    free(u);
    free(cwd);
}

/* --inspect[-wait|-brk][=VALUE]: the address forms Node and Deno take,
 * the default, the strongest mode winning; and values that are no
 * address, which are an error of their own (-2: exit 1, as in Deno). */
static int inspect(const char *flag, toy_cli *cli, char *err, size_t errlen) {
    char *argv[] = { "toyjs", (char *)flag, "app.js", NULL };
    return toy_cli_parse(cli, 3, argv, err, errlen);
}

static void inspect_flags(void) {
    toy_cli cli;
    char err[160];
    CHECK(inspect("--inspect", &cli, err, sizeof err) == 0);
    CHECK(cli.inspect == TOY_CLI_INSPECT && strcmp(cli.inspect_host, "127.0.0.1") == 0 &&
          cli.inspect_port == 9229 && strcmp(cli.file, "app.js") == 0);
    CHECK(inspect("--inspect-brk=127.0.0.1:0", &cli, err, sizeof err) == 0);
    CHECK(cli.inspect == TOY_CLI_INSPECT_BRK && cli.inspect_port == 0);
    CHECK(inspect("--inspect-wait=9230", &cli, err, sizeof err) == 0);
    CHECK(cli.inspect == TOY_CLI_INSPECT_WAIT && strcmp(cli.inspect_host, "127.0.0.1") == 0 &&
          cli.inspect_port == 9230);
    CHECK(inspect("--inspect=0.0.0.0", &cli, err, sizeof err) == 0);
    CHECK(strcmp(cli.inspect_host, "0.0.0.0") == 0 && cli.inspect_port == 9229);
    CHECK(inspect("--inspect=localhost:1234", &cli, err, sizeof err) == 0);
    CHECK(strcmp(cli.inspect_host, "127.0.0.1") == 0 && cli.inspect_port == 1234);
    CHECK(inspect("--inspect=[::1]:65535", &cli, err, sizeof err) == 0);
    CHECK(strcmp(cli.inspect_host, "::1") == 0 && cli.inspect_port == 65535);
    CHECK(inspect("--inspect=::1", &cli, err, sizeof err) == 0);
    CHECK(strcmp(cli.inspect_host, "::1") == 0 && cli.inspect_port == 9229);

    char *both[] = { "toyjs", "--inspect-brk", "--inspect=9000", "app.js", NULL };
    CHECK(toy_cli_parse(&cli, 4, both, err, sizeof err) == 0);
    CHECK(cli.inspect == TOY_CLI_INSPECT_BRK && cli.inspect_port == 9000);

    CHECK(inspect("--inspect=nope:x", &cli, err, sizeof err) == -2);
    CHECK(strcmp(err, "invalid value 'nope:x' for '--inspect[=<HOST_AND_PORT>]': "
                      "invalid socket address syntax") == 0);
    static const char *const bad[] = {
        "--inspect=", "--inspect=127.0.0.1:", "--inspect=127.0.0.1:65536", "--inspect=1:2:3:x",
        "--inspect=[::1", "--inspect=[::1]x", "--inspect=example.com", "--inspect=:9229",
        "--inspect-brk=127.0.0.1:-1", "--inspect-wait=999999",
        "--inspect=127.0.0.1:9229aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "--inspect=[aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]:1",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (inspect(bad[i], &cli, err, sizeof err) != -2) {
            printf("FAIL inspect_flags: %s was taken\n", bad[i]);
            check_failed = 1;
        }
    }
    CHECK(inspect("--inspectx", &cli, err, sizeof err) == -1);  /* no such flag */
}

int main(void) {
    RUN(file_and_script_args);
    RUN(unknown_flag_is_an_error);
    RUN(permission_flags_up_to_the_limit);
    RUN(help_and_version);
    RUN(split_v8_flags);
    RUN(file_url_normalises);
    RUN(file_url_relative);
    RUN(inspect_flags);
    return check_failed;
}
